package org.tongban.onewindow;

import java.util.Locale;

/** Where a case stands, as the resident is told. */
public enum CaseStatus {
    /** 已收件，待受理审查 */
    RECEIVED,
    /** 待补正 (before acceptance) */
    CORRECTION,
    /** 不予受理 */
    DECLINED,
    /** 逾期未补正，终止 */
    CLOSED_UNCORRECTED,
    /** 已受理，部门办理中 */
    ACCEPTED,
    /** 办理中补正 (returned by the department; the clock stops) */
    SUPPLEMENT,
    /** 公示中 / 现场核查 (the clock stops for the item's publicity or site-visit period) */
    PUBLICITY,
    /** 已办结，待送达 */
    CONCLUDED,
    /** 已送达，待评价 */
    DELIVERED,
    /** 已评价，结案 */
    CLOSED;

    public String messageKey() {
        return "onewindow.status." + name().toLowerCase(Locale.ROOT);
    }

    /** The working-day clock runs (for due dates and overdue checks). */
    public boolean clockRuns() {
        return this == ACCEPTED;
    }

    /** The applicant may hand in materials now. */
    public boolean awaitsMaterials() {
        return this == CORRECTION || this == SUPPLEMENT;
    }
}
