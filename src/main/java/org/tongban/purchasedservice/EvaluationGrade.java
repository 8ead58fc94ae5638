package org.tongban.purchasedservice;

/** 绩效评价等级, from the bands of EvaluationGrade.dmn (优 ≥90, 良 80–89, 中 60–79, 差 <60 by default). */
public enum EvaluationGrade {
    /** 优 */
    EXCELLENT,
    /** 良 */
    GOOD,
    /** 中 */
    FAIR,
    /** 差 */
    POOR;

    public String messageKey() {
        return "purchasedservice.grade." + name();
    }
}
