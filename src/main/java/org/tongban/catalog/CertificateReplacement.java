package org.tongban.catalog;

/** What stands in for a refused certificate (无证明办事): the resident's written commitment, data sharing, or nothing. */
public enum CertificateReplacement {
    /** 告知承诺 — the resident signs a written commitment instead. */
    COMMITMENT,
    /** 数据共享 — the deciding body checks the fact in shared data or with the body that holds it. */
    DATA_SHARING,
    /** Nothing replaces it: the resident goes to the body named in {@code referTo}. */
    NONE;

    public String messageKey() {
        return "catalog.certificate.replacement." + name();
    }
}
