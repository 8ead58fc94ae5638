package org.tongban.workaccess;

/** What the civil-affairs reviewer (民政审查) decides. */
public enum ReviewDecision {
    /** The work is on the list after all: the reviewer names the entry and the list decides (duty, assisting, negative). */
    CLASSIFY_LISTED,
    /** Out of the list but needed: support it for the county's approval (县级审定). */
    SUPPORT,
    /** 不予准入, with the reason. */
    REFUSE,
    /** 退回修改, with what to change. */
    RETURN,
    /** 建议改为向社区购买服务 (政府购买服务). */
    PURCHASE
}
