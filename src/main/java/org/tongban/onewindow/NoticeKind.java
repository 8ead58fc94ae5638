package org.tongban.onewindow;

/** Printable notices of a case. */
public enum NoticeKind {
    /** 受理回执 */
    RECEIPT,
    /** 补正材料一次性告知书 */
    CORRECTION,
    /** 不予受理决定书 */
    DECLINE,
    /** 办结通知书 */
    RESULT;

    public String messageKey() {
        return "onewindow.notice." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
