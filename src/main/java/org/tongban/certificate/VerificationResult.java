package org.tongban.certificate;

import java.time.LocalDate;

/**
 * What the verification page shows. Holder name and ID masked; nothing but the outcome unless found.
 *
 * @param validUntil null for a certificate without a fixed term
 * @param revokedOn  the day it was revoked, or null
 */
public record VerificationResult(Outcome outcome, String number, String certificateName, String issuer,
                                 LocalDate issuedOn, String holderName, String holderIdNumber,
                                 CertificateValidity validity, LocalDate validUntil, LocalDate revokedOn) {

    public enum Outcome {
        FOUND,
        /** Unknown number, or a token not signed here or altered: the same answer. */
        NOT_FOUND,
        /** Too many lookups from this client lately. */
        LIMITED
    }

    public static VerificationResult notFound() {
        return new VerificationResult(Outcome.NOT_FOUND, null, null, null, null, null, null, null, null, null);
    }

    public static VerificationResult limited() {
        return new VerificationResult(Outcome.LIMITED, null, null, null, null, null, null, null, null, null);
    }
}
