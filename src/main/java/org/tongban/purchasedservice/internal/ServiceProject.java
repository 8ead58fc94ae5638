package org.tongban.purchasedservice.internal;

import java.math.BigDecimal;
import java.time.LocalDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.tongban.base.BusinessException;
import org.tongban.purchasedservice.Circumstance;
import org.tongban.purchasedservice.EvaluationGrade;
import org.tongban.purchasedservice.ProjectStatus;
import org.tongban.purchasedservice.PurchaseMethod;

/**
 * A purchased-service project and everything decided on it. Guards its own transitions: a step taken out of turn is
 * refused, so two people racing on one project cannot both decide it.
 */
@Entity
@Table(name = "ps_project")
class ServiceProject {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "project_number", nullable = false, updatable = false)
    private String projectNumber;
    @Column(name = "department_code", nullable = false, updatable = false)
    private String departmentCode;
    @Column(name = "department_name", nullable = false, updatable = false)
    private String departmentName;
    @Column(nullable = false, updatable = false)
    private String manager;
    @Column(nullable = false)
    private String title;
    @Column(nullable = false)
    private String need;
    @Column(name = "target_group", nullable = false)
    private String targetGroup;
    @Column(nullable = false)
    private String content;
    @Column(nullable = false)
    private String outputs;
    @Column(nullable = false)
    private String outcomes;
    @Column(name = "budget_amount", nullable = false)
    private BigDecimal budgetAmount;
    @Column(name = "budget_line_id", nullable = false)
    private Long budgetLineId;
    @Column(name = "duration_months", nullable = false)
    private int durationMonths;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Circumstance circumstance;
    @Column
    private String justification;
    @Column(name = "public_commitment", nullable = false)
    private boolean publicCommitment;
    @Column(name = "origin_request_number", updatable = false)
    private String originRequestNumber;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ProjectStatus status;
    @Column(name = "created_at", nullable = false, updatable = false)
    private LocalDateTime createdAt;
    @Column(name = "budget_decided_by")
    private String budgetDecidedBy;
    @Column(name = "budget_decided_at")
    private LocalDateTime budgetDecidedAt;
    @Column(name = "budget_comment")
    private String budgetComment;
    @Enumerated(EnumType.STRING)
    @Column
    private PurchaseMethod method;
    @Column(name = "method_rule")
    private String methodRule;
    @Column(name = "method_rule_text")
    private String methodRuleText;
    @Column(name = "notice_days")
    private Integer noticeDays;
    @Column(name = "notice_working_days")
    private Boolean noticeWorkingDays;
    @Column(name = "notice_published_at")
    private LocalDateTime noticePublishedAt;
    @Column(name = "notice_published_by")
    private String noticePublishedBy;
    @Column(name = "bid_deadline")
    private LocalDateTime bidDeadline;
    @Column
    private String requirements;
    @Column
    private String contact;
    @Column(name = "withdrawn_reason")
    private String withdrawnReason;
    @Column(name = "process_instance_id")
    private String processInstanceId;
    @Column(name = "selection_round", nullable = false)
    private int selectionRound;
    @Column(name = "winner_bid_id")
    private Long winnerBidId;
    @Column(name = "result_published_at")
    private LocalDateTime resultPublishedAt;
    @Column(name = "result_note")
    private String resultNote;
    @Column(name = "objection_deadline")
    private LocalDateTime objectionDeadline;
    @Column(name = "awarded_at")
    private LocalDateTime awardedAt;
    @Column(name = "closed_reason")
    private String closedReason;
    @Column(name = "evaluation_score")
    private BigDecimal evaluationScore;
    @Enumerated(EnumType.STRING)
    @Column(name = "evaluation_grade")
    private EvaluationGrade evaluationGrade;
    @Column(name = "evaluation_rule")
    private String evaluationRule;
    @Column(name = "final_payment_share")
    private Integer finalPaymentShare;
    @Column(name = "graded_at")
    private LocalDateTime gradedAt;
    @Column(name = "provider_view")
    private String providerView;
    @Column(name = "provider_objection")
    private String providerObjection;
    @Column(name = "objection_answer")
    private String objectionAnswer;
    @Column(name = "objection_upheld")
    private Boolean objectionUpheld;
    @Column(name = "closed_at")
    private LocalDateTime closedAt;
    @Column(name = "closing_summary")
    private String closingSummary;
    @Version
    private Long version;

    protected ServiceProject() {
    }

    ServiceProject(String projectNumber, String departmentCode, String departmentName, String manager,
                   ProjectContent content, String originRequestNumber, LocalDateTime createdAt) {
        this.projectNumber = projectNumber;
        this.departmentCode = departmentCode;
        this.departmentName = departmentName;
        this.manager = manager;
        this.originRequestNumber = originRequestNumber;
        this.createdAt = createdAt;
        write(content);
        this.status = ProjectStatus.BUDGET_REVIEW;
    }

    private void write(ProjectContent content) {
        this.title = content.title();
        this.need = content.need();
        this.targetGroup = content.targetGroup();
        this.content = content.content();
        this.outputs = content.outputs();
        this.outcomes = content.outcomes();
        this.budgetAmount = content.budgetAmount();
        this.budgetLineId = content.budgetLine().id();
        this.durationMonths = content.durationMonths();
        this.circumstance = content.circumstance();
        this.justification = content.justification();
        this.publicCommitment = content.publicCommitment();
    }

    void startedAs(String processInstance) {
        this.processInstanceId = processInstance;
    }

    /** 经费预算审核: approved goes on to the method and notice; returned waits for the manager; refused ends. */
    void budgetDecided(ProjectStatus next, String by, LocalDateTime at, String comment) {
        require(ProjectStatus.BUDGET_REVIEW);
        this.budgetDecidedBy = by;
        this.budgetDecidedAt = at;
        this.budgetComment = comment;
        this.status = next;
    }

    void revised(ProjectContent revised) {
        require(ProjectStatus.RETURNED);
        write(revised);
        this.status = ProjectStatus.BUDGET_REVIEW;
    }

    void withdraw(String reason) {
        require(ProjectStatus.RETURNED);
        this.withdrawnReason = reason;
        this.status = ProjectStatus.WITHDRAWN;
    }

    void methodDecided(PurchaseMethod decided, String rule, String ruleText, int days, boolean workingDays) {
        require(ProjectStatus.TO_PUBLISH);
        this.method = decided;
        this.methodRule = rule;
        this.methodRuleText = ruleText;
        this.noticeDays = days;
        this.noticeWorkingDays = workingDays;
    }

    void publish(String requirementsText, String contactText, LocalDateTime deadline, String by, LocalDateTime at) {
        require(ProjectStatus.TO_PUBLISH);
        this.requirements = requirementsText;
        this.contact = contactText;
        this.bidDeadline = deadline;
        this.noticePublishedBy = by;
        this.noticePublishedAt = at;
        this.status = ProjectStatus.PUBLISHED;
    }

    /** The notice closed: the first round begins, or nobody responded (流标). */
    void bidsClosed(int activeBids) {
        require(ProjectStatus.PUBLISHED);
        if (activeBids == 0) {
            this.status = ProjectStatus.NO_BIDS;
            this.closedReason = "响应截止时无人响应（流标）";
        } else {
            this.status = ProjectStatus.EVALUATING;
            this.selectionRound = 1;
        }
    }

    /** 结果公示: the chosen bid and the end of the objection period. */
    void resultPublished(Long chosenBid, String note, LocalDateTime at, LocalDateTime objectionsUntil) {
        require(ProjectStatus.EVALUATING);
        this.winnerBidId = chosenBid;
        this.resultNote = note;
        this.resultPublishedAt = at;
        this.objectionDeadline = objectionsUntil;
        this.status = ProjectStatus.RESULT_PUBLISHED;
    }

    /** An objection upheld: the round's result is void and a new panel scores again. */
    void newRound() {
        require(ProjectStatus.RESULT_PUBLISHED);
        this.selectionRound++;
        this.winnerBidId = null;
        this.resultNote = null;
        this.resultPublishedAt = null;
        this.objectionDeadline = null;
        this.status = ProjectStatus.EVALUATING;
    }

    void awarded(LocalDateTime at) {
        require(ProjectStatus.RESULT_PUBLISHED);
        this.awardedAt = at;
        this.status = ProjectStatus.AWARDED;
    }

    void contracted() {
        require(ProjectStatus.AWARDED);
        this.status = ProjectStatus.CONTRACTED;
    }

    /** 履约验收 passed with the service users: the performance evaluation follows. */
    void accepted() {
        require(ProjectStatus.CONTRACTED);
        this.status = ProjectStatus.ACCEPTED;
    }

    void evaluationStarted() {
        require(ProjectStatus.ACCEPTED);
        this.status = ProjectStatus.UNDER_EVALUATION;
    }

    /** The grade from the table, and the share of the final payment it releases. */
    void graded(BigDecimal score, EvaluationGrade grade, String rule, int share, LocalDateTime at) {
        require(ProjectStatus.UNDER_EVALUATION);
        grade(score, grade, rule, share, at);
        this.status = ProjectStatus.GRADED;
    }

    private void grade(BigDecimal score, EvaluationGrade grade, String rule, int share, LocalDateTime at) {
        this.evaluationScore = score;
        this.evaluationGrade = grade;
        this.evaluationRule = rule;
        this.finalPaymentShare = share;
        this.gradedAt = at;
    }

    /** The provider confirms the grade, or objects: once, so a second objection finds the view taken. */
    void providerReviewed(boolean confirm, String objection) {
        require(ProjectStatus.GRADED);
        if (providerView != null) {
            throw BusinessException.conflict("purchasedservice.error.evaluation-objection-once");
        }
        this.providerView = confirm ? "CONFIRMED" : "OBJECTED";
        this.providerObjection = objection;
    }

    /** The answer to the provider's objection; upheld re-grades with the re-checked total. */
    void objectionAnswered(boolean upheld, String answer, BigDecimal score, EvaluationGrade grade, String rule,
                           Integer share, LocalDateTime at) {
        require(ProjectStatus.GRADED);
        this.objectionUpheld = upheld;
        this.objectionAnswer = answer;
        if (upheld) {
            grade(score, grade, rule, share, at);
        }
    }

    void settled() {
        require(ProjectStatus.GRADED);
        this.status = ProjectStatus.SETTLED;
    }

    void close(String summary, LocalDateTime at) {
        require(ProjectStatus.SETTLED);
        this.closingSummary = summary;
        this.closedAt = at;
        this.status = ProjectStatus.CLOSED;
    }

    /** A budget change within what finance approved. */
    void rebudget(BigDecimal amount) {
        require(ProjectStatus.CONTRACTED);
        this.budgetAmount = amount;
    }

    /** Whether the delivery is under way: changes and payments only then. */
    boolean delivering() {
        return status == ProjectStatus.CONTRACTED;
    }

    private void require(ProjectStatus expected) {
        if (status != expected) {
            throw BusinessException.conflict("purchasedservice.error.wrong-status");
        }
    }

    Long id() { return id; }
    String projectNumber() { return projectNumber; }
    String departmentCode() { return departmentCode; }
    String departmentName() { return departmentName; }
    String manager() { return manager; }
    String title() { return title; }
    String need() { return need; }
    String targetGroup() { return targetGroup; }
    String content() { return content; }
    String outputs() { return outputs; }
    String outcomes() { return outcomes; }
    BigDecimal budgetAmount() { return budgetAmount; }
    Long budgetLineId() { return budgetLineId; }
    int durationMonths() { return durationMonths; }
    Circumstance circumstance() { return circumstance; }
    String justification() { return justification; }
    boolean publicCommitment() { return publicCommitment; }
    String originRequestNumber() { return originRequestNumber; }
    ProjectStatus status() { return status; }
    LocalDateTime createdAt() { return createdAt; }
    String budgetDecidedBy() { return budgetDecidedBy; }
    LocalDateTime budgetDecidedAt() { return budgetDecidedAt; }
    String budgetComment() { return budgetComment; }
    PurchaseMethod method() { return method; }
    String methodRule() { return methodRule; }
    String methodRuleText() { return methodRuleText; }
    Integer noticeDays() { return noticeDays; }
    Boolean noticeWorkingDays() { return noticeWorkingDays; }
    LocalDateTime noticePublishedAt() { return noticePublishedAt; }
    LocalDateTime bidDeadline() { return bidDeadline; }
    String requirements() { return requirements; }
    String contact() { return contact; }
    String withdrawnReason() { return withdrawnReason; }
    String processInstanceId() { return processInstanceId; }
    int selectionRound() { return selectionRound; }
    Long winnerBidId() { return winnerBidId; }
    LocalDateTime resultPublishedAt() { return resultPublishedAt; }
    String resultNote() { return resultNote; }
    LocalDateTime objectionDeadline() { return objectionDeadline; }
    LocalDateTime awardedAt() { return awardedAt; }
    String closedReason() { return closedReason; }
    BigDecimal evaluationScore() { return evaluationScore; }
    EvaluationGrade evaluationGrade() { return evaluationGrade; }
    String evaluationRule() { return evaluationRule; }
    Integer finalPaymentShare() { return finalPaymentShare; }
    LocalDateTime gradedAt() { return gradedAt; }
    String providerObjection() { return providerObjection; }
    String objectionAnswer() { return objectionAnswer; }
    Boolean objectionUpheld() { return objectionUpheld; }
    LocalDateTime closedAt() { return closedAt; }
    String closingSummary() { return closingSummary; }
}
