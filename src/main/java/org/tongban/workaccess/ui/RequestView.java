package org.tongban.workaccess.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import jakarta.annotation.security.PermitAll;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;

import org.tongban.base.BusinessException;
import org.tongban.base.ui.Notifications;
import org.tongban.catalog.WorkItem;
import org.tongban.catalog.WorkingDays;
import org.tongban.identity.Directory;
import org.tongban.inbox.Cases;
import org.tongban.inbox.ui.CaseTimeline;
import org.tongban.inbox.ui.ProcessDiagram;
import org.tongban.workaccess.AccessRequestDetail;
import org.tongban.workaccess.AccessRequests;
import org.tongban.workaccess.CommunityWork;
import org.tongban.workaccess.DispatchGate;
import org.tongban.workaccess.RequestStatus;
import org.tongban.workaccess.ReviewDecision;
import org.tongban.workaccess.TwoWayEvaluations;

/**
 * 准入申请 — one request on one page for everyone in scope, with the step the viewer may take now: 民政审查, 县级审定
 * or 修改申请 (the inbox forwards those tasks here), revoking an admitted decision, and dispatching under it. Below:
 * the dispatches, the history and the process diagram. A request outside the viewer's scope shows only the refusal.
 */
@Route(RequestView.ROUTE)
@PermitAll
public class RequestView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    static final String ROUTE = "workaccess/requests";
    static final String TASK_REVIEW = "Task_Review";
    static final String TASK_COUNTY_APPROVAL = "Task_CountyApproval";
    static final String TASK_REVISE = "Task_Revise";

    private final transient AccessRequests requests;
    private final transient CommunityWork work;
    private final transient DispatchGate gate;
    private final transient Cases cases;
    private final transient TwoWayEvaluations evaluations;
    private final transient Directory directory;
    private final transient WorkingDays workingDays;
    private final transient Clock clock;
    private long requestId;
    private String requestNumber = "";

    public RequestView(AccessRequests requests, CommunityWork work, DispatchGate gate, Cases cases,
                       TwoWayEvaluations evaluations, Directory directory, WorkingDays workingDays, Clock clock) {
        this.requests = requests;
        this.work = work;
        this.gate = gate;
        this.cases = cases;
        this.evaluations = evaluations;
        this.directory = directory;
        this.workingDays = workingDays;
        this.clock = clock;
        setMaxWidth("1100px");
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        requestId = id == null ? -1 : id;
        render();
    }

    private void render() {
        removeAll();
        AccessRequestDetail detail;
        try {
            detail = requests.detail(requestId);
        } catch (BusinessException refused) {
            add(new H2(getTranslation("workaccess.ui.request.title")), WorkAccessUi.refusal(
                    WorkAccessUi.describe(this, refused)));
            return;
        }
        requestNumber = detail.requestNumber();
        H2 heading = new H2(detail.requestNumber() + " · " + detail.title());
        heading.setId("wa-heading");
        add(heading);
        add(new RequestPanel(requests, detail, displayName(detail.submittedBy()), remainingWorkingDays(detail)));
        Component actions = actions(detail);
        if (actions != null) {
            add(actions);
        }
        add(new DispatchRecords(work.dispatchesOf(detail.id()), this::displayName));
        List<TwoWayEvaluations.EvaluationEntry> ratings = evaluations.of(detail.id());
        if (!ratings.isEmpty()) {
            Div section = new Div(new H3(getTranslation("workaccess.evaluation.title")));
            section.setId("wa-evaluations");
            ratings.forEach(entry -> section.add(new Paragraph(entry.communityName() + " · "
                    + getTranslation(entry.direction().messageKey()) + "：" + EvaluationsView.scores(this, entry)
                    + (entry.comment() == null || entry.comment().isBlank() ? "" : " — " + entry.comment()))));
            add(section);
        }
        if (detail.processInstanceId() != null) {
            try {
                add(new CaseTimeline(cases.history(detail.processInstanceId())));
                add(new ProcessDiagram(cases.diagram(detail.processInstanceId())));
            } catch (BusinessException notInvolved) {
                // The history is for those who took part in the case; the request page itself is for all in scope.
            }
        }
    }

    private Integer remainingWorkingDays(AccessRequestDetail detail) {
        if (detail.reviewDueOn() == null || (detail.status() != RequestStatus.IN_REVIEW
                && detail.status() != RequestStatus.COUNTY_APPROVAL)) {
            return null;
        }
        LocalDate today = LocalDate.now(clock);
        return detail.reviewDueOn().isBefore(today) ? -1 : workingDays.workingDaysBetween(today, detail.reviewDueOn());
    }

    /** The viewer's open step and the decision's actions; null when the viewer may do nothing here. */
    private Component actions(AccessRequestDetail detail) {
        VerticalLayout panel = new VerticalLayout();
        panel.setId("wa-actions");
        panel.getStyle().set("border", "1px solid var(--lumo-primary-color-50pct)")
                .set("border-radius", "var(--lumo-border-radius-l)");
        if (detail.openTaskId() != null && detail.openStep() != null) {
            H3 step = new H3(getTranslation("workaccess.ui.step." + detail.openStep()));
            step.setId("wa-action-title");
            panel.add(step);
            switch (detail.openStep()) {
                case TASK_REVIEW -> panel.add(review(detail));
                case TASK_COUNTY_APPROVAL -> panel.add(countyApproval(detail));
                case TASK_REVISE -> panel.add(revise(detail));
                default -> panel.add(new Paragraph(getTranslation("inbox.task.no-form")));
            }
        }
        HorizontalLayout decisionActions = new HorizontalLayout();
        if (detail.mayDispatch()) {
            Button dispatch = new Button(getTranslation("workaccess.ui.dispatch"),
                    click -> new DispatchDialog(gate, detail, this::render).open());
            dispatch.setId("wa-dispatch");
            dispatch.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            decisionActions.add(dispatch);
        }
        if (detail.mayRevoke()) {
            Button revoke = new Button(getTranslation("workaccess.ui.revoke"), click -> openRevokeDialog(detail));
            revoke.setId("wa-revoke");
            revoke.addThemeVariants(ButtonVariant.LUMO_ERROR);
            decisionActions.add(revoke);
        }
        if (decisionActions.getComponentCount() > 0) {
            panel.add(decisionActions);
        }
        return panel.getComponentCount() == 0 ? null : panel;
    }

    private Component review(AccessRequestDetail detail) {
        String taskId = detail.openTaskId();
        RadioButtonGroup<ReviewDecision> decision = new RadioButtonGroup<>();
        decision.setId("wa-review-decision");
        decision.setLabel(getTranslation("workaccess.ui.review.decision"));
        decision.setItems(ReviewDecision.values());
        decision.setItemLabelGenerator(value -> getTranslation("workaccess.ui.review." + value.name()));
        // Negative entries too: classifying the work as one of them refuses it under the list.
        ComboBox<WorkItem> item = new ComboBox<>(getTranslation("workaccess.ui.review.item"));
        item.setId("wa-review-item");
        item.setItems(WorkAccessUi.listOrder(requests.workItems()));
        item.setItemLabelGenerator(entry -> WorkAccessUi.itemLabel(this, entry));
        item.setWidthFull();
        String named = detail.workItem() == null ? null : detail.workItem().code();
        item.getListDataView().getItems().filter(entry -> entry.code().equals(named)).findFirst()
                .ifPresent(item::setValue);
        item.setVisible(false);
        decision.addValueChangeListener(change -> item.setVisible(change.getValue() == ReviewDecision.CLASSIFY_LISTED));
        TextArea opinion = opinion("wa-review-opinion", "workaccess.ui.review.opinion");
        return form(() -> requests.review(taskId, decision.getValue(),
                        item.getValue() == null ? null : item.getValue().code(), opinion.getValue()),
                () -> decision.getValue() == null ? "" : getTranslation("workaccess.ui.review." + decision.getValue().name()),
                decision, item, opinion);
    }

    private Component countyApproval(AccessRequestDetail detail) {
        String taskId = detail.openTaskId();
        RadioButtonGroup<Boolean> approve = new RadioButtonGroup<>();
        approve.setId("wa-county-decision");
        approve.setLabel(getTranslation("workaccess.ui.county.decision"));
        approve.setItems(Boolean.TRUE, Boolean.FALSE);
        approve.setItemLabelGenerator(value -> getTranslation(value ? "workaccess.ui.county.approve"
                : "workaccess.ui.county.refuse"));
        TextArea opinion = opinion("wa-county-opinion", "workaccess.ui.county.opinion");
        return form(() -> {
            if (approve.getValue() == null) {
                throw BusinessException.invalid("workaccess.error.review-decision");
            }
            requests.approveByCounty(taskId, approve.getValue(), opinion.getValue());
        }, () -> approve.getValue() ? getTranslation("workaccess.ui.county.approve")
                : getTranslation("workaccess.ui.county.refuse"), approve, opinion);
    }

    /** 修改申请: the request as submitted, to change and resubmit, or to withdraw with a reason. */
    private Component revise(AccessRequestDetail detail) {
        String taskId = detail.openTaskId();
        VerticalLayout layout = new VerticalLayout();
        layout.setPadding(false);
        if (detail.reviewOpinion() != null) {
            layout.add(WorkAccessUi.badge(getTranslation("workaccess.ui.revise.returned", detail.reviewOpinion()),
                    "badge"));
        }
        RequestForm form = new RequestForm(requests.workItems(), directory);
        form.fill(detail);
        Button resubmit = WorkAccessUi.submitButton(getTranslation("workaccess.ui.revise.resubmit"), "wa-resubmit", () -> {
            try {
                requests.resubmit(taskId, form.draft());
            } catch (BusinessException refused) {
                form.refused(refused);
                return;
            }
            done(getTranslation("workaccess.ui.revise.resubmitted"));
        });
        TextArea reason = opinion("wa-withdraw-reason", "workaccess.ui.revise.withdraw-reason");
        Button withdraw = new Button(getTranslation("workaccess.ui.revise.withdraw"), click -> act(
                () -> requests.withdraw(taskId, reason.getValue()), () -> getTranslation("workaccess.ui.revise.withdrawn")));
        withdraw.setId("wa-withdraw");
        withdraw.addThemeVariants(ButtonVariant.LUMO_ERROR);
        layout.add(form, resubmit, new H3(getTranslation("workaccess.ui.revise.withdraw")), reason, withdraw);
        return layout;
    }

    private void openRevokeDialog(AccessRequestDetail detail) {
        Dialog dialog = new Dialog(getTranslation("workaccess.ui.revoke.title", detail.decisionNumber()));
        TextArea reason = opinion("wa-revoke-reason", "workaccess.ui.revoke.reason");
        dialog.add(new Paragraph(getTranslation("workaccess.ui.revoke.explanation")), reason);
        dialog.setWidth("560px");
        Button confirm = new Button(getTranslation("workaccess.ui.revoke"), click -> {
            try {
                requests.revoke(detail.id(), reason.getValue());
            } catch (BusinessException refused) {
                Notifications.error(WorkAccessUi.describe(this, refused));
                return;
            }
            dialog.close();
            done(getTranslation("workaccess.ui.revoke.done", detail.decisionNumber()));
        });
        confirm.setId("wa-revoke-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), click -> dialog.close()), confirm);
        dialog.open();
        reason.focus();
    }

    /** The step's fields with one submit button (also Ctrl+Enter). */
    private Component form(Runnable action, Supplier<String> outcome, Component... fields) {
        VerticalLayout layout = new VerticalLayout(fields);
        layout.setPadding(false);
        layout.add(WorkAccessUi.submitButton(getTranslation("workaccess.ui.action.submit"), "wa-action-submit", () -> act(action,
                () -> getTranslation("workaccess.ui.action.done", outcome.get()))));
        return layout;
    }

    private TextArea opinion(String id, String labelKey) {
        return WorkAccessUi.textArea(this, id, labelKey, 500);
    }

    /** Runs a step; a refusal is shown and changes nothing, success is confirmed and the page read again. */
    private void act(Runnable action, Supplier<String> success) {
        try {
            action.run();
        } catch (BusinessException refused) {
            Notifications.error(WorkAccessUi.describe(this, refused));
            return;
        }
        done(success.get());
    }

    private void done(String message) {
        Notifications.success(message);
        render();
    }

    private String displayName(String username) {
        if (username == null) {
            return "";
        }
        Map<String, String> names = directory.displayNames(List.of(username));
        return names.getOrDefault(username, username);
    }

    @Override
    public String getPageTitle() {
        return (requestNumber.isEmpty() ? getTranslation("workaccess.ui.request.title") : requestNumber)
                + " · " + getTranslation("app.title");
    }
}
