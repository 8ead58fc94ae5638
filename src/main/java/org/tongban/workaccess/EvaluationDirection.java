package org.tongban.workaccess;

/**
 * Who rates whom in the two-way evaluation (双向评价). Each direction has its own three criteria, scored 1–5; the
 * bundle names them {@code workaccess.evaluation.criterion.<DIRECTION>.1} to {@code .3}, each with a {@code .hint}.
 */
public enum EvaluationDirection {
    /** 社区评部门: 经费到位, 工作负担 (higher = lighter), 要求清晰. */
    COMMUNITY_RATES_DEPARTMENT,
    /** 部门评社区: 按时完成, 完成质量, 配合程度. */
    DEPARTMENT_RATES_COMMUNITY;

    public String messageKey() {
        return "workaccess.evaluation.direction." + name();
    }

    /** The bundle key of criterion {@code number} (1, 2 or 3). */
    public String criterionKey(int number) {
        if (number < 1 || number > 3) {
            throw new IllegalArgumentException("criterion " + number);
        }
        return "workaccess.evaluation.criterion." + name() + "." + number;
    }
}
