package org.tongban.certificate;

/** What the public verification page says of an issued certificate. */
public enum CertificateValidity {
    /** 有效 */
    VALID,
    /** 已撤销 — revoked, with the date. */
    REVOKED,
    /** 已过期 — past its validity period. */
    EXPIRED;

    public String messageKey() {
        return "certificate.validity." + name();
    }
}
