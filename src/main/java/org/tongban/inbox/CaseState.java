package org.tongban.inbox;

/** Where a case stands. */
public enum CaseState {
    /** 办理中 */
    RUNNING,
    /** 已办结 */
    COMPLETED,
    /** 已终止 — cancelled by an administrator or an error. */
    TERMINATED
}
