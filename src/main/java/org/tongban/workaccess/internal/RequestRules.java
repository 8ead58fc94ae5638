package org.tongban.workaccess.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;
import org.tongban.base.BusinessException;
import org.tongban.base.ResidentIdentifiers;
import org.tongban.base.UploadedFiles;
import org.tongban.catalog.WorkItem;
import org.tongban.catalog.WorkItemKind;
import org.tongban.catalog.WorkItemList;
import org.tongban.catalog.WorkingDays;
import org.tongban.identity.Directory;
import org.tongban.identity.OrgUnitKind;
import org.tongban.identity.OrgUnitSummary;
import org.tongban.workaccess.AccessRequestDraft;
import org.tongban.workaccess.Attachment;
import org.tongban.workaccess.TargetScope;

/**
 * Every rule a request must meet before anything is written, each refusal with its own Chinese message: texts and
 * their lengths, the list entry, the targets, the dates and the lead time, the workload, the funding (费随事转), data
 * sharing, the contact, and the files.
 */
@Component
class RequestRules {

    private static final Pattern LANDLINE = Pattern.compile("0\\d{2,3}-?\\d{7,8}");
    private static final BigDecimal MAX_HOURS = new BigDecimal("10000");
    private static final BigDecimal MAX_AMOUNT = new BigDecimal("999999999999.99");
    private static final int MAX_FILES = 10;
    private static final int MAX_TARGETS = 2000;

    private final WorkItemList workItems;
    private final WorkingDays workingDays;
    private final Directory directory;
    private final WorkAccessSettings settings;
    private final Clock clock;

    RequestRules(WorkItemList workItems, WorkingDays workingDays, Directory directory, WorkAccessSettings settings,
                 Clock clock) {
        this.workItems = workItems;
        this.workingDays = workingDays;
        this.directory = directory;
        this.settings = settings;
        this.clock = clock;
    }

    RequestContent validate(AccessRequestDraft draft) {
        if (draft == null) {
            throw BusinessException.invalid("error.invalid-request");
        }
        LocalDate today = LocalDate.now(clock);
        String title = required(draft.title(), 100, "title");
        String content = required(draft.content(), 2000, "content");
        String legalBasis = required(draft.legalBasis(), 500, "legal-basis");
        WorkItem item = workItem(draft.workItemCode(), today);
        TargetScope scope = draft.scope();
        if (scope == null) {
            throw BusinessException.invalid("workaccess.error.scope-required");
        }
        List<String> targets = targets(scope, draft.targetCodes());
        LocalDate startOn = draft.startOn();
        LocalDate endOn = draft.endOn();
        if (startOn == null || endOn == null) {
            throw BusinessException.invalid("workaccess.error.dates-required");
        }
        if (startOn.isBefore(today)) {
            throw BusinessException.invalid("workaccess.error.start-in-past", startOn);
        }
        if (endOn.isBefore(startOn)) {
            throw BusinessException.invalid("workaccess.error.end-before-start");
        }
        String urgentReason = optional(draft.urgentReason(), 500, "urgent-reason");
        if (draft.urgent() && urgentReason == null) {
            throw BusinessException.invalid("workaccess.error.urgent-reason-required");
        }
        LocalDate earliest = workingDays.plusWorkingDays(today, settings.leadWorkingDays());
        if (!draft.urgent() && startOn.isBefore(earliest)) {
            throw BusinessException.invalid("workaccess.error.lead-time", settings.leadWorkingDays(), earliest);
        }
        BigDecimal hours = number(draft.hoursPerCommunity(), "hours");
        if (hours.signum() <= 0 || hours.compareTo(MAX_HOURS) > 0 || hours.scale() > 1) {
            throw BusinessException.invalid("workaccess.error.hours-range");
        }
        Boolean funded = draft.fundingProvided();
        if (funded == null) {
            throw BusinessException.invalid(item != null && item.kind() == WorkItemKind.ASSIST
                    ? "workaccess.error.funding-required-assist" : "workaccess.error.funding-answer");
        }
        BigDecimal amount = null;
        String source = optional(draft.fundingSource(), 200, "funding-source");
        String conditions = optional(draft.workingConditions(), 500, "working-conditions");
        if (funded) {
            amount = number(draft.fundingAmount(), "amount");
            if (amount.signum() < 0) {
                throw BusinessException.invalid("workaccess.error.amount-negative");
            }
            if (amount.compareTo(MAX_AMOUNT) > 0 || amount.scale() > 2) {
                throw BusinessException.invalid("workaccess.error.amount-range");
            }
            if (source == null || draft.transferMethod() == null) {
                throw BusinessException.invalid("workaccess.error.funding-details");
            }
            if (amount.signum() == 0 && conditions == null) {
                throw BusinessException.invalid("workaccess.error.funding-empty");
            }
        }
        String dataNote = optional(draft.dataSharingNote(), 500, "data-sharing");
        if (draft.existingDataUsable() && dataNote == null) {
            throw BusinessException.invalid("workaccess.error.data-sharing-note");
        }
        String contactName = required(draft.contactName(), 50, "contact-name");
        String phone = required(draft.contactPhone(), 20, "contact-phone");
        if (!ResidentIdentifiers.isValidMobile(phone) && !LANDLINE.matcher(phone).matches()) {
            throw BusinessException.invalid("workaccess.error.contact-phone-format");
        }
        return new RequestContent(title, content, legalBasis, item, scope, targets, startOn, endOn, hours, funded,
                amount, funded ? source : null, funded ? draft.transferMethod() : null, conditions,
                draft.existingDataUsable(), draft.existingDataUsable() ? dataNote : null, contactName, phone,
                draft.urgent(), draft.urgent() ? urgentReason : null, files(draft.attachments()));
    }

    /** Uploads typed by their bytes; empty, oversized, executable or unknown files are refused by name. */
    List<RequestContent.CheckedFile> files(List<Attachment> attachments) {
        if (attachments.size() > MAX_FILES) {
            throw BusinessException.invalid("workaccess.error.too-many-files", MAX_FILES);
        }
        List<RequestContent.CheckedFile> checked = new ArrayList<>();
        for (Attachment attachment : attachments) {
            String type = UploadedFiles.contentType(attachment.fileName(), attachment.content(),
                    settings.maxUploadBytes());
            checked.add(new RequestContent.CheckedFile(UploadedFiles.safeName(attachment.fileName()), type,
                    attachment.content(), UploadedFiles.sha256(attachment.content())));
        }
        return checked;
    }

    private WorkItem workItem(String code, LocalDate today) {
        String trimmed = trimToNull(code);
        if (trimmed == null) {
            return null;
        }
        return workItems.find(trimmed.toUpperCase(Locale.ROOT), today)
                .orElseThrow(() -> BusinessException.invalid("workaccess.error.work-item-unknown", trimmed));
    }

    private List<String> targets(TargetScope scope, List<String> codes) {
        if (scope == TargetScope.ALL) {
            return List.of();
        }
        OrgUnitKind kind = scope == TargetScope.SUBDISTRICTS ? OrgUnitKind.SUBDISTRICT : OrgUnitKind.COMMUNITY;
        LinkedHashSet<String> unique = new LinkedHashSet<>();
        for (String code : codes) {
            String trimmed = trimToNull(code);
            if (trimmed != null) {
                unique.add(trimmed);
            }
        }
        if (unique.isEmpty()) {
            throw BusinessException.invalid("workaccess.error.no-target");
        }
        if (unique.size() > MAX_TARGETS) {
            throw BusinessException.invalid("workaccess.error.too-many-targets", MAX_TARGETS);
        }
        for (String code : unique) {
            OrgUnitSummary unit = directory.findUnit(code).orElse(null);
            if (unit == null || unit.kind() != kind || !unit.active()) {
                throw BusinessException.invalid("workaccess.error.target-unknown", code);
            }
        }
        return List.copyOf(unique);
    }

    private static BigDecimal number(String text, String field) {
        String trimmed = trimToNull(text);
        if (trimmed == null) {
            throw BusinessException.invalid("workaccess.error." + field + "-required");
        }
        try {
            return new BigDecimal(trimmed.replace(",", "").replace("，", ""));
        } catch (NumberFormatException e) {
            throw BusinessException.invalid("workaccess.error." + field + "-not-number", trimmed);
        }
    }

    static String required(String value, int max, String field) {
        String text = optional(value, max, field);
        if (text == null) {
            throw BusinessException.invalid("workaccess.error." + field + "-required");
        }
        return text;
    }

    private static String optional(String value, int max, String field) {
        String text = trimToNull(value);
        if (text != null && text.length() > max) {
            throw BusinessException.invalid("workaccess.error." + field + "-too-long", max);
        }
        return text;
    }

    static String trimToNull(String value) {
        if (value == null) {
            return null;
        }
        String trimmed = value.strip();
        return trimmed.isEmpty() ? null : trimmed;
    }
}
