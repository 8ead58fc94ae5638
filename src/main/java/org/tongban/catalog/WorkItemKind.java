package org.tongban.catalog;

/** The three parts of the county's community work-item list (村(社区)工作事项清单). */
public enum WorkItemKind {
    /** 依法履职事项 — the community's own lawful duties. */
    DUTY,
    /** 协助政府工作事项 — assisting work, only with funding and working conditions (费随事转). */
    ASSIST,
    /** 负面清单 — work a community may never be made responsible for, whatever the funding. */
    NEGATIVE;

    /** The bundle key of the kind's name, e.g. 依法履职事项. */
    public String messageKey() {
        return "catalog.work-item.kind." + name();
    }
}
