package org.tongban.seal.internal;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tongban.base.AuditTrail;
import org.tongban.base.BusinessException;
import org.tongban.base.Conflicts;
import org.tongban.base.OffsetPageRequest;
import org.tongban.base.UploadedFiles;
import org.tongban.identity.CurrentStaff;
import org.tongban.identity.Directory;
import org.tongban.identity.OrgUnitKind;
import org.tongban.identity.OrgUnitSummary;
import org.tongban.identity.RoleAssignmentView;
import org.tongban.identity.Roles;
import org.tongban.identity.StaffPrincipal;
import org.tongban.identity.StaffSummary;
import org.tongban.seal.SealAdministration;
import org.tongban.seal.SealKind;

@Service
@Transactional
@RolesAllowed(Roles.ADMIN_AUTHORITY)
class SealAdministrationService implements SealAdministration {

    /** {@code @RolesAllowed} name of the community director's role ({@link Roles#DIRECTOR}). */
    static final String DIRECTOR_AUTHORITY = "DIRECTOR";
    private static final Conflicts CONFLICTS = new Conflicts("seal.error.concurrent-modification");
    private static final Sort NEWEST_FIRST = Sort.by(Sort.Direction.DESC, "usedAt").and(Sort.by(Sort.Direction.DESC, "id"));

    private final Seals seals;
    private final ScopeEntries scopeEntries;
    private final SealUses uses;
    private final Uses useOptions;
    private final StandardSealImage standardImage;
    private final Directory directory;
    private final CurrentStaff currentStaff;
    private final AuditTrail audit;
    private final EntityManager entityManager;
    private final Clock clock;

    SealAdministrationService(Seals seals, ScopeEntries scopeEntries, SealUses uses, Uses useOptions,
                              StandardSealImage standardImage, Directory directory, CurrentStaff currentStaff,
                              AuditTrail audit, EntityManager entityManager, Clock clock) {
        this.seals = seals;
        this.scopeEntries = scopeEntries;
        this.uses = uses;
        this.useOptions = useOptions;
        this.standardImage = standardImage;
        this.directory = directory;
        this.currentStaff = currentStaff;
        this.audit = audit;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    // --- reading: administrators everything, a director their own unit ---

    @Override
    @RolesAllowed({Roles.ADMIN_AUTHORITY, DIRECTOR_AUTHORITY})
    @Transactional(readOnly = true)
    public List<SealEntry> list(String unitCode, Boolean active) {
        Viewer viewer = viewer();
        String unit = SealRules.clean(unitCode);
        if (unit != null) {
            requireSees(viewer, unit, "seal.list", "unit:" + unit);
            return entries(seals.rowsOf(List.of(unit), active));
        }
        return entries(viewer.all() ? seals.rows(active) : seals.rowsOf(viewer.units(), active));
    }

    @Override
    @RolesAllowed({Roles.ADMIN_AUTHORITY, DIRECTOR_AUTHORITY})
    @Transactional(readOnly = true)
    public SealEntry find(long sealId) {
        Seal seal = require(sealId);
        requireSees(viewer(), seal.ownerUnitCode(), "seal.read", target(seal.code()));
        return toEntry(seal);
    }

    @Override
    @RolesAllowed({Roles.ADMIN_AUTHORITY, DIRECTOR_AUTHORITY})
    @Transactional(readOnly = true)
    public byte[] preview(long sealId) {
        requireSees(viewer(), ownerOf(sealId), "seal.preview", "seal-id:" + sealId);
        return ImpressionPreview.of(seals.image(sealId).orElseThrow(() -> notFound(sealId)));
    }

    @Override
    @RolesAllowed({Roles.ADMIN_AUTHORITY, DIRECTOR_AUTHORITY})
    @Transactional(readOnly = true)
    public List<UseEntry> uses(UseQuery query, long offset, int limit) {
        List<SealUse> page = uses.findAll(where(query), new OffsetPageRequest(offset, limit, NEWEST_FIRST)).getContent();
        Map<String, String> names = directory.displayNames(page.stream().map(SealUse::usedBy).collect(Collectors.toSet()));
        return page.stream().map(use -> new UseEntry(use.id(), use.sealId(), use.sealCode(), use.ownerUnitCode(),
                use.useCode(), use.useName(), use.documentReference(), use.usedBy(), names.get(use.usedBy()),
                use.usedAt())).toList();
    }

    @Override
    @RolesAllowed({Roles.ADMIN_AUTHORITY, DIRECTOR_AUTHORITY})
    @Transactional(readOnly = true)
    public long countUses(UseQuery query) {
        return uses.count(where(query));
    }

    /** The uses the query asks for, within what the caller may see. */
    private Specification<SealUse> where(UseQuery query) {
        UseQuery asked = query == null ? UseQuery.all() : query;
        Viewer viewer = viewer();
        if (asked.from() != null && asked.to() != null && asked.to().isBefore(asked.from())) {
            throw BusinessException.invalid("seal.error.range");
        }
        List<Specification<SealUse>> parts = new ArrayList<>();
        if (asked.sealId() != null) {
            requireSees(viewer, ownerOf(asked.sealId()), "seal.uses", "seal-id:" + asked.sealId());
            parts.add((root, q, cb) -> cb.equal(root.get("sealId"), asked.sealId()));
        }
        String unit = SealRules.clean(asked.unitCode());
        if (unit != null) {
            requireSees(viewer, unit, "seal.uses", "unit:" + unit);
            parts.add((root, q, cb) -> cb.equal(root.get("ownerUnitCode"), unit));
        }
        if (!viewer.all()) {
            parts.add((root, q, cb) -> root.get("ownerUnitCode").in(viewer.units()));
        }
        if (asked.from() != null) {
            parts.add((root, q, cb) -> cb.greaterThanOrEqualTo(root.get("usedAt"), asked.from().atStartOfDay()));
        }
        if (asked.to() != null) {
            parts.add((root, q, cb) -> cb.lessThan(root.get("usedAt"), asked.to().plusDays(1).atStartOfDay()));
        }
        return Specification.allOf(parts);
    }

    // --- changes: administrators only ---

    @Override
    public SealEntry register(SealDraft draft) {
        OrgUnitSummary unit = owner(draft.unitCode());
        String name = SealRules.name(draft.name());
        SealKind kind = kind(draft.kind());
        String keeper = keeper(draft.keeper(), unit);
        boolean uploaded = draft.image() != null;
        if (uploaded) {
            SealRules.image(draft.imageFileName(), draft.image());
        }
        byte[] image = uploaded ? draft.image() : standardImage.draw(name, kind);
        String code = "SEAL-" + unit.code() + "-" + String.format("%02d", seals.countByOwnerUnitCode(unit.code()) + 1);
        String sha256 = UploadedFiles.sha256(image);
        Seal seal = seals.save(new Seal(code, unit.code(), name, kind, image, sha256, keeper, actor(), now()));
        CONFLICTS.flush(seals, "seal.error.code-taken", unit.name());
        audit.allowed("admin.seal.register", target(code), "unit=" + unit.code() + ", name=" + name + ", kind="
                + kind.name() + ", keeper=" + Objects.toString(keeper, "") + ", image="
                + (uploaded ? "uploaded " + UploadedFiles.safeName(draft.imageFileName()) : "standard")
                + ", sha256=" + sha256);
        return toEntry(seal);
    }

    @Override
    public SealEntry changeScope(long sealId, long expectedVersion, Collection<String> useCodes, String reason) {
        Seal seal = seals.lockById(sealId).orElseThrow(() -> notFound(sealId));
        CONFLICTS.requireVersion(seal.version(), expectedVersion);
        seal.requireActive();
        String why = SealRules.reason(reason);
        Map<String, String> current = seal.activeScope().stream()
                .collect(Collectors.toMap(ScopeEntry::useCode, ScopeEntry::useName));
        Map<String, String> wanted = new TreeMap<>();
        for (String asked : useCodes == null ? List.<String>of() : useCodes) {
            String useCode = SealRules.clean(asked);
            if (useCode == null || wanted.containsKey(useCode)) {
                continue;
            }
            String useName = current.containsKey(useCode) ? current.get(useCode) : useOptions.option(useCode)
                    .orElseThrow(() -> BusinessException.invalid("seal.error.use-not-listed", useCode,
                            useOptions.describe(useCode)))
                    .name();
            wanted.put(useCode, useName);
        }
        Seal.ScopeChange change = seal.changeScope(wanted, actor(), now(), why);
        // Removing a use changes only its entry: the seal's version must move all the same.
        entityManager.lock(seal, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
        CONFLICTS.flush(seals, CONFLICTS.staleKey());
        audit.allowed("admin.seal.scope", target(seal.code()), change.describe() + "; reason: " + why);
        return toEntry(seal);
    }

    @Override
    public SealEntry retire(long sealId, long expectedVersion, String reason) {
        Seal seal = seals.lockById(sealId).orElseThrow(() -> notFound(sealId));
        CONFLICTS.requireVersion(seal.version(), expectedVersion);
        seal.requireActive();
        String why = SealRules.reason(reason);
        seal.retire(actor(), now(), why);
        CONFLICTS.flush(seals, CONFLICTS.staleKey());
        audit.allowed("admin.seal.retire", target(seal.code()), "reason: " + why);
        return toEntry(seal);
    }

    @Override
    @Transactional(readOnly = true)
    public List<UseOption> useOptions() {
        return useOptions.options();
    }

    @Override
    @Transactional(readOnly = true)
    public byte[] standardPreview(String name, SealKind kind) {
        return ImpressionPreview.of(standardImage.draw(SealRules.name(name), kind(kind)));
    }

    // --- rules ---

    /** A community or subdistrict in use: the units that issue documents under their own seal. */
    private OrgUnitSummary owner(String unitCode) {
        String code = SealRules.clean(unitCode);
        if (code == null) {
            throw BusinessException.invalid("seal.error.unit-required");
        }
        OrgUnitSummary unit = directory.findUnit(code)
                .orElseThrow(() -> BusinessException.invalid("seal.error.unit-unknown", code));
        if (unit.kind() != OrgUnitKind.COMMUNITY && unit.kind() != OrgUnitKind.SUBDISTRICT) {
            throw BusinessException.invalid("seal.error.unit-kind", unit.name());
        }
        if (!unit.active()) {
            throw BusinessException.invalid("seal.error.unit-inactive", unit.name());
        }
        return unit;
    }

    private static SealKind kind(SealKind kind) {
        if (kind == null) {
            throw BusinessException.invalid("seal.error.kind-required");
        }
        return kind;
    }

    /** The keeper (保管人), if any: an enabled member of the owning unit. */
    private String keeper(String login, OrgUnitSummary unit) {
        String keeper = SealRules.clean(login);
        if (keeper == null) {
            return null;
        }
        StaffSummary staff = directory.findStaff(keeper).filter(StaffSummary::enabled)
                .orElseThrow(() -> BusinessException.invalid("seal.error.keeper-unknown", keeper));
        if (staff.assignments().stream().noneMatch(assignment -> assignment.unitCode().equals(unit.code()))) {
            throw BusinessException.invalid("seal.error.keeper-not-in-unit", staff.displayName(), unit.name());
        }
        return keeper;
    }

    // --- who sees what ---

    /** Administrators see every unit ({@code units} null); a director the units they direct. */
    private record Viewer(Set<String> units) {

        boolean all() {
            return units == null;
        }

        boolean sees(String unitCode) {
            return all() || units.contains(unitCode);
        }
    }

    private Viewer viewer() {
        StaffPrincipal me = currentStaff.require();
        if (me.hasRole(Roles.ADMIN)) {
            return new Viewer(null);
        }
        return new Viewer(me.assignments().stream().filter(assignment -> Roles.DIRECTOR.equals(assignment.roleCode()))
                .map(RoleAssignmentView::unitCode).collect(Collectors.toUnmodifiableSet()));
    }

    private void requireSees(Viewer viewer, String unitCode, String action, String target) {
        if (!viewer.sees(unitCode)) {
            audit.denied(action, target, "not a director of unit " + unitCode);
            throw BusinessException.forbidden("seal.error.unit-forbidden", unitName(unitCode, new HashMap<>()));
        }
    }

    // --- helpers ---

    private Seal require(long sealId) {
        return seals.findById(sealId).orElseThrow(() -> notFound(sealId));
    }

    private String ownerOf(long sealId) {
        return seals.ownerOf(sealId).orElseThrow(() -> notFound(sealId));
    }

    private static BusinessException notFound(long sealId) {
        return BusinessException.notFound("seal.error.not-found", sealId);
    }

    private List<SealEntry> entries(List<Seals.SealRow> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, List<ScopeEntry>> scopes = scopeEntries.findBySealIdInOrderById(
                rows.stream().map(Seals.SealRow::getId).toList()).stream()
                .collect(Collectors.groupingBy(ScopeEntry::sealId));
        Map<String, String> keepers = directory.displayNames(rows.stream().map(Seals.SealRow::getKeeper)
                .filter(Objects::nonNull).collect(Collectors.toSet()));
        Map<String, String> unitNames = new HashMap<>();
        return rows.stream().map(row -> new SealEntry(row.getId(), row.getCode(), row.getOwnerUnitCode(),
                unitName(row.getOwnerUnitCode(), unitNames), row.getName(), row.getKind(), row.getKeeper(),
                row.getKeeper() == null ? null : keepers.get(row.getKeeper()), row.isActive(), row.getImageSha256(),
                items(scopes.getOrDefault(row.getId(), List.of())), row.getRegisteredBy(), row.getRegisteredAt(),
                row.getRetiredBy() == null ? null
                        : new Retirement(row.getRetiredBy(), row.getRetiredAt(), row.getRetireReason()),
                row.getVersion())).toList();
    }

    private SealEntry toEntry(Seal seal) {
        String keeperName = seal.keeper() == null ? null
                : directory.displayNames(List.of(seal.keeper())).get(seal.keeper());
        return new SealEntry(seal.id(), seal.code(), seal.ownerUnitCode(),
                unitName(seal.ownerUnitCode(), new HashMap<>()), seal.name(), seal.kind(), seal.keeper(), keeperName,
                seal.active(), seal.imageSha256(), items(seal.scope()), seal.registeredBy(), seal.registeredAt(),
                seal.retiredBy() == null ? null : new Retirement(seal.retiredBy(), seal.retiredAt(), seal.retireReason()),
                seal.version());
    }

    private static List<ScopeItem> items(List<ScopeEntry> entries) {
        return entries.stream().map(entry -> new ScopeItem(entry.useCode(), entry.useName(), entry.addedBy(),
                entry.addedAt(), entry.addReason(), entry.removedBy(), entry.removedAt(), entry.removeReason())).toList();
    }

    private String unitName(String unitCode, Map<String, String> known) {
        return known.computeIfAbsent(unitCode,
                code -> directory.findUnit(code).map(OrgUnitSummary::name).orElse(code));
    }

    private String actor() {
        return currentStaff.require().getUsername();
    }

    /** Whole seconds: the MySQL profile stores no fractions (sendFractionalSeconds=false). */
    private LocalDateTime now() {
        return LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS);
    }

    private static String target(String sealCode) {
        return "seal:" + sealCode;
    }
}
