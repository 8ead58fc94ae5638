package org.tongban.catalog.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import jakarta.annotation.security.RolesAllowed;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tongban.base.AuditTrail;
import org.tongban.base.BusinessException;
import org.tongban.base.Conflicts;
import org.tongban.catalog.WorkItem;
import org.tongban.catalog.WorkItemListAdministration;
import org.tongban.identity.CurrentStaff;
import org.tongban.identity.Roles;

@Service
@Transactional
@RolesAllowed(Roles.ADMIN_AUTHORITY)
class WorkItemListAdministrationService implements WorkItemListAdministration {

    private static final Conflicts CONFLICTS = new Conflicts("catalog.error.work-item.concurrent-modification");

    private final WorkItemRevisions revisions;
    private final CachedWorkItemList workItemList;
    private final CurrentStaff currentStaff;
    private final AuditTrail audit;
    private final Clock clock;

    WorkItemListAdministrationService(WorkItemRevisions revisions, CachedWorkItemList workItemList,
                                      CurrentStaff currentStaff, AuditTrail audit, Clock clock) {
        this.revisions = revisions;
        this.workItemList = workItemList;
        this.currentStaff = currentStaff;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public List<WorkItemEntry> list(String filter, LocalDate day) {
        LocalDate shown = day == null ? LocalDate.now(clock) : day;
        String text = ServiceItemRules.clean(filter);
        String needle = text == null ? null : text.toLowerCase(Locale.ROOT);
        return revisions.findAll().stream()
                .map(WorkItemRevision::toEntry)
                .filter(entry -> entry.item().inForceOn(shown))
                .filter(entry -> needle == null || matches(entry.item(), needle))
                .sorted(Comparator.comparing(WorkItemEntry::code, WorkItemRules.CODE_ORDER))
                .toList();
    }

    private static boolean matches(WorkItem item, String needle) {
        return item.code().toLowerCase(Locale.ROOT).contains(needle)
                || item.nameZh().contains(needle)
                || item.nameEn().toLowerCase(Locale.ROOT).contains(needle)
                || item.departments().toLowerCase(Locale.ROOT).contains(needle);
    }

    @Override
    @Transactional(readOnly = true)
    public List<WorkItemEntry> history(String code) {
        String cleaned = ServiceItemRules.clean(code);
        return cleaned == null ? List.of()
                : revisions.findByCodeOrderByRevision(cleaned).stream().map(WorkItemRevision::toEntry).toList();
    }

    @Override
    public WorkItemEntry create(WorkItemDraft draft) {
        String code = WorkItemRules.code(draft.code(), draft.kind());
        if (revisions.existsByCode(code)) {
            throw BusinessException.conflict("catalog.error.work-item.code-taken", code);
        }
        WorkItemContent content = WorkItemRules.check(draft);
        LocalDate from = WorkItemRules.day(draft.effectiveFrom(), "effective-from");
        WorkItemRevision created = revisions.save(new WorkItemRevision(code, 1, content, from, actor(), now(), null));
        CONFLICTS.flush(revisions, "catalog.error.work-item.code-taken", code);
        changed();
        audit.allowed("admin.work-item.create", target(code), "revision 1 from " + from + ": " + AuditDetails.describe(fields(content)));
        return created.toEntry();
    }

    @Override
    public WorkItemEntry revise(String code, int expectedRevision, WorkItemDraft draft, String reason) {
        WorkItemRevision latest = requireLatest(code);
        CONFLICTS.requireVersion((long) latest.getRevision(), expectedRevision);
        if (draft.code() != null && !latest.getCode().equals(ServiceItemRules.clean(draft.code()))) {
            throw BusinessException.invalid("catalog.error.work-item.code-fixed", latest.getCode());
        }
        WorkItemContent before = latest.content();
        if (draft.kind() != null && draft.kind() != before.kind()) {
            throw BusinessException.invalid("catalog.error.work-item.kind-fixed", WorkItemRules.kindName(before.kind()));
        }
        WorkItemContent content = WorkItemRules.check(draft);
        LocalDate from = WorkItemRules.day(draft.effectiveFrom(), "effective-from");
        String why = WorkItemRules.reason(reason);
        WorkItemRevision next = revisions.save(latest.followWith(content, from, LocalDate.now(clock), actor(), now(), why));
        CONFLICTS.flush(revisions, CONFLICTS.staleKey());
        changed();
        audit.allowed("admin.work-item.revise", target(latest.getCode()), "revision " + next.getRevision() + " from "
                + from + " (revision " + latest.getRevision() + " ends " + from.minusDays(1) + "): "
                + AuditDetails.changes(fields(before), fields(content)) + "; reason: " + why);
        return next.toEntry();
    }

    @Override
    public WorkItemEntry retire(String code, int expectedRevision, LocalDate lastDay, String reason) {
        WorkItemRevision latest = requireLatest(code);
        CONFLICTS.requireVersion((long) latest.getRevision(), expectedRevision);
        LocalDate last = WorkItemRules.day(lastDay, "last-day");
        String why = WorkItemRules.reason(reason);
        latest.retire(last, actor(), now(), why);
        CONFLICTS.flush(revisions, CONFLICTS.staleKey());
        changed();
        audit.allowed("admin.work-item.retire", target(latest.getCode()), "revision " + latest.getRevision()
                + " in force until " + last + "; reason: " + why);
        return latest.toEntry();
    }

    private WorkItemRevision requireLatest(String code) {
        String cleaned = ServiceItemRules.clean(code);
        return (cleaned == null ? Optional.<WorkItemRevision>empty()
                : revisions.findFirstByCodeOrderByRevisionDesc(cleaned))
                .orElseThrow(() -> BusinessException.notFound("catalog.error.work-item.not-found",
                        Objects.toString(code, "")));
    }

    /** Work-item access decides with the new list as soon as this transaction commits. */
    private void changed() {
        workItemList.invalidateAfterCompletion();
    }

    private String actor() {
        return currentStaff.require().getUsername();
    }

    /** Whole seconds: the MySQL profile stores no fractions (sendFractionalSeconds=false). */
    private LocalDateTime now() {
        return LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS);
    }

    private static String target(String code) {
        return "work-item:" + code;
    }

    private static Map<String, String> fields(WorkItemContent content) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("kind", content.kind().name());
        fields.put("nameZh", content.nameZh());
        fields.put("nameEn", String.valueOf(content.nameEn()));
        fields.put("departments", String.valueOf(content.departments()));
        fields.put("legalBasis", String.valueOf(content.legalBasis()));
        fields.put("fundingConditions", String.valueOf(content.fundingConditions()));
        fields.put("source", String.valueOf(content.source()));
        fields.put("keywords", String.join(",", content.keywords()));
        return fields;
    }
}
