package org.tongban.purchasedservice.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.tongban.purchasedservice.ProviderKind;

/** A provider's profile once checked and cleaned: what the register stores, and compares to see a change. */
record ProviderProfileFacts(String name, ProviderKind kind, String creditCode, String legalRepresentative,
                            String contactPerson, String contactMobile, String address, LocalDate establishedOn,
                            String registrationAuthority, boolean partyOrganisation, String services) {

    /** For the audit trail: every field but the contact's mobile number, which stays out of the log. */
    String describe() {
        return "name=" + name + ", kind=" + kind + ", creditCode=" + creditCode + ", legalRepresentative="
                + legalRepresentative + ", contact=" + contactPerson + ", established=" + establishedOn
                + ", authority=" + registrationAuthority + ", partyOrganisation=" + partyOrganisation;
    }

    /**
     * What changed since {@code before}, for the audit trail, e.g. "contact: 杨光 → 李明; mobile; services": the
     * mobile number, address and services are named, not copied.
     */
    String describeChanges(ProviderProfileFacts before) {
        List<String> changes = new ArrayList<>();
        change(changes, "name", before.name, name);
        change(changes, "kind", before.kind, kind);
        change(changes, "creditCode", before.creditCode, creditCode);
        change(changes, "legalRepresentative", before.legalRepresentative, legalRepresentative);
        change(changes, "contact", before.contactPerson, contactPerson);
        change(changes, "established", before.establishedOn, establishedOn);
        change(changes, "authority", before.registrationAuthority, registrationAuthority);
        change(changes, "partyOrganisation", before.partyOrganisation, partyOrganisation);
        for (String[] named : new String[][] {{"mobile", before.contactMobile, contactMobile},
                {"address", before.address, address}, {"services", before.services, services}}) {
            if (!Objects.equals(named[1], named[2])) {
                changes.add(named[0]);
            }
        }
        return String.join("; ", changes);
    }

    private static void change(List<String> changes, String field, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            changes.add(field + ": " + before + " → " + after);
        }
    }
}
