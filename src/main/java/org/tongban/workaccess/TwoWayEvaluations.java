package org.tongban.workaccess;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * 双向评价 — once the end date of an admitted (or later revoked) decision has passed, every community that received
 * work dispatched under it rates the department, and the department's handlers or reviewers rate each such
 * community. One evaluation per request, community and direction, never edited. Refusals are
 * {@link org.tongban.base.BusinessException}s with {@code workaccess.evaluation.error.*} keys.
 */
public interface TwoWayEvaluations {

    /** Evaluations the signed-in user's communities and departments still owe, oldest end date first. */
    List<PendingEvaluation> pendingForMe();

    /**
     * Rates once. Scores are 1–5 ({@link EvaluationDirection} names the criteria); the comment is optional, at most
     * 500 characters. Community staff rate the department, the department's handlers or reviewers the community.
     */
    void rate(long requestId, String communityCode, EvaluationDirection direction, int scoreOne, int scoreTwo,
              int scoreThree, String comment);

    /** The evaluations of one request, for its page: the same scope as the request itself. */
    List<EvaluationEntry> of(long requestId);

    /** What the signed-in user's communities and departments have rated, newest first. */
    List<EvaluationEntry> submittedByMyUnits();

    /** An evaluation owed: who rates ({@code direction}) whom, under which decision. */
    record PendingEvaluation(long requestId, String requestNumber, String decisionNumber, String title,
                             String departmentCode, String departmentName, String communityCode,
                             String communityName, EvaluationDirection direction, LocalDate startOn,
                             LocalDate endOn) {
    }

    /** A submitted evaluation; {@code ratedBy} is the rater's display name. */
    record EvaluationEntry(long requestId, String decisionNumber, String title, String departmentName,
                           String communityCode, String communityName, EvaluationDirection direction,
                           int scoreOne, int scoreTwo, int scoreThree, String comment, String ratedBy,
                           LocalDateTime ratedAt) {
    }
}
