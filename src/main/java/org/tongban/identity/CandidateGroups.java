package org.tongban.identity;

import java.util.Optional;

/**
 * The one naming scheme for Camunda candidate groups, used in BPMN and in data-scope checks:
 * <ul>
 *   <li>{@code <kind>:<unit code>:<role>} — a role within one unit, e.g. {@code community:CM001:director};</li>
 *   <li>{@code <kind>:<unit code>} — everyone in a unit, e.g. {@code department:DP-MZ};</li>
 *   <li>{@code role:<role>} — a role anywhere, e.g. {@code role:front-desk} (used for who may start a process);</li>
 *   <li>{@code camunda-admin} — system administrators, who may use Cockpit, Tasklist and Admin.</li>
 * </ul>
 */
public final class CandidateGroups {

    public static final String ROLE_PREFIX = "role";
    public static final String CAMUNDA_ADMIN = "camunda-admin";
    private static final String SEPARATOR = ":";

    private CandidateGroups() {
    }

    public static String unitRole(OrgUnitKind kind, String unitCode, String roleCode) {
        return kind.groupPrefix() + SEPARATOR + unitCode + SEPARATOR + roleCode;
    }

    public static String unit(OrgUnitKind kind, String unitCode) {
        return kind.groupPrefix() + SEPARATOR + unitCode;
    }

    public static String role(String roleCode) {
        return ROLE_PREFIX + SEPARATOR + roleCode;
    }

    /**
     * The groups a staff member's assignments grant, with display names, e.g. {@code community:CM001:director} →
     * "和平社区 · 社区书记/主任". The one place that decides group membership.
     */
    public static java.util.Map<String, String> namedGroupsOf(java.util.List<RoleAssignmentView> assignments,
                                                             java.util.Locale locale) {
        java.util.Map<String, String> groups = new java.util.LinkedHashMap<>();
        for (RoleAssignmentView assignment : assignments) {
            String roleName = assignment.roleName(locale);
            groups.put(assignment.candidateGroup(), assignment.unitName() + " · " + roleName);
            groups.put(unit(assignment.unitKind(), assignment.unitCode()), assignment.unitName());
            groups.put(role(assignment.roleCode()), roleName);
            if (Roles.ADMIN.equals(assignment.roleCode())) {
                groups.put(CAMUNDA_ADMIN, roleName);
            }
        }
        return groups;
    }

    /** Reads a group id of the scheme; empty for ids outside it. */
    public static Optional<Group> parse(String groupId) {
        if (groupId == null) {
            return Optional.empty();
        }
        if (CAMUNDA_ADMIN.equals(groupId)) {
            return Optional.of(new Group(null, null, "admin"));
        }
        String[] parts = groupId.split(SEPARATOR, -1);
        if (parts.length == 2 && ROLE_PREFIX.equals(parts[0]) && !parts[1].isEmpty()) {
            return Optional.of(new Group(null, null, parts[1]));
        }
        if (parts.length < 2 || parts.length > 3 || parts[1].isEmpty()) {
            return Optional.empty();
        }
        Optional<OrgUnitKind> kind = OrgUnitKind.fromGroupPrefix(parts[0]);
        if (kind.isEmpty() || (parts.length == 3 && parts[2].isEmpty())) {
            return Optional.empty();
        }
        return Optional.of(new Group(kind.get(), parts[1], parts.length == 3 ? parts[2] : null));
    }

    /**
     * A parsed group id. {@code unitKind}/{@code unitCode} are null for role-wide groups; {@code roleCode} is null for
     * whole-unit groups.
     */
    public record Group(OrgUnitKind unitKind, String unitCode, String roleCode) {

        public boolean isUnitScoped() {
            return unitCode != null;
        }
    }
}
