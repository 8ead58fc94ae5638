package org.tongban.certificate.internal;

import java.text.Normalizer;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tongban.base.AttemptLimiter;
import org.tongban.base.ResidentIdentifiers;
import org.tongban.certificate.CertificateValidity;
import org.tongban.certificate.CertificateVerification;
import org.tongban.certificate.VerificationResult;

/**
 * The public check of a certificate. A token is checked for its signature before anything is read, so an altered QR
 * code never reaches the database; a typed number must look like one. Each client has its own allowance per window,
 * small for typed numbers (guessable) and large for tokens (a counter checking a pile of certificates).
 */
@Service
@Transactional(readOnly = true)
class VerificationService implements CertificateVerification {

    /** ZM-, a community code as organisation units have them (hyphens allowed), the year, the sequence. */
    private static final Pattern NUMBER = Pattern.compile("ZM-[A-Z][A-Z0-9-]{0,19}-\\d{4}-\\d{4,9}");

    private final IssuedCertificates certificates;
    private final VerificationLinks links;
    private final AttemptLimiter numberLookups;
    private final AttemptLimiter tokenLookups;
    private final Clock clock;

    VerificationService(IssuedCertificates certificates, VerificationLinks links, CertificateSettings settings,
                        Clock clock) {
        this.certificates = certificates;
        this.links = links;
        CertificateSettings.Verification limits = settings.verification();
        this.numberLookups = new AttemptLimiter(limits.numberLookups(), limits.window(), clock);
        this.tokenLookups = new AttemptLimiter(limits.tokenLookups(), limits.window(), clock);
        this.clock = clock;
    }

    @Override
    public VerificationResult byToken(String token, String client) {
        if (!tokenLookups.tryAcquire(String.valueOf(client))) {
            return VerificationResult.limited();
        }
        return links.numberOf(token).flatMap(certificates::factsByNumber).map(this::result)
                .orElseGet(VerificationResult::notFound);
    }

    @Override
    public VerificationResult byNumber(String number, String client) {
        if (!numberLookups.tryAcquire(String.valueOf(client))) {
            return VerificationResult.limited();
        }
        // NFKC: a number typed with a Chinese input method comes in full-width (ＺＭ－ＣＭ００１…).
        String typed = number == null ? "" : Normalizer.normalize(number, Normalizer.Form.NFKC).replaceAll("\\s", "")
                .toUpperCase(Locale.ROOT);
        Optional<CertificateFacts> found = NUMBER.matcher(typed).matches() ? certificates.factsByNumber(typed)
                : Optional.empty();
        return found.map(this::result).orElseGet(VerificationResult::notFound);
    }

    private VerificationResult result(CertificateFacts facts) {
        CertificateValidity validity = facts.validityOn(LocalDate.now(clock));
        return new VerificationResult(VerificationResult.Outcome.FOUND, facts.number(), facts.certificateName(),
                facts.issuerName(), facts.issuedOn(), ResidentIdentifiers.maskName(facts.holderName()),
                ResidentIdentifiers.maskIdNumber(facts.holderIdNumber()), validity, facts.validUntil(),
                facts.revokedAt() == null ? null : facts.revokedAt().toLocalDate());
    }
}
