package org.tongban.catalog.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tongban.base.AuditTrail;
import org.tongban.catalog.WorkItem;
import org.tongban.catalog.WorkItemListAdministration;
import org.tongban.identity.CurrentStaff;
import org.tongban.identity.Roles;

@Service
@Transactional
@RolesAllowed(Roles.ADMIN_AUTHORITY)
class WorkItemListAdministrationService implements WorkItemListAdministration {

    private final WorkItemRevisions revisions;
    private final ListChanges<WorkItemRevision> changes;

    /** Work-item access decides with the new list as soon as a change commits. */
    WorkItemListAdministrationService(WorkItemRevisions revisions, CachedWorkItemList workItemList,
                                      CurrentStaff currentStaff, AuditTrail audit, Clock clock) {
        this.revisions = revisions;
        this.changes = new ListChanges<>("work-item", revisions, WorkItemRules.RULES,
                workItemList::invalidateAfterCompletion, currentStaff, audit, clock);
    }

    @Override
    @Transactional(readOnly = true)
    public List<WorkItemEntry> list(String filter, LocalDate day) {
        LocalDate shown = day == null ? changes.today() : day;
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
        return changes.history(code).stream().map(WorkItemRevision::toEntry).toList();
    }

    @Override
    public WorkItemEntry create(WorkItemDraft draft) {
        String code = WorkItemRules.code(draft.code(), draft.kind());
        changes.requireFree(code);
        WorkItemContent content = WorkItemRules.check(draft);
        LocalDate from = WorkItemRules.RULES.day(draft.effectiveFrom(), "effective-from");
        WorkItemRevision first = new WorkItemRevision(code, 1, content, from, changes.actor(), changes.now(), null);
        return changes.create(first, AuditDetails.describe(fields(content))).toEntry();
    }

    @Override
    public WorkItemEntry revise(String code, int expectedRevision, WorkItemDraft draft, String reason) {
        WorkItemRevision latest = changes.latest(code, expectedRevision);
        changes.requireSameCode(latest, draft.code());
        WorkItemContent before = latest.content();
        if (draft.kind() != null && draft.kind() != before.kind()) {
            throw WorkItemRules.RULES.invalid("kind-fixed", WorkItemRules.kindName(before.kind()));
        }
        WorkItemContent content = WorkItemRules.check(draft);
        LocalDate from = WorkItemRules.RULES.day(draft.effectiveFrom(), "effective-from");
        String why = WorkItemRules.RULES.reason(reason);
        WorkItemRevision next = latest.followWith(content, from, changes.today(), changes.actor(), changes.now(), why);
        return changes.revise(latest, next, AuditDetails.changes(fields(before), fields(content))).toEntry();
    }

    @Override
    public WorkItemEntry retire(String code, int expectedRevision, LocalDate lastDay, String reason) {
        return changes.retire(code, expectedRevision, lastDay, reason).toEntry();
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
