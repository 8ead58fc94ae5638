package org.tongban.workaccess.ui;

import java.util.LinkedHashSet;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import org.tongban.base.BusinessException;
import org.tongban.base.ui.Formats;
import org.tongban.base.ui.Notifications;
import org.tongban.workaccess.AccessRequestDetail;
import org.tongban.workaccess.DispatchChannel;
import org.tongban.workaccess.DispatchGate;
import org.tongban.workaccess.DispatchOrder;
import org.tongban.workaccess.DispatchReceipt;
import org.tongban.workaccess.DispatchRefused;

/**
 * 派单 under an admitted decision: what, by when and to which communities (all in scope preselected). The gate decides;
 * a refusal stays on screen until closed, since it was recorded and the department should know why.
 */
class DispatchDialog extends Dialog {

    private final transient DispatchGate gate;
    private final AccessRequestDetail detail;
    private final Runnable dispatched;
    private final TextField title = new TextField();
    private final TextArea instructions = new TextArea();
    private final DatePicker due;
    private final MultiSelectComboBox<AccessRequestDetail.Community> communities = new MultiSelectComboBox<>();
    private final AttachmentUpload attachments = new AttachmentUpload("wa-dispatch-files");
    private final Span refusal = new Span();

    /** @param dispatched called after a dispatch went through, to show it on the page */
    DispatchDialog(DispatchGate gate, AccessRequestDetail detail, Runnable dispatched) {
        this.gate = gate;
        this.detail = detail;
        this.dispatched = dispatched;
        setHeaderTitle(getTranslation("workaccess.ui.dispatch.title", detail.decisionNumber()));
        setWidth("720px");
        title.setId("wa-dispatch-title");
        title.setLabel(getTranslation("workaccess.ui.dispatch.work-title"));
        title.setMaxLength(100);
        title.setWidthFull();
        title.setValue(detail.title());
        instructions.setId("wa-dispatch-instructions");
        instructions.setLabel(getTranslation("workaccess.ui.dispatch.instructions"));
        instructions.setMaxLength(2000);
        instructions.setWidthFull();
        due = WorkAccessUi.datePicker(this, "workaccess.ui.dispatch.due");
        due.setId("wa-dispatch-due");
        due.setHelperText(getTranslation("workaccess.ui.dispatch.due-hint", Formats.date(detail.endOn())));
        communities.setId("wa-dispatch-communities");
        communities.setLabel(getTranslation("workaccess.ui.dispatch.communities"));
        communities.setItems(detail.communities());
        communities.setItemLabelGenerator(AccessRequestDetail.Community::name);
        communities.setValue(new LinkedHashSet<>(detail.communities()));
        communities.setWidthFull();
        refusal.setId("wa-dispatch-refusal");
        refusal.getElement().getThemeList().add("badge error");
        refusal.getStyle().set("white-space", "normal");
        refusal.setVisible(false);
        VerticalLayout fields = new VerticalLayout(refusal, title, instructions, due, communities, attachments);
        fields.setPadding(false);
        add(fields);

        Button send = new Button(getTranslation("workaccess.ui.dispatch.send"), click -> send());
        send.setId("wa-dispatch-send");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.addClickShortcut(Key.ENTER, KeyModifier.CONTROL).listenOn(this);
        send.setTooltipText("Ctrl+Enter");
        Button cancel = new Button(getTranslation("action.cancel"), click -> close());
        getFooter().add(cancel, send);
    }

    private void send() {
        DispatchReceipt receipt;
        try {
            receipt = gate.dispatch(new DispatchOrder(detail.decisionNumber(), title.getValue(), instructions.getValue(),
                    due.getValue(), communities.getValue().stream().map(AccessRequestDetail.Community::code).toList(),
                    attachments.attachments()), DispatchChannel.SCREEN);
        } catch (DispatchRefused refused) {
            String text = WorkAccessUi.describe(this, refused) + " " + getTranslation("workaccess.ui.dispatch.recorded");
            refusal.setText(text);
            refusal.setVisible(true);
            WorkAccessUi.stickyError(this, text);
            return;
        } catch (BusinessException invalid) {
            Notifications.error(WorkAccessUi.describe(this, invalid));
            return;
        }
        close();
        Notifications.success(getTranslation("workaccess.ui.dispatch.done", receipt.dispatchNumber(),
                receipt.communityCodes().size()));
        dispatched.run();
    }
}
