package org.tongban.purchasedservice;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * Delivery and acceptance (项目管理, 履约验收) after the contract: the provider reports each milestone with evidence,
 * the buyer checks it (passed releases its payment; returned asks for rectification), finance records payments, the
 * final acceptance involves the service users and is published, and changes of scope, time or budget are decided by
 * someone other than who asked. Each method checks the caller and does its work in one transaction.
 */
public interface Delivery {

    /** The provider's milestone report with its evidence (again after a return). */
    void report(String taskId, String text, List<Bids.NewFile> evidence);

    /** 阶段验收 by the buyer: passed releases the payment; returned needs the issues to rectify. */
    void checkMilestone(String taskId, boolean passed, String note);

    /** 履约验收: refused without the service users taking part; a failed one goes to the provider to rectify. */
    void accept(String taskId, AcceptanceDraft draft);

    /** The provider's rectification after a failed acceptance. */
    void rectify(String taskId, String text);

    /** Finance records a payment of a milestone released for payment. */
    void pay(long milestoneId, LocalDate paidOn, String amount, String voucher);

    /** A change of scope, time or budget, asked by the buyer's manager or the provider. */
    void requestChange(long projectId, ChangeDraft draft);

    /** Approves or refuses a change; approving applies it at once. */
    void decideChange(String taskId, boolean approve, String note);

    /** Milestones, acceptance and changes of a project, for whoever may read it (the provider its own). */
    DeliveryDetail delivery(long projectId);

    /** An evidence file, for the buyer, finance, the panel and the provider that handed it in. */
    Bids.StoredFile evidence(long fileId);

    /** The contracts of the signed-in provider, newest first. */
    List<ProviderProject> myProjects();

    /** The project a delivery task belongs to. */
    long projectOfTask(String taskId);

    /**
     * The service users' part and the result.
     *
     * @param surveySample     a sampled satisfaction survey: how many were asked (null without a survey)
     * @param representatives  service users' representatives present, by name (null without)
     */
    record AcceptanceDraft(Integer surveySample, Integer surveyResponses, Integer surveySatisfied,
                           String representatives, String userOpinion, Boolean passed, String findings) {
    }

    enum ChangeKind {
        SCOPE, TIME, BUDGET;

        public String messageKey() {
            return "purchasedservice.change." + name();
        }
    }

    /**
     * @param newEndOn  for TIME: the new last day of the service
     * @param newAmount for BUDGET: the new contract amount in yuan, as typed
     */
    record ChangeDraft(ChangeKind kind, String description, String reason, LocalDate newEndOn, String newAmount) {
    }

    record DeliveryDetail(String providerName, LocalDate endOn, BigDecimal amount, BigDecimal paid,
                          List<MilestoneView> milestones, List<AcceptanceView> acceptances,
                          List<ChangeView> changes) {
    }

    record MilestoneView(long id, int position, String name, String deliverable, LocalDate dueOn,
                         int paymentPercent, BigDecimal paymentAmount, String status, String report,
                         LocalDateTime reportedAt, String checkNote, LocalDateTime checkedAt, int returns,
                         LocalDate paidOn, BigDecimal paidAmount, String voucher, List<Bids.FileEntry> evidence) {
    }

    /** @param satisfaction the satisfied share of the survey's responses, in percent (null without a survey) */
    record AcceptanceView(int attempt, Integer surveySample, Integer surveyResponses, Integer surveySatisfied,
                          BigDecimal satisfaction, String representatives, String userOpinion, boolean passed,
                          String findings, String acceptedBy, LocalDateTime acceptedAt, String rectification) {
    }

    record ChangeView(long id, ChangeKind kind, String description, String reason, LocalDate newEndOn,
                      BigDecimal newAmount, String requestedBy, LocalDateTime requestedAt, Boolean approved,
                      String decisionNote, String decidedBy, LocalDateTime decidedAt) {
    }

    record ProviderProject(long projectId, String projectNumber, String title, String departmentName,
                           String contractNumber, BigDecimal amount, LocalDate startOn, LocalDate endOn,
                           ProjectStatus status) {
    }
}
