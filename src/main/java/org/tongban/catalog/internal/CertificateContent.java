package org.tongban.catalog.internal;

import java.util.List;

import org.tongban.catalog.CertificateListing;
import org.tongban.catalog.CertificateReplacement;

/**
 * What a revision of the certificate lists says, once it passed {@link CertificateRules}: trimmed, blank texts as
 * null, aliases split, the signer's role filled in. Two revisions that say the same thing have equal contents.
 */
record CertificateContent(CertificateListing listing, String nameZh, String nameEn, List<String> aliases,
                          String basisOrReason, String referTo, CertificateReplacement replacement,
                          String requiredEvidence, String factsChecked, boolean homeVisit, String template,
                          int validityDays, String signerRole, String source) {

    CertificateContent {
        aliases = List.copyOf(aliases);
    }
}
