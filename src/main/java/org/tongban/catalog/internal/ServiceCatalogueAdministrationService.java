package org.tongban.catalog.internal;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tongban.base.AuditTrail;
import org.tongban.base.BusinessException;
import org.tongban.base.Conflicts;
import org.tongban.catalog.ServiceCatalogueAdministration;
import org.tongban.catalog.ServiceItem;
import org.tongban.identity.CurrentStaff;
import org.tongban.identity.Directory;
import org.tongban.identity.OrgUnitKind;
import org.tongban.identity.OrgUnitSummary;
import org.tongban.identity.Roles;

@Service
@Transactional
@RolesAllowed(Roles.ADMIN_AUTHORITY)
class ServiceCatalogueAdministrationService implements ServiceCatalogueAdministration {

    private static final Conflicts CONFLICTS = new Conflicts("catalog.error.concurrent-modification");

    private final CatalogueItems items;
    private final ServiceItemRules rules;
    private final Directory directory;
    private final CurrentStaff currentStaff;
    private final AuditTrail audit;
    private final Clock clock;

    ServiceCatalogueAdministrationService(CatalogueItems items, ServiceItemRules rules, Directory directory,
                                          CurrentStaff currentStaff, AuditTrail audit, Clock clock) {
        this.items = items;
        this.rules = rules;
        this.directory = directory;
        this.currentStaff = currentStaff;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public List<ServiceItemEntry> list(String filter) {
        Map<String, String> names = departmentNames();
        String text = ServiceItemRules.clean(filter);
        String needle = text == null ? null : text.toLowerCase(Locale.ROOT);
        return items.findAllByOrderByCode().stream()
                .map(item -> entry(item, names))
                .filter(entry -> needle == null || matches(entry, needle))
                .toList();
    }

    private static boolean matches(ServiceItemEntry entry, String needle) {
        return entry.code().toLowerCase(Locale.ROOT).contains(needle)
                || entry.item().name().toLowerCase(Locale.ROOT).contains(needle)
                || entry.departmentName().toLowerCase(Locale.ROOT).contains(needle);
    }

    @Override
    @Transactional(readOnly = true)
    public ServiceItemEntry get(String code) {
        return entry(require(code), departmentNames());
    }

    @Override
    public ServiceItemEntry create(String code, ServiceItemDraft draft) {
        String cleanedCode = ServiceItemRules.code(code);
        if (items.existsByCode(cleanedCode)) {
            throw BusinessException.conflict("catalog.error.code-taken", cleanedCode);
        }
        ItemContent content = rules.check(draft);
        CatalogueItem item = items.save(new CatalogueItem(cleanedCode, content, actor(), now()));
        CONFLICTS.flush(items, "catalog.error.code-taken", cleanedCode);
        ServiceItem created = item.toServiceItem();
        audit.allowed("admin.service-item.create", target(item), describe(created));
        return entry(item, departmentNames());
    }

    @Override
    public ServiceItemEntry update(String code, ServiceItemDraft draft, long expectedVersion) {
        CatalogueItem item = require(code);
        CONFLICTS.requireVersion(item.getVersion(), expectedVersion);
        ItemContent content = rules.check(draft);
        ServiceItem before = item.toServiceItem();
        item.change(content, actor(), now());
        CONFLICTS.flush(items, CONFLICTS.staleKey());
        String changes = changes(before, item.toServiceItem());
        if (!changes.isEmpty()) {
            audit.allowed("admin.service-item.update", target(item), changes);
        }
        return entry(item, departmentNames());
    }

    @Override
    public ServiceItemEntry deactivate(String code, long expectedVersion) {
        CatalogueItem item = require(code);
        CONFLICTS.requireVersion(item.getVersion(), expectedVersion);
        if (item.isActive()) {
            item.deactivate(actor(), now());
            CONFLICTS.flush(items, CONFLICTS.staleKey());
            audit.allowed("admin.service-item.deactivate", target(item), item.toServiceItem().name());
        }
        return entry(item, departmentNames());
    }

    @Override
    public ServiceItemEntry activate(String code, long expectedVersion) {
        CatalogueItem item = require(code);
        CONFLICTS.requireVersion(item.getVersion(), expectedVersion);
        if (!item.isActive()) {
            OrgUnitSummary department = directory.findUnit(item.getDepartmentCode()).orElse(null);
            if (department == null || !department.active()) {
                throw BusinessException.conflict("catalog.error.activate-department-inactive",
                        department == null ? item.getDepartmentCode() : department.name());
            }
            item.activate(actor(), now());
            CONFLICTS.flush(items, CONFLICTS.staleKey());
            audit.allowed("admin.service-item.activate", target(item), item.toServiceItem().name());
        }
        return entry(item, departmentNames());
    }

    @Override
    @Transactional(readOnly = true)
    public List<OrgUnitSummary> departments() {
        return directory.units(OrgUnitKind.DEPARTMENT).stream().filter(OrgUnitSummary::active).toList();
    }

    private CatalogueItem require(String code) {
        String cleaned = ServiceItemRules.clean(code);
        return (cleaned == null ? Optional.<CatalogueItem>empty() : items.findByCode(cleaned))
                .orElseThrow(() -> BusinessException.notFound("catalog.error.not-found", Objects.toString(code, "")));
    }

    private Map<String, String> departmentNames() {
        return directory.units(OrgUnitKind.DEPARTMENT).stream()
                .collect(Collectors.toMap(OrgUnitSummary::code, OrgUnitSummary::name));
    }

    private static ServiceItemEntry entry(CatalogueItem item, Map<String, String> departmentNames) {
        return new ServiceItemEntry(item.toServiceItem(),
                departmentNames.getOrDefault(item.getDepartmentCode(), item.getDepartmentCode()),
                item.getChangedBy(), item.getChangedAt(), item.getVersion() == null ? 0 : item.getVersion());
    }

    private String actor() {
        return currentStaff.require().getUsername();
    }

    /** Whole seconds: the MySQL profile stores no fractions (sendFractionalSeconds=false). */
    private LocalDateTime now() {
        return LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS);
    }

    private static String target(CatalogueItem item) {
        return "service-item:" + item.getCode();
    }

    private static String describe(ServiceItem item) {
        return AuditDetails.describe(fields(item));
    }

    /** The fields that differ, as "field: old → new", for the audit trail. */
    private static String changes(ServiceItem before, ServiceItem after) {
        return AuditDetails.changes(fields(before), fields(after));
    }

    private static Map<String, String> fields(ServiceItem item) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("name", item.name());
        fields.put("department", item.departmentCode());
        fields.put("legalDays", String.valueOf(item.legalDays()));
        fields.put("promisedDays", String.valueOf(item.promisedDays()));
        fields.put("channels", item.channels().toString());
        fields.put("twoLevelReview", String.valueOf(item.twoLevelReview()));
        fields.put("siteVisitDays", String.valueOf(item.siteVisitDays()));
        fields.put("countersign", item.countersignDepartments().toString());
        fields.put("materials", item.materials().stream().map(ServiceCatalogueAdministrationService::material)
                .collect(Collectors.joining("、", "[", "]")));
        fields.put("legalBasis", String.valueOf(item.legalBasis()));
        return fields;
    }

    private static String material(ServiceItem.Material material) {
        return material.code() + " " + material.name() + " " + material.form() + "×" + material.copies()
                + (material.mandatory() ? "" : " optional") + (material.notes() == null ? "" : " (" + material.notes() + ")");
    }
}
