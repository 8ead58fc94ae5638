package org.tongban.workaccess;

/** Where an access request stands. */
public enum RequestStatus {
    /** 民政审查中 */
    IN_REVIEW(false),
    /** 县级审定中 */
    COUNTY_APPROVAL(false),
    /** 退回修改 */
    RETURNED(false),
    /** 已准入 */
    ADMITTED(true),
    /** 不予准入 */
    REFUSED(true),
    /** 已撤回 */
    WITHDRAWN(true),
    /** 建议改为政府购买服务 */
    PURCHASE_PROPOSED(true),
    /** 准入已撤销 */
    REVOKED(true);

    private final boolean decided;

    RequestStatus(boolean decided) {
        this.decided = decided;
    }

    /** True once the request has left the review. */
    public boolean decided() {
        return decided;
    }

    public String messageKey() {
        return "workaccess.status." + name();
    }
}
