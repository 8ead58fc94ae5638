package org.tongban.purchasedservice;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import org.tongban.testing.SignIn;

/**
 * Valid projects to vary one field at a time, started by the demo project manager 吴浩 (民政局) against a budget line
 * of their own, so that tests never run the demo line dry; and the steps of a project as the people who take them.
 */
@Component
public class ProjectFixtures {

    public static final String MANAGER = "wuhao";
    public static final String FINANCE = "caiwen";
    /** 刘洋 — 民政局 staff, not a project manager: reads the department's projects, starts none. */
    public static final String DEPARTMENT_STAFF = "liuyang";
    /** 高洁 — 人社局: another department. */
    public static final String OTHER_DEPARTMENT = "gaojie";
    public static final String PROVIDER = "yangguang";
    public static final String ADMIN = "admin";
    public static final String DEPARTMENT = "DP-MZ";
    /** 阳光社工 (PV001) and 益邻服务社 (PV002). */
    public static final String PROVIDER_A = "yangguang";
    public static final String PROVIDER_B = "yilin";
    public static final List<String> EVALUATORS = List.of("zhengxue", "fengtao", "tangyu");
    public static final String SPARE_EVALUATOR = "xuli";
    /** A minimal PDF: the upload check reads the first bytes. */
    public static final byte[] PDF = "%PDF-1.4\n%响应文件\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
    private static final AtomicInteger LINES = new AtomicInteger();

    private final ServiceProjects projects;
    private final Bids bids;
    private final ProviderSelection selection;
    private final PanelScoring scoring;
    private final Delivery delivery;
    private final PerformanceEvaluations evaluations;
    private final BudgetLines budgetLines;
    private final ProcessEngine engine;
    private final SignIn signIn;
    private final Clock clock;

    ProjectFixtures(ServiceProjects projects, Bids bids, ProviderSelection selection, PanelScoring scoring,
                    Delivery delivery, PerformanceEvaluations evaluations, BudgetLines budgetLines, ProcessEngine engine, SignIn signIn, Clock clock) {
        this.projects = projects;
        this.bids = bids;
        this.selection = selection;
        this.scoring = scoring;
        this.delivery = delivery;
        this.evaluations = evaluations;
        this.budgetLines = budgetLines;
        this.engine = engine;
        this.signIn = signIn;
        this.clock = clock;
    }

    /** A fresh line of 民政局 for this year with {@code amount} yuan. */
    public BudgetLineEntry line(String amount) {
        String code = "T-" + Long.toString(System.nanoTime(), 36).toUpperCase() + "-" + LINES.incrementAndGet();
        return signIn.as(FINANCE, () -> budgetLines.create(new BudgetLines.BudgetLineDraft(code, DEPARTMENT,
                today().getYear(), "测试额度", amount)));
    }

    public Draft draft(BudgetLineEntry line) {
        return new Draft(line.code());
    }

    public ProjectReceipt initiate(Draft draft) {
        return signIn.as(MANAGER, () -> projects.initiate(draft.build()));
    }

    /** Initiated and approved by finance: waiting for the notice. */
    public ProjectReceipt approved(Draft draft) {
        ProjectReceipt receipt = initiate(draft);
        signIn.as(FINANCE, () -> projects.reviewBudget(taskId(receipt, "Task_BudgetReview"), BudgetDecision.APPROVE,
                null));
        return receipt;
    }

    /** Approved and published with the earliest deadline the method allows. */
    public ProjectReceipt published(Draft draft) {
        ProjectReceipt receipt = approved(draft);
        ProjectDetail detail = detail(receipt.id());
        signIn.as(MANAGER, () -> projects.publish(taskId(receipt, "Task_Publish"), notice(detail.earliestDeadline())));
        return receipt;
    }

    public NoticeDraft notice(LocalDate closingDay) {
        return new NoticeDraft("依法登记的社会组织或社会工作服务机构，具有相应专业人员。", "吴浩 0571-12345678",
                closingDay.atTime(17, 0), List.of(new NoticeDraft.Criterion("服务方案", "方案的针对性和可行性", 50),
                        new NoticeDraft.Criterion("组织实施能力", null, 30), new NoticeDraft.Criterion("报价", null, 20)));
    }

    // --- selection ---

    public Bids.MyBid bid(ProjectReceipt receipt, String provider, String price) {
        return signIn.as(provider, () -> bids.submit(receipt.projectNumber(), new Bids.BidDraft(price,
                "按月入户探访，建立个案档案，配备 3 名持证社工。", "联系人 0571-88880000",
                List.of(new Bids.NewFile("响应文件.pdf", PDF)))));
    }

    /** Fires the process's waiting timer (the notice's deadline, or the objection period's end). */
    public void fireTimer(ProjectReceipt receipt) {
        org.camunda.bpm.engine.runtime.Job timer = engine.getRuntimeService().createProcessInstanceQuery()
                .processInstanceBusinessKey(receipt.projectNumber()).list().stream()
                .flatMap(instance -> engine.getManagementService().createJobQuery().processInstanceId(instance.getId())
                        .timers().list().stream())
                .findFirst().orElse(null);
        if (timer == null) {
            throw new AssertionError("No timer waiting for " + receipt.projectNumber());
        }
        engine.getManagementService().executeJob(timer.getId());
    }

    public void formPanel(ProjectReceipt receipt, List<String> evaluators) {
        signIn.as(MANAGER, () -> selection.formPanel(taskId(receipt, "Task_FormPanel"), evaluators));
    }

    /** The member's scoring task of the project. */
    public String scoringTask(ProjectReceipt receipt, String evaluator) {
        Task task = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(receipt.projectNumber())
                .taskDefinitionKey("Task_Score").taskAssignee(evaluator).singleResult();
        if (task == null) {
            throw new AssertionError("No scoring task of " + evaluator + " for " + receipt.projectNumber());
        }
        return task.getId();
    }

    /** Declares no conflict and gives each bid the same share of every criterion's weight, by provider code. */
    public void score(ProjectReceipt receipt, String evaluator, java.util.Map<String, Double> shareByProvider) {
        String taskId = scoringTask(receipt, evaluator);
        signIn.as(evaluator, () -> {
            scoring.declare(taskId, false, null);
            PanelScoring.ScoringSheet sheet = scoring.sheet(taskId);
            List<PanelScoring.Points> points = new java.util.ArrayList<>();
            for (var bid : sheet.bids()) {
                double share = shareByProvider.getOrDefault(bid.providerCode(), 0.5);
                for (int criterion = 0; criterion < sheet.criteria().size(); criterion++) {
                    points.add(new PanelScoring.Points(bid.id(), criterion, java.math.BigDecimal.valueOf(
                            Math.round(sheet.criteria().get(criterion).weight() * share * 10) / 10.0)));
                }
            }
            scoring.submit(taskId, points);
        });
    }

    public void confirm(ProjectReceipt receipt) {
        signIn.as(MANAGER, () -> selection.confirmResult(taskId(receipt, "Task_ConfirmResult"), null, null));
    }

    public ProviderSelection.SelectionDetail selection(long projectId) {
        return signIn.as(MANAGER, () -> selection.selection(projectId));
    }

    /** Published with two bids (PV001 scored higher), scored by a panel of three and the result published. */
    public ProjectReceipt resultPublished(Draft draft) {
        ProjectReceipt receipt = published(draft);
        bid(receipt, PROVIDER_A, "280000");
        bid(receipt, PROVIDER_B, "260000");
        fireTimer(receipt);
        formPanel(receipt, EVALUATORS);
        EVALUATORS.forEach(evaluator -> score(receipt, evaluator, java.util.Map.of("PV001", 0.9, "PV002", 0.7)));
        confirm(receipt);
        return receipt;
    }

    public ProviderSelection.ContractDraft contract(String term, String amount, List<Integer> shares) {
        LocalDate start = today().plusDays(1);
        List<ProviderSelection.MilestoneDraft> milestones = new java.util.ArrayList<>();
        for (int index = 0; index < shares.size(); index++) {
            milestones.add(new ProviderSelection.MilestoneDraft("第" + (index + 1) + "阶段", "阶段服务报告及服务台账",
                    start.plusMonths(index + 1L), shares.get(index)));
        }
        return new ProviderSelection.ContractDraft(today(), start, term, amount, "ET-01",
                "服务困境儿童 120 名，满意率不低于 90%。", milestones);
    }

    // --- delivery ---

    /** Selected (PV001 at 280,000) and under a 12-month contract paid 30/40/30. */
    public ProjectReceipt contracted(Draft draft) {
        ProjectReceipt receipt = resultPublished(draft);
        fireTimer(receipt);
        signIn.as(MANAGER, () -> selection.signContract(taskId(receipt, "Task_Contract"),
                contract("12", "280000", List.of(30, 40, 30))));
        return receipt;
    }

    public void report(ProjectReceipt receipt) {
        signIn.as(PROVIDER_A, () -> delivery.report(taskId(receipt, "Task_Report"), "本期入户探访 320 人次，建档 40 份。",
                List.of(new Bids.NewFile("服务台账.pdf", PDF))));
    }

    public void check(ProjectReceipt receipt, boolean passed) {
        signIn.as(MANAGER, () -> delivery.checkMilestone(taskId(receipt, "Task_CheckMilestone"), passed,
                passed ? null : "签到表缺少服务对象签名，请补齐。"));
    }

    /** Every milestone reported and passed: waiting for the acceptance. */
    public ProjectReceipt delivered(Draft draft) {
        ProjectReceipt receipt = contracted(draft);
        for (int milestone = 0; milestone < 3; milestone++) {
            report(receipt);
            check(receipt, true);
        }
        return receipt;
    }

    public Delivery.AcceptanceDraft survey(boolean passed) {
        return new Delivery.AcceptanceDraft(30, 28, 26, null, null, passed,
                passed ? "服务按合同完成，台账完整，服务对象满意。" : "部分家庭未按计划探访，须补足。");
    }

    public Delivery.DeliveryDetail delivery(long projectId) {
        return signIn.as(MANAGER, () -> delivery.delivery(projectId));
    }

    // --- evaluation ---

    /** Delivered and accepted with a survey: waiting for the evaluators to be named. */
    public ProjectReceipt accepted(Draft draft) {
        ProjectReceipt receipt = delivered(draft);
        signIn.as(MANAGER, () -> delivery.accept(taskId(receipt, "Task_Acceptance"), survey(true)));
        return receipt;
    }

    public String evaluationTask(ProjectReceipt receipt, String evaluator) {
        Task task = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(receipt.projectNumber())
                .taskDefinitionKey("Task_Evaluate").taskAssignee(evaluator).singleResult();
        if (task == null) {
            throw new AssertionError("No evaluation task of " + evaluator + " for " + receipt.projectNumber());
        }
        return task.getId();
    }

    /** Every level-3 indicator at {@code share} of its weight, one decimal, submitted. */
    public void evaluate(ProjectReceipt receipt, String evaluator, double share) {
        String taskId = evaluationTask(receipt, evaluator);
        signIn.as(evaluator, () -> {
            PerformanceEvaluations.EvaluationSheet sheet = evaluations.sheet(taskId);
            evaluations.submit(taskId, pointsAt(sheet, share), "总体按合同完成。");
        });
    }

    public static List<PerformanceEvaluations.IndicatorPoints> pointsAt(PerformanceEvaluations.EvaluationSheet sheet,
                                                                       double share) {
        return sheet.indicators().stream().filter(org.tongban.catalog.Indicator::scored)
                .map(indicator -> new PerformanceEvaluations.IndicatorPoints(indicator.code(),
                        indicator.weight().multiply(java.math.BigDecimal.valueOf(share))
                                .setScale(1, java.math.RoundingMode.DOWN), "服务台账、满意度调查"))
                .toList();
    }

    /** Accepted, evaluated by two evaluators at {@code share}: waiting for the provider's view. */
    public ProjectReceipt graded(Draft draft, double share) {
        ProjectReceipt receipt = accepted(draft);
        signIn.as(MANAGER, () -> evaluations.assignEvaluators(taskId(receipt, "Task_AssignEvaluators"),
                List.of("zhengxue", "fengtao")));
        evaluate(receipt, "zhengxue", share);
        evaluate(receipt, "fengtao", share);
        return receipt;
    }

    public ProjectDetail detail(long id) {
        return signIn.as(FINANCE, () -> projects.open(id));
    }

    public Task task(ProjectReceipt receipt, String step) {
        return engine.getTaskService().createTaskQuery().processInstanceBusinessKey(receipt.projectNumber())
                .taskDefinitionKey(step).singleResult();
    }

    public String taskId(ProjectReceipt receipt, String step) {
        Task task = task(receipt, step);
        if (task == null) {
            throw new AssertionError("No open " + step + " for " + receipt.projectNumber());
        }
        return task.getId();
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public LocalDateTime now() {
        return LocalDateTime.now(clock);
    }

    /** A valid project: 300,000 yuan for 12 months, no special circumstance (询价 by the table). */
    public static final class Draft {

        private final String budgetLineCode;
        private String title = "城关街道困境儿童关爱服务项目";
        private String amount = "300000";
        private String months = "12";
        private Circumstance circumstance = Circumstance.NONE;
        private String justification;
        private boolean publicCommitment;
        private Long proposalId;

        Draft(String budgetLineCode) {
            this.budgetLineCode = budgetLineCode;
        }

        public Draft title(String value) {
            this.title = value;
            return this;
        }

        public Draft amount(String value) {
            this.amount = value;
            return this;
        }

        public Draft months(String value) {
            this.months = value;
            return this;
        }

        public Draft circumstance(Circumstance value, String why) {
            this.circumstance = value;
            this.justification = why;
            return this;
        }

        public Draft publicCommitment() {
            this.publicCommitment = true;
            return this;
        }

        public Draft proposal(Long id) {
            this.proposalId = id;
            return this;
        }

        public ProjectDraft build() {
            return new ProjectDraft(title, "辖区困境儿童 120 名，家庭监护薄弱，缺少专业关爱。", "城关街道困境儿童及其家庭",
                    "个案管理、学业辅导、心理支持、家庭探访。", "建档 120 份，个案服务 40 个，探访 480 人次。",
                    "困境儿童生活和心理状况改善，服务对象满意率不低于 90%。", amount, budgetLineCode, months,
                    circumstance, justification, publicCommitment, proposalId);
        }
    }
}
