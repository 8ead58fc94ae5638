package org.tongban.onewindow;

/** What the department handler decides: 准予, 不予 (with reason), 退回补正 (items), 分办有误 (reason). */
public enum HandlingDecision {
    APPROVE, REJECT, RETURN_FOR_MATERIAL, MISROUTED;

    public String messageKey() {
        return "onewindow.handling." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
