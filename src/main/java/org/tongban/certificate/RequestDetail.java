package org.tongban.certificate;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.tongban.catalog.CertificateListing;
import org.tongban.catalog.CertificateReplacement;

/**
 * A certificate request on one page: what was asked and by whom, the list check, the fact check, the approval, the
 * refusal or the certificate. Identifiers are masked unless {@code unmasked} (an audited read).
 *
 * @param listing           the list the entry was on that day; null for a certificate on neither list
 * @param requiredEvidence  what the entry asks the resident to bring (blank for refused or unlisted requests)
 * @param factsChecked      what the entry says the community checks
 * @param certificate       the certificate issued for the request, or null
 */
public record RequestDetail(long id, String requestNumber, RequestChannel channel, String communityCode,
                            String communityName, String certificateCode, String certificateName,
                            CertificateListing listing, String purpose, String demandedBy, String details,
                            String applicantName, String applicantIdNumber, String applicantPhone, Agent agent,
                            String receivedBy, LocalDateTime receivedAt, CheckOutcome checkOutcome, String checkRule,
                            String checkRuleText, CertificateRequestStatus status, LocalDate dueOn,
                            boolean homeVisitRequired, String requiredEvidence, String factsChecked,
                            Step factCheck, Boolean factCheckPassed, Boolean homeVisited, String findings,
                            Step approval, String approvalComment, Refusal refusal, List<EvidenceFile> files,
                            CertificateSummary certificate, String processInstanceId, boolean unmasked) {

    /** 代办人, masked like the applicant. */
    public record Agent(String name, String idNumber, String phone, String relation) {
    }

    /** Who did a step and when. */
    public record Step(String by, LocalDateTime at) {
    }

    /** Why a request was not issued, and where the resident goes instead. */
    public record Refusal(RefusalStage stage, String by, LocalDateTime at, String reason, String referTo,
                          CertificateReplacement replacement) {
    }

    public record EvidenceFile(long id, String fileName, String contentType, long sizeBytes) {
    }

    /**
     * @param validUntil         null for a certificate without a fixed term
     * @param revocationPending  a revocation has been asked for and waits for the director
     * @param verificationUrl    what the certificate's QR code opens
     * @param mayRequestRevocation the viewer may ask to revoke it: staff of the issuing community, while it is valid
     *                           and no revocation waits
     */
    public record CertificateSummary(long id, String number, LocalDate issuedOn, LocalDate validUntil,
                                     CertificateValidity validity, String signedBy, String issuerName,
                                     String sealCode, DeliveryMethod deliveryMethod, LocalDateTime deliveredAt,
                                     LocalDateTime revokedAt, String revokedBy, String revokeReason,
                                     boolean revocationPending, String verificationUrl,
                                     boolean mayRequestRevocation) {
    }
}
