package org.tongban.purchasedservice.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.tongban.identity.Directory;
import org.tongban.identity.RunAsStaff;
import org.tongban.purchasedservice.BudgetDecision;
import org.tongban.purchasedservice.Bids;
import org.tongban.purchasedservice.Circumstance;
import org.tongban.purchasedservice.Delivery;
import org.tongban.purchasedservice.NoticeDraft;
import org.tongban.purchasedservice.PanelScoring;
import org.tongban.purchasedservice.PerformanceEvaluations;
import org.tongban.purchasedservice.ProjectDraft;
import org.tongban.purchasedservice.ProjectQuery;
import org.tongban.purchasedservice.ProjectReceipt;
import org.tongban.purchasedservice.ProviderSelection;
import org.tongban.purchasedservice.ServiceProjects;

/**
 * Five projects of 县民政局 at different stages, so that the project list, the dashboard and the demo inboxes have
 * something to show: one waiting for finance, one open for responses, one in delivery, one being evaluated and one
 * closed with its grade. Each is driven through the same services its people use, as those people; the two legal
 * waits (response deadline, objection period) are run at once, as an administrator would in Cockpit. Once per title.
 */
@Component
@Order(18)
@ConditionalOnProperty(name = {"tongban.demo-data.enabled", "tongban.demo-data.projects"}, havingValue = "true",
        matchIfMissing = true)
class DemoProjects implements ApplicationRunner {

    static final String MANAGER = "wuhao";
    static final String FINANCE = "caiwen";
    static final String PROVIDER_A = "yangguang";
    static final String PROVIDER_B = "yilin";
    static final List<String> PANEL = List.of("zhengxue", "fengtao", "tangyu");
    private static final byte[] PDF = "%PDF-1.4\n%演示材料\n".getBytes(StandardCharsets.UTF_8);
    private static final Logger log = LoggerFactory.getLogger(DemoProjects.class);

    /** How far each demo project goes. */
    enum Stage { BUDGET_REVIEW, OPEN_FOR_RESPONSES, IN_DELIVERY, BEING_EVALUATED, CLOSED }

    record Seed(String title, String amount, Stage stage) {
    }

    static final List<Seed> SEEDS = List.of(
            new Seed("和平社区老年助餐服务项目", "150000", Stage.BUDGET_REVIEW),
            new Seed("湖滨社区青少年课后托管服务项目", "200000", Stage.OPEN_FOR_RESPONSES),
            new Seed("城关街道困境儿童成长陪伴服务项目", "280000", Stage.IN_DELIVERY),
            new Seed("城关街道居家养老上门服务项目", "180000", Stage.BEING_EVALUATED),
            new Seed("和平社区社区矫正帮扶服务项目", "120000", Stage.CLOSED));

    private final ServiceProjects projects;
    private final Bids bids;
    private final ProviderSelection selection;
    private final PanelScoring scoring;
    private final Delivery delivery;
    private final PerformanceEvaluations evaluations;
    private final TaskService tasks;
    private final ManagementService management;
    private final RuntimeService runtime;
    private final Directory directory;
    private final RunAsStaff runAs;
    private final Clock clock;

    DemoProjects(ServiceProjects projects, Bids bids, ProviderSelection selection, PanelScoring scoring,
                 Delivery delivery, PerformanceEvaluations evaluations, TaskService tasks, ManagementService management,
                 RuntimeService runtime, Directory directory, RunAsStaff runAs, Clock clock) {
        this.projects = projects;
        this.bids = bids;
        this.selection = selection;
        this.scoring = scoring;
        this.delivery = delivery;
        this.evaluations = evaluations;
        this.tasks = tasks;
        this.management = management;
        this.runtime = runtime;
        this.directory = directory;
        this.runAs = runAs;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (directory.findStaff(MANAGER).isEmpty() || directory.findStaff(PROVIDER_A).isEmpty()) {
            return;
        }
        List<String> seeded = new ArrayList<>();
        for (Seed seed : SEEDS) {
            if (runAs.call(MANAGER, () -> projects.count(new ProjectQuery(seed.title(), null))) == 0) {
                seeded.add(drive(seed).projectNumber());
            }
        }
        if (!seeded.isEmpty()) {
            log.info("Seeded demo purchased-service projects {}", seeded);
        }
    }

    private ProjectReceipt drive(Seed seed) {
        LocalDate today = LocalDate.now(clock);
        ProjectReceipt receipt = runAs.call(MANAGER, () -> projects.initiate(draft(seed, today.getYear())));
        if (seed.stage() == Stage.BUDGET_REVIEW) {
            return receipt;
        }
        as(FINANCE, receipt, "Task_BudgetReview", task -> projects.reviewBudget(task, BudgetDecision.APPROVE, null));
        LocalDate closing = runAs.call(MANAGER, () -> projects.open(receipt.id()).earliestDeadline());
        as(MANAGER, receipt, "Task_Publish", task -> projects.publish(task, notice(closing)));
        respond(receipt, PROVIDER_B, String.valueOf(Integer.parseInt(seed.amount()) - 15000));
        if (seed.stage() == Stage.OPEN_FOR_RESPONSES) {
            return receipt;
        }
        respond(receipt, PROVIDER_A, String.valueOf(Integer.parseInt(seed.amount()) - 5000));
        runWaitingTimer(receipt);
        as(MANAGER, receipt, "Task_FormPanel", task -> selection.formPanel(task, PANEL));
        PANEL.forEach(member -> score(receipt, member));
        as(MANAGER, receipt, "Task_ConfirmResult", task -> selection.confirmResult(task, null, null));
        runWaitingTimer(receipt);
        String price = String.valueOf(Integer.parseInt(seed.amount()) - 5000);
        as(MANAGER, receipt, "Task_Contract", task -> selection.signContract(task, contract(today, price)));
        int milestones = seed.stage() == Stage.IN_DELIVERY ? 1 : 3;
        for (int milestone = 0; milestone < milestones; milestone++) {
            as(PROVIDER_A, receipt, "Task_Report", task -> delivery.report(task,
                    "本期入户服务 300 余人次，服务台账、签到表和照片见附件。", List.of(new Bids.NewFile("服务台账.pdf", PDF))));
            as(MANAGER, receipt, "Task_CheckMilestone", task -> delivery.checkMilestone(task, true, null));
        }
        Delivery.MilestoneView first = runAs.call(FINANCE, () -> delivery.delivery(receipt.id())).milestones().get(0);
        runAs.run(FINANCE, () -> delivery.pay(first.id(), today, first.paymentAmount().toPlainString(),
                "FK-" + receipt.projectNumber()));
        if (seed.stage() == Stage.IN_DELIVERY) {
            return receipt;
        }
        as(MANAGER, receipt, "Task_Acceptance", task -> delivery.accept(task, new Delivery.AcceptanceDraft(30, 28, 26,
                null, null, true, "服务按合同完成，台账完整，抽样回访的服务对象满意。")));
        String evaluator = seed.stage() == Stage.BEING_EVALUATED ? "tangyu" : "fengtao";
        as(MANAGER, receipt, "Task_AssignEvaluators", task -> evaluations.assignEvaluators(task, List.of(evaluator)));
        if (seed.stage() == Stage.BEING_EVALUATED) {
            return receipt;
        }
        evaluate(receipt, evaluator, new BigDecimal("0.86"));
        as(PROVIDER_A, receipt, "Task_ProviderReview", task -> evaluations.review(task, true, null));
        as(MANAGER, receipt, "Task_Close", task -> evaluations.close(task, "按合同完成，绩效评价为良，资料已归档。"));
        return receipt;
    }

    private ProjectDraft draft(Seed seed, int year) {
        return new ProjectDraft(seed.title(), "辖区服务对象需求调查显示该项服务缺口较大，社区力量难以独立承担。",
                "辖区有需要的居民", "上门服务、个案管理、定期探访，建立服务台账。", "服务 100 户以上，建档 100 份。",
                "服务对象生活质量改善，满意率不低于 90%。", seed.amount(), "YS-MZ-" + year + "-01", "12",
                Circumstance.NONE, null, false, null);
    }

    private static NoticeDraft notice(LocalDate closing) {
        return new NoticeDraft("依法登记的社会组织或社会工作服务机构，具有相应专业人员。", "吴浩 0571-12345678",
                closing.atTime(17, 0), List.of(new NoticeDraft.Criterion("服务方案", "方案的针对性和可行性", 50),
                        new NoticeDraft.Criterion("组织实施能力", null, 30), new NoticeDraft.Criterion("报价", null, 20)));
    }

    private static ProviderSelection.ContractDraft contract(LocalDate today, String amount) {
        LocalDate start = today.plusDays(1);
        List<ProviderSelection.MilestoneDraft> milestones = List.of(
                new ProviderSelection.MilestoneDraft("首期", "服务方案及人员到位", start.plusMonths(1), 30),
                new ProviderSelection.MilestoneDraft("中期", "中期服务报告及服务台账", start.plusMonths(6), 40),
                new ProviderSelection.MilestoneDraft("末期", "总结报告及满意度调查", start.plusMonths(12).minusDays(1), 30));
        return new ProviderSelection.ContractDraft(today, start, "12", amount, "ET-01",
                "服务 100 户以上，服务对象满意率不低于 90%。", milestones);
    }

    private void respond(ProjectReceipt receipt, String provider, String price) {
        runAs.run(provider, () -> bids.submit(receipt.projectNumber(), new Bids.BidDraft(price,
                "配备持证社工，按月上门服务，建立个案档案。", "联系人 0571-88880000",
                List.of(new Bids.NewFile("响应文件.pdf", PDF)))));
    }

    /** Every response on every criterion at a share of its weight: 阳光 (PV001) ahead of 益邻. */
    private void score(ProjectReceipt receipt, String member) {
        String taskId = openTask(receipt, "Task_Score", member).getId();
        Map<String, Double> shares = Map.of("PV001", 0.9, "PV002", 0.75);
        runAs.run(member, () -> {
            scoring.declare(taskId, false, null);
            PanelScoring.ScoringSheet sheet = scoring.sheet(taskId);
            List<PanelScoring.Points> points = new ArrayList<>();
            for (var bid : sheet.bids()) {
                double share = shares.getOrDefault(bid.providerCode(), 0.7);
                for (int criterion = 0; criterion < sheet.criteria().size(); criterion++) {
                    points.add(new PanelScoring.Points(bid.id(), criterion, BigDecimal.valueOf(
                            sheet.criteria().get(criterion).weight()).multiply(BigDecimal.valueOf(share))
                            .setScale(1, RoundingMode.DOWN)));
                }
            }
            scoring.submit(taskId, points);
        });
    }

    private void evaluate(ProjectReceipt receipt, String evaluator, BigDecimal share) {
        String taskId = openTask(receipt, "Task_Evaluate", evaluator).getId();
        runAs.run(evaluator, () -> {
            PerformanceEvaluations.EvaluationSheet sheet = evaluations.sheet(taskId);
            evaluations.submit(taskId, sheet.indicators().stream().filter(org.tongban.catalog.Indicator::scored)
                    .map(indicator -> new PerformanceEvaluations.IndicatorPoints(indicator.code(),
                            indicator.weight().multiply(share).setScale(1, RoundingMode.DOWN), "服务台账、满意度调查"))
                    .toList(), "总体按合同完成，个别服务记录不够完整。");
        });
    }

    private void as(String username, ProjectReceipt receipt, String step, java.util.function.Consumer<String> action) {
        String taskId = openTask(receipt, step, null).getId();
        runAs.run(username, () -> action.accept(taskId));
    }

    private Task openTask(ProjectReceipt receipt, String step, String assignee) {
        var query = tasks.createTaskQuery().processInstanceBusinessKey(receipt.projectNumber()).taskDefinitionKey(step);
        if (assignee != null) {
            query.taskAssignee(assignee);
        }
        Task task = query.singleResult();
        if (task == null) {
            throw new IllegalStateException("Demo project " + receipt.projectNumber() + " has no open " + step);
        }
        return task;
    }

    /** The response deadline or the objection period, run now instead of waiting its days. */
    private void runWaitingTimer(ProjectReceipt receipt) {
        String instanceId = runtime.createProcessInstanceQuery().processDefinitionKey("ProviderSelection")
                .processInstanceBusinessKey(receipt.projectNumber()).singleResult().getId();
        Job timer = management.createJobQuery().processInstanceId(instanceId).timers().singleResult();
        management.executeJob(timer.getId());
    }
}
