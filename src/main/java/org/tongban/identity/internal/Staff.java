package org.tongban.identity.internal;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.DynamicUpdate;
import org.hibernate.annotations.OptimisticLock;

/**
 * A staff member or service account, with role assignments and sign-in state. Guards its own lockout rule: after
 * the configured number of consecutive failures the account is locked for the configured duration.
 *
 * <p>The sign-in state is bookkeeping, not part of what an administrator edits: it does not count as a change for
 * the optimistic lock (a sign-in must not make an open edit dialog fail, nor fail against one), and only changed
 * columns are written, so an administrator's save does not write back a stale failure count. Concurrent sign-ins
 * serialise on the row instead (see {@link LoginAttempts}).
 */
@Entity
@Table(name = "identity_staff")
@DynamicUpdate
public class Staff {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true)
    private String username;

    @Column(name = "display_name", nullable = false)
    private String displayName;

    private String phone;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Column(nullable = false)
    private boolean enabled = true;

    @Column(name = "service_account", nullable = false)
    private boolean serviceAccount;

    @OptimisticLock(excluded = true)
    @Column(name = "failed_attempts", nullable = false)
    private int failedAttempts;

    @OptimisticLock(excluded = true)
    @Column(name = "locked_until")
    private LocalDateTime lockedUntil;

    @OptimisticLock(excluded = true)
    @Column(name = "last_login_at")
    private LocalDateTime lastLoginAt;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @Version
    private Long version;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "identity_role_assignment", joinColumns = @JoinColumn(name = "staff_id"))
    private Set<RoleAssignment> assignments = new LinkedHashSet<>();

    protected Staff() {
    }

    public Staff(String username, String displayName, String phone, String passwordHash, boolean serviceAccount,
                 LocalDateTime createdAt) {
        this.username = username;
        this.displayName = displayName;
        this.phone = phone;
        this.passwordHash = passwordHash;
        this.serviceAccount = serviceAccount;
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getPhone() {
        return phone;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public boolean isServiceAccount() {
        return serviceAccount;
    }

    public int getFailedAttempts() {
        return failedAttempts;
    }

    public LocalDateTime getLockedUntil() {
        return lockedUntil;
    }

    public LocalDateTime getLastLoginAt() {
        return lastLoginAt;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    public Long getVersion() {
        return version;
    }

    public Set<RoleAssignment> getAssignments() {
        return Set.copyOf(assignments);
    }

    public boolean isLockedAt(LocalDateTime now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    /**
     * Counts a wrong password; locks the account once {@code maxFailures} consecutive failures are reached.
     *
     * @return whether this failure locked the account
     */
    public boolean recordFailedLogin(LocalDateTime now, int maxFailures, Duration lockDuration) {
        if (isLockedAt(now)) {
            return false;
        }
        failedAttempts++;
        if (failedAttempts >= maxFailures) {
            lockedUntil = now.plus(lockDuration);
            failedAttempts = 0;
            return true;
        }
        return false;
    }

    public void recordSuccessfulLogin(LocalDateTime now) {
        failedAttempts = 0;
        lockedUntil = null;
        lastLoginAt = now;
    }

    public void unlock() {
        failedAttempts = 0;
        lockedUntil = null;
    }

    public void changePassword(String newPasswordHash) {
        this.passwordHash = newPasswordHash;
    }

    public void updateProfile(String newDisplayName, String newPhone) {
        this.displayName = newDisplayName;
        this.phone = newPhone;
    }

    /** Service accounts sign in to the REST API only, never to the screens. */
    public void changeServiceAccount(boolean newServiceAccount) {
        this.serviceAccount = newServiceAccount;
    }

    public void enable() {
        this.enabled = true;
    }

    public void disable() {
        this.enabled = false;
    }

    public void replaceAssignments(Collection<RoleAssignment> newAssignments) {
        assignments.clear();
        assignments.addAll(newAssignments);
    }

    public void assign(RoleAssignment assignment) {
        assignments.add(assignment);
    }
}
