package org.tongban.certificate;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * 出具证明 for staff. Each method checks the caller's data scope — a community's own staff for its requests, the
 * subdistrict above it, civil-affairs reviewers for the county — and does its work in one transaction: the request
 * row, the certificate and the process move together or not at all. Step methods take the id of the open task the
 * step completes. Refusals are {@link org.tongban.base.BusinessException}s with {@code certificate.error.*} keys.
 */
public interface CertificateRequests {

    /**
     * 窗口登记 by a front-desk worker of the community: validated, checked against the lists at once (the outcome is
     * in the answer, so a refusal notice can be printed while the resident is still at the counter).
     */
    SubmittedRequest submit(CertificateApplication application);

    /** The request page; identifiers masked. The read is audited. */
    RequestDetail open(long requestId);

    /** The request page with identifiers in full; the read is audited as such. */
    RequestDetail openUnmasked(long requestId);

    /** The request an open certificate task belongs to (for the inbox's forwarding). */
    long requestOfTask(String taskId);

    /** 核实 by the community's front desk. Not confirmed needs the reason; confirmed needs the findings. */
    void factCheck(String taskId, FactCheck check);

    /**
     * 审批 by the community director. Approval issues the certificate at once — number, sealed PDF, register entry —
     * or, when the community's seal does not cover it, nothing happens and the refusal says so.
     */
    void approve(String taskId, boolean approve, String comment);

    /** 送达. */
    void deliver(String taskId, DeliveryMethod method);

    /** 申请撤销 an issued certificate, with the reason; the director confirms. */
    void requestRevocation(long requestId, String reason);

    /** 确认撤销 by the director; not revoking needs a reason. */
    void confirmRevocation(String taskId, boolean revoke, String comment);

    /** The certificate as issued (sealed PDF); audited. */
    byte[] certificatePdf(long requestId);

    /** The notice of refusal or replacement (不予出具告知书) as PDF. */
    byte[] noticePdf(long requestId);

    /** An evidence file's bytes; audited. */
    byte[] evidence(long requestId, long fileId);

    /** The request's open step the current user may take now, if any. */
    Optional<OpenStep> myOpenStep(long requestId);

    /** The communities the caller may register requests for (front desk), code → name. */
    Map<String, String> counterCommunities();

    /** Whether the community's seal covers the entry: a counter is warned before it registers what it cannot seal. */
    boolean sealCovers(String communityCode, String certificateCode);

    /** The register (证明台账) within the caller's data scope, newest first. */
    List<RequestRow> search(RequestQuery query, int offset, int limit);

    long count(RequestQuery query);
}
