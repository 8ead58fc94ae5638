package org.tongban.workaccess.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Component;
import org.tongban.catalog.WorkItem;
import org.tongban.catalog.WorkItemKind;
import org.tongban.catalog.WorkItemList;

/**
 * Negative-list entries whose keywords occur in a request's title or content. A hint sends listed work to a human
 * reviewer instead of admitting it automatically; it never refuses anything by itself.
 */
@Component
class NegativeHints {

    private final WorkItemList workItems;
    private final Clock clock;

    NegativeHints(WorkItemList workItems, Clock clock) {
        this.workItems = workItems;
        this.clock = clock;
    }

    List<String> scan(String title, String content) {
        String text = (title + "\n" + content).toLowerCase(Locale.ROOT);
        return workItems.inForce(LocalDate.now(clock)).stream()
                .filter(item -> item.kind() == WorkItemKind.NEGATIVE)
                .filter(item -> item.keywords().stream().anyMatch(
                        keyword -> !keyword.isBlank() && text.contains(keyword.toLowerCase(Locale.ROOT))))
                .map(WorkItem::code).toList();
    }
}
