package org.tongban.certificate.ui;

import java.time.Clock;
import java.time.LocalDate;

import jakarta.annotation.security.PermitAll;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;

import org.tongban.base.BusinessException;
import org.tongban.base.ui.Buttons;
import org.tongban.base.ui.Downloads;
import org.tongban.base.ui.Facts;
import org.tongban.base.ui.Formats;
import org.tongban.base.ui.Notifications;
import org.tongban.catalog.WorkingDays;
import org.tongban.certificate.CertificateRequestStatus;
import org.tongban.certificate.CertificateRequests;
import org.tongban.certificate.CertificateValidity;
import org.tongban.certificate.DeliveryMethod;
import org.tongban.certificate.FactCheck;
import org.tongban.certificate.OpenStep;
import org.tongban.certificate.RequestChannel;
import org.tongban.certificate.RequestDetail;
import org.tongban.inbox.Cases;
import org.tongban.inbox.ui.CaseTimeline;
import org.tongban.inbox.ui.ProcessDiagram;

/**
 * 证明申请 — one request on one page for everyone in scope: what was asked, by whom and why, the list's answer, the
 * evidence, then the viewer's own step (核实, 审批, 送达, 确认撤销 — the inbox forwards those tasks here), the refusal
 * with its notice or the certificate with its PDF, verification link and revocation; at the end the history and the
 * diagram. Ctrl+Enter submits the step.
 */
@Route(CertificateRequestView.ROUTE)
@PermitAll
public class CertificateRequestView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    static final String ROUTE = "certificate/requests";

    private final transient CertificateRequests requests;
    private final transient Cases cases;
    private final transient WorkingDays workingDays;
    private final transient Clock clock;
    private long requestId;
    private boolean unmasked;
    private String requestNumber = "";

    public CertificateRequestView(CertificateRequests requests, Cases cases, WorkingDays workingDays, Clock clock) {
        this.requests = requests;
        this.cases = cases;
        this.workingDays = workingDays;
        this.clock = clock;
        setMaxWidth("1100px");
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        requestId = id == null ? -1 : id;
        unmasked = false;
        render();
    }

    private void render() {
        removeAll();
        RequestDetail detail;
        try {
            detail = unmasked ? requests.openUnmasked(requestId) : requests.open(requestId);
        } catch (BusinessException refused) {
            add(new H2(getTranslation("certificate.ui.request.title")),
                    CertificateUi.refusal(CertificateUi.describe(this, refused)));
            return;
        }
        requestNumber = detail.requestNumber();
        H2 heading = new H2(detail.requestNumber() + " · " + detail.certificateName());
        heading.setId("crt-heading");
        Span status = CertificateUi.statusBadge(this, detail.status());
        status.setId("crt-status");
        Span listing = CertificateUi.listingBadge(this, detail.listing());
        listing.setId("crt-listing");
        add(heading, new HorizontalLayout(status, listing), request(detail));
        if (!detail.files().isEmpty()) {
            HorizontalLayout files = new HorizontalLayout();
            files.setId("crt-evidence");
            files.getStyle().set("flex-wrap", "wrap");
            detail.files().forEach(file -> files.add(Downloads.link(file.fileName(), true,
                    () -> new Downloads.File(file.fileName(), file.contentType(),
                            requests.evidence(detail.id(), file.id())))));
            add(new H3(getTranslation("certificate.ui.intake.evidence")), files);
        }
        requests.myOpenStep(detail.id()).ifPresent(open -> add(step(detail, open)));
        if (detail.refusal() != null) {
            add(refusal(detail));
        }
        if (detail.certificate() != null) {
            add(certificate(detail));
        }
        if (detail.processInstanceId() != null) {
            try {
                add(new CaseTimeline(cases.history(detail.processInstanceId())));
                add(new ProcessDiagram(cases.diagram(detail.processInstanceId())));
            } catch (BusinessException notInvolved) {
                // The history is for those who took part in the case; the request page is for all in scope.
            }
        }
    }

    private Component request(RequestDetail detail) {
        Facts facts = new Facts()
                .text("certificate.ui.community", detail.communityName(), "crt-community")
                .text("certificate.ui.channel", getTranslation(detail.channel().messageKey()), null)
                .text("certificate.ui.applicant", detail.applicantName() + "（" + detail.applicantIdNumber() + "）",
                        "crt-applicant")
                .text("certificate.ui.phone", detail.applicantPhone(), "crt-phone");
        if (detail.agent() != null) {
            facts.text("certificate.ui.agent", detail.agent().name() + "（" + detail.agent().idNumber() + "，"
                    + detail.agent().relation() + "）", "crt-agent");
        }
        facts.text("certificate.ui.purpose", detail.purpose(), "crt-purpose")
                .optional("certificate.ui.demanded-by", detail.demandedBy(), "crt-demanded-by")
                .text("certificate.ui.received", Formats.dateTime(detail.receivedAt())
                        + (detail.receivedBy() == null ? "" : " · " + detail.receivedBy()), null)
                .optional("certificate.ui.due", due(detail), "crt-due")
                .wide("certificate.ui.details", detail.details(), null)
                .wide("certificate.ui.check", detail.checkRule() == null ? null
                        : detail.checkRule() + " · " + detail.checkRuleText(), "crt-check")
                .wide("certificate.ui.required-evidence", detail.requiredEvidence(), null)
                .wide("certificate.ui.facts-checked", detail.factsChecked()
                        + (detail.homeVisitRequired() ? getTranslation("certificate.ui.home-visit-note") : ""), null);
        if (detail.factCheck() != null && Boolean.TRUE.equals(detail.factCheckPassed())) {
            facts.wide("certificate.ui.findings", detail.findings(), "crt-findings")
                    .text("certificate.ui.fact-checked-by", step(detail.factCheck())
                            + (Boolean.TRUE.equals(detail.homeVisited()) ? getTranslation("certificate.ui.home-visited") : ""),
                            null);
        }
        if (detail.approval() != null && detail.refusal() == null) {
            facts.text("certificate.ui.approved-by", step(detail.approval()), null)
                    .optional("certificate.ui.approval-comment", detail.approvalComment(), null);
        }
        VerticalLayout section = new VerticalLayout(facts);
        section.setPadding(false);
        if (!detail.unmasked()) {
            Button unmask = new Button(getTranslation("certificate.ui.unmask"), click -> {
                unmasked = true;
                render();
            });
            unmask.setId("crt-unmask");
            unmask.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            unmask.setTooltipText(getTranslation("certificate.ui.unmask-help"));
            section.add(unmask);
        }
        return section;
    }

    /** 还剩 n 个工作日, or 已超期, while the community is handling the request. */
    private String due(RequestDetail detail) {
        if (detail.dueOn() == null) {
            return null;
        }
        if (!detail.status().inHand()) {
            return Formats.date(detail.dueOn());
        }
        LocalDate today = LocalDate.now(clock);
        return Formats.date(detail.dueOn()) + " · " + (detail.dueOn().isBefore(today)
                ? getTranslation("certificate.ui.overdue")
                : getTranslation("certificate.ui.remaining", workingDays.workingDaysBetween(today, detail.dueOn())));
    }

    private static String step(RequestDetail.Step step) {
        return Formats.orEmpty(step.by()) + " · " + Formats.dateTime(step.at());
    }

    /** The viewer's open step on this request. */
    private Component step(RequestDetail detail, OpenStep open) {
        String key = open.step();
        String taskId = open.taskId();
        VerticalLayout panel = new VerticalLayout();
        panel.setId("crt-step");
        panel.getStyle().set("border", "1px solid var(--lumo-primary-color-50pct)")
                .set("border-radius", "var(--lumo-border-radius-l)");
        H3 title = new H3(getTranslation("certificate.ui.step." + key));
        title.setId("crt-step-title");
        panel.add(title);
        switch (key) {
            case "Task_FactCheck" -> panel.add(factCheck(detail, taskId));
            case "Task_Approve" -> panel.add(approval(taskId));
            case "Task_Deliver" -> panel.add(delivery(detail, taskId));
            case "Task_ConfirmRevocation" -> panel.add(revocationConfirmation(taskId));
            default -> panel.add(new Paragraph(getTranslation("inbox.task.no-form")));
        }
        return panel;
    }

    private Component factCheck(RequestDetail detail, String taskId) {
        RadioButtonGroup<Boolean> confirmed = yesNo("crt-fact-confirmed", "certificate.ui.fact.confirmed",
                "certificate.ui.fact.yes", "certificate.ui.fact.no");
        Checkbox visited = new Checkbox(getTranslation("certificate.ui.fact.home-visited"));
        visited.setId("crt-fact-home-visited");
        visited.setVisible(detail.homeVisitRequired());
        TextArea findings = area("crt-fact-findings", "certificate.ui.fact.findings");
        findings.setHelperText(getTranslation("certificate.ui.fact.findings-help"));
        return form(() -> requests.factCheck(taskId, new FactCheck(required(confirmed), visited.getValue(),
                findings.getValue())), confirmed, visited, findings);
    }

    private Component approval(String taskId) {
        RadioButtonGroup<Boolean> approve = yesNo("crt-approve-decision", "certificate.ui.approve.decision",
                "certificate.ui.approve.yes", "certificate.ui.approve.no");
        TextArea comment = area("crt-approve-comment", "certificate.ui.approve.comment");
        return form(() -> requests.approve(taskId, required(approve), comment.getValue()), approve, comment);
    }

    private Component delivery(RequestDetail detail, String taskId) {
        RadioButtonGroup<DeliveryMethod> method = new RadioButtonGroup<>(getTranslation("certificate.ui.delivery"));
        method.setId("crt-delivery-method");
        method.setItems(DeliveryMethod.values());
        method.setItemLabelGenerator(value -> getTranslation(value.messageKey()));
        method.setValue(detail.channel() == RequestChannel.ONLINE ? DeliveryMethod.ONLINE : DeliveryMethod.PICKUP);
        return form(() -> requests.deliver(taskId, method.getValue()), method);
    }

    private Component revocationConfirmation(String taskId) {
        RadioButtonGroup<Boolean> revoke = yesNo("crt-revoke-decision", "certificate.ui.revoke.decision",
                "certificate.ui.revoke.yes", "certificate.ui.revoke.no");
        TextArea comment = area("crt-revoke-comment", "certificate.ui.revoke.comment");
        return form(() -> requests.confirmRevocation(taskId, required(revoke), comment.getValue()), revoke, comment);
    }

    private Component refusal(RequestDetail detail) {
        RequestDetail.Refusal refusal = detail.refusal();
        Facts facts = new Facts()
                .text("certificate.ui.refusal-stage", getTranslation(refusal.stage().messageKey())
                        + (refusal.by() == null ? "" : " · " + refusal.by()) + " · " + Formats.dateTime(refusal.at()),
                        null)
                .wide("certificate.ui.reason", refusal.reason(), "crt-refusal-reason")
                .wide("certificate.ui.refer-to", refusal.referTo(), "crt-refusal-refer-to");
        if (refusal.replacement() != null && refusal.replacement() != org.tongban.catalog.CertificateReplacement.NONE) {
            facts.wide("certificate.ui.replacement", CertificateUi.replacement(this, refusal.replacement()), null);
        }
        VerticalLayout content = new VerticalLayout(new H3(getTranslation(detail.status()
                == CertificateRequestStatus.REPLACED ? "certificate.ui.replaced" : "certificate.ui.refused")), facts);
        content.setPadding(false);
        if (detail.status().closed()) {
            Anchor notice = Downloads.pdf(getTranslation("certificate.ui.notice.print"),
                    detail.requestNumber() + ".pdf", () -> requests.noticePdf(detail.id()));
            notice.setId("crt-notice");
            content.add(notice);
        }
        return CertificateUi.box("crt-refusal-box", "error", content);
    }

    private Component certificate(RequestDetail detail) {
        RequestDetail.CertificateSummary certificate = detail.certificate();
        Facts facts = new Facts()
                .text("certificate.ui.certificate-number", certificate.number(), "crt-certificate-number")
                .value("certificate.ui.validity", CertificateUi.validityBadge(this, certificate.validity()))
                .text("certificate.ui.issued-on", Formats.date(certificate.issuedOn()), null)
                .text("certificate.ui.valid-until", certificate.validUntil() == null
                        ? getTranslation("certificate.ui.no-term") : Formats.date(certificate.validUntil()), null)
                .text("certificate.ui.issuer", certificate.issuerName() + " · " + certificate.sealCode(), null)
                .text("certificate.ui.signed-by", certificate.signedBy(), null);
        if (certificate.deliveredAt() != null) {
            facts.text("certificate.ui.delivered", getTranslation(certificate.deliveryMethod().messageKey()) + " · "
                    + Formats.dateTime(certificate.deliveredAt()), "crt-delivered");
        }
        if (certificate.revokedAt() != null) {
            facts.text("certificate.ui.revoked", Formats.dateTime(certificate.revokedAt()) + " · "
                    + Formats.orEmpty(certificate.revokedBy()), "crt-revoked")
                    .wide("certificate.ui.revoke-reason", certificate.revokeReason(), null);
        }
        Anchor pdf = Downloads.pdf(getTranslation("certificate.ui.certificate.print"), certificate.number() + ".pdf",
                () -> requests.certificatePdf(detail.id()));
        pdf.setId("crt-certificate-pdf");
        Anchor verify = new Anchor(certificate.verificationUrl(), getTranslation("certificate.ui.certificate.verify"));
        verify.setId("crt-certificate-verify");
        verify.setTarget("_blank");
        HorizontalLayout links = new HorizontalLayout(pdf, verify);
        if (certificate.revocationPending()) {
            links.add(CertificateUi.badge(getTranslation("certificate.ui.revocation-pending"), "badge contrast"));
        } else if (certificate.mayRequestRevocation()) {
            Button revoke = new Button(getTranslation("certificate.ui.revoke"), click -> openRevocationDialog(detail));
            revoke.setId("crt-revoke");
            revoke.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            links.add(revoke);
        }
        VerticalLayout content = new VerticalLayout(new H3(getTranslation("certificate.ui.certificate")), facts, links);
        content.setPadding(false);
        return CertificateUi.box("crt-certificate", certificate.validity() == CertificateValidity.VALID ? "success"
                : "contrast", content);
    }

    private void openRevocationDialog(RequestDetail detail) {
        Dialog dialog = new Dialog(getTranslation("certificate.ui.revoke.title", detail.certificate().number()));
        TextArea reason = area("crt-revoke-reason", "certificate.ui.revoke.reason");
        dialog.add(new Paragraph(getTranslation("certificate.ui.revoke.explanation")), reason);
        dialog.setWidth("560px");
        Button confirm = new Button(getTranslation("certificate.ui.revoke.request"), click -> {
            try {
                requests.requestRevocation(detail.id(), reason.getValue());
            } catch (BusinessException refused) {
                Notifications.error(CertificateUi.describe(this, refused));
                return;
            }
            dialog.close();
            Notifications.success(getTranslation("certificate.ui.revoke.requested"));
            render();
        });
        confirm.setId("crt-revoke-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), click -> dialog.close()), confirm);
        dialog.open();
        reason.focus();
    }

    private RadioButtonGroup<Boolean> yesNo(String id, String labelKey, String yesKey, String noKey) {
        RadioButtonGroup<Boolean> group = new RadioButtonGroup<>(getTranslation(labelKey));
        group.setId(id);
        group.setItems(Boolean.TRUE, Boolean.FALSE);
        group.setItemLabelGenerator(value -> getTranslation(value ? yesKey : noKey));
        group.setRequiredIndicatorVisible(true);
        return group;
    }

    private static boolean required(RadioButtonGroup<Boolean> decision) {
        if (decision.getValue() == null) {
            throw BusinessException.invalid("certificate.error.decision-required");
        }
        return decision.getValue();
    }

    private TextArea area(String id, String labelKey) {
        TextArea area = new TextArea(getTranslation(labelKey));
        area.setId(id);
        area.setMaxLength(500);
        area.setWidthFull();
        return area;
    }

    /** The step's fields with one submit button (also Ctrl+Enter); a refusal changes nothing and is shown. */
    private Component form(Runnable action, Component... fields) {
        VerticalLayout layout = new VerticalLayout(fields);
        layout.setPadding(false);
        layout.add(Buttons.submit(getTranslation("certificate.ui.step.submit"), "crt-step-submit", () -> {
            try {
                action.run();
            } catch (BusinessException refused) {
                Notifications.error(CertificateUi.describe(this, refused));
                return;
            }
            Notifications.success(getTranslation("certificate.ui.step.done"));
            render();
        }));
        return layout;
    }

    @Override
    public String getPageTitle() {
        return (requestNumber.isEmpty() ? getTranslation("certificate.ui.request.title") : requestNumber)
                + " · " + getTranslation("app.title");
    }
}
