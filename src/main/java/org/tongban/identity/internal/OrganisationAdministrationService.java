package org.tongban.identity.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tongban.base.AuditTrail;
import org.tongban.base.BusinessException;
import org.tongban.base.Conflicts;
import org.tongban.identity.IdentityRules;
import org.tongban.identity.OrgUnitKind;
import org.tongban.identity.OrganisationAdministration;
import org.tongban.identity.Roles;

@Service
@Transactional
@RolesAllowed(Roles.ADMIN_AUTHORITY)
class OrganisationAdministrationService implements OrganisationAdministration {

    private static final Conflicts CONFLICTS = new Conflicts("admin.error.concurrent-modification");

    private static final Comparator<OrgUnit> SIBLING_ORDER =
            Comparator.comparing(OrgUnit::getKind).thenComparing(OrgUnit::getCode);

    private final OrgUnits orgUnits;
    private final StaffMembers staffMembers;
    private final AuditTrail audit;

    OrganisationAdministrationService(OrgUnits orgUnits, StaffMembers staffMembers, AuditTrail audit) {
        this.orgUnits = orgUnits;
        this.staffMembers = staffMembers;
        this.audit = audit;
    }

    @Override
    @Transactional(readOnly = true)
    public List<OrgUnitEntry> tree() {
        List<OrgUnit> units = orgUnits.findAll();
        Map<Long, OrgUnit> byId = units.stream().collect(Collectors.toMap(OrgUnit::getId, Function.identity()));
        Map<Long, Long> staffCounts = new HashMap<>();
        for (Object[] row : staffMembers.countStaffByUnit()) {
            staffCounts.put(((Number) row[0]).longValue(), ((Number) row[1]).longValue());
        }
        Map<Long, List<OrgUnit>> children = new HashMap<>();
        List<OrgUnit> roots = new ArrayList<>();
        for (OrgUnit unit : units) {
            if (unit.getParentId() == null || !byId.containsKey(unit.getParentId())) {
                roots.add(unit);
            } else {
                children.computeIfAbsent(unit.getParentId(), id -> new ArrayList<>()).add(unit);
            }
        }
        List<OrgUnitEntry> ordered = new ArrayList<>();
        roots.sort(SIBLING_ORDER);
        roots.forEach(root -> addDepthFirst(root, children, byId, staffCounts, ordered));
        return ordered;
    }

    private static void addDepthFirst(OrgUnit unit, Map<Long, List<OrgUnit>> children, Map<Long, OrgUnit> byId,
                                      Map<Long, Long> staffCounts, List<OrgUnitEntry> ordered) {
        OrgUnit parent = unit.getParentId() == null ? null : byId.get(unit.getParentId());
        ordered.add(entry(unit, parent, staffCounts.getOrDefault(unit.getId(), 0L)));
        List<OrgUnit> below = new ArrayList<>(children.getOrDefault(unit.getId(), List.of()));
        below.sort(SIBLING_ORDER);
        below.forEach(child -> addDepthFirst(child, children, byId, staffCounts, ordered));
    }

    @Override
    public OrgUnitEntry create(NewOrgUnit command) {
        String code = IdentityRules.clean(command.code());
        String name = IdentityRules.clean(command.name());
        IdentityRules.require(IdentityRules.unitCode(code), IdentityRules.unitName(name));
        OrgUnitKind kind = command.kind();
        if (kind == null) {
            throw BusinessException.invalid("admin.org-unit.error.kind-required");
        }
        if (orgUnits.existsByCode(code)) {
            throw BusinessException.conflict("admin.org-unit.error.code-taken", code);
        }
        OrgUnit parent = null;
        if (kind.requiredParent() == null) {
            if (IdentityRules.clean(command.parentCode()) != null) {
                throw BusinessException.invalid("admin.org-unit.error.top-has-no-parent", kindName(kind));
            }
            if (orgUnits.existsByKind(kind)) {
                throw BusinessException.invalid("admin.org-unit.error.single-county");
            }
        } else {
            parent = requireParentFor(kind, command.parentCode());
        }
        OrgUnit unit = orgUnits.save(new OrgUnit(code, name, kind, parent == null ? null : parent.getId()));
        CONFLICTS.flush(orgUnits, "admin.org-unit.error.code-taken", code);
        audit.allowed("admin.org-unit.create", target(unit),
                "name=" + name + ", kind=" + kind + ", parent=" + (parent == null ? "-" : parent.getCode()));
        return entry(unit, parent, 0);
    }

    @Override
    public OrgUnitEntry update(String code, String newName, String newParentCode, long expectedVersion) {
        OrgUnit unit = require(code);
        CONFLICTS.requireVersion(unit.getVersion(), expectedVersion);
        String name = IdentityRules.clean(newName);
        IdentityRules.require(IdentityRules.unitName(name));
        OrgUnit parent = null;
        if (unit.getKind().requiredParent() == null) {
            if (IdentityRules.clean(newParentCode) != null) {
                throw BusinessException.invalid("admin.org-unit.error.top-has-no-parent", kindName(unit.getKind()));
            }
        } else {
            parent = requireParentFor(unit.getKind(), newParentCode);
        }
        // Everything is checked before anything changes, and audited only once written.
        String oldName = unit.getName();
        boolean renamed = !name.equals(oldName);
        boolean moved = parent != null && !parent.getId().equals(unit.getParentId());
        String oldParent = !moved || unit.getParentId() == null ? "-"
                : orgUnits.findById(unit.getParentId()).map(OrgUnit::getCode).orElse("-");
        if (renamed) {
            unit.rename(name);
        }
        if (moved) {
            unit.moveUnder(parent.getId());
        }
        if (renamed || moved) {
            CONFLICTS.flush(orgUnits, CONFLICTS.staleKey());
        }
        if (renamed) {
            audit.allowed("admin.org-unit.rename", target(unit), oldName + " → " + name);
        }
        if (moved) {
            audit.allowed("admin.org-unit.move", target(unit), oldParent + " → " + parent.getCode());
        }
        return entryOf(unit);
    }

    @Override
    public OrgUnitEntry deactivate(String code, long expectedVersion) {
        OrgUnit unit = require(code);
        CONFLICTS.requireVersion(unit.getVersion(), expectedVersion);
        if (unit.isActive()) {
            long activeChildren = orgUnits.countByParentIdAndActiveTrue(unit.getId());
            if (activeChildren > 0) {
                throw BusinessException.conflict("admin.org-unit.error.has-active-children", unit.getName(), activeChildren);
            }
            long staff = staffMembers.countByUnit(unit.getId());
            if (staff > 0) {
                throw BusinessException.conflict("admin.org-unit.error.has-staff", unit.getName(), staff);
            }
            unit.deactivate();
            CONFLICTS.flush(orgUnits, CONFLICTS.staleKey());
            audit.allowed("admin.org-unit.deactivate", target(unit), unit.getName());
        }
        return entryOf(unit);
    }

    @Override
    public OrgUnitEntry reactivate(String code, long expectedVersion) {
        OrgUnit unit = require(code);
        CONFLICTS.requireVersion(unit.getVersion(), expectedVersion);
        if (!unit.isActive()) {
            OrgUnit parent = unit.getParentId() == null ? null : orgUnits.findById(unit.getParentId()).orElse(null);
            if (parent != null && !parent.isActive()) {
                throw BusinessException.conflict("admin.org-unit.error.parent-inactive", parent.getName());
            }
            unit.activate();
            CONFLICTS.flush(orgUnits, CONFLICTS.staleKey());
            audit.allowed("admin.org-unit.reactivate", target(unit), unit.getName());
        }
        return entryOf(unit);
    }

    private OrgUnit require(String code) {
        String cleaned = IdentityRules.clean(code);
        return (cleaned == null ? java.util.Optional.<OrgUnit>empty() : orgUnits.findByCode(cleaned))
                .orElseThrow(() -> BusinessException.notFound("admin.org-unit.error.not-found", Objects.toString(code, "")));
    }

    /** The parent a unit of {@code kind} may hang under: exists, is of the required kind, and is active. */
    private OrgUnit requireParentFor(OrgUnitKind kind, String parentCode) {
        OrgUnitKind requiredKind = kind.requiredParent();
        String cleaned = IdentityRules.clean(parentCode);
        if (cleaned == null) {
            throw BusinessException.invalid("admin.org-unit.error.parent-required", kindName(kind), kindName(requiredKind));
        }
        OrgUnit parent = require(cleaned);
        if (parent.getKind() != requiredKind) {
            throw BusinessException.invalid("admin.org-unit.error.parent-kind", kindName(kind), kindName(requiredKind),
                    parent.getName(), kindName(parent.getKind()));
        }
        if (!parent.isActive()) {
            throw BusinessException.conflict("admin.org-unit.error.parent-inactive", parent.getName());
        }
        return parent;
    }

    private OrgUnitEntry entryOf(OrgUnit unit) {
        OrgUnit parent = unit.getParentId() == null ? null : orgUnits.findById(unit.getParentId()).orElse(null);
        return entry(unit, parent, staffMembers.countByUnit(unit.getId()));
    }

    private static OrgUnitEntry entry(OrgUnit unit, OrgUnit parent, long staffCount) {
        return new OrgUnitEntry(unit.getCode(), unit.getName(), unit.getKind(), parent == null ? null : parent.getCode(),
                unit.isActive(), staffCount, unit.getVersion() == null ? 0 : unit.getVersion());
    }

    private static String target(OrgUnit unit) {
        return "org-unit:" + unit.getCode();
    }

    private static Object kindName(OrgUnitKind kind) {
        return OrgUnitKindNames.of(kind);
    }
}
