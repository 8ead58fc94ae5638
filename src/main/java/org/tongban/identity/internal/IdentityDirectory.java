package org.tongban.identity.internal;

import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tongban.identity.CandidateGroups;
import org.tongban.identity.Directory;
import org.tongban.identity.OrgUnitKind;
import org.tongban.identity.OrgUnitSummary;
import org.tongban.identity.RoleAssignmentView;
import org.tongban.identity.Roles;
import org.tongban.identity.StaffPrincipal;
import org.tongban.identity.StaffSummary;

@Service
@Transactional(readOnly = true)
public class IdentityDirectory implements Directory {

    private final StaffMembers staffMembers;
    private final OrgUnits orgUnits;
    private final RolesRepository roles;

    IdentityDirectory(StaffMembers staffMembers, OrgUnits orgUnits, RolesRepository roles) {
        this.staffMembers = staffMembers;
        this.orgUnits = orgUnits;
        this.roles = roles;
    }

    @Override
    public Optional<StaffSummary> findStaff(String username) {
        return staffMembers.findByUsername(username).map(this::summaryOf);
    }

    @Override
    public Set<String> groupsOf(String username) {
        return staffMembers.findByUsername(username)
                .filter(Staff::isEnabled)
                .map(staff -> StaffPrincipal.groupsOf(assignmentViews(staff)))
                .orElse(Set.of());
    }

    /** A staff member's groups with names, from their own assignments only: cheap enough for every task query. */
    Map<String, String> namedGroupsOf(String username, Locale locale) {
        return staffMembers.findByUsername(username)
                .filter(Staff::isEnabled)
                .map(staff -> CandidateGroups.namedGroupsOf(assignmentViews(staff), locale))
                .orElse(Map.of());
    }

    @Override
    public List<String> membersOf(String groupId) {
        return membersOfGroup(groupId).stream().map(Staff::getUsername).toList();
    }

    /** Enabled staff in a candidate group, in username order. */
    List<Staff> membersOfGroup(String groupId) {
        Optional<CandidateGroups.Group> parsed = CandidateGroups.parse(groupId);
        if (parsed.isEmpty()) {
            return List.of();
        }
        CandidateGroups.Group group = parsed.get();
        List<Staff> members;
        if (CandidateGroups.CAMUNDA_ADMIN.equals(groupId)) {
            members = staffMembers.findByRole(Roles.ADMIN);
        } else if (!group.isUnitScoped()) {
            members = staffMembers.findByRole(group.roleCode());
        } else {
            Optional<OrgUnit> unit = orgUnits.findByCode(group.unitCode()).filter(u -> u.getKind() == group.unitKind());
            if (unit.isEmpty()) {
                return List.of();
            }
            members = group.roleCode() == null
                    ? staffMembers.findByUnit(unit.get().getId())
                    : staffMembers.findByUnitAndRole(unit.get().getId(), group.roleCode());
        }
        return members.stream()
                .filter(Staff::isEnabled)
                .sorted(Comparator.comparing(Staff::getUsername))
                .toList();
    }

    @Override
    public Map<String, String> displayNames(Collection<String> usernames) {
        Map<String, String> names = new HashMap<>();
        if (usernames.isEmpty()) {
            return names;
        }
        staffMembers.findByUsernameIn(Set.copyOf(usernames))
                .forEach(staff -> names.put(staff.getUsername(), staff.getDisplayName()));
        usernames.forEach(username -> names.putIfAbsent(username, username));
        return names;
    }

    @Override
    public String describeGroup(String groupId, Locale locale) {
        Optional<CandidateGroups.Group> parsed = CandidateGroups.parse(groupId);
        if (parsed.isEmpty()) {
            return groupId;
        }
        CandidateGroups.Group group = parsed.get();
        String roleName = group.roleCode() == null ? null
                : roles.findById(group.roleCode()).map(role -> role.getName(locale)).orElse(group.roleCode());
        if (!group.isUnitScoped()) {
            return roleName;
        }
        String unitName = orgUnits.findByCode(group.unitCode()).map(OrgUnit::getName).orElse(group.unitCode());
        return roleName == null ? unitName : unitName + " · " + roleName;
    }

    /** The assignments of a staff member with unit and role names, in a stable order. */
    List<RoleAssignmentView> assignmentViews(Staff staff) {
        Set<RoleAssignment> assignments = staff.getAssignments();
        if (assignments.isEmpty()) {
            return List.of();
        }
        return new AssignmentViews(orgUnits.findByIdIn(assignments.stream().map(RoleAssignment::orgUnitId).toList()),
                roles.findAllById(assignments.stream().map(RoleAssignment::roleCode).toList())).of(assignments);
    }

    private StaffSummary summaryOf(Staff staff) {
        return new StaffSummary(staff.getUsername(), staff.getDisplayName(), staff.isEnabled(),
                staff.isServiceAccount(), assignmentViews(staff));
    }

    /** Every group that has at least one enabled member, plus the role groups; for Camunda Admin's group lists. */
    Map<String, String> allGroupNames(Locale locale) {
        List<Role> allRoles = roles.findAll();
        AssignmentViews views = new AssignmentViews(orgUnits.findAll(), allRoles);
        Map<String, String> names = new LinkedHashMap<>();
        for (Staff staff : staffMembers.findAll()) {
            if (staff.isEnabled()) {
                names.putAll(CandidateGroups.namedGroupsOf(views.of(staff.getAssignments()), locale));
            }
        }
        allRoles.forEach(role -> names.putIfAbsent(CandidateGroups.role(role.getCode()), role.getName(locale)));
        return names;
    }

    @Override
    public Optional<OrgUnitSummary> findUnit(String code) {
        if (code == null) {
            return Optional.empty();
        }
        return orgUnits.findWithParentCode(code).stream().findFirst()
                .map(row -> summaryOf((OrgUnit) row[0], (String) row[1]));
    }

    /** One read of the organisation for the parents' codes: residents' pages list every community. */
    @Override
    public List<OrgUnitSummary> units(OrgUnitKind kind) {
        List<OrgUnit> all = orgUnits.findAll();
        Map<Long, String> codes = new java.util.HashMap<>();
        all.forEach(unit -> codes.put(unit.getId(), unit.getCode()));
        return all.stream().filter(unit -> unit.getKind() == kind)
                .sorted(java.util.Comparator.comparing(OrgUnit::getCode))
                .map(unit -> summaryOf(unit, codes.get(unit.getParentId()))).toList();
    }

    private static OrgUnitSummary summaryOf(OrgUnit unit, String parentCode) {
        return new OrgUnitSummary(unit.getCode(), unit.getName(), unit.getKind(), unit.isActive(), parentCode);
    }
}
