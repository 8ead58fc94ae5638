package org.tongban.onewindow;

import java.time.LocalDate;

/**
 * Filters of 办件查询; nulls and blanks mean "any". {@code text} matches a case number (whole or its start), an
 * applicant's ID number (whole) or an applicant's name (its start).
 */
public record CaseQuery(String text, String itemCode, CaseStatus status, LocalDate receivedFrom, LocalDate receivedTo,
                        boolean overdueOnly) {

    public static CaseQuery all() {
        return new CaseQuery(null, null, null, null, null, false);
    }
}
