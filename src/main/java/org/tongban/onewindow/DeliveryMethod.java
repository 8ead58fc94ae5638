package org.tongban.onewindow;

/** 送达方式: 窗口领取, 邮寄 (with a tracking number), 网上下载. */
public enum DeliveryMethod {
    PICKUP, POST, ONLINE;

    public String messageKey() {
        return "onewindow.delivery." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
