package org.tongban.purchasedservice;

import java.time.LocalDateTime;

/**
 * Work that civil affairs proposed buying from the communities instead (向基层群众性自治组织购买服务), waiting for
 * a project of the department.
 *
 * @param projectNumber the project started from it, or null while none is
 */
public record ProposalEntry(long id, String requestNumber, String departmentCode, String title, String content,
                            String note, LocalDateTime receivedAt, String projectNumber) {
}
