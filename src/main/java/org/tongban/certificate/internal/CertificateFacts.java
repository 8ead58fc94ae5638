package org.tongban.certificate.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;

import org.tongban.certificate.CertificateValidity;
import org.tongban.certificate.DeliveryMethod;

/** An issued certificate without its document: for the request page, the register and the verification page. */
record CertificateFacts(Long id, String number, Long requestId, String communityCode, String communityName,
                        String certificateCode, String certificateName, String holderName, String holderIdNumber,
                        String issuerName, String sealCode, String signedBy, LocalDate issuedOn, LocalDate validUntil,
                        DeliveryMethod deliveryMethod, LocalDateTime deliveredAt, LocalDateTime revokedAt,
                        String revokedBy, String revokeReason) {

    /** Revoked first: a revoked certificate says so even after it would have expired. */
    CertificateValidity validityOn(LocalDate day) {
        if (revokedAt != null) {
            return CertificateValidity.REVOKED;
        }
        return validUntil != null && day.isAfter(validUntil) ? CertificateValidity.EXPIRED : CertificateValidity.VALID;
    }
}
