package org.tongban.identity.internal;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import jakarta.annotation.security.RolesAllowed;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tongban.base.AuditTrail;
import org.tongban.base.BusinessException;
import org.tongban.base.Conflicts;
import org.tongban.base.Messages;
import org.tongban.identity.IdentityRules;
import org.tongban.identity.OrgUnitKind;
import org.tongban.identity.RoleAdministration;
import org.tongban.identity.Roles;

@Service
@Transactional
@RolesAllowed(Roles.ADMIN_AUTHORITY)
class RoleAdministrationService implements RoleAdministration {

    private static final Conflicts CONFLICTS = new Conflicts("admin.error.concurrent-modification");

    private final RolesRepository roles;
    private final StaffMembers staffMembers;
    private final AuditTrail audit;

    RoleAdministrationService(RolesRepository roles, StaffMembers staffMembers, AuditTrail audit) {
        this.roles = roles;
        this.staffMembers = staffMembers;
        this.audit = audit;
    }

    @Override
    @Transactional(readOnly = true)
    public List<RoleEntry> list() {
        Map<String, Long> counts = new HashMap<>();
        for (Object[] row : staffMembers.countStaffByRole()) {
            counts.put((String) row[0], ((Number) row[1]).longValue());
        }
        return roles.findAllByOrderByBuiltinDescCodeAsc().stream()
                .map(role -> entry(role, counts.getOrDefault(role.getCode(), 0L)))
                .toList();
    }

    @Override
    public RoleEntry create(NewRole command) {
        String code = IdentityRules.clean(command.code());
        String nameZh = IdentityRules.clean(command.nameZh());
        String nameEn = IdentityRules.clean(command.nameEn());
        IdentityRules.require(IdentityRules.roleCode(code), IdentityRules.roleNameZh(nameZh),
                IdentityRules.roleNameEn(nameEn));
        Set<OrgUnitKind> kinds = requireKinds(command.unitKinds());
        if (roles.existsById(code)) {
            throw BusinessException.conflict("admin.role.error.code-taken", code);
        }
        Role role = roles.save(new Role(code, nameZh, nameEn, kinds));
        CONFLICTS.flush(roles, "admin.role.error.code-taken", code);
        audit.allowed("admin.role.create", target(code), nameZh + " / " + nameEn + ", unitKinds=" + kinds);
        return entry(role, 0);
    }

    @Override
    public RoleEntry update(String code, RoleChanges changes, long expectedVersion) {
        Role role = require(code);
        CONFLICTS.requireVersion(role.getVersion(), expectedVersion);
        String nameZh = IdentityRules.clean(changes.nameZh());
        String nameEn = IdentityRules.clean(changes.nameEn());
        IdentityRules.require(IdentityRules.roleNameZh(nameZh), IdentityRules.roleNameEn(nameEn));
        Set<OrgUnitKind> kinds = requireKinds(changes.unitKinds());
        Set<OrgUnitKind> removed = role.getUnitKinds();
        removed.removeAll(kinds);
        for (OrgUnitKind kind : removed) {
            long holders = staffMembers.countByRoleInUnitKind(role.getCode(), kind);
            if (holders > 0) {
                throw BusinessException.conflict("admin.role.error.unit-kind-in-use", name(role),
                        OrgUnitKindNames.of(kind), holders);
            }
        }
        boolean changed = !nameZh.equals(role.getNameZh()) || !nameEn.equals(role.getNameEn())
                || !kinds.equals(role.getUnitKinds());
        if (changed) {
            String before = role.getNameZh() + " / " + role.getNameEn() + ", unitKinds=" + role.getUnitKinds();
            role.update(nameZh, nameEn, kinds);
            CONFLICTS.flush(roles, CONFLICTS.staleKey());
            audit.allowed("admin.role.update", target(role.getCode()),
                    before + " → " + nameZh + " / " + nameEn + ", unitKinds=" + kinds);
        }
        return entry(role, staffMembers.countByRole(role.getCode()));
    }

    @Override
    public void delete(String code) {
        Role role = require(code);
        if (role.isBuiltin()) {
            throw BusinessException.conflict("admin.role.error.builtin", name(role));
        }
        long holders = staffMembers.countByRole(role.getCode());
        if (holders > 0) {
            throw BusinessException.conflict("admin.role.error.in-use", name(role), holders);
        }
        roles.delete(role);
        CONFLICTS.flush(roles, CONFLICTS.staleKey());
        audit.allowed("admin.role.delete", target(role.getCode()), role.getNameZh());
    }

    private Role require(String code) {
        String cleaned = IdentityRules.clean(code);
        return (cleaned == null ? java.util.Optional.<Role>empty() : roles.findById(cleaned))
                .orElseThrow(() -> BusinessException.notFound("admin.role.error.not-found", Objects.toString(code, "")));
    }

    private static Set<OrgUnitKind> requireKinds(Set<OrgUnitKind> kinds) {
        if (kinds == null || kinds.isEmpty() || kinds.stream().anyMatch(Objects::isNull)) {
            throw BusinessException.invalid("admin.role.error.unit-kinds-required");
        }
        return EnumSet.copyOf(kinds);
    }

    private static RoleEntry entry(Role role, long staffCount) {
        return new RoleEntry(role.getCode(), role.getNameZh(), role.getNameEn(), role.getUnitKinds(), role.isBuiltin(),
                staffCount, role.getVersion() == null ? 0 : role.getVersion());
    }

    /** A role's name as a message argument: in the language the refusal will be read in. */
    private static String name(Role role) {
        return role.getName(Messages.currentLocale());
    }

    private static String target(String code) {
        return "role:" + code;
    }
}
