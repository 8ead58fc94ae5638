package org.tongban.certificate.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import org.tongban.base.BusinessException;
import org.tongban.base.ui.Buttons;
import org.tongban.base.ui.Downloads;
import org.tongban.base.ui.Facts;
import org.tongban.base.ui.MemoryUpload;
import org.tongban.base.ui.Notifications;
import org.tongban.catalog.CertificateList;
import org.tongban.catalog.CertificateType;
import org.tongban.certificate.CertificateApplication;
import org.tongban.certificate.CertificateRequests;
import org.tongban.certificate.CheckOutcome;
import org.tongban.certificate.SubmittedRequest;

/**
 * 出具证明 — the counter form. The worker types what the resident asks for in the resident's words (单身证明, 居住证明);
 * the answer shows at once: on the certificate list, with the evidence to see and what the community checks; or not
 * issued, with why and where to go instead. Either way the request is registered (the register counts refusals too)
 * and, when refused, the notice is printed while the resident waits. Ctrl+Enter registers.
 */
@Route(CertificateIntakeView.ROUTE)
@Menu(title = CertificateIntakeView.TITLE, order = 0.5, icon = "vaadin:diploma")
@RolesAllowed("FRONT_DESK")
public class CertificateIntakeView extends VerticalLayout implements HasDynamicTitle {

    static final String ROUTE = "certificate/intake";
    static final String TITLE = "certificate.menu.intake";

    private final transient CertificateRequests requests;
    private final ComboBox<String> community = new ComboBox<>();
    private final CertificateChooser certificate;
    private final Div answer = new Div();
    private final TextField applicantName = new TextField();
    private final TextField applicantId = new TextField();
    private final TextField applicantPhone = new TextField();
    private final Checkbox byAgent = new Checkbox();
    private final TextField agentName = new TextField();
    private final TextField agentId = new TextField();
    private final TextField agentPhone = new TextField();
    private final TextField agentRelation = new TextField();
    private final FormLayout agentForm = new FormLayout();
    private final TextField purpose = new TextField();
    private final TextField demandedBy = new TextField();
    private final TextArea details = new TextArea();
    private final MemoryUpload evidence = new MemoryUpload("crt-intake-evidence", CertificateUi.MAX_UPLOAD_MB);
    private final VerticalLayout form = new VerticalLayout();
    private final Div result = new Div();
    private final Button submit;

    public CertificateIntakeView(CertificateRequests requests, CertificateList certificateList, Clock clock) {
        this.requests = requests;
        this.certificate = new CertificateChooser("crt-intake-certificate", certificateList, LocalDate.now(clock),
                this::showAnswer);
        setMaxWidth("1100px");
        add(new H2(getTranslation(TITLE)));

        Map<String, String> communities = requests.counterCommunities();
        community.setId("crt-intake-community");
        community.setLabel(getTranslation("certificate.ui.intake.community"));
        community.setItems(communities.keySet());
        community.setItemLabelGenerator(code -> communities.getOrDefault(code, code));
        if (!communities.isEmpty()) {
            community.setValue(communities.keySet().iterator().next());
        }
        community.setVisible(communities.size() > 1);
        community.addValueChangeListener(change -> showAnswer());

        answer.setId("crt-intake-answer");
        answer.setWidthFull();

        field(applicantName, "crt-intake-applicant-name", "certificate.ui.applicant-name", 50);
        field(applicantId, "crt-intake-applicant-id", "certificate.ui.id-number", 18);
        field(applicantPhone, "crt-intake-applicant-phone", "certificate.ui.phone", 11);
        byAgent.setId("crt-intake-by-agent");
        byAgent.setLabel(getTranslation("certificate.ui.intake.by-agent"));
        byAgent.addValueChangeListener(change -> agentForm.setVisible(change.getValue()));
        field(agentName, "crt-intake-agent-name", "certificate.ui.agent-name", 50);
        field(agentId, "crt-intake-agent-id", "certificate.ui.agent-id-number", 18);
        field(agentPhone, "crt-intake-agent-phone", "certificate.ui.agent-phone", 11);
        field(agentRelation, "crt-intake-agent-relation", "certificate.ui.agent-relation", 20);
        agentForm.add(agentName, agentId, agentPhone, agentRelation);
        agentForm.setVisible(false);
        field(purpose, "crt-intake-purpose", "certificate.ui.purpose", 100);
        purpose.setHelperText(getTranslation("certificate.ui.purpose-help"));
        purpose.setRequiredIndicatorVisible(true);
        field(demandedBy, "crt-intake-demanded-by", "certificate.ui.demanded-by", 100);
        demandedBy.setHelperText(getTranslation("certificate.ui.demanded-by-help"));
        details.setId("crt-intake-details");
        details.setLabel(getTranslation("certificate.ui.details"));
        details.setMaxLength(500);
        details.setWidthFull();
        for (TextField required : List.of(applicantName, applicantId, applicantPhone)) {
            required.setRequiredIndicatorVisible(true);
        }

        FormLayout applicant = new FormLayout(applicantName, applicantId, applicantPhone);
        FormLayout request = new FormLayout(purpose, demandedBy);
        submit = Buttons.submit(getTranslation("certificate.ui.intake.submit"), "crt-intake-submit", this::submit);
        form.setPadding(false);
        form.add(community, certificate, answer, new H3(getTranslation("certificate.ui.intake.applicant")), applicant,
                byAgent, agentForm, new H3(getTranslation("certificate.ui.intake.request")), request, details,
                new H3(getTranslation("certificate.ui.intake.evidence")), evidence, submit);
        result.setId("crt-intake-result");
        result.setWidthFull();
        if (communities.isEmpty()) {
            // A subdistrict's counter receives one-window cases but issues no certificates: communities do.
            add(CertificateUi.refusal(getTranslation("certificate.ui.intake.no-community")));
            return;
        }
        add(form, result);
        showAnswer();
    }

    private static void field(TextField field, String id, String label, int maxLength) {
        field.setId(id);
        field.setLabel(field.getTranslation(label));
        field.setMaxLength(maxLength);
        field.setClearButtonVisible(true);
    }

    /** The list's answer for what was asked, before anything is registered; a warning when it cannot be sealed. */
    private void showAnswer() {
        answer.removeAll();
        CertificateType type = certificate.getValue();
        if (type == null && certificate.unlisted() == null) {
            submit.setText(getTranslation("certificate.ui.intake.submit"));
            return;
        }
        answer.add(ListAnswer.of(this, type, certificate.unlisted()));
        boolean issuable = type != null && type.issuable();
        if (issuable && community.getValue() != null && !requests.sealCovers(community.getValue(), type.code())) {
            answer.add(CertificateUi.box("crt-answer-seal", "error", new Paragraph(
                    getTranslation("certificate.ui.intake.seal-warning", type.nameZh()))));
        }
        submit.setText(getTranslation(issuable ? "certificate.ui.intake.submit" : "certificate.ui.intake.submit-refusal"));
    }

    private void submit() {
        CertificateType type = certificate.getValue();
        CertificateApplication.Agent agent = byAgent.getValue() ? new CertificateApplication.Agent(
                agentName.getValue(), agentId.getValue(), agentPhone.getValue(), agentRelation.getValue()) : null;
        List<CertificateApplication.Evidence> files = evidence.files().stream()
                .map(file -> new CertificateApplication.Evidence(file.fileName(), file.content())).toList();
        SubmittedRequest submitted;
        try {
            submitted = requests.submit(new CertificateApplication(type == null ? null : type.code(),
                    type == null ? certificate.unlisted() : null, purpose.getValue(), demandedBy.getValue(), details.getValue(),
                    applicantName.getValue(), applicantId.getValue(), applicantPhone.getValue(), agent,
                    community.getValue(), files));
        } catch (BusinessException refused) {
            Notifications.error(CertificateUi.describe(this, refused));
            return;
        }
        showResult(submitted);
    }

    /** The answer to keep: number and query code, and the notice to print for a refusal. */
    private void showResult(SubmittedRequest submitted) {
        form.setVisible(false);
        result.removeAll();
        boolean issue = submitted.outcome() == CheckOutcome.ISSUE;
        Facts facts = new Facts()
                .text("certificate.ui.request-number", submitted.requestNumber(), "crt-result-number")
                .text("certificate.ui.query-code", submitted.queryCode(), "crt-result-code")
                .value("certificate.ui.status", CertificateUi.statusBadge(this, submitted.status()));
        if (!issue) {
            facts.wide("certificate.ui.reason", submitted.reason(), "crt-result-reason")
                    .wide("certificate.ui.refer-to", submitted.referTo(), "crt-result-refer-to");
        }
        HorizontalLayout actions = new HorizontalLayout();
        if (issue) {
            Button open = Buttons.submit(getTranslation("certificate.ui.intake.to-fact-check"), "crt-result-open",
                    () -> getUI().ifPresent(ui -> ui.navigate(CertificateRequestView.class, submitted.id())));
            actions.add(open);
        } else {
            actions.add(Downloads.pdf(getTranslation("certificate.ui.notice.print"),
                    submitted.requestNumber() + ".pdf", () -> requests.noticePdf(submitted.id())));
        }
        Button next = new Button(getTranslation("certificate.ui.intake.next"), click -> reset());
        next.setId("crt-result-next");
        actions.add(next);
        result.add(CertificateUi.box("crt-result-box", issue ? "success" : "error",
                new H3(getTranslation(issue ? "certificate.ui.intake.registered" : "certificate.ui.intake.refused")),
                facts, actions));
        Notifications.success(getTranslation("certificate.ui.intake.done", submitted.requestNumber()));
    }

    private void reset() {
        result.removeAll();
        certificate.reset();
        for (TextField field : List.of(applicantName, applicantId, applicantPhone, agentName, agentId, agentPhone,
                agentRelation, purpose, demandedBy)) {
            field.clear();
        }
        details.clear();
        byAgent.setValue(false);
        evidence.reset();
        form.setVisible(true);
        showAnswer();
        certificate.focus();
    }

    @Override
    public String getPageTitle() {
        return getTranslation(TITLE) + " · " + getTranslation("app.title");
    }
}
