package org.tongban.certificate;

/** How an issued certificate reaches the resident. */
public enum DeliveryMethod {
    /** 窗口领取 — printed and handed over at the counter. */
    PICKUP,
    /** 网上送达 — the resident downloads it with the request number and query code. */
    ONLINE;

    public String messageKey() {
        return "certificate.delivery." + name();
    }
}
