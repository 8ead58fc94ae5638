package org.tongban.certificate.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The policy numbers of certificate issuance (tunable); defaults live in application.yml.
 *
 * @param publicUrl       the address residents reach the platform at; a certificate's QR code links to
 *                        {@code <publicUrl>/verify}
 * @param countyCode      the county part of request numbers
 * @param handlingDays    working days from receipt to the director's decision
 * @param homeVisitDays   the same where the entry asks for a home visit
 * @param warningDays     the community is reminded this many working days before the due day
 * @param maxUploadBytes  largest accepted evidence file
 * @param verification    how many lookups one client may make on the public verification page per window
 * @param onlineQuery     wrong query codes before a request number is locked, and for how long
 */
@ConfigurationProperties("tongban.certificate")
record CertificateSettings(String publicUrl, String countyCode, int handlingDays, int homeVisitDays, int warningDays,
                           long maxUploadBytes, Verification verification, OnlineQuery onlineQuery) {

    /**
     * @param window         the period the counts run over
     * @param numberLookups  lookups by a typed number per client and window (guessable, so few)
     * @param tokenLookups   lookups by a scanned QR token per client and window (unguessable, so many: a counter
     *                       checking a pile of certificates)
     */
    record Verification(Duration window, int numberLookups, int tokenLookups) {
    }

    /**
     * @param maxFailures     wrong codes for one request number before it is locked for the rest of {@code lock}
     * @param clientAttempts  lookups one client may make in {@code lock}, right or wrong
     */
    record OnlineQuery(int maxFailures, Duration lock, int clientAttempts) {
    }
}
