package org.tongban.onewindow.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The policy numbers of one-window acceptance (RULES.md marks them tunable), all in working days except the upload
 * limit. Defaults live in application.yml.
 *
 * @param acceptanceReviewDays 行政许可法 §32: decide acceptance or send the correction notice within this many days of
 *                             receipt, or the case counts as accepted from its receipt date
 * @param correctionWaitDays   how long a case waits for corrected materials before it is closed as not corrected
 * @param warningDays          the department is warned this many working days before the due date
 * @param ratingWindowDays     how long after delivery the applicant may rate
 * @param rectificationDays    deadline for rectifying after a founded bad rating
 * @param maxUploadBytes       largest accepted material file
 * @param countyCode           the county part of case numbers, e.g. {@code YX} in {@code SQ-YX-20261125-0001}
 */
@ConfigurationProperties("tongban.onewindow")
record OneWindowSettings(int acceptanceReviewDays, int correctionWaitDays, int warningDays, int ratingWindowDays,
                         int rectificationDays, long maxUploadBytes, String countyCode) {
}
