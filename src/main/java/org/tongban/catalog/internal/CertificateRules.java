package org.tongban.catalog.internal;

import static org.tongban.catalog.CertificateListAdministration.ALIASES_MAX;
import static org.tongban.catalog.CertificateListAdministration.ALIAS_MAX;
import static org.tongban.catalog.CertificateListAdministration.DEFAULT_SIGNER_ROLE;
import static org.tongban.catalog.CertificateListAdministration.NAME_MAX;
import static org.tongban.catalog.CertificateListAdministration.PLACEHOLDERS;
import static org.tongban.catalog.CertificateListAdministration.REASON_MAX;
import static org.tongban.catalog.CertificateListAdministration.REQUIRED_PLACEHOLDERS;
import static org.tongban.catalog.CertificateListAdministration.TEMPLATE_MAX;
import static org.tongban.catalog.CertificateListAdministration.TEXT_MAX;
import static org.tongban.catalog.CertificateListAdministration.VALIDITY_DAYS_MAX;

import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.tongban.catalog.CertificateListAdministration.CertificateDraft;
import org.tongban.catalog.CertificateListing;
import org.tongban.catalog.CertificateReplacement;

/**
 * The rules an entry of the certificate lists must meet, checked before anything is written. The first broken rule
 * is refused with its own {@code catalog.error.certificate.*} message. An entry carries only the fields of its own
 * listing: a certificate the community issues has its basis, evidence, fact check, template, validity and signer; a
 * refused one has the reason, who issues or verifies it instead, and what replaces it.
 */
final class CertificateRules {

    /** {@code CE-} and three digits: CE-001, CE-038. */
    private static final Pattern CODE = Pattern.compile("^CE-\\d{3}$");
    /** A placeholder as the certificate module fills it in: a name in braces. */
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{[^{}]*}");
    /** The aliases column; twenty aliases of twenty characters would not fit. */
    private static final int ALIASES_STORED_MAX = 300;
    static final ListEntryRules RULES = new ListEntryRules("catalog.error.certificate.", REASON_MAX);

    private CertificateRules() {
    }

    static String code(String code) {
        String cleaned = ServiceItemRules.clean(code);
        if (cleaned == null || !CODE.matcher(cleaned).matches()) {
            throw RULES.invalid("code-format");
        }
        return cleaned;
    }

    /** {@code communityRole}: whether a role code names a role staff can hold in a community, who could sign. */
    static CertificateContent check(CertificateDraft draft, Predicate<String> communityRole) {
        CertificateListing listing = draft.listing();
        if (listing == null) {
            throw RULES.invalid("listing-required");
        }
        String nameZh = RULES.line(draft.nameZh(), "name", NAME_MAX);
        if (nameZh == null) {
            throw RULES.invalid("name-required");
        }
        String nameEn = RULES.line(draft.nameEn(), "name-en", NAME_MAX);
        List<String> aliases = aliases(draft.aliases());
        ListingFields fields = listing == CertificateListing.ISSUED ? issued(draft, communityRole) : refused(draft);
        String source = RULES.text(draft.source(), "source", TEXT_MAX);
        return new CertificateContent(listing, nameZh, nameEn, aliases, fields.basisOrReason(), fields.referTo(),
                fields.replacement(), fields.requiredEvidence(), fields.factsChecked(), fields.homeVisit(),
                fields.template(), fields.validityDays(), fields.signerRole(), source);
    }

    /** Separated by commas, 、, semicolons or spaces; repeated names are kept once. */
    private static List<String> aliases(String text) {
        return RULES.words(text, "alias", "aliases", ALIAS_MAX, ALIASES_MAX, ALIASES_STORED_MAX);
    }

    private static ListingFields issued(CertificateDraft draft, Predicate<String> communityRole) {
        String basis = required(draft.basisOrReason(), "basis", TEXT_MAX);
        if (ServiceItemRules.clean(draft.referTo()) != null) {
            throw RULES.invalid("refer-to-only-refused");
        }
        if (draft.replacement() != null && draft.replacement() != CertificateReplacement.NONE) {
            throw RULES.invalid("replacement-only-refused", replacementName(draft.replacement()));
        }
        String evidence = required(draft.requiredEvidence(), "required-evidence", TEXT_MAX);
        String facts = required(draft.factsChecked(), "facts-checked", TEXT_MAX);
        String template = template(draft.template());
        Integer validityDays = draft.validityDays();
        if (validityDays == null) {
            throw RULES.invalid("validity-required");
        }
        if (validityDays < 0 || validityDays > VALIDITY_DAYS_MAX) {
            throw RULES.invalid("validity-range", VALIDITY_DAYS_MAX);
        }
        String signerRole = ServiceItemRules.clean(draft.signerRole());
        if (signerRole == null) {
            signerRole = DEFAULT_SIGNER_ROLE;
        } else if (!communityRole.test(signerRole)) {
            throw RULES.invalid("signer-role-unknown", signerRole, DEFAULT_SIGNER_ROLE);
        }
        return new ListingFields(basis, null, CertificateReplacement.NONE, evidence, facts, draft.homeVisit(), template,
                validityDays, signerRole);
    }

    private static ListingFields refused(CertificateDraft draft) {
        String reason = required(draft.basisOrReason(), "refusal-reason", TEXT_MAX);
        CertificateReplacement replacement = draft.replacement();
        if (replacement == null) {
            throw RULES.invalid("replacement-required");
        }
        String referTo = RULES.text(draft.referTo(), "refer-to", TEXT_MAX);
        if (referTo == null && replacement == CertificateReplacement.NONE) {
            throw RULES.invalid("refer-to-required");
        }
        requireBlank(draft.requiredEvidence(), "required-evidence");
        requireBlank(draft.factsChecked(), "facts-checked");
        requireBlank(draft.template(), "template");
        if (draft.homeVisit()) {
            throw RULES.invalid("home-visit-only-issued");
        }
        if (draft.validityDays() != null && draft.validityDays() != 0) {
            throw RULES.invalid("validity-only-issued");
        }
        requireBlank(draft.signerRole(), "signer-role");
        return new ListingFields(reason, referTo, replacement, null, null, false, null, 0, null);
    }

    /**
     * The statement the certificate module prints: it names the holder and what the community found, and uses no
     * placeholder the module cannot fill in (a typing mistake would be printed as it stands).
     */
    private static String template(String text) {
        String template = required(text, "template", TEMPLATE_MAX);
        Matcher placeholders = PLACEHOLDER.matcher(template);
        java.util.Set<String> seen = new java.util.HashSet<>();
        while (placeholders.find()) {
            if (!PLACEHOLDERS.contains(placeholders.group())) {
                throw RULES.invalid("template-placeholder-unknown", placeholders.group(),
                        String.join("、", PLACEHOLDERS));
            }
            // Once each: the filled statement must fit the certificate's column (findings alone may be 500 long).
            if (!seen.add(placeholders.group())) {
                throw RULES.invalid("template-placeholder-repeated", placeholders.group());
            }
        }
        String outside = PLACEHOLDER.matcher(template).replaceAll("");
        if (outside.indexOf('{') >= 0 || outside.indexOf('}') >= 0) {
            throw RULES.invalid("template-brace", REQUIRED_PLACEHOLDERS.get(0));
        }
        for (String placeholder : REQUIRED_PLACEHOLDERS) {
            if (!template.contains(placeholder)) {
                throw RULES.invalid("template-placeholder-missing", placeholder);
            }
        }
        return template;
    }

    private static String required(String value, String field, int max) {
        String cleaned = RULES.text(value, field, max);
        if (cleaned == null) {
            throw RULES.invalid(field + "-required");
        }
        return cleaned;
    }

    /** A field of issued certificates, which a refused one leaves blank. */
    private static void requireBlank(String value, String field) {
        if (ServiceItemRules.clean(value) != null) {
            throw RULES.invalid(field + "-only-issued");
        }
    }

    static MessageSourceResolvable listingName(CertificateListing listing) {
        return resolvable(listing.messageKey());
    }

    private static MessageSourceResolvable replacementName(CertificateReplacement replacement) {
        return resolvable(replacement.messageKey());
    }

    private static MessageSourceResolvable resolvable(String key) {
        return new DefaultMessageSourceResolvable(new String[] {key}, null, key);
    }

    /** What one listing says: an issued certificate's basis, evidence, …; a refused one's reason and referral. */
    private record ListingFields(String basisOrReason, String referTo, CertificateReplacement replacement,
                                 String requiredEvidence, String factsChecked, boolean homeVisit, String template,
                                 int validityDays, String signerRole) {
    }
}
