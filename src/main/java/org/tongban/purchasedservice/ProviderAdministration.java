package org.tongban.purchasedservice;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.tongban.identity.OrgUnitSummary;

/**
 * 承接主体库 — the register of providers (承接主体) with their qualifications and blacklist. Administrators and project
 * managers (项目经理) keep every provider: register, edit, take out of use, qualifications, blacklist. A provider's own
 * contact (role {@code provider}) sees and edits its profile and qualifications, and nothing of another provider nor
 * the blacklist (the profile it reads has no {@link ServiceProvider#blacklistedUntil()}): such a request is refused
 * and recorded in the audit trail. Anyone else is refused by method security.
 *
 * <p>Nothing is deleted: a removed qualification and a lifted blacklist entry stay with who did it, when and why.
 * Every change is written to the audit trail; a refused change writes nothing. Refusals are
 * {@link org.tongban.base.BusinessException}s with a {@code purchasedservice.provider.error.*} message key (or, for a
 * scan, one of the shared {@code error.file-*} keys).
 */
public interface ProviderAdministration {

    int NAME_MAX = 100;
    int PERSON_MAX = 40;
    int ADDRESS_MAX = 200;
    int AUTHORITY_MAX = 100;
    int SERVICES_MAX = 2000;
    int QUALIFICATION_NAME_MAX = 100;
    int QUALIFICATION_NUMBER_MAX = 60;
    int REASON_MAX = 300;
    /** A qualification's scan: PDF, JPG or PNG by its content, at most 10 MB. */
    int SCAN_MAX_MEGABYTES = 10;
    long SCAN_MAX_BYTES = SCAN_MAX_MEGABYTES * 1024L * 1024L;

    /** Providers matching the query, by code: for administrators and project managers. */
    List<ServiceProvider> list(ProviderQuery query, long offset, int limit);

    long count(ProviderQuery query);

    /** A provider with its qualifications (removed ones too), for a manager or the provider's own contact. */
    ProviderProfile profile(String code);

    /** The signed-in provider contact's own provider; refused when its unit is not on the register yet. */
    ProviderProfile mine();

    /** The units a provider may be registered on: active provider units and communities not on the register yet. */
    List<OrgUnitSummary> registrableUnits();

    /**
     * Registers the provider of unit {@code unitCode}: a unit of kind PROVIDER, or a community's unit for its
     * committee (kind {@link ProviderKind#COMMUNITY_COMMITTEE}, which no other unit may have). It starts active.
     */
    ServiceProvider register(String unitCode, ProviderDraft draft);

    /** Replaces the profile, under the same rules as {@link #register}; the unit stays. */
    ServiceProvider edit(String code, ProviderDraft draft, long expectedVersion);

    /** Takes the provider out of use: it may no longer bid or be awarded a project. Its records stay. */
    ServiceProvider deactivate(String code, String reason, long expectedVersion);

    ServiceProvider reactivate(String code, long expectedVersion);

    /** Adds a qualification with its scan; one that has already run out is refused. */
    Qualification addQualification(String code, QualificationDraft draft);

    /** Takes a qualification off the register (e.g. replaced by a renewed one); the entry and its scan stay. */
    Qualification removeQualification(String code, long qualificationId, String reason);

    /** A qualification's scan, to download, for whoever may see the provider. */
    Scan scan(String code, long qualificationId);

    /** Every blacklist entry of the provider, newest first: for managers only. */
    List<Blacklisting> blacklistOf(String code);

    /**
     * Blacklists the provider from {@code from} to {@code until} (inclusive) for {@code reason}: it may not bid or be
     * awarded a project on those days. Refused when the term overlaps an entry not lifted, or ended before today.
     */
    Blacklisting blacklist(String code, BlacklistDraft draft);

    /** Lifts an entry early, with the reason: from today on it no longer counts. Refused once the term is over. */
    Blacklisting lift(String code, long blacklistingId, String reason);

    /**
     * A provider's profile as entered; {@code partyOrganisation} must be answered (true: 党组织健全), the rest is
     * checked as {@link #register} says.
     */
    record ProviderDraft(String name, ProviderKind kind, String creditCode, String legalRepresentative,
                         String contactPerson, String contactMobile, String address, LocalDate establishedOn,
                         String registrationAuthority, Boolean partyOrganisation, String services)
            implements Serializable {

        public static ProviderDraft of(ServiceProvider provider) {
            return new ProviderDraft(provider.name(), provider.kind(), provider.creditCode(),
                    provider.legalRepresentative(), provider.contactPerson(), provider.contactMobile(),
                    provider.address(), provider.establishedOn(), provider.registrationAuthority(),
                    provider.partyOrganisation(), provider.services());
        }
    }

    /**
     * A qualification to add: e.g. 民办非企业单位登记证书, its number and issuer, the last day it is valid (null when
     * it does not expire), and the scan as uploaded ({@code fileName} is shown, never trusted).
     */
    record QualificationDraft(String name, String number, String issuer, LocalDate validUntil, String fileName,
                              byte[] scan) {
    }

    /** A blacklist term: why, and its first and last day. */
    record BlacklistDraft(String reason, LocalDate from, LocalDate until) {
    }

    /** A provider with its qualifications, oldest first. */
    record ProviderProfile(ServiceProvider provider, List<Qualification> qualifications) implements Serializable {

        public ProviderProfile {
            qualifications = List.copyOf(qualifications);
        }

        public List<Qualification> current() {
            return qualifications.stream().filter(Qualification::current).toList();
        }
    }

    /** A qualification on the register, and once removed, who removed it, when and why. */
    record Qualification(long id, String name, String number, String issuer, LocalDate validUntil, String fileName,
                         String contentType, long sizeBytes, String addedBy, LocalDateTime addedAt, String removedBy,
                         LocalDateTime removedAt, String removeReason) implements Serializable {

        /** Still on the register. */
        public boolean current() {
            return removedAt == null;
        }

        /** Ran out before {@code day}. */
        public boolean expiredOn(LocalDate day) {
            return validUntil != null && validUntil.isBefore(day);
        }
    }

    /** A blacklist entry: the term and its reason, who entered it, and once lifted, who lifted it, when and why. */
    record Blacklisting(long id, String reason, LocalDate from, LocalDate until, String enteredBy,
                        LocalDateTime enteredAt, String liftedBy, LocalDateTime liftedAt, String liftReason)
            implements Serializable {

        /** Whether it bars the provider on {@code day}: within the term, and not lifted on or before that day. */
        public boolean inForceOn(LocalDate day) {
            return !day.isBefore(from) && !day.isAfter(until)
                    && (liftedAt == null || day.isBefore(liftedAt.toLocalDate()));
        }

        public boolean lifted() {
            return liftedAt != null;
        }
    }

    /** A stored scan as it was uploaded; its type was read from the content. */
    record Scan(String fileName, String contentType, byte[] content) {
    }
}
