package org.tongban.onewindow;

import java.util.List;
import java.util.Map;

import org.tongban.onewindow.Intake.UploadedFile;

/**
 * 一窗受理 for staff: each method checks the caller's data scope (the receiving unit's staff, the responsible
 * department's staff) and does its work in one transaction — the case row and the process move together or not at
 * all. Task methods take the id of the open task the step completes.
 */
public interface OneWindowCases {

    /** 收件 at the counter, on behalf or at a home visit, by a front-desk worker of the receiving unit. */
    IntakeReceipt intake(Intake intake);

    /**
     * 办件查询 within the caller's scope: cases received by their units and cases with their departments, newest first.
     */
    List<CaseRow> search(CaseQuery query, int offset, int limit);

    long count(CaseQuery query);

    /** The case page; identifiers masked. */
    CaseDetail open(long caseId);

    /** The case page with applicant and agent identifiers in full; the read is audited. */
    CaseDetail openUnmasked(long caseId);

    /** An open task of a case, with the case. */
    CaseTask openForTask(String taskId);

    /** 受理: receipt with the promised due date. */
    void accept(String taskId, String opinion);

    /**
     * 补正: one notice listing every missing or defective material. A further notice for the same case needs
     * {@code reason} (why these items were not named the first time).
     */
    void requestCorrection(String taskId, List<String> items, String reason);

    /** 不予受理: written reason, and the office to go to where the matter is outside this remit. */
    void decline(String taskId, String reason, String referTo);

    /** 补正材料: the applicant hands in what the notice asked for; the case goes back to review or to the department. */
    void resubmit(long caseId, Map<String, Provision> provisions, List<UploadedFile> files);

    /** 部门办理. {@code detail}: the reason (reject, misrouted) or the items to add (return, one per line). */
    void handle(String taskId, HandlingDecision decision, String detail);

    /** 部门审核: confirm the handler's proposal, or send it back to the handler with an opinion. */
    void review(String taskId, boolean confirm, String opinion);

    /** 重新分办 after a department said the case is not theirs. */
    void redispatch(String taskId, String departmentCode, String reason);

    /** 送达. {@code reference}: the tracking number for post. */
    void deliver(String taskId, DeliveryMethod method, String reference);

    /**
     * 好差评 at the counter: the person rating shows their ID, which must be the applicant's or the recorded agent's.
     * Once per case; never changed afterwards.
     */
    void rateAtCounter(long caseId, String raterIdNumber, RatingLevel level, String comment);

    /** The notice as PDF. */
    byte[] noticePdf(long caseId, long noticeId);

    /** An uploaded file's bytes, for download by staff in scope; audited. */
    byte[] fileContent(long caseId, long fileId);

    /** The case's open task the current user may work on now (offered to them or theirs), if any. */
    java.util.Optional<String> myOpenTask(long caseId);

    /** Departments a case may be dispatched to, code → name. */
    Map<String, String> departments();
}
