package org.tongban.identity.internal;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tongban.base.AuditTrail;
import org.tongban.base.BusinessException;
import org.tongban.base.Conflicts;
import org.tongban.base.Messages;
import org.tongban.identity.CurrentStaff;
import org.tongban.identity.IdentityRules;
import org.tongban.identity.Roles;
import org.tongban.identity.StaffAdministration;

@Service
@Transactional
@RolesAllowed(Roles.ADMIN_AUTHORITY)
class StaffAdministrationService implements StaffAdministration {

    private static final Conflicts CONFLICTS = new Conflicts("admin.error.concurrent-modification");

    static final String READ_PERSONAL_DATA = "staff.read-personal-data";

    private final StaffMembers staffMembers;
    private final OrgUnits orgUnits;
    private final RolesRepository roles;
    private final PasswordEncoder passwordEncoder;
    private final AuditTrail audit;
    private final CurrentStaff currentStaff;
    private final StaffSessions sessions;
    private final Clock clock;

    StaffAdministrationService(StaffMembers staffMembers, OrgUnits orgUnits, RolesRepository roles,
                               PasswordEncoder passwordEncoder, AuditTrail audit, CurrentStaff currentStaff,
                               StaffSessions sessions, Clock clock) {
        this.staffMembers = staffMembers;
        this.orgUnits = orgUnits;
        this.roles = roles;
        this.passwordEncoder = passwordEncoder;
        this.audit = audit;
        this.currentStaff = currentStaff;
        this.sessions = sessions;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public Page<StaffListItem> search(String text, Pageable pageable) {
        String cleaned = IdentityRules.clean(text);
        String pattern = cleaned == null ? null : "%" + cleaned.toLowerCase(Locale.ROOT) + "%";
        // The query sorts by user name; a sort from the grid is not supported.
        Pageable unsorted = PageRequest.of(pageable.getPageNumber(), pageable.getPageSize());
        Page<Staff> page = staffMembers.search(pattern, unsorted);
        AssignmentViews views = assignmentViews();
        LocalDateTime now = LocalDateTime.now(clock);
        return page.map(staff -> new StaffListItem(staff.getUsername(), staff.getDisplayName(),
                IdentityRules.maskPhone(staff.getPhone()), staff.isEnabled(), staff.isServiceAccount(),
                staff.isLockedAt(now), staff.getLastLoginAt(), views.of(staff.getAssignments())));
    }

    @Override
    @Transactional(readOnly = true)
    public StaffDetails details(String username) {
        Staff staff = require(username);
        audit.allowed(READ_PERSONAL_DATA, target(staff), "phone, for editing");
        return detailsOf(staff);
    }

    @Override
    public StaffDetails create(NewStaff command) {
        String username = IdentityRules.clean(command.username());
        String displayName = IdentityRules.clean(command.displayName());
        String phone = IdentityRules.clean(command.phone());
        IdentityRules.require(IdentityRules.username(username), IdentityRules.displayName(displayName),
                IdentityRules.phone(phone), IdentityRules.password(command.initialPassword(), username));
        if (staffMembers.existsByUsername(username)) {
            throw BusinessException.conflict("admin.staff.error.username-taken", username);
        }
        Set<RoleAssignment> assignments = resolve(command.assignments(), command.serviceAccount());
        Staff staff = new Staff(username, displayName, phone, passwordEncoder.encode(command.initialPassword()),
                command.serviceAccount(), LocalDateTime.now(clock));
        assignments.forEach(staff::assign);
        staffMembers.save(staff);
        CONFLICTS.flush(staffMembers, "admin.staff.error.username-taken", username);
        audit.allowed("admin.staff.create", target(staff), "displayName=" + displayName
                + ", serviceAccount=" + command.serviceAccount() + ", roles=" + describe(assignments));
        return detailsOf(staff);
    }

    @Override
    public StaffDetails update(String username, StaffUpdate update, long expectedVersion) {
        Staff staff = require(username);
        CONFLICTS.requireVersion(staff.getVersion(), expectedVersion);
        String displayName = IdentityRules.clean(update.displayName());
        String phone = IdentityRules.clean(update.phone());
        IdentityRules.require(IdentityRules.displayName(displayName), IdentityRules.phone(phone));
        Set<RoleAssignment> assignments = resolve(update.assignments(), update.serviceAccount());
        boolean holdsAdmin = holdsAdmin(staff.getAssignments());
        boolean keepsAdmin = holdsAdmin(assignments);
        if (isCaller(staff)) {
            if (update.serviceAccount() && !staff.isServiceAccount()) {
                throw refused(staff, "admin.staff.error.self-service-account");
            }
            if (holdsAdmin && !keepsAdmin) {
                throw refused(staff, "admin.staff.error.self-demote");
            }
        }
        boolean wasActiveAdmin = staff.isEnabled() && !staff.isServiceAccount() && holdsAdmin;
        boolean staysActiveAdmin = staff.isEnabled() && !update.serviceAccount() && keepsAdmin;
        if (wasActiveAdmin && !staysActiveAdmin) {
            requireAnotherAdmin(staff);
        }

        List<String> changed = new ArrayList<>();
        if (!displayName.equals(staff.getDisplayName())) {
            changed.add("displayName=" + displayName);
        }
        if (!Objects.equals(phone, staff.getPhone())) {
            changed.add("phone changed");
        }
        staff.updateProfile(displayName, phone);
        boolean serviceAccountChanged = update.serviceAccount() != staff.isServiceAccount();
        if (serviceAccountChanged) {
            changed.add("serviceAccount=" + update.serviceAccount());
            staff.changeServiceAccount(update.serviceAccount());
        }
        boolean rolesChanged = !assignments.equals(staff.getAssignments());
        String oldRoles = describe(staff.getAssignments());
        if (rolesChanged) {
            staff.replaceAssignments(assignments);
        }
        CONFLICTS.flush(staffMembers, CONFLICTS.staleKey());
        if (!changed.isEmpty()) {
            audit.allowed("admin.staff.update", target(staff), String.join(", ", changed));
        }
        if (rolesChanged) {
            audit.allowed("admin.staff.assign-roles", target(staff), oldRoles + " → " + describe(assignments));
        }
        if (rolesChanged || serviceAccountChanged) {
            sessions.expireAfterCommit(staff.getUsername());
        }
        return detailsOf(staff);
    }

    @Override
    public void enable(String username) {
        Staff staff = require(username);
        if (!staff.isEnabled()) {
            staff.enable();
            CONFLICTS.flush(staffMembers, CONFLICTS.staleKey());
            audit.allowed("admin.staff.enable", target(staff), null);
        }
    }

    @Override
    public void disable(String username) {
        Staff staff = require(username);
        if (!staff.isEnabled()) {
            return;
        }
        if (isCaller(staff)) {
            throw refused(staff, "admin.staff.error.self-disable");
        }
        if (!staff.isServiceAccount() && holdsAdmin(staff.getAssignments())) {
            requireAnotherAdmin(staff);
        }
        staff.disable();
        CONFLICTS.flush(staffMembers, CONFLICTS.staleKey());
        audit.allowed("admin.staff.disable", target(staff), null);
        sessions.expireAfterCommit(staff.getUsername());
    }

    @Override
    public void resetPassword(String username, String newPassword) {
        Staff staff = require(username);
        IdentityRules.require(IdentityRules.password(newPassword, staff.getUsername()));
        staff.changePassword(passwordEncoder.encode(newPassword));
        CONFLICTS.flush(staffMembers, CONFLICTS.staleKey());
        audit.allowed("admin.staff.reset-password", target(staff), null);
        sessions.expireAfterCommit(staff.getUsername());
    }

    @Override
    public void unlock(String username) {
        Staff staff = require(username);
        if (staff.getLockedUntil() != null || staff.getFailedAttempts() > 0) {
            staff.unlock();
            CONFLICTS.flush(staffMembers, CONFLICTS.staleKey());
            audit.allowed("admin.staff.unlock", target(staff), null);
        }
    }

    private Staff require(String username) {
        String cleaned = IdentityRules.clean(username);
        return (cleaned == null ? java.util.Optional.<Staff>empty() : staffMembers.findByUsername(cleaned))
                .orElseThrow(() -> BusinessException.notFound("admin.staff.error.not-found", Objects.toString(username, "")));
    }

    /**
     * Checks the requested assignments: known, active units; known roles allowed in the unit's kind; no repeats;
     * at least one for a person (service accounts may have none).
     */
    private Set<RoleAssignment> resolve(List<UnitRole> requested, boolean serviceAccount) {
        List<UnitRole> wanted = requested == null ? List.of() : requested;
        if (wanted.isEmpty() && !serviceAccount) {
            throw BusinessException.invalid("admin.staff.error.assignment-required");
        }
        Set<RoleAssignment> assignments = new LinkedHashSet<>();
        for (UnitRole unitRole : wanted) {
            if (unitRole == null || IdentityRules.clean(unitRole.unitCode()) == null
                    || IdentityRules.clean(unitRole.roleCode()) == null) {
                throw BusinessException.invalid("admin.staff.error.assignment-incomplete");
            }
            OrgUnit unit = orgUnits.findByCode(unitRole.unitCode().strip()).orElseThrow(() ->
                    BusinessException.notFound("admin.org-unit.error.not-found", unitRole.unitCode()));
            Role role = roles.findById(unitRole.roleCode().strip()).orElseThrow(() ->
                    BusinessException.notFound("admin.role.error.not-found", unitRole.roleCode()));
            if (!unit.isActive()) {
                throw BusinessException.invalid("admin.staff.error.unit-inactive", unit.getName());
            }
            if (!role.allowsUnitKind(unit.getKind())) {
                throw BusinessException.invalid("admin.staff.error.role-not-allowed", roleName(role), unit.getName(),
                        OrgUnitKindNames.of(unit.getKind()), OrgUnitKindNames.list(role.getUnitKinds()));
            }
            if (!assignments.add(new RoleAssignment(unit.getId(), role.getCode()))) {
                throw BusinessException.invalid("admin.staff.error.duplicate-assignment", unit.getName(), roleName(role));
            }
        }
        return assignments;
    }

    /** A role's name as a message argument: in the language the refusal will be read in. */
    private static String roleName(Role role) {
        return role.getName(Messages.currentLocale());
    }

    private static boolean holdsAdmin(Collection<RoleAssignment> assignments) {
        return assignments.stream().anyMatch(assignment -> Roles.ADMIN.equals(assignment.roleCode()));
    }

    private boolean isCaller(Staff staff) {
        return currentStaff.find().map(caller -> caller.getUsername().equals(staff.getUsername())).orElse(false);
    }

    /**
     * Two administrators taking each other's role at the same moment would each still count the other. Whoever takes
     * an administrator away therefore queues on the administrator role's row, and counts once the one before has
     * committed (READ COMMITTED: the count then sees that change).
     */
    private void requireAnotherAdmin(Staff staff) {
        roles.lockByCode(Roles.ADMIN);
        if (staffMembers.countOtherPeopleWithRole(Roles.ADMIN, staff.getUsername()) == 0) {
            throw refused(staff, "admin.staff.error.last-admin", staff.getDisplayName());
        }
    }

    /** A refusal that protects administration itself is worth an audit entry. */
    private BusinessException refused(Staff staff, String messageKey, Object... arguments) {
        audit.denied("admin.staff.refused", target(staff), messageKey);
        return BusinessException.conflict(messageKey, arguments);
    }

    private StaffDetails detailsOf(Staff staff) {
        LocalDateTime now = LocalDateTime.now(clock);
        return new StaffDetails(staff.getUsername(), staff.getDisplayName(), staff.getPhone(), staff.isEnabled(),
                staff.isServiceAccount(), staff.isLockedAt(now), staff.isLockedAt(now) ? staff.getLockedUntil() : null,
                staff.getLastLoginAt(), assignmentViews().of(staff.getAssignments()),
                staff.getVersion() == null ? 0 : staff.getVersion());
    }

    private String describe(Collection<RoleAssignment> assignments) {
        Map<Long, OrgUnit> units = orgUnits.findByIdIn(assignments.stream().map(RoleAssignment::orgUnitId).toList())
                .stream().collect(Collectors.toMap(OrgUnit::getId, Function.identity()));
        return assignments.stream()
                .map(assignment -> units.containsKey(assignment.orgUnitId())
                        ? units.get(assignment.orgUnitId()).getCode() + ":" + assignment.roleCode()
                        : assignment.orgUnitId() + ":" + assignment.roleCode())
                .sorted()
                .collect(Collectors.joining(" ", "[", "]"));
    }

    private static String target(Staff staff) {
        return "staff:" + staff.getUsername();
    }

    /** Unit and role names for a page of staff, loaded once: both tables are small. */
    private AssignmentViews assignmentViews() {
        return new AssignmentViews(orgUnits.findAll(), roles.findAll());
    }
}
