package org.tongban.identity.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.tongban.identity.RoleAssignmentView;

/**
 * Role assignments with unit and role names, the one way they are shown, granted as groups and signed in with. An
 * assignment in an inactive unit, or of a role that no longer exists, grants nothing and is left out.
 */
final class AssignmentViews {

    /**
     * Providers, departments, communities, subdistricts, then the county (the first is the home unit the header
     * shows); by unit code and role code within.
     */
    private static final Comparator<RoleAssignmentView> ORDER = Comparator.comparing(RoleAssignmentView::unitKind)
            .reversed().thenComparing(RoleAssignmentView::unitCode).thenComparing(RoleAssignmentView::roleCode);

    private final Map<Long, OrgUnit> units;
    private final Map<String, Role> roles;

    /** With the units and roles the assignments to be shown refer to (more do no harm). */
    AssignmentViews(Collection<OrgUnit> units, Collection<Role> roles) {
        this.units = units.stream().collect(Collectors.toMap(OrgUnit::getId, Function.identity()));
        this.roles = roles.stream().collect(Collectors.toMap(Role::getCode, Function.identity()));
    }

    List<RoleAssignmentView> of(Collection<RoleAssignment> assignments) {
        List<RoleAssignmentView> views = new ArrayList<>();
        for (RoleAssignment assignment : assignments) {
            OrgUnit unit = units.get(assignment.orgUnitId());
            Role role = roles.get(assignment.roleCode());
            if (unit != null && role != null && unit.isActive()) {
                views.add(new RoleAssignmentView(unit.getKind(), unit.getCode(), unit.getName(), role.getCode(),
                        role.getNameZh(), role.getNameEn()));
            }
        }
        views.sort(ORDER);
        return views;
    }
}
