package org.tongban.identity;

import java.util.List;

/** A staff member as other modules see it: no password, no sign-in state. */
public record StaffSummary(String username, String displayName, boolean enabled, boolean serviceAccount,
                           List<RoleAssignmentView> assignments) {
}
