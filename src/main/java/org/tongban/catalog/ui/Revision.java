package org.tongban.catalog.ui;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * What the list screens show of one revision, whichever list it belongs to.
 *
 * @param retiredBy who retired the entry from this revision on; null unless retired
 */
record Revision(String code, int number, String name, LocalDate effectiveFrom, LocalDate effectiveTo, String changedBy,
                LocalDateTime changedAt, String reason, String retiredBy, LocalDateTime retiredAt,
                String retireReason) {

    /** A revision its entry was not retired from. */
    Revision(String code, int number, String name, LocalDate effectiveFrom, LocalDate effectiveTo, String changedBy,
             LocalDateTime changedAt, String reason) {
        this(code, number, name, effectiveFrom, effectiveTo, changedBy, changedAt, reason, null, null, null);
    }

    /** This revision as the one its entry was retired from. */
    Revision retired(String by, LocalDateTime at, String why) {
        return new Revision(code, number, name, effectiveFrom, effectiveTo, changedBy, changedAt, reason, by, at, why);
    }
}
