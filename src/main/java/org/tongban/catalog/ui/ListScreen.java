package org.tongban.catalog.ui;

/**
 * The prefixes one list's administration screens build their ids and message keys from, e.g. {@code work-item-grid},
 * {@code catalog.work-items.revise} and {@code catalog.error.work-item.reason-required}.
 */
record ListScreen(String idPrefix, String textPrefix, String errorPrefix) {

    static final ListScreen WORK_ITEMS = new ListScreen("work-item-", "catalog.work-items.",
            "catalog.error.work-item.");
    static final ListScreen CERTIFICATES = new ListScreen("certificate-", "catalog.certificates.",
            "catalog.error.certificate.");
    static final ListScreen EVALUATION_TEMPLATES = new ListScreen("evaluation-template-",
            "catalog.evaluation-templates.", "catalog.error.evaluation.");

    String id(String name) {
        return idPrefix + name;
    }

    String key(String name) {
        return textPrefix + name;
    }
}
