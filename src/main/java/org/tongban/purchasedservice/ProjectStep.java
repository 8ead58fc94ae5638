package org.tongban.purchasedservice;

/**
 * A step of a project the current user may take now.
 *
 * @param step the BPMN task id: {@code Task_BudgetReview}, {@code Task_Revise} or {@code Task_Publish}
 */
public record ProjectStep(String taskId, String step) {
}
