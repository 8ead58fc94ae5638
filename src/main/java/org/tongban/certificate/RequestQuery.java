package org.tongban.certificate;

import java.time.LocalDate;
import java.util.Set;

/**
 * A search of the register. Blank or null parts do not restrict.
 *
 * @param text          a request or certificate number (or its start), an 18-character ID number, or a name's start
 * @param statuses      empty for all
 * @param receivedFrom  first day received, inclusive
 * @param receivedTo    last day received, inclusive
 * @param revokedOnly   only requests whose certificate was revoked
 */
public record RequestQuery(String text, String communityCode, String certificateCode,
                           Set<CertificateRequestStatus> statuses, LocalDate receivedFrom, LocalDate receivedTo,
                           boolean revokedOnly) {

    public RequestQuery {
        statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
    }

    public static RequestQuery all() {
        return new RequestQuery(null, null, null, Set.of(), null, null, false);
    }
}
