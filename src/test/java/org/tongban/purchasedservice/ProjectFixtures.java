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
    private static final AtomicInteger LINES = new AtomicInteger();

    private final ServiceProjects projects;
    private final BudgetLines budgetLines;
    private final ProcessEngine engine;
    private final SignIn signIn;
    private final Clock clock;

    ProjectFixtures(ServiceProjects projects, BudgetLines budgetLines, ProcessEngine engine, SignIn signIn,
                    Clock clock) {
        this.projects = projects;
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
