package org.tongban.certificate;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * One line of the register (证明台账): a request and, when issued, its certificate. Names and identifiers masked.
 *
 * @param validity null unless a certificate was issued
 */
public record RequestRow(long id, String requestNumber, LocalDateTime receivedAt, RequestChannel channel,
                         String communityName, String certificateCode, String certificateName, String applicantName,
                         String applicantIdNumber, String demandedBy, CheckOutcome outcome,
                         CertificateRequestStatus status, LocalDate dueOn, String certificateNumber,
                         LocalDate issuedOn, CertificateValidity validity) {
}
