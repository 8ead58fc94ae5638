package org.tongban.catalog.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.tongban.base.AuditTrail;
import org.tongban.base.BusinessException;
import org.tongban.base.Conflicts;
import org.tongban.identity.CurrentStaff;

/**
 * The steps of every change to a list kept in revisions, the same for each list: the entry's latest revision as the
 * caller saw it, the new revision or the retirement written at once (so that a race ends in a readable refusal rather
 * than a failed commit), the list's readers told after the commit, and the audit trail. Each list's service decides
 * what a revision says; its transaction holds the whole change.
 */
final class ListChanges<R extends ListRevision<?>> {

    private final String subject;
    private final ListRevisions<R> revisions;
    private final ListEntryRules rules;
    private final Conflicts conflicts;
    private final Runnable changed;
    private final CurrentStaff currentStaff;
    private final AuditTrail audit;
    private final Clock clock;

    /**
     * @param subject what the audit trail calls an entry, e.g. {@code work-item}: actions {@code admin.work-item.*},
     *                targets {@code work-item:<code>}
     * @param changed drops what readers hold of the list once the transaction ends
     */
    ListChanges(String subject, ListRevisions<R> revisions, ListEntryRules rules, Runnable changed,
                CurrentStaff currentStaff, AuditTrail audit, Clock clock) {
        this.subject = subject;
        this.revisions = revisions;
        this.rules = rules;
        this.conflicts = new Conflicts(rules.key("concurrent-modification"));
        this.changed = changed;
        this.currentStaff = currentStaff;
        this.audit = audit;
        this.clock = clock;
    }

    /** Every revision of an entry, oldest first; empty for an unknown or blank code. */
    List<R> history(String code) {
        String cleaned = ServiceItemRules.clean(code);
        return cleaned == null ? List.of() : revisions.findByCodeOrderByRevision(cleaned);
    }

    /** Codes are never used again, not even a retired entry's. */
    void requireFree(String code) {
        if (revisions.existsByCode(code)) {
            throw rules.conflict("code-taken", code);
        }
    }

    /** {@code content}: the new entry's fields for the audit trail. */
    R create(R first, String content) {
        R created = revisions.save(first);
        conflicts.flush(revisions, rules.key("code-taken"), first.getCode());
        changed.run();
        audit.allowed(action("create"), target(first), "revision 1 from " + first.getEffectiveFrom() + ": " + content);
        return created;
    }

    /** The entry's latest revision, refused when the caller saw another one. */
    R latest(String code, int expectedRevision) {
        String cleaned = ServiceItemRules.clean(code);
        R latest = (cleaned == null ? Optional.<R>empty() : revisions.findFirstByCodeOrderByRevisionDesc(cleaned))
                .orElseThrow(() -> BusinessException.notFound(rules.key("not-found"), Objects.toString(code, "")));
        conflicts.requireVersion((long) latest.getRevision(), expectedRevision);
        return latest;
    }

    /** A revision keeps the code; a draft may leave it out. */
    void requireSameCode(R latest, String draftCode) {
        if (draftCode != null && !latest.getCode().equals(ServiceItemRules.clean(draftCode))) {
            throw rules.invalid("code-fixed", latest.getCode());
        }
    }

    /** {@code next} follows {@code latest}, which already ends the day before; {@code changes}: what differs. */
    R revise(R latest, R next, String changes) {
        R saved = revisions.save(next);
        conflicts.flush(revisions, conflicts.staleKey());
        changed.run();
        audit.allowed(action("revise"), target(latest), "revision " + next.getRevision() + " from "
                + next.getEffectiveFrom() + " (revision " + latest.getRevision() + " ends " + latest.getEffectiveTo()
                + "): " + changes + "; reason: " + next.getChangeReason());
        return saved;
    }

    /** Ends the entry: its latest revision is in force until {@code lastDay}. */
    R retire(String code, int expectedRevision, LocalDate lastDay, String reason) {
        R latest = latest(code, expectedRevision);
        LocalDate last = rules.day(lastDay, "last-day");
        String why = rules.reason(reason);
        latest.retire(last, actor(), now(), why);
        conflicts.flush(revisions, conflicts.staleKey());
        changed.run();
        audit.allowed(action("retire"), target(latest), "revision " + latest.getRevision() + " in force until "
                + last + "; reason: " + why);
        return latest;
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    String actor() {
        return currentStaff.require().getUsername();
    }

    /** Whole seconds: the MySQL profile stores no fractions (sendFractionalSeconds=false). */
    LocalDateTime now() {
        return LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS);
    }

    private String action(String verb) {
        return "admin." + subject + "." + verb;
    }

    private String target(R revision) {
        return subject + ":" + revision.getCode();
    }
}
