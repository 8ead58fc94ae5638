package org.tongban.inbox;

import java.util.Collection;
import java.util.List;

/** 抄送: copies of a case sent to staff for information. */
public interface CarbonCopies {

    List<CopyItem> copiesForMe(boolean unreadOnly, int offset, int limit);

    long countForMe(boolean unreadOnly);

    /** Marks the user's own copy read; someone else's copy is refused. */
    void markRead(long copyId);

    /**
     * Copies a case to every enabled member of the given candidate groups (see
     * {@link org.tongban.identity.CandidateGroups}) or to usernames given as {@code user:<username>}. Returns how many
     * staff received it. Used from BPMN through the {@code carbonCopy} delegate.
     */
    int copy(CopiedCase copiedCase, Collection<String> recipients, String sender, String note);
}
