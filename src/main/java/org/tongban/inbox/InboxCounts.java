package org.tongban.inbox;

/** Menu badges: tasks assigned to me, tasks I may claim, unread copies. */
public record InboxCounts(long assigned, long claimable, long unreadCopies) {

    public long open() {
        return assigned + claimable;
    }
}
