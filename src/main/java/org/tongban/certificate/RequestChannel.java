package org.tongban.certificate;

/** Where a request was made. */
public enum RequestChannel {
    /** 窗口 — at the community's counter, entered by front-desk staff. */
    COUNTER,
    /** 网上 — by the resident on the online page, without an account. */
    ONLINE;

    public String messageKey() {
        return "certificate.channel." + name();
    }
}
