package org.tongban.workaccess.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The policy numbers of work-item access (RULES.md marks them tunable); defaults live in application.yml.
 *
 * @param leadWorkingDays   a request is made at least this many working days before the work starts, unless urgent
 * @param reviewWorkingDays the review is decided within this many working days of (re)submission
 * @param warningDays       the reviewer is reminded this many working days before the review is due
 * @param reviewDepartment  the department whose civil-affairs reviewers review requests (民政)
 * @param countyCode        the county whose approvers approve out-of-list work, and the county part of numbers
 * @param maxUploadBytes    largest accepted attachment
 */
@ConfigurationProperties("tongban.workaccess")
record WorkAccessSettings(int leadWorkingDays, int reviewWorkingDays, int warningDays, String reviewDepartment,
                          String countyCode, long maxUploadBytes) {
}
