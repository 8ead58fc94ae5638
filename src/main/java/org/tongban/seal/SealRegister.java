package org.tongban.seal;

/**
 * 印章使用范围清单 and 用印登记 — each seal's allowed uses, and a log of every use. A seal is applied only through
 * {@link #use}: to a numbered document, for a use on the seal's scope list. There is no way to obtain a seal image
 * for anything else, so no blank sealed paper can come out of the platform (no "万能章").
 */
public interface SealRegister {

    /**
     * Applies the active seal of unit {@code ownerUnitCode} that covers {@code useCode} (e.g. {@code certificate:CE-031})
     * to the document {@code documentReference} (e.g. a certificate number), and logs the use by {@code usedBy} (a
     * login) in the caller's transaction: if the caller rolls back, the log entry goes too.
     *
     * @throws org.tongban.base.BusinessException forbidden ({@code seal.error.no-seal-for-use}, with the unit's name and
     *         the use) when the unit has no active seal whose scope covers the use; invalid when the document reference
     *         is blank; conflict when the same document was already sealed for that use
     */
    SealImpression use(String ownerUnitCode, String useCode, String documentReference, String usedBy);

    /** Whether {@link #use} would find a seal: lets a screen warn before anyone works on a request it cannot seal. */
    boolean covers(String ownerUnitCode, String useCode);

    /** The use code of a certificate type, e.g. {@code certificate:CE-031}. */
    static String certificateUse(String certificateCode) {
        return "certificate:" + certificateCode;
    }
}
