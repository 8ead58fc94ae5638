package org.tongban.purchasedservice.internal;

import java.time.LocalDate;

import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.tongban.base.BusinessException;
import org.tongban.base.ResidentIdentifiers;
import org.tongban.purchasedservice.ProviderAdministration;
import org.tongban.purchasedservice.ProviderAdministration.BlacklistDraft;
import org.tongban.purchasedservice.ProviderAdministration.ProviderDraft;
import org.tongban.purchasedservice.ProviderKind;

/**
 * What a provider's profile, a qualification and a blacklist term must meet, checked before anything is written.
 * The first broken rule is refused with its {@code purchasedservice.provider.error.<field>-*} message, so a screen
 * can show it next to the field.
 */
final class ProviderRules {

    static final String ERROR = "purchasedservice.provider.error.";

    private ProviderRules() {
    }

    /** Trims, and turns blank into null. */
    static String clean(String value) {
        if (value == null) {
            return null;
        }
        String trimmed = value.strip();
        return trimmed.isEmpty() ? null : trimmed;
    }

    /** The profile, cleaned: credit code in capitals without spaces, the mobile number without spaces. */
    static ProviderProfileFacts profile(ProviderDraft draft, LocalDate today) {
        String name = line(draft.name(), "name", ProviderAdministration.NAME_MAX);
        if (draft.kind() == null) {
            throw BusinessException.invalid(ERROR + "kind-required");
        }
        String creditCode = creditCode(draft.creditCode());
        String legalRepresentative = line(draft.legalRepresentative(), "legal-representative",
                ProviderAdministration.PERSON_MAX);
        String contactPerson = line(draft.contactPerson(), "contact-person", ProviderAdministration.PERSON_MAX);
        String mobile = mobile(draft.contactMobile());
        String address = line(draft.address(), "address", ProviderAdministration.ADDRESS_MAX);
        if (draft.establishedOn() == null) {
            throw BusinessException.invalid(ERROR + "established-on-required");
        }
        if (draft.establishedOn().isAfter(today)) {
            throw BusinessException.invalid(ERROR + "established-on-future", draft.establishedOn().toString());
        }
        String authority = line(draft.registrationAuthority(), "registration-authority",
                ProviderAdministration.AUTHORITY_MAX);
        if (draft.partyOrganisation() == null) {
            throw BusinessException.invalid(ERROR + "party-organisation-required");
        }
        String services = text(draft.services(), "services", ProviderAdministration.SERVICES_MAX);
        return new ProviderProfileFacts(name, draft.kind(), creditCode, legalRepresentative, contactPerson, mobile,
                address, draft.establishedOn(), authority, draft.partyOrganisation(), services);
    }

    /** A committee is registered on its community, and a community only as its committee. */
    static void kindFitsUnit(ProviderKind kind, boolean communityUnit, String unitName) {
        if (communityUnit && kind != ProviderKind.COMMUNITY_COMMITTEE) {
            throw BusinessException.invalid(ERROR + "kind-community", unitName);
        }
        if (!communityUnit && kind == ProviderKind.COMMUNITY_COMMITTEE) {
            throw BusinessException.invalid(ERROR + "kind-committee", unitName);
        }
    }

    static String creditCode(String value) {
        String code = ResidentIdentifiers.normalise(clean(value));
        if (code == null) {
            throw BusinessException.invalid(ERROR + "credit-code-required");
        }
        if (!ResidentIdentifiers.isValidCreditCode(code)) {
            throw BusinessException.invalid(ERROR + "credit-code-invalid", code);
        }
        return code;
    }

    static String mobile(String value) {
        String mobile = clean(value) == null ? null : value.replace(" ", "").strip();
        if (mobile == null) {
            throw BusinessException.invalid(ERROR + "contact-mobile-required");
        }
        if (!ResidentIdentifiers.isValidMobile(mobile)) {
            throw BusinessException.invalid(ERROR + "contact-mobile-invalid");
        }
        return mobile;
    }

    static String reason(String value) {
        return text(value, "reason", ProviderAdministration.REASON_MAX);
    }

    /** A term that bars some day from today on: both days given, in order, not over before today. */
    static void term(BlacklistDraft draft, LocalDate today) {
        if (draft.from() == null) {
            throw BusinessException.invalid(ERROR + "from-required");
        }
        if (draft.until() == null) {
            throw BusinessException.invalid(ERROR + "until-required");
        }
        if (draft.until().isBefore(draft.from())) {
            throw BusinessException.invalid(ERROR + "until-before-from");
        }
        if (draft.until().isBefore(today)) {
            throw BusinessException.invalid(ERROR + "until-past", draft.until().toString());
        }
    }

    /** One line of at most {@code max} characters, required: its refusals name the field. */
    static String line(String value, String field, int max) {
        String line = text(value, field, max);
        if (line.codePoints().anyMatch(Character::isISOControl)) {
            throw BusinessException.invalid(ERROR + "control-characters", label(field));
        }
        return line;
    }

    /** Text of at most {@code max} characters, required; line breaks are fine. */
    static String text(String value, String field, int max) {
        String text = clean(value);
        if (text == null) {
            throw BusinessException.invalid(ERROR + field + "-required");
        }
        if (text.codePointCount(0, text.length()) > max) {
            throw BusinessException.invalid(ERROR + field + "-too-long", max);
        }
        return text;
    }

    /** A field's name as a message argument, in the reader's language. */
    static DefaultMessageSourceResolvable label(String field) {
        return new DefaultMessageSourceResolvable(new String[] {"purchasedservice.provider.field." + field}, field);
    }
}
