package org.tongban.inbox.internal;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.data.domain.Page;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tongban.base.AuditTrail;
import org.tongban.base.BusinessException;
import org.tongban.base.OffsetPageRequest;
import org.tongban.identity.CurrentStaff;
import org.tongban.identity.Directory;
import org.tongban.inbox.CarbonCopies;
import org.tongban.inbox.CopiedCase;
import org.tongban.inbox.CopyItem;

@Service
@Transactional
class JpaCarbonCopies implements CarbonCopies {

    static final String USER_PREFIX = "user:";

    private final CarbonCopyRecords records;
    private final CurrentStaff currentStaff;
    private final Directory directory;
    private final AuditTrail auditTrail;
    private final Clock clock;

    JpaCarbonCopies(CarbonCopyRecords records, CurrentStaff currentStaff, Directory directory, AuditTrail auditTrail,
                    Clock clock) {
        this.records = records;
        this.currentStaff = currentStaff;
        this.directory = directory;
        this.auditTrail = auditTrail;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public List<CopyItem> copiesForMe(boolean unreadOnly, int offset, int limit) {
        String me = currentStaff.require().getUsername();
        OffsetPageRequest page = OffsetPageRequest.of(offset, limit);
        Page<CarbonCopy> copies = unreadOnly
                ? records.findByRecipientAndReadAtIsNullOrderByIdDesc(me, page)
                : records.findByRecipientOrderByIdDesc(me, page);
        Map<String, String> senders = directory.displayNames(
                copies.stream().map(CarbonCopy::sender).filter(java.util.Objects::nonNull).toList());
        return copies.stream().map(copy -> copy.toItem(copy.sender() == null ? null : senders.get(copy.sender()))).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public long countForMe(boolean unreadOnly) {
        String me = currentStaff.require().getUsername();
        return unreadOnly ? records.countByRecipientAndReadAtIsNull(me) : records.countByRecipient(me);
    }

    @Override
    public void markRead(long copyId) {
        String me = currentStaff.require().getUsername();
        CarbonCopy copy = records.findById(copyId)
                .orElseThrow(() -> BusinessException.notFound("inbox.error.copy-not-found"));
        if (!copy.recipient().equals(me)) {
            auditTrail.denied("copy.read", "copy:" + copyId, "not the recipient");
            throw BusinessException.forbidden("inbox.error.copy-forbidden");
        }
        copy.markRead(LocalDateTime.now(clock));
    }

    @Override
    public int copy(CopiedCase copiedCase, Collection<String> recipients, String sender, String note) {
        Set<String> usernames = new LinkedHashSet<>();
        for (String recipient : recipients) {
            String trimmed = recipient.trim();
            if (trimmed.startsWith(USER_PREFIX)) {
                directory.findStaff(trimmed.substring(USER_PREFIX.length()))
                        .filter(staff -> staff.enabled())
                        .ifPresent(staff -> usernames.add(staff.username()));
            } else if (!trimmed.isEmpty()) {
                usernames.addAll(directory.membersOf(trimmed));
            }
        }
        // Whoever took the decision knows it already: no copy to oneself.
        usernames.remove(sender);
        LocalDateTime now = LocalDateTime.now(clock);
        for (String username : usernames) {
            records.save(new CarbonCopy(copiedCase.processInstanceId(), copiedCase.processName(),
                    copiedCase.businessKey(), copiedCase.title(), username, sender, note, now));
        }
        return usernames.size();
    }
}
