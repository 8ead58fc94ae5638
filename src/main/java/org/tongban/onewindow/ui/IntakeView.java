package org.tongban.onewindow.ui;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.receivers.MemoryBuffer;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import org.tongban.base.BusinessException;
import org.tongban.base.Messages;
import org.tongban.base.ui.Notifications;
import org.tongban.catalog.Channel;
import org.tongban.catalog.ServiceCatalogue;
import org.tongban.catalog.ServiceItem;
import org.tongban.identity.CurrentStaff;
import org.tongban.identity.OrgUnitKind;
import org.tongban.identity.RoleAssignmentView;
import org.tongban.identity.Roles;
import org.tongban.onewindow.ApplicantKind;
import org.tongban.onewindow.Intake;
import org.tongban.onewindow.IntakeReceipt;
import org.tongban.onewindow.OneWindowCases;
import org.tongban.onewindow.Provision;

/**
 * 窗口收件 — the counter form: any catalogued item, the applicant (or agent), and each required material marked as
 * seen in original or uploaded. Ctrl+Enter receives; the worker then goes straight to the acceptance review.
 */
@Route("onewindow/intake")
@Menu(title = IntakeView.TITLE, order = 0, icon = "vaadin:clipboard-user")
@RolesAllowed("FRONT_DESK")
public class IntakeView extends VerticalLayout implements HasDynamicTitle {

    static final String TITLE = "menu.onewindow.intake";

    private final transient OneWindowCases cases;
    private final transient Messages messages;
    private final ComboBox<ServiceItem> item = new ComboBox<>();
    private final Select<Channel> channel = new Select<>();
    private final ComboBox<RoleAssignmentView> unit = new ComboBox<>();
    private final RadioButtonGroup<ApplicantKind> applicantKind = new RadioButtonGroup<>();
    private final TextField applicantName = new TextField();
    private final TextField applicantId = new TextField();
    private final TextField applicantPhone = new TextField();
    private final TextField applicantAddress = new TextField();
    private final TextField agentName = new TextField();
    private final TextField agentId = new TextField();
    private final TextField agentPhone = new TextField();
    private final TextField agentAuthorisation = new TextField();
    private final FormLayout agentForm = new FormLayout();
    private final VerticalLayout materialRows = new VerticalLayout();
    private final Map<String, Select<Provision>> provisions = new HashMap<>();
    private final List<Intake.UploadedFile> uploads = new ArrayList<>();

    public IntakeView(OneWindowCases cases, ServiceCatalogue catalogue, CurrentStaff currentStaff, Messages messages) {
        this.cases = cases;
        this.messages = messages;
        setMaxWidth("1100px");
        add(new H2(getTranslation(TITLE)));

        item.setId("intake-item");
        item.setLabel(getTranslation("onewindow.intake.item"));
        item.setItems(catalogue.activeItems());
        item.setItemLabelGenerator(found -> found.code() + " " + found.name());
        item.setWidthFull();
        item.setRequired(true);
        item.addValueChangeListener(change -> showItem(change.getValue()));

        unit.setId("intake-unit");
        unit.setLabel(getTranslation("onewindow.intake.unit"));
        List<RoleAssignmentView> counters = currentStaff.require().assignments().stream()
                .filter(assignment -> Roles.FRONT_DESK.equals(assignment.roleCode()))
                .filter(assignment -> assignment.unitKind() == OrgUnitKind.COMMUNITY
                        || assignment.unitKind() == OrgUnitKind.SUBDISTRICT)
                .toList();
        unit.setItems(counters);
        unit.setItemLabelGenerator(RoleAssignmentView::unitName);
        if (!counters.isEmpty()) {
            unit.setValue(counters.get(0));
        }

        channel.setId("intake-channel");
        channel.setLabel(getTranslation("onewindow.intake.channel"));
        channel.setItemLabelGenerator(value -> getTranslation(value.messageKey()));
        channel.addValueChangeListener(change -> agentForm.setVisible(change.getValue() == Channel.ON_BEHALF));

        applicantKind.setId("intake-applicant-kind");
        applicantKind.setLabel(getTranslation("onewindow.intake.applicant-kind"));
        applicantKind.setItems(ApplicantKind.values());
        applicantKind.setItemLabelGenerator(value -> getTranslation(value.messageKey()));
        applicantKind.setValue(ApplicantKind.PERSON);
        applicantKind.addValueChangeListener(change -> applicantId.setLabel(getTranslation(
                change.getValue() == ApplicantKind.ORGANISATION ? "onewindow.intake.credit-code"
                        : "onewindow.intake.id-number")));

        field(applicantName, "intake-applicant-name", "onewindow.intake.applicant-name", 100);
        field(applicantId, "intake-applicant-id", "onewindow.intake.id-number", 18);
        field(applicantPhone, "intake-applicant-phone", "onewindow.intake.phone", 11);
        field(applicantAddress, "intake-applicant-address", "onewindow.intake.address", 200);
        applicantName.setRequired(true);
        applicantId.setRequired(true);
        applicantPhone.setRequired(true);
        FormLayout form = new FormLayout(item, unit, channel, applicantKind, applicantName, applicantId,
                applicantPhone, applicantAddress);
        form.setColspan(item, 2);

        field(agentName, "intake-agent-name", "onewindow.intake.agent-name", 50);
        field(agentId, "intake-agent-id", "onewindow.intake.agent-id", 18);
        field(agentPhone, "intake-agent-phone", "onewindow.intake.agent-phone", 11);
        field(agentAuthorisation, "intake-agent-authorisation", "onewindow.intake.agent-authorisation", 200);
        agentForm.add(agentName, agentId, agentPhone, agentAuthorisation);
        agentForm.setVisible(false);

        materialRows.setId("intake-materials");
        materialRows.setPadding(false);

        Button receive = new Button(getTranslation("onewindow.intake.receive"), click -> receive());
        receive.setId("intake-receive");
        receive.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        receive.addClickShortcut(Key.ENTER, KeyModifier.CONTROL);
        receive.setTooltipText("Ctrl+Enter");

        add(form, agentForm, new H3(getTranslation("onewindow.intake.materials")), materialRows, receive);
        item.focus();
    }

    private void field(TextField field, String id, String labelKey, int maxLength) {
        field.setId(id);
        field.setLabel(getTranslation(labelKey));
        field.setMaxLength(maxLength);
        field.setClearButtonVisible(true);
    }

    private void showItem(ServiceItem selected) {
        materialRows.removeAll();
        provisions.clear();
        uploads.clear();
        channel.setItems(selected == null ? List.of() : selected.channels().stream()
                .filter(offered -> offered != Channel.ONLINE).sorted().toList());
        if (selected == null) {
            return;
        }
        channel.setValue(selected.channels().contains(Channel.COUNTER) ? Channel.COUNTER : null);
        for (ServiceItem.Material material : selected.materials()) {
            Select<Provision> provision = new Select<>();
            provision.setId("intake-provision-" + material.code());
            provision.setItems(Provision.ORIGINAL_SEEN, Provision.MISSING);
            provision.setItemLabelGenerator(value -> getTranslation(value.messageKey()));
            provision.setValue(Provision.ORIGINAL_SEEN);
            provisions.put(material.code(), provision);

            MemoryBuffer buffer = new MemoryBuffer();
            Upload upload = new Upload(buffer);
            upload.setId("intake-upload-" + material.code());
            upload.setAcceptedFileTypes("application/pdf", "image/jpeg", "image/png", ".pdf", ".jpg", ".jpeg", ".png");
            upload.setMaxFileSize(10 * 1024 * 1024);
            upload.setDropAllowed(false);
            upload.addSucceededListener(done -> {
                uploads.add(new Intake.UploadedFile(material.code(), done.getFileName(),
                        ResidentPage.read(buffer.getInputStream())));
                provision.setValue(Provision.MISSING);
                provision.setEnabled(false);
            });
            upload.addFileRejectedListener(rejected -> Notifications.error(rejected.getErrorMessage()));

            Span name = new Span((material.mandatory() ? "＊" : "") + material.name()
                    + (material.notes() == null || material.notes().isBlank() ? "" : "（" + material.notes() + "）"));
            name.setWidth("50%");
            HorizontalLayout row = new HorizontalLayout(name, provision, upload);
            row.setWidthFull();
            row.setAlignItems(Alignment.CENTER);
            materialRows.add(row);
        }
    }

    private void receive() {
        ServiceItem selected = item.getValue();
        if (selected == null) {
            Notifications.error(getTranslation("onewindow.intake.choose-item"));
            item.focus();
            return;
        }
        Map<String, Provision> given = new HashMap<>();
        provisions.forEach((code, select) -> {
            if (select.isEnabled()) {
                given.put(code, select.getValue());
            }
        });
        Intake.Agent agent = channel.getValue() == Channel.ON_BEHALF ? new Intake.Agent(agentName.getValue(),
                agentId.getValue(), agentPhone.getValue(), agentAuthorisation.getValue()) : null;
        Intake intake = new Intake(selected.code(), channel.getValue(), applicantKind.getValue(),
                applicantName.getValue(), applicantId.getValue(), applicantPhone.getValue(), applicantAddress.getValue(),
                agent, unit.getValue() == null ? null : unit.getValue().unitCode(), given, uploads);
        try {
            IntakeReceipt receipt = cases.intake(intake);
            Notifications.success(getTranslation("onewindow.intake.received", receipt.caseNumber(), receipt.queryCode()));
            String next = cases.myOpenTask(receipt.caseId()).map(taskId -> CaseTaskView.ROUTE + "/" + taskId)
                    .orElse(CaseView.ROUTE + "/" + receipt.caseId());
            getUI().ifPresent(ui -> ui.navigate(next));
        } catch (BusinessException refused) {
            Notifications.error(messages.describe(refused, getLocale()));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation(TITLE) + " · " + getTranslation("app.title");
    }
}
