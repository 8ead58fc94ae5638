package org.tongban.workaccess;

/** Why the gate refused a dispatch; each reason has its Chinese explanation in the bundle. */
public enum DispatchRefusal {
    /** 未注明准入决定，或所注编号既不是准入决定也不是准入申请 */
    NO_DECISION,
    /** 该申请未获准入（审查中、不予准入、已撤回或建议购买服务） */
    NOT_ADMITTED,
    /** 准入决定已撤销 */
    REVOKED,
    /** 准入决定已过期 */
    EXPIRED,
    /** 社区不在准入范围内，或办理期限超出准入期限 */
    OUT_OF_SCOPE,
    /** 派单部门不是准入决定的申请部门 */
    NOT_OWNER,
    /** 流程声明的清单事项不存在、未生效或属于负面清单 */
    NOT_LISTED;

    public String messageKey() {
        return "workaccess.refusal." + name();
    }
}
