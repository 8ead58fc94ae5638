package org.tongban.catalog;

/** How a resident reaches the service: 窗口, 网上, 代办, 上门. */
public enum Channel {
    COUNTER, ONLINE, ON_BEHALF, HOME_VISIT;

    /** The message key of its Chinese/English name. */
    public String messageKey() {
        return "catalog.channel." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
