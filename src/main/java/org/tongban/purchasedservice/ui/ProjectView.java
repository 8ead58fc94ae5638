package org.tongban.purchasedservice.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import org.tongban.base.BusinessException;
import org.tongban.base.ui.Buttons;
import org.tongban.base.ui.Facts;
import org.tongban.base.ui.Formats;
import org.tongban.base.ui.Notifications;
import org.tongban.catalog.EvaluationTemplates;
import org.tongban.identity.CurrentStaff;
import org.tongban.identity.Roles;
import org.tongban.inbox.Cases;
import org.tongban.inbox.ui.CaseTimeline;
import org.tongban.inbox.ui.ProcessDiagram;
import org.tongban.purchasedservice.BudgetDecision;
import org.tongban.purchasedservice.Delivery;
import org.tongban.purchasedservice.NoticeDraft;
import org.tongban.purchasedservice.PerformanceEvaluations;
import org.tongban.purchasedservice.ProjectDetail;
import org.tongban.purchasedservice.ProjectStatus;
import org.tongban.purchasedservice.ProjectStep;
import org.tongban.purchasedservice.ProviderSelection;
import org.tongban.purchasedservice.ProviderSelection.SelectionDetail;
import org.tongban.purchasedservice.ServiceProjects;

/**
 * A purchased-service project on one page for everyone in scope: 立项, the budget decision, the purchase method and
 * why, the notice; the step the viewer may take now (经费预算审核, 修改立项 or 发布公告 — the inbox forwards those
 * tasks here); then the history and the process diagram. A project outside the viewer's scope shows only the
 * refusal.
 */
@Route(ProjectView.ROUTE)
@PermitAll
public class ProjectView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    static final String ROUTE = "purchasedservice/projects";
    static final String TASK_BUDGET_REVIEW = "Task_BudgetReview";
    static final String TASK_REVISE = "Task_Revise";
    static final String TASK_PUBLISH = "Task_Publish";
    static final String TASK_FORM_PANEL = "Task_FormPanel";
    static final String TASK_SCORE = "Task_Score";
    static final String TASK_CONFIRM_RESULT = "Task_ConfirmResult";
    static final String TASK_ANSWER_OBJECTIONS = "Task_AnswerObjections";
    static final String TASK_CONTRACT = "Task_Contract";
    static final String TASK_CHECK_MILESTONE = "Task_CheckMilestone";
    static final String TASK_ACCEPTANCE = "Task_Acceptance";
    static final String TASK_DECIDE_CHANGE = "Task_DecideChange";
    static final String TASK_ASSIGN_EVALUATORS = "Task_AssignEvaluators";
    static final String TASK_EVALUATE = "Task_Evaluate";
    static final String TASK_ANSWER_EVALUATION_OBJECTION = "Task_AnswerEvaluationObjection";
    static final String TASK_CLOSE = "Task_Close";
    static final String TASK_PUBLIC_REVIEW = "Task_PublicReview";

    private final transient ServiceProjects projects;
    private final transient ProviderSelection selection;
    private final transient EvaluationTemplates templates;
    private final transient Delivery delivery;
    private final transient PerformanceEvaluations evaluations;
    private final transient CurrentStaff currentStaff;
    private final transient Cases cases;
    private final transient Clock clock;
    private long projectId;
    private String projectNumber = "";

    public ProjectView(ServiceProjects projects, ProviderSelection selection, EvaluationTemplates templates,
                       Delivery delivery, PerformanceEvaluations evaluations, CurrentStaff currentStaff,
                       Cases cases, Clock clock) {
        this.evaluations = evaluations;
        this.projects = projects;
        this.selection = selection;
        this.templates = templates;
        this.delivery = delivery;
        this.currentStaff = currentStaff;
        this.cases = cases;
        this.clock = clock;
        setMaxWidth("1100px");
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        projectId = id == null ? -1 : id;
        render();
    }

    private void render() {
        removeAll();
        ProjectDetail detail;
        Optional<ProjectStep> step;
        SelectionDetail selected;
        Delivery.DeliveryDetail delivered;
        PerformanceEvaluations.EvaluationDetail evaluated;
        try {
            detail = projects.open(projectId);
            step = projects.myOpenStep(projectId);
            selected = detail.noticePublishedAt() == null ? null : selection.selection(projectId);
            delivered = selected == null || selected.contract() == null ? null : delivery.delivery(projectId);
            evaluated = delivered == null ? null : evaluations.evaluation(projectId);
        } catch (BusinessException refused) {
            add(new H2(getTranslation("purchasedservice.ui.project.title")),
                    PurchaseUi.refusal(PurchaseUi.describe(this, refused)));
            return;
        }
        projectNumber = detail.projectNumber();
        H2 heading = new H2(detail.projectNumber() + " · " + detail.title());
        heading.setId("ps-heading");
        Component status = PurchaseUi.statusBadge(this, detail.status());
        status.setId("ps-status");
        HorizontalLayout top = new HorizontalLayout(heading, status);
        top.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        add(top, initiation(detail));
        step.ifPresent(open -> add(actions(detail, selected, delivered, open)));
        if (detail.status() == ProjectStatus.CONTRACTED && currentStaff.find()
                .map(staff -> staff.hasRole(Roles.PROJECT_MANAGER)).orElse(false)) {
            Button change = new Button(getTranslation("purchasedservice.ui.change.request"),
                    click -> new ChangeDialog(delivery, detail.id(), this::done).open());
            change.setId("ps-change-request");
            add(change);
        }
        if (detail.budgetDecision() != null) {
            add(new H3(getTranslation("purchasedservice.ui.project.budget-decision")), budgetDecision(detail));
        }
        if (detail.method() != null) {
            add(new H3(getTranslation("purchasedservice.ui.project.method")), method(detail));
        }
        if (detail.noticePublishedAt() != null) {
            add(new H3(getTranslation("purchasedservice.ui.project.notice")), notice(detail));
        }
        if (selected != null) {
            add(new SelectionPanel(detail.id(), selected, selection));
        }
        if (delivered != null) {
            add(new DeliveryPanel(delivery, delivered, currentStaff.find()
                    .map(staff -> staff.hasRole(Roles.FINANCE_REVIEWER)).orElse(false), LocalDate.now(clock),
                    this::done));
        }
        if (evaluated != null && (!evaluated.evaluators().isEmpty() || !evaluated.publicReviews().isEmpty())) {
            add(new EvaluationPanel(detail.id(), evaluated, evaluations));
        }
        if (detail.processInstanceId() != null) {
            try {
                add(new CaseTimeline(cases.history(detail.processInstanceId())));
                add(new ProcessDiagram(cases.diagram(detail.processInstanceId())));
            } catch (BusinessException notInvolved) {
                // The history is for those who took part in the case; the project page itself is for all in scope.
            }
        }
    }

    private Facts initiation(ProjectDetail detail) {
        Facts facts = new Facts()
                .text("purchasedservice.ui.field.department", detail.departmentName(), "ps-department")
                .text("purchasedservice.ui.field.manager", detail.managerName(), "ps-manager")
                .text("purchasedservice.ui.field.amount", PurchaseUi.yuan(detail.budgetAmount()), "ps-amount")
                .text("purchasedservice.ui.field.months",
                        getTranslation("purchasedservice.ui.months", detail.durationMonths()), "ps-months");
        if (detail.budgetLine() != null) {
            facts.text("purchasedservice.ui.field.budget-line", getTranslation("purchasedservice.ui.budget-line.label",
                    detail.budgetLine().code(), detail.budgetLine().name(),
                    PurchaseUi.yuan(detail.budgetLine().available())), "ps-budget-line");
        }
        facts.text("purchasedservice.ui.field.created", Formats.dateTime(detail.createdAt()), "ps-created")
                .text("purchasedservice.ui.field.circumstance", getTranslation(detail.circumstance().messageKey()),
                        "ps-circumstance")
                .optional("purchasedservice.ui.field.origin", detail.originRequestNumber(), "ps-origin")
                .optional("purchasedservice.ui.field.public-commitment",
                        detail.publicCommitment() ? getTranslation("purchasedservice.ui.yes") : null,
                        "ps-public-commitment")
                .wide("purchasedservice.ui.field.justification", detail.justification(), "ps-justification")
                .wide("purchasedservice.ui.field.need", detail.need(), "ps-need")
                .wide("purchasedservice.ui.field.target-group", detail.targetGroup(), "ps-target-group")
                .wide("purchasedservice.ui.field.content", detail.content(), "ps-content")
                .wide("purchasedservice.ui.field.outputs", detail.outputs(), "ps-outputs")
                .wide("purchasedservice.ui.field.outcomes", detail.outcomes(), "ps-outcomes")
                .wide("purchasedservice.ui.field.withdrawn", detail.withdrawnReason(), "ps-withdrawn");
        return facts;
    }

    private Facts budgetDecision(ProjectDetail detail) {
        ProjectDetail.Decision decision = detail.budgetDecision();
        return new Facts()
                .text("purchasedservice.ui.field.decided-by", decision.by(), "ps-decided-by")
                .text("purchasedservice.ui.field.decided-at", Formats.dateTime(decision.at()), "ps-decided-at")
                .wide("purchasedservice.ui.field.decision-comment", decision.comment(), "ps-decision-comment");
    }

    private Facts method(ProjectDetail detail) {
        return new Facts()
                .text("purchasedservice.ui.field.method", getTranslation(detail.method().messageKey()), "ps-method")
                .text("purchasedservice.ui.field.notice-period", getTranslation(
                        Boolean.TRUE.equals(detail.noticeWorkingDays()) ? "purchasedservice.ui.working-days"
                                : "purchasedservice.ui.days", detail.noticeDays()), "ps-notice-period")
                .wide("purchasedservice.ui.field.method-rule", detail.methodRule() + " · " + detail.methodRuleText(),
                        "ps-method-rule");
    }

    private Component notice(ProjectDetail detail) {
        Anchor link = new Anchor("/purchases/" + detail.projectNumber(),
                getTranslation("purchasedservice.ui.project.public-link"));
        link.setTarget("_blank");
        link.setId("ps-public-link");
        Facts facts = new Facts()
                .text("purchasedservice.ui.field.published", Formats.dateTime(detail.noticePublishedAt()),
                        "ps-published")
                .text("purchasedservice.ui.field.deadline", Formats.dateTime(detail.bidDeadline()), "ps-deadline")
                .text("purchasedservice.ui.field.contact", detail.contact(), "ps-contact")
                .value("purchasedservice.ui.field.public-page", link)
                .wide("purchasedservice.ui.field.requirements", detail.requirements(), "ps-requirements");
        Grid<NoticeDraft.Criterion> criteria = new Grid<>();
        criteria.setId("ps-criteria");
        criteria.addThemeVariants(GridVariant.LUMO_COMPACT);
        criteria.addColumn(NoticeDraft.Criterion::name)
                .setHeader(getTranslation("purchasedservice.ui.notice.criterion-name")).setFlexGrow(1);
        criteria.addColumn(criterion -> Formats.orEmpty(criterion.description()))
                .setHeader(getTranslation("purchasedservice.ui.notice.criterion-description")).setFlexGrow(3);
        criteria.addColumn(NoticeDraft.Criterion::weight)
                .setHeader(getTranslation("purchasedservice.ui.notice.criterion-weight")).setAutoWidth(true)
                .setTextAlign(ColumnTextAlign.END);
        criteria.setItems(detail.criteria());
        criteria.setAllRowsVisible(true);
        VerticalLayout layout = new VerticalLayout(facts, criteria);
        layout.setPadding(false);
        return layout;
    }

    /** The viewer's open step. */
    private Component actions(ProjectDetail detail, SelectionDetail selected, Delivery.DeliveryDetail delivered,
                              ProjectStep step) {
        VerticalLayout panel = new VerticalLayout();
        panel.setId("ps-actions");
        panel.getStyle().set("border", "1px solid var(--lumo-primary-color-50pct)")
                .set("border-radius", "var(--lumo-border-radius-l)");
        H3 title = new H3(getTranslation("purchasedservice.ui.step." + step.step()));
        title.setId("ps-action-title");
        panel.add(title);
        switch (step.step()) {
            case TASK_BUDGET_REVIEW -> panel.add(budgetReview(detail, step.taskId()));
            case TASK_REVISE -> panel.add(revise(detail, step.taskId()));
            case TASK_PUBLISH -> panel.add(publish(detail, step.taskId()));
            case TASK_FORM_PANEL -> panel.add(formPanel(selected, step.taskId()));
            case TASK_SCORE -> panel.add(new RouterLink(getTranslation("purchasedservice.ui.scoring.open"),
                    ScoringView.class, step.taskId()));
            case TASK_CONFIRM_RESULT -> panel.add(confirmResult(selected, step.taskId()));
            case TASK_ANSWER_OBJECTIONS -> panel.add(answerObjections(selected, step.taskId()));
            case TASK_CONTRACT -> panel.add(contract(selected, step.taskId()));
            case TASK_CHECK_MILESTONE -> panel.add(checkMilestone(delivered, step.taskId()));
            case TASK_ACCEPTANCE -> panel.add(new AcceptanceForm(delivery, step.taskId(), this::done));
            case TASK_DECIDE_CHANGE -> panel.add(decideChange(delivered, step.taskId()));
            case TASK_ASSIGN_EVALUATORS -> panel.add(assignEvaluators(step.taskId()));
            case TASK_EVALUATE -> panel.add(new RouterLink(getTranslation("purchasedservice.ui.evaluation.open"),
                    EvaluationView.class, step.taskId()));
            case TASK_ANSWER_EVALUATION_OBJECTION -> panel.add(answerEvaluationObjection(step.taskId()));
            case TASK_CLOSE -> panel.add(close(step.taskId()));
            case TASK_PUBLIC_REVIEW -> panel.add(publicReview(step.taskId()));
            default -> panel.add(new Paragraph(getTranslation("inbox.task.no-form")));
        }
        return panel;
    }

    private Component budgetReview(ProjectDetail detail, String taskId) {
        RadioButtonGroup<BudgetDecision> decision = new RadioButtonGroup<>();
        decision.setId("ps-budget-decision");
        decision.setLabel(getTranslation("purchasedservice.ui.budget.decision"));
        decision.setItems(BudgetDecision.values());
        decision.setItemLabelGenerator(value -> getTranslation(value.messageKey()));
        TextArea comment = PurchaseUi.textArea(this, "ps-budget-comment", "purchasedservice.ui.budget.comment", 500);
        Paragraph check = new Paragraph(detail.budgetLine() == null ? "" : getTranslation(
                "purchasedservice.ui.budget.check", PurchaseUi.yuan(detail.budgetAmount()),
                detail.budgetLine().code(), PurchaseUi.yuan(detail.budgetLine().available())));
        check.setId("ps-budget-check");
        VerticalLayout layout = new VerticalLayout(check, decision, comment);
        layout.setPadding(false);
        layout.add(Buttons.submit(getTranslation("purchasedservice.ui.action.submit"), "ps-action-submit",
                () -> act(() -> projects.reviewBudget(taskId, decision.getValue(), comment.getValue()),
                        () -> getTranslation("purchasedservice.ui.action.done",
                                getTranslation(decision.getValue().messageKey())))));
        return layout;
    }

    /** 修改立项: the project as submitted, to change and resubmit, or to withdraw with a reason. */
    private Component revise(ProjectDetail detail, String taskId) {
        VerticalLayout layout = new VerticalLayout();
        layout.setPadding(false);
        if (detail.budgetDecision() != null && detail.budgetDecision().comment() != null) {
            Component returned = PurchaseUi.badge(getTranslation("purchasedservice.ui.revise.returned",
                    detail.budgetDecision().comment()), "badge");
            returned.setId("ps-returned");
            layout.add(returned);
        }
        ProjectForm form = new ProjectForm(projects.budgetLinesForInitiation(), java.util.List.of());
        form.fill(detail);
        Button resubmit = Buttons.submit(getTranslation("purchasedservice.ui.revise.resubmit"), "ps-resubmit", () -> {
            try {
                projects.resubmit(taskId, form.draft());
            } catch (BusinessException refused) {
                form.refused(refused);
                return;
            }
            done(getTranslation("purchasedservice.ui.revise.resubmitted"));
        });
        TextArea reason = PurchaseUi.textArea(this, "ps-withdraw-reason", "purchasedservice.ui.revise.withdraw-reason",
                500);
        Button withdraw = new Button(getTranslation("purchasedservice.ui.revise.withdraw"), click -> act(
                () -> projects.withdraw(taskId, reason.getValue()),
                () -> getTranslation("purchasedservice.ui.revise.withdrawn")));
        withdraw.setId("ps-withdraw");
        withdraw.addThemeVariants(ButtonVariant.LUMO_ERROR);
        layout.add(form, resubmit, new H3(getTranslation("purchasedservice.ui.revise.withdraw")), reason, withdraw);
        return layout;
    }

    private Component publish(ProjectDetail detail, String taskId) {
        NoticeEditor editor = new NoticeEditor(detail.earliestDeadline());
        VerticalLayout layout = new VerticalLayout(editor);
        layout.setPadding(false);
        layout.add(Buttons.submit(getTranslation("purchasedservice.ui.notice.publish"), "ps-publish",
                () -> act(() -> projects.publish(taskId, editor.draft()),
                        () -> getTranslation("purchasedservice.ui.notice.published", detail.projectNumber()))));
        return layout;
    }

    /** 组成评审小组: evaluators chosen by name; members recused in this round are shown to be replaced. */
    private Component formPanel(SelectionDetail selected, String taskId) {
        MultiSelectComboBox<ProviderSelection.Evaluator> members = new MultiSelectComboBox<>(
                getTranslation("purchasedservice.ui.panel.members"));
        members.setId("ps-panel-members");
        members.setItems(selection.evaluators());
        members.setItemLabelGenerator(evaluator -> evaluator.name() + " · " + evaluator.unitName());
        members.setWidthFull();
        members.setHelperText(getTranslation("purchasedservice.ui.panel.help"));
        VerticalLayout layout = new VerticalLayout();
        layout.setPadding(false);
        long recused = selected.panel().stream().filter(member -> member.round() == selected.round()
                && Boolean.TRUE.equals(member.conflict())).count();
        if (recused > 0) {
            layout.add(new Paragraph(getTranslation("purchasedservice.ui.panel.replace", recused)));
        }
        layout.add(members, Buttons.submit(getTranslation("purchasedservice.ui.action.submit"), "ps-action-submit",
                () -> act(() -> selection.formPanel(taskId, members.getValue().stream()
                                .map(ProviderSelection.Evaluator::username).toList()),
                        () -> getTranslation("purchasedservice.ui.panel.formed"))));
        return layout;
    }

    /** 确认并公示结果: the first-ranked bid is offered; another needs the reason. */
    private Component confirmResult(SelectionDetail selected, String taskId) {
        RadioButtonGroup<ProviderSelection.BidEntry> chosen = new RadioButtonGroup<>();
        chosen.setId("ps-result-choice");
        chosen.setLabel(getTranslation("purchasedservice.ui.result.choice"));
        List<ProviderSelection.BidEntry> ranked = selected.bids().stream().filter(bid -> bid.ranking() != null)
                .sorted(java.util.Comparator.comparing(ProviderSelection.BidEntry::ranking)).toList();
        chosen.setItems(ranked);
        chosen.setItemLabelGenerator(bid -> getTranslation("purchasedservice.ui.result.bid", bid.ranking(),
                bid.providerName(), bid.score().toPlainString(), PurchaseUi.yuan(bid.price())));
        ranked.stream().findFirst().ifPresent(chosen::setValue);
        TextArea note = PurchaseUi.textArea(this, "ps-result-note", "purchasedservice.ui.result.note", 500);
        VerticalLayout layout = new VerticalLayout(chosen, note);
        layout.setPadding(false);
        layout.add(Buttons.submit(getTranslation("purchasedservice.ui.result.publish"), "ps-action-submit",
                () -> act(() -> selection.confirmResult(taskId, chosen.getValue() == null ? null
                                : chosen.getValue().id(), note.getValue()),
                        () -> getTranslation("purchasedservice.ui.result.published"))));
        return layout;
    }

    /** 答复质疑: each open objection of the round, upheld or not, with the answer. */
    private Component answerObjections(SelectionDetail selected, String taskId) {
        VerticalLayout layout = new VerticalLayout();
        layout.setPadding(false);
        List<Supplier<ProviderSelection.ObjectionAnswer>> answers = new java.util.ArrayList<>();
        selected.objections().stream().filter(objection -> objection.round() == selected.round()
                && objection.upheld() == null).forEach(objection -> {
                    Paragraph grounds = new Paragraph(objection.providerName() + "：" + objection.grounds());
                    RadioButtonGroup<Boolean> upheld = new RadioButtonGroup<>();
                    upheld.setId("ps-objection-upheld-" + objection.id());
                    upheld.setItems(Boolean.TRUE, Boolean.FALSE);
                    upheld.setItemLabelGenerator(value -> getTranslation(value
                            ? "purchasedservice.ui.objection.upheld" : "purchasedservice.ui.objection.dismissed"));
                    TextArea answer = PurchaseUi.textArea(this, "ps-objection-answer-" + objection.id(),
                            "purchasedservice.ui.objection.answer", 1000);
                    layout.add(grounds, upheld, answer);
                    answers.add(() -> upheld.getValue() == null ? null : new ProviderSelection.ObjectionAnswer(
                            objection.id(), upheld.getValue(), answer.getValue()));
                });
        layout.add(Buttons.submit(getTranslation("purchasedservice.ui.action.submit"), "ps-action-submit",
                () -> act(() -> selection.answerObjections(taskId, answers.stream().map(Supplier::get)
                                .filter(java.util.Objects::nonNull).toList()),
                        () -> getTranslation("purchasedservice.ui.objection.answered"))));
        return layout;
    }

    private Component contract(SelectionDetail selected, String taskId) {
        String price = selected.bids().stream().filter(ProviderSelection.BidEntry::chosen).findFirst()
                .map(bid -> bid.price().toPlainString()).orElse("");
        ContractEditor editor = new ContractEditor(price, templates.inForce(LocalDate.now(clock)),
                LocalDate.now(clock));
        VerticalLayout layout = new VerticalLayout(editor);
        layout.setPadding(false);
        layout.add(Buttons.submit(getTranslation("purchasedservice.ui.contract.sign"), "ps-action-submit",
                () -> act(() -> selection.signContract(taskId, editor.draft()),
                        () -> getTranslation("purchasedservice.ui.contract.signed"))));
        return layout;
    }

    /** 阶段验收 of the milestone reported now: passed, or returned with the issues. */
    private Component checkMilestone(Delivery.DeliveryDetail delivered, String taskId) {
        VerticalLayout layout = new VerticalLayout();
        layout.setPadding(false);
        delivered.milestones().stream().filter(milestone -> "REPORTED".equals(milestone.status())).findFirst()
                .ifPresent(milestone -> layout.add(new Paragraph(getTranslation("purchasedservice.ui.check.reported",
                        milestone.name(), milestone.deliverable(), Formats.orEmpty(milestone.report())))));
        RadioButtonGroup<Boolean> passed = new RadioButtonGroup<>();
        passed.setId("ps-check-passed");
        passed.setItems(Boolean.TRUE, Boolean.FALSE);
        passed.setItemLabelGenerator(value -> getTranslation(value ? "purchasedservice.ui.check.pass"
                : "purchasedservice.ui.check.return"));
        TextArea note = PurchaseUi.textArea(this, "ps-check-note", "purchasedservice.ui.check.note", 1000);
        layout.add(passed, note, Buttons.submit(getTranslation("purchasedservice.ui.action.submit"),
                "ps-action-submit", () -> act(() -> {
                    if (passed.getValue() == null) {
                        throw BusinessException.invalid("purchasedservice.error.decision-required");
                    }
                    delivery.checkMilestone(taskId, passed.getValue(), note.getValue());
                }, () -> getTranslation("purchasedservice.ui.check.done"))));
        return layout;
    }

    private Component decideChange(Delivery.DeliveryDetail delivered, String taskId) {
        VerticalLayout layout = new VerticalLayout();
        layout.setPadding(false);
        delivered.changes().stream().filter(change -> change.approved() == null).findFirst()
                .ifPresent(change -> layout.add(new Paragraph(getTranslation("purchasedservice.ui.change.asked",
                        getTranslation(change.kind().messageKey()), change.description(), change.reason(),
                        change.newEndOn() == null ? "" : Formats.date(change.newEndOn()),
                        change.newAmount() == null ? "" : PurchaseUi.yuan(change.newAmount()), change.requestedBy()))));
        RadioButtonGroup<Boolean> approve = new RadioButtonGroup<>();
        approve.setId("ps-change-decision");
        approve.setItems(Boolean.TRUE, Boolean.FALSE);
        approve.setItemLabelGenerator(value -> getTranslation(value ? "purchasedservice.ui.change.approve"
                : "purchasedservice.ui.change.refuse"));
        TextArea note = PurchaseUi.textArea(this, "ps-change-note", "purchasedservice.ui.change.note", 500);
        layout.add(approve, note, Buttons.submit(getTranslation("purchasedservice.ui.action.submit"),
                "ps-action-submit", () -> act(() -> {
                    if (approve.getValue() == null) {
                        throw BusinessException.invalid("purchasedservice.error.decision-required");
                    }
                    delivery.decideChange(taskId, approve.getValue(), note.getValue());
                }, () -> getTranslation("purchasedservice.ui.change.decided"))));
        return layout;
    }

    private Component assignEvaluators(String taskId) {
        MultiSelectComboBox<ProviderSelection.Evaluator> chosen = new MultiSelectComboBox<>(
                getTranslation("purchasedservice.ui.evaluation.evaluators-field"));
        chosen.setId("ps-evaluators-field");
        chosen.setItems(selection.evaluators());
        chosen.setItemLabelGenerator(evaluator -> evaluator.name() + " · " + evaluator.unitName());
        chosen.setWidthFull();
        VerticalLayout layout = new VerticalLayout(chosen);
        layout.setPadding(false);
        layout.add(Buttons.submit(getTranslation("purchasedservice.ui.action.submit"), "ps-action-submit",
                () -> act(() -> evaluations.assignEvaluators(taskId, chosen.getValue().stream()
                                .map(ProviderSelection.Evaluator::username).toList()),
                        () -> getTranslation("purchasedservice.ui.evaluation.assigned"))));
        return layout;
    }

    private Component answerEvaluationObjection(String taskId) {
        RadioButtonGroup<Boolean> upheld = new RadioButtonGroup<>();
        upheld.setId("ps-evaluation-upheld");
        upheld.setItems(Boolean.TRUE, Boolean.FALSE);
        upheld.setItemLabelGenerator(value -> getTranslation(value ? "purchasedservice.ui.grade.upheld"
                : "purchasedservice.ui.grade.dismissed"));
        com.vaadin.flow.component.textfield.TextField score = new com.vaadin.flow.component.textfield.TextField(
                getTranslation("purchasedservice.ui.grade.revised"));
        score.setId("ps-evaluation-revised");
        TextArea answer = PurchaseUi.textArea(this, "ps-evaluation-answer", "purchasedservice.ui.objection.answer",
                500);
        VerticalLayout layout = new VerticalLayout(upheld, score, answer);
        layout.setPadding(false);
        layout.add(Buttons.submit(getTranslation("purchasedservice.ui.action.submit"), "ps-action-submit",
                () -> act(() -> {
                    if (upheld.getValue() == null) {
                        throw BusinessException.invalid("purchasedservice.error.decision-required");
                    }
                    evaluations.answerObjection(taskId, upheld.getValue(), score.getValue(), answer.getValue());
                }, () -> getTranslation("purchasedservice.ui.objection.answered"))));
        return layout;
    }

    private Component close(String taskId) {
        TextArea summary = PurchaseUi.textArea(this, "ps-close-summary", "purchasedservice.ui.close.summary", 1000);
        VerticalLayout layout = new VerticalLayout(summary);
        layout.setPadding(false);
        layout.add(Buttons.submit(getTranslation("purchasedservice.ui.close.submit"), "ps-action-submit",
                () -> act(() -> evaluations.close(taskId, summary.getValue()),
                        () -> getTranslation("purchasedservice.ui.close.done"))));
        return layout;
    }

    private Component publicReview(String taskId) {
        com.vaadin.flow.component.datepicker.DatePicker heldOn = new com.vaadin.flow.component.datepicker.DatePicker(
                getTranslation("purchasedservice.ui.review.held-on"), LocalDate.now(clock));
        heldOn.setId("ps-review-held-on");
        TextArea participants = PurchaseUi.textArea(this, "ps-review-participants",
                "purchasedservice.ui.review.participants", 500);
        TextArea opinions = PurchaseUi.textArea(this, "ps-review-opinions", "purchasedservice.ui.review.opinions", 2000);
        TextArea response = PurchaseUi.textArea(this, "ps-review-response", "purchasedservice.ui.review.response", 2000);
        VerticalLayout layout = new VerticalLayout(heldOn, participants, opinions, response);
        layout.setPadding(false);
        layout.add(Buttons.submit(getTranslation("purchasedservice.ui.action.submit"), "ps-action-submit",
                () -> act(() -> evaluations.recordPublicReview(taskId, new PerformanceEvaluations.PublicReviewDraft(
                                heldOn.getValue(), participants.getValue(), opinions.getValue(), response.getValue())),
                        () -> getTranslation("purchasedservice.ui.review.done"))));
        return layout;
    }

    /** Runs a step; a refusal is shown and changes nothing, success is confirmed and the page read again. */
    private void act(Runnable action, Supplier<String> success) {
        try {
            action.run();
        } catch (BusinessException refused) {
            Notifications.error(PurchaseUi.describe(this, refused));
            return;
        }
        done(success.get());
    }

    private void done(String message) {
        Notifications.success(message);
        render();
    }

    @Override
    public String getPageTitle() {
        return (projectNumber.isEmpty() ? getTranslation("purchasedservice.ui.project.title") : projectNumber)
                + " · " + getTranslation("app.title");
    }
}
