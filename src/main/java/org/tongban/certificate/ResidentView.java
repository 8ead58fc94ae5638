package org.tongban.certificate;

import java.time.LocalDate;
import java.time.LocalDateTime;

import org.tongban.catalog.CertificateReplacement;

/**
 * What a resident sees of their own request online.
 *
 * @param certificateDownload the certificate can be downloaded (it was sent online)
 * @param noticeDownload      a notice of refusal or replacement can be downloaded
 */
public record ResidentView(String requestNumber, String certificateName, String communityName,
                           CertificateRequestStatus status, LocalDateTime receivedAt, LocalDate dueOn,
                           String refusalReason, String referTo, CertificateReplacement replacement,
                           String certificateNumber, LocalDate issuedOn, LocalDate validUntil,
                           CertificateValidity validity, boolean certificateDownload, boolean noticeDownload) {
}
