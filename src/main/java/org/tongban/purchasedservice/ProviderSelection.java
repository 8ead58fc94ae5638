package org.tongban.purchasedservice;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * The buyer's side of selection and contract (承接主体确定, 合同), taken by the department's project managers on the
 * project's page: the panel, the result, the answers to objections and the contract. Bids stay sealed until the
 * notice closes. Each step checks the caller's scope and does its work in one transaction.
 */
public interface ProviderSelection {

    /** Evaluators who may sit on a panel (role 评估员), by name. */
    List<Evaluator> evaluators();

    /** 组成评审小组: the members of this round (or those added to replace recused ones). */
    void formPanel(String taskId, List<String> evaluators);

    /**
     * 确认并公示结果: the first-ranked bid, or another with the reason; the objection period starts.
     *
     * @param chosenBidId null for the first-ranked bid
     */
    void confirmResult(String taskId, Long chosenBidId, String note);

    /** 答复质疑: every open objection of the round answered; one upheld sends the project back to a new panel. */
    void answerObjections(String taskId, List<ObjectionAnswer> answers);

    /** 签订合同: term at most 36 months, milestones' shares summing to 100, an indicator template. */
    void signContract(String taskId, ContractDraft draft);

    /** The bids of a project once the notice closed (sealed before), with the panel's scores of the last round. */
    SelectionDetail selection(long projectId);

    /** A response file of a project's bid, for the buyer and the panel (after the notice closed). */
    Bids.StoredFile bidFile(long projectId, long fileId);

    record Evaluator(String username, String name, String unitName) {
    }

    record ObjectionAnswer(long objectionId, boolean upheld, String answer) {
    }

    /**
     * The contract as the manager records it.
     *
     * @param termMonths    as typed; refused beyond the configured maximum (36)
     * @param amount        yuan as typed; at most the budget
     * @param templateCode  the evaluation indicator template (绩效评价指标体系) in force at signing
     */
    record ContractDraft(LocalDate signedOn, LocalDate startOn, String termMonths, String amount, String templateCode,
                         String targets, List<MilestoneDraft> milestones) {

        public ContractDraft {
            milestones = milestones == null ? List.of() : List.copyOf(milestones);
        }
    }

    /** A payment milestone: what is delivered by when, and the share of the amount paid once accepted. */
    record MilestoneDraft(String name, String deliverable, LocalDate dueOn, Integer paymentPercent) {
    }

    /**
     * Selection on one page.
     *
     * @param sealed   true while the notice is open: bids are counted, never shown
     * @param panel    the members of every round, with their declarations
     */
    record SelectionDetail(boolean sealed, int bidCount, int round, List<BidEntry> bids, List<PanelEntry> panel,
                           List<ObjectionEntry> objections, LocalDateTime resultPublishedAt, String resultNote,
                           LocalDateTime objectionDeadline, ContractEntry contract) {
    }

    record BidEntry(long id, String providerCode, String providerName, boolean partyOrganisation, BigDecimal price,
                    String planSummary, String contact, LocalDateTime submittedAt, boolean withdrawn,
                    BigDecimal score, Integer ranking, boolean chosen, List<Bids.FileEntry> files) {
    }

    /**
     * @param conflict null until declared; true: recused
     */
    record PanelEntry(int round, String evaluator, String name, Boolean conflict, String conflictNote,
                      LocalDateTime declaredAt, LocalDateTime scoredAt) {
    }

    record ObjectionEntry(long id, int round, String providerName, String grounds, LocalDateTime raisedAt,
                          Boolean upheld, String answer, LocalDateTime answeredAt) {
    }

    record ContractEntry(String contractNumber, String providerName, BigDecimal amount, LocalDate signedOn,
                         LocalDate startOn, LocalDate endOn, int termMonths, String templateCode,
                         int templateRevision, String targets, List<MilestoneEntry> milestones) {
    }

    record MilestoneEntry(long id, int position, String name, String deliverable, LocalDate dueOn,
                          int paymentPercent, BigDecimal paymentAmount, String status) {
    }
}
