package org.tongban.certificate;

/**
 * A step of a request the current user may take now.
 *
 * @param step the BPMN task id: {@code Task_FactCheck}, {@code Task_Approve}, {@code Task_Deliver} or
 *             {@code Task_ConfirmRevocation}
 */
public record OpenStep(String taskId, String step) {
}
