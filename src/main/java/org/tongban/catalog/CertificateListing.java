package org.tongban.catalog;

/** Which of the county's two certificate lists an entry is on. */
public enum CertificateListing {
    /** 证明事项清单 — a certificate the community may issue, with its legal basis. */
    ISSUED,
    /** 不予出具清单 — a certificate the community does not issue (民发〔2020〕20号 and local additions). */
    REFUSED;

    public String messageKey() {
        return "catalog.certificate.listing." + name();
    }
}
