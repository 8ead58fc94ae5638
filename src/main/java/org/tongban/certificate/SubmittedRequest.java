package org.tongban.certificate;

/**
 * What the counter (or the resident) sees right after a request is registered: the list check has already decided.
 *
 * @param queryCode  six digits the resident follows the request with online
 * @param reason     for REFUSE and REPLACE: why, as printed on the notice; else null
 * @param referTo    for REFUSE and REPLACE: who issues or verifies it instead; else null
 */
public record SubmittedRequest(long id, String requestNumber, String queryCode, CheckOutcome outcome,
                               CertificateRequestStatus status, String reason, String referTo) {
}
