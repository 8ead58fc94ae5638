package org.tongban.onewindow;

/** How a required material was provided at intake: uploaded file, original seen at the counter, or not yet. */
public enum Provision {
    FILE, ORIGINAL_SEEN, MISSING;

    public String messageKey() {
        return "onewindow.provision." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
