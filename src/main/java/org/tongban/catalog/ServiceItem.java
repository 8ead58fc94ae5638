package org.tongban.catalog;

import java.util.List;
import java.util.Set;

/**
 * One catalogued service item (服务事项).
 *
 * @param code               e.g. {@code SI-004}
 * @param name               Chinese name, e.g. 最低生活保障申请
 * @param departmentCode     code of the responsible department's org unit, e.g. {@code DP-MZ}
 * @param legalDays          statutory limit in working days, null where the law names none
 * @param promisedDays       promised limit in working days (承诺时限); 0 = same day (即办)
 * @param materials          required materials in display order
 * @param channels           channels through which it may be applied for
 * @param countersignDepartments departments that must also sign (会签); empty when none
 * @param twoLevelReview     handler then reviewer (true), or handler alone
 * @param siteVisitDays      working days of a site visit / publicity period during which the clock stops; 0 = none
 * @param legalBasis         the legal basis shown on notices
 * @param active             offered to new applications
 */
public record ServiceItem(String code, String name, String departmentCode, Integer legalDays, int promisedDays,
                          List<Material> materials, Set<Channel> channels, List<String> countersignDepartments,
                          boolean twoLevelReview, int siteVisitDays, String legalBasis, boolean active) {

    public boolean needsCountersign() {
        return !countersignDepartments.isEmpty();
    }

    /**
     * A required material (申请材料).
     *
     * @param code      stable within the item, e.g. {@code M1}
     * @param name      e.g. 居民身份证或户口簿
     * @param form      original, copy, or both
     * @param copies    number of copies (份数)
     * @param mandatory required for acceptance
     * @param notes     guidance, e.g. 可数据共享的免交
     */
    public record Material(String code, String name, MaterialForm form, int copies, boolean mandatory, String notes) {
    }

    /** 原件 / 复印件 / 原件及复印件. */
    public enum MaterialForm {
        ORIGINAL, COPY, ORIGINAL_AND_COPY;

        public String messageKey() {
            return "catalog.material-form." + name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
