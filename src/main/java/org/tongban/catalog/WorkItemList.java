package org.tongban.catalog;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * 村(社区)工作事项清单 — the county's community work-item list with its negative list, as in force on a given day.
 * Work-item access (准入) decides against it; nothing else may decide what a community is obliged to do.
 */
public interface WorkItemList {

    /** The revision of the entry in force on {@code day}; empty when the code is unknown or not in force that day. */
    Optional<WorkItem> find(String code, LocalDate day);

    /**
     * Every entry in force on {@code day}, by code: duties (WI-D…), assisting work (WI-A…), then the negative list
     * (WI-N…), by number within each.
     */
    List<WorkItem> inForce(LocalDate day);

    /** Every revision of one entry, oldest first; empty for an unknown code. */
    List<WorkItem> history(String code);
}
