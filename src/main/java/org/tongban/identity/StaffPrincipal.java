package org.tongban.identity;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in staff member as Spring Security sees it: roles as authorities, and the candidate groups the user
 * belongs to, computed once at sign-in. An administrator's change of the account's roles, service-account flag,
 * password or enabled state ends its open sessions, so the change takes effect at the next sign-in.
 */
public final class StaffPrincipal implements UserDetails, CredentialsContainer {

    private static final long serialVersionUID = 1L;

    private final String username;
    private final String displayName;
    private String passwordHash;
    private final boolean enabled;
    private final boolean locked;
    private final boolean serviceAccount;
    private final List<RoleAssignmentView> assignments;
    private final Set<String> groups;
    private final Set<GrantedAuthority> authorities;

    public StaffPrincipal(String username, String displayName, String passwordHash, boolean enabled, boolean locked,
                          boolean serviceAccount, List<RoleAssignmentView> assignments) {
        this.username = username;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.enabled = enabled;
        this.locked = locked;
        this.serviceAccount = serviceAccount;
        this.assignments = List.copyOf(assignments);
        this.groups = groupsOf(assignments);
        Set<GrantedAuthority> roles = new LinkedHashSet<>();
        assignments.forEach(assignment -> roles.add(new SimpleGrantedAuthority(Roles.authorityOf(assignment.roleCode()))));
        this.authorities = Set.copyOf(roles);
    }

    /** Every candidate group of the scheme in {@link CandidateGroups} that these assignments grant. */
    public static Set<String> groupsOf(List<RoleAssignmentView> assignments) {
        return Set.copyOf(CandidateGroups.namedGroupsOf(assignments, java.util.Locale.SIMPLIFIED_CHINESE).keySet());
    }

    public String displayName() {
        return displayName;
    }

    public boolean isServiceAccount() {
        return serviceAccount;
    }

    public List<RoleAssignmentView> assignments() {
        return assignments;
    }

    public Set<String> groups() {
        return groups;
    }

    public boolean hasRole(String roleCode) {
        return assignments.stream().anyMatch(assignment -> assignment.roleCode().equals(roleCode));
    }

    /** The first assignment: shown in the header and used as the "home" unit of a request the user starts. */
    public java.util.Optional<RoleAssignmentView> primaryAssignment() {
        return assignments.stream().findFirst();
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return authorities;
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isAccountNonLocked() {
        return !locked;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof StaffPrincipal principal && principal.username.equals(username);
    }

    @Override
    public int hashCode() {
        return username.hashCode();
    }

    @Override
    public String toString() {
        return "StaffPrincipal[" + username + "]";
    }
}
