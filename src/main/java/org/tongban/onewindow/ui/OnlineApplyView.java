package org.tongban.onewindow.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import org.tongban.base.BusinessException;
import org.tongban.base.Messages;
import org.tongban.base.ui.Notifications;
import org.tongban.catalog.Channel;
import org.tongban.catalog.ServiceCatalogue;
import org.tongban.catalog.ServiceItem;
import org.tongban.onewindow.ApplicantKind;
import org.tongban.onewindow.Intake;
import org.tongban.onewindow.IntakeReceipt;
import org.tongban.onewindow.OnlineApplications;

/**
 * 网上申请 — a resident applies without an account, any time: where they live, the item, who they are, and the
 * materials as scans or photos. The receipt shows the case number and the query code to follow the case.
 */
@Route(value = OnlineApplyView.ROUTE, autoLayout = false)
@AnonymousAllowed
public class OnlineApplyView extends ResidentPage implements HasDynamicTitle {

    static final String ROUTE = "online";

    private final transient OnlineApplications online;
    private final transient Messages messages;
    private final ComboBox<String> unit = new ComboBox<>();
    private final ComboBox<ServiceItem> item = new ComboBox<>();
    private final TextField name = new TextField();
    private final TextField idNumber = new TextField();
    private final TextField phone = new TextField();
    private final TextField address = new TextField();
    private final VerticalLayout materials = new VerticalLayout();
    private final List<Intake.UploadedFile> files = new ArrayList<>();
    private final VerticalLayout form = new VerticalLayout();

    public OnlineApplyView(OnlineApplications online, ServiceCatalogue catalogue, Messages messages) {
        this.online = online;
        this.messages = messages;
        Map<String, String> units = online.receivingUnits();
        unit.setId("online-unit");
        unit.setLabel(getTranslation("onewindow.online.unit"));
        unit.setItems(units.keySet());
        unit.setItemLabelGenerator(units::get);
        item.setId("online-item");
        item.setLabel(getTranslation("onewindow.intake.item"));
        item.setItems(catalogue.activeItems(Channel.ONLINE));
        item.setItemLabelGenerator(ServiceItem::name);
        item.addValueChangeListener(change -> showMaterials(change.getValue()));
        field(name, "online-name", "onewindow.intake.applicant-name", 50);
        field(idNumber, "online-id", "onewindow.intake.id-number", 18);
        field(phone, "online-phone", "onewindow.intake.phone", 11);
        field(address, "online-address", "onewindow.intake.address", 200);
        FormLayout fields = new FormLayout(unit, item, name, idNumber, phone, address);
        materials.setPadding(false);
        Button submit = new Button(getTranslation("onewindow.online.submit"), click -> submit());
        submit.setId("online-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        form.setPadding(false);
        form.add(new H2(getTranslation("onewindow.online.apply")), note(getTranslation("onewindow.online.apply-hint")),
                fields, new H3(getTranslation("onewindow.intake.materials")), materials, submit);
        add(form);
    }

    private void field(TextField field, String id, String labelKey, int maxLength) {
        field.setId(id);
        field.setLabel(getTranslation(labelKey));
        field.setMaxLength(maxLength);
    }

    private void showMaterials(ServiceItem selected) {
        materials.removeAll();
        files.clear();
        if (selected == null) {
            return;
        }
        for (ServiceItem.Material material : selected.materials()) {
            Span label = new Span((material.mandatory() ? "＊" : "") + material.name()
                    + (material.notes() == null || material.notes().isBlank() ? "" : "（" + material.notes() + "）"));
            label.setWidth("50%");
            HorizontalLayout row = new HorizontalLayout(label,
                    materialUpload("online-upload-" + material.code(), material.code(), files));
            row.setWidthFull();
            materials.add(row);
        }
    }

    private void submit() {
        if (item.getValue() == null) {
            Notifications.error(getTranslation("onewindow.intake.choose-item"));
            return;
        }
        Intake intake = new Intake(item.getValue().code(), Channel.ONLINE, ApplicantKind.PERSON, name.getValue(),
                idNumber.getValue(), phone.getValue(), address.getValue(), null, unit.getValue(), Map.of(), files);
        try {
            IntakeReceipt receipt = online.apply(intake);
            showReceipt(receipt);
        } catch (BusinessException refused) {
            Notifications.error(messages.describe(refused, getLocale()));
        }
    }

    private void showReceipt(IntakeReceipt receipt) {
        form.removeAll();
        Span number = new Span(receipt.caseNumber());
        number.setId("online-case-number");
        Span code = new Span(receipt.queryCode());
        code.setId("online-query-code");
        FormLayout facts = new FormLayout();
        facts.addFormItem(number, getTranslation("onewindow.case.number"));
        facts.addFormItem(code, getTranslation("onewindow.pdf.query-code"));
        form.add(new H2(getTranslation("onewindow.online.received")), facts,
                note(getTranslation("onewindow.online.keep-code")));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("onewindow.online.apply") + " · " + getTranslation("app.title");
    }
}
