package org.tongban.workaccess.ui;

import java.util.stream.Collectors;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import org.tongban.base.ui.Facts;
import org.tongban.base.ui.Formats;
import org.tongban.catalog.WorkItem;
import org.tongban.workaccess.AccessRequestDetail;
import org.tongban.workaccess.AccessRequests;
import org.tongban.workaccess.RequestStatus;
import org.tongban.workaccess.TargetScope;

/**
 * The whole request read-only, in the order a reviewer checks it: who asks, what and on which basis, where, when and
 * how much work, the money (费随事转), data sharing, contact and files, then what the automatic check said, the
 * negative-list hints, and the decision.
 */
class RequestPanel extends Composite<VerticalLayout> {

    /** Longer scopes start folded so the decision stays within reach. */
    private static final int OPEN_COMMUNITY_LIST = 12;

    private final transient AccessRequests requests;
    private final AccessRequestDetail detail;

    /**
     * @param submitterName      the submitter's display name
     * @param remainingWorkingDays working days left in the review, negative when overdue; null when not in review
     */
    RequestPanel(AccessRequests requests, AccessRequestDetail detail, String submitterName,
                 Integer remainingWorkingDays) {
        this.requests = requests;
        this.detail = detail;
        VerticalLayout layout = getContent();
        layout.setPadding(false);
        layout.add(header(submitterName, remainingWorkingDays));
        section("workaccess.ui.section.item", item());
        section("workaccess.ui.section.scope", scope());
        section("workaccess.ui.section.time", time());
        section("workaccess.ui.section.funding", funding());
        section("workaccess.ui.section.data", new Facts()
                .text("workaccess.ui.field.data-usable", yesNo(detail.existingDataUsable()), "wa-data-usable-text")
                .optional("workaccess.ui.field.data-note", detail.dataSharingNote(), null));
        section("workaccess.ui.section.contact", new Facts()
                .text("workaccess.ui.field.contact-name", detail.contactName(), null)
                .text("workaccess.ui.field.contact-phone", detail.contactPhone(), null));
        section("workaccess.ui.section.files", files());
        if (detail.checkRule() != null) {
            section("workaccess.ui.request.check", new Facts()
                    .text("workaccess.ui.request.check-rule", detail.checkRule(), "wa-check-rule")
                    .wide("workaccess.ui.request.check-result", detail.checkRuleText(), "wa-check-text"));
        }
        if (!detail.negativeHints().isEmpty()) {
            section("workaccess.ui.request.negative", negativeHints());
        }
        section("workaccess.ui.request.decision", decision());
    }

    private Component header(String submitterName, Integer remainingWorkingDays) {
        HorizontalLayout status = new HorizontalLayout();
        Span badge = WorkAccessUi.statusBadge(this, detail.status());
        badge.setId("wa-status");
        status.add(badge, WorkAccessUi.kindBadge(this, detail.workItemKind()));
        Facts facts = new Facts()
                .text("workaccess.ui.column.number", detail.requestNumber(), "wa-number")
                .value("workaccess.ui.column.status", status)
                .text("workaccess.ui.column.department", detail.departmentName(), "wa-department")
                .text("workaccess.ui.request.submitted-by", submitterName, null)
                .text("workaccess.ui.request.submitted-at", Formats.dateTime(detail.submittedAt()), null);
        if (remainingWorkingDays != null && detail.reviewDueOn() != null) {
            String due = Formats.date(detail.reviewDueOn());
            facts.text("workaccess.ui.request.review-due", remainingWorkingDays < 0
                    ? getTranslation("workaccess.ui.request.overdue", due)
                    : getTranslation("workaccess.ui.request.remaining", due, remainingWorkingDays), "wa-review-due");
        }
        return facts;
    }

    private Component item() {
        WorkItem entry = detail.workItem();
        Facts facts = new Facts()
                .text("workaccess.ui.field.title", detail.title(), "wa-title-text")
                .text("workaccess.ui.field.work-item", entry == null
                        ? getTranslation("workaccess.ui.field.work-item-none")
                        : WorkAccessUi.itemLabel(this, entry), "wa-work-item")
                .wide("workaccess.ui.field.content", detail.content(), null)
                .wide("workaccess.ui.field.legal-basis", detail.legalBasis(), null);
        if (entry != null) {
            facts.wide("workaccess.ui.request.item-basis", entry.legalBasis(), null)
                    .wide("workaccess.ui.request.funding-conditions", entry.fundingConditions(), null);
        }
        return facts;
    }

    private Component scope() {
        Facts facts = new Facts().text("workaccess.ui.field.scope",
                getTranslation("workaccess.scope." + detail.scope().name()), "wa-scope-text");
        if (detail.scope() != TargetScope.ALL) {
            facts.text("workaccess.ui.request.targets", String.join("、", detail.targets()), "wa-targets");
        }
        Span names = new Span(detail.communities().stream().map(AccessRequestDetail.Community::name)
                .collect(Collectors.joining("、")));
        Details covered = new Details(getTranslation("workaccess.ui.request.covered", detail.communities().size()),
                names);
        covered.setId("wa-covered");
        covered.setOpened(detail.communities().size() <= OPEN_COMMUNITY_LIST);
        VerticalLayout scope = new VerticalLayout(facts, covered);
        scope.setPadding(false);
        scope.setSpacing(false);
        return scope;
    }

    private Component time() {
        return new Facts()
                .text("workaccess.ui.column.period", getTranslation("workaccess.ui.period",
                        Formats.date(detail.startOn()), Formats.date(detail.endOn())), "wa-period")
                .text("workaccess.ui.field.hours", detail.hoursPerCommunity() == null ? "" : getTranslation(
                        "workaccess.ui.request.hours", detail.hoursPerCommunity().stripTrailingZeros().toPlainString()), null)
                .text("workaccess.ui.field.urgent", detail.urgent()
                        ? getTranslation("workaccess.ui.request.urgent-yes", Formats.orEmpty(detail.urgentReason()))
                        : getTranslation("workaccess.ui.no"), null);
    }

    private Component funding() {
        Facts facts = new Facts().text("workaccess.ui.field.funding", getTranslation(detail.fundingProvided()
                ? "workaccess.ui.field.funding-yes" : "workaccess.ui.field.funding-no"), "wa-funding-text");
        if (detail.fundingProvided()) {
            facts.optional("workaccess.ui.field.amount", detail.fundingAmount() == null ? null
                            : getTranslation("workaccess.ui.request.amount", detail.fundingAmount().stripTrailingZeros().toPlainString()),
                            "wa-amount-text")
                    .optional("workaccess.ui.field.funding-source", detail.fundingSource(), null)
                    .optional("workaccess.ui.field.transfer", detail.transferMethod() == null ? null
                            : getTranslation("workaccess.transfer." + detail.transferMethod().name()), null);
        }
        return facts.wide("workaccess.ui.field.conditions", detail.workingConditions(), null);
    }

    private Component files() {
        if (detail.files().isEmpty()) {
            return new Span(getTranslation("workaccess.ui.request.no-files"));
        }
        return WorkAccessUi.downloads("wa-files", detail.files(), fileId -> requests.file(detail.id(), fileId));
    }

    private Component negativeHints() {
        VerticalLayout hints = new VerticalLayout();
        hints.setPadding(false);
        hints.setSpacing(false);
        for (WorkItem hint : detail.negativeHints()) {
            Span text = WorkAccessUi.badge(getTranslation("workaccess.ui.request.negative-hint", hint.code(),
                    hint.nameZh()), "badge error");
            text.setId("wa-negative-hint-" + hint.code());
            text.getStyle().set("white-space", "normal");
            hints.add(text);
        }
        return hints;
    }

    private Component decision() {
        VerticalLayout decision = new VerticalLayout();
        decision.setPadding(false);
        if (!detail.status().decided()) {
            decision.add(new Span(getTranslation("workaccess.ui.request.pending")));
        }
        if (detail.revokedAt() != null) {
            decision.add(WorkAccessUi.badge(getTranslation("workaccess.ui.request.revoked",
                    Formats.dateTime(detail.revokedAt()), Formats.orEmpty(detail.revokeReason())), "badge error"));
        }
        if (detail.expired()) {
            Span expired = WorkAccessUi.badge(getTranslation("workaccess.ui.request.expired",
                    Formats.date(detail.endOn())), "badge contrast");
            expired.setId("wa-expired");
            decision.add(expired);
        }
        decision.add(new Facts()
                .optional("workaccess.ui.request.decision-number", detail.decisionNumber(), "wa-decision-number")
                .optional("workaccess.ui.request.decided-at", detail.decidedAt() == null ? null
                        : Formats.dateTime(detail.decidedAt()), null)
                .optional("workaccess.ui.request.confirmed-item", detail.confirmedItemCode(), null)
                .wide("workaccess.ui.request.decision-basis", detail.decisionBasis(), "wa-decision-basis")
                .wide("workaccess.ui.request.refusal", detail.refusalReason(), "wa-refusal-reason")
                .wide("workaccess.ui.request.purchase", detail.purchaseNote(), null)
                .wide("workaccess.ui.request.review-opinion", detail.reviewOpinion(), "wa-review-opinion-text")
                .wide("workaccess.ui.request.county-opinion", detail.countyOpinion(), null));
        return decision;
    }

    private void section(String titleKey, Component content) {
        getContent().add(new H3(getTranslation(titleKey)), content);
    }

    private String yesNo(boolean value) {
        return getTranslation(value ? "workaccess.ui.yes" : "workaccess.ui.no");
    }
}
