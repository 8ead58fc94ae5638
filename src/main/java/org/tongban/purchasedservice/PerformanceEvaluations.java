package org.tongban.purchasedservice;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * 绩效评价 and 结项: evaluators score the contract's indicator template (level-3 indicators, each within its weight,
 * with evidence); the average total gives the grade and the share of the final payment (EvaluationGrade.dmn); the
 * provider confirms or objects once; the grade settles the final payment and joins the provider's record; the
 * manager closes the project. Also the six-monthly public reviews of public-commitment projects.
 */
public interface PerformanceEvaluations {

    /** 指定评价人: one or more evaluators (评估员). */
    void assignEvaluators(String taskId, List<String> evaluators);

    /** The evaluator's sheet: the template's indicators and any points already saved. */
    EvaluationSheet sheet(String taskId);

    /** Saves points without submitting. */
    void save(String taskId, List<IndicatorPoints> points, String comment);

    /** Saves and submits: every level-3 indicator needs points. */
    void submit(String taskId, List<IndicatorPoints> points, String comment);

    /** The provider confirms the grade, or objects once with the grounds. */
    void review(String taskId, boolean confirm, String objection);

    /**
     * 答复评价异议: upheld with the total after the re-check (graded again by the table), or dismissed.
     *
     * @param revisedScore as typed, 0 to 100; only when upheld
     */
    void answerObjection(String taskId, boolean upheld, String revisedScore, String answer);

    /** 结项归档 with the closing summary. */
    void close(String taskId, String summary);

    /** 公开评议 of a public-commitment project. */
    void recordPublicReview(String taskId, PublicReviewDraft draft);

    /** The evaluation of a project for whoever may read it (the provider its own). */
    EvaluationDetail evaluation(long projectId);

    /** The evaluation report as a PDF (Chinese), once graded. */
    byte[] report(long projectId);

    /** A provider's grades, newest first: its record for future selection. */
    List<ProviderGrade> gradesOf(String providerCode);

    record IndicatorPoints(String indicatorCode, BigDecimal points, String evidence) {
    }

    record EvaluationSheet(long projectId, String projectNumber, String title, String providerName,
                           String templateCode, int templateRevision, String templateName,
                           List<org.tongban.catalog.Indicator> indicators, List<IndicatorPoints> saved, String comment,
                           boolean submitted) {
    }

    record PublicReviewDraft(LocalDate heldOn, String participants, String opinions, String response) {
    }

    /**
     * @param averages  each level-3 indicator's average points, by code
     * @param finalPaymentShare the percent of the final milestone released
     */
    record EvaluationDetail(String templateCode, int templateRevision, List<EvaluatorEntry> evaluators,
                            java.util.Map<String, BigDecimal> averages, BigDecimal score, EvaluationGrade grade,
                            String gradeRule, Integer finalPaymentShare, LocalDateTime gradedAt,
                            String providerObjection, Boolean objectionUpheld, String objectionAnswer,
                            LocalDateTime closedAt, String closingSummary, List<PublicReviewEntry> publicReviews) {
    }

    record EvaluatorEntry(String username, String name, BigDecimal total, String comment, LocalDateTime submittedAt) {
    }

    record PublicReviewEntry(LocalDate heldOn, String participants, String opinions, String response) {
    }

    record ProviderGrade(String projectNumber, String title, String departmentName, BigDecimal score,
                         EvaluationGrade grade, LocalDateTime gradedAt) {
    }
}
