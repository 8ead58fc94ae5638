package org.tongban.certificate.internal;

/** Ids and variable names of the BPMN processes {@code CertificateIssuance} and {@code CertificateRevocation}. */
final class CertificateProcess {

    static final String KEY = "CertificateIssuance";
    static final String REVOCATION_KEY = "CertificateRevocation";
    /** Ends an issuance still waiting to deliver a certificate that was revoked meanwhile. */
    static final String MESSAGE_REVOKED = "CertificateRevoked";

    static final String TASK_FACT_CHECK = "Task_FactCheck";
    static final String TASK_APPROVE = "Task_Approve";
    static final String TASK_DELIVER = "Task_Deliver";
    static final String TASK_CONFIRM_REVOCATION = "Task_ConfirmRevocation";

    static final String VAR_REQUEST_ID = "requestId";
    static final String VAR_CERTIFICATE_ID = "certificateId";
    /** DMN inputs: ISSUED, REFUSED or UNLISTED; COMMITMENT, DATA_SHARING or NONE. */
    static final String VAR_LISTING = "listing";
    static final String VAR_REPLACEMENT = "replacement";
    static final String VAR_FRONT_DESK_GROUP = "frontDeskGroup";
    static final String VAR_SIGNER_GROUP = "signerGroup";
    static final String VAR_SUPERVISE_GROUP = "superviseGroup";
    static final String VAR_FACT_CHECK_PASSED = "factCheckPassed";
    static final String VAR_APPROVED = "approved";
    static final String VAR_REVOCATION_REASON = "revocationReason";
    static final String VAR_REVOCATION_CONFIRMED = "revocationConfirmed";
    static final String VAR_REVOKED_BY = "revokedBy";

    static final String UNLISTED = "UNLISTED";

    private CertificateProcess() {
    }
}
