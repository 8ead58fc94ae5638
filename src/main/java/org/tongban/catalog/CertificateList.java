package org.tongban.catalog;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * 证明事项清单 and 不予出具清单 — what a community may issue, and what it does not issue with who does instead, as in
 * force on a given day. Certificate issuance decides against it; the lists are data a county edits, never code.
 */
public interface CertificateList {

    /** The revision of the entry in force on {@code day}; empty when the code is unknown or not in force that day. */
    Optional<CertificateType> find(String code, LocalDate day);

    /** Every entry in force on {@code day}: the issued list, then the refused list, each by code. */
    List<CertificateType> inForce(LocalDate day);

    /**
     * Entries in force on {@code day} whose Chinese name contains {@code words} or whose name contains one of its
     * words, e.g. "开个亲属关系证明" finds CE-001 — so a counter can look up what a resident asks for by its name.
     */
    List<CertificateType> lookUp(String words, LocalDate day);

    /** Every revision of one entry, oldest first; empty for an unknown code. */
    List<CertificateType> history(String code);

    /** One revision of an entry, e.g. the one a request was checked against; empty when there is no such revision. */
    default Optional<CertificateType> revision(String code, Integer revision) {
        return revision == null ? Optional.empty()
                : history(code).stream().filter(found -> found.revision() == revision).findFirst();
    }
}
