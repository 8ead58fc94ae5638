package org.tongban.workaccess;

/**
 * The civil-affairs reviewer proposed buying the service from the community instead of admitting the work
 * (向基层群众性自治组织购买服务). A purchased-service module can start a project proposal from it.
 */
public record PurchaseProposed(String requestNumber, String departmentCode, String title, String content,
                               String note) {
}
