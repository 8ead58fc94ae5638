package org.tongban.inbox.internal;

import java.util.Map;

import org.springframework.stereotype.Component;
import org.tongban.base.ui.MenuBadges;
import org.tongban.identity.CurrentStaff;
import org.tongban.inbox.InboxCounts;
import org.tongban.inbox.TaskInbox;
import org.tongban.inbox.ui.InboxRoutes;

/** Counts on the menu: open tasks next to 我的待办, unread copies next to 抄送我的. */
@Component
class InboxMenuBadges implements MenuBadges {

    private final TaskInbox inbox;
    private final CurrentStaff currentStaff;

    InboxMenuBadges(TaskInbox inbox, CurrentStaff currentStaff) {
        this.inbox = inbox;
        this.currentStaff = currentStaff;
    }

    @Override
    public Map<String, Long> countsForCurrentUser() {
        if (currentStaff.find().isEmpty()) {
            return Map.of();
        }
        InboxCounts counts = inbox.counts();
        return Map.of(InboxRoutes.TASKS, counts.open(), InboxRoutes.COPIES, counts.unreadCopies());
    }
}
