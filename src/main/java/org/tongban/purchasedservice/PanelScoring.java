package org.tongban.purchasedservice;

import java.math.BigDecimal;
import java.util.List;

/**
 * The evaluator's side (评审小组成员): the conflict-of-interest declaration (回避声明) first, then points per bid and
 * criterion. Only the member the task is assigned to may act; a member who declared a conflict, or has not
 * declared, cannot score.
 */
public interface PanelScoring {

    /** What the member scores: the project, the criteria, the bids and any points already saved. */
    ScoringSheet sheet(String taskId);

    /** 回避声明. A conflict ends the member's task at once (recused); none lets the member score. */
    void declare(String taskId, boolean conflict, String note);

    /** Saves points without submitting, so a long sheet is not lost. */
    void save(String taskId, List<Points> points);

    /** Saves and submits: every bid needs points on every criterion. */
    void submit(String taskId, List<Points> points);

    /** Points for one bid on one criterion (0 to its weight, at most one decimal). */
    record Points(long bidId, int criterion, BigDecimal points) {
    }

    /**
     * @param declared null until declared, otherwise whether a conflict was declared
     */
    record ScoringSheet(long projectId, String projectNumber, String title, int round, Boolean declared,
                        List<NoticeDraft.Criterion> criteria, List<ProviderSelection.BidEntry> bids,
                        List<Points> saved) {
    }
}
