package org.tongban.identity;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

/**
 * 人员管理 — administrators create staff and service accounts, edit their profile and role assignments, enable and
 * disable them, reset passwords and unlock accounts locked by wrong passwords.
 *
 * <p>Guards: an administrator cannot disable, demote or turn into a service account their own account, and the last
 * enabled administrator stays one. Phone numbers are personal data: lists show them masked, and reading the full
 * number ({@link #details}) is recorded in the audit trail.
 */
public interface StaffAdministration {

    /** Staff whose user name or display name contains {@code text} (blank for all), by user name. */
    Page<StaffListItem> search(String text, Pageable pageable);

    /** The full record for the edit dialog, phone number included; the read is audited. */
    StaffDetails details(String username);

    StaffDetails create(NewStaff staff);

    /** Profile, service-account flag and role assignments in one change. */
    StaffDetails update(String username, StaffUpdate update, long expectedVersion);

    void enable(String username);

    void disable(String username);

    /** Sets a new password by the password policy; the administrator tells the user by another channel. */
    void resetPassword(String username, String newPassword);

    /** Lifts a lockout after wrong passwords before it runs out. */
    void unlock(String username);

    /** One role in one unit. */
    record UnitRole(String unitCode, String roleCode) implements Serializable {
    }

    record NewStaff(String username, String displayName, String phone, String initialPassword,
                    boolean serviceAccount, List<UnitRole> assignments) {
    }

    record StaffUpdate(String displayName, String phone, boolean serviceAccount, List<UnitRole> assignments) {
    }

    /** A row of the staff list; the phone number is masked ({@code 138****0001}). */
    record StaffListItem(String username, String displayName, String maskedPhone, boolean enabled,
                         boolean serviceAccount, boolean locked, LocalDateTime lastLoginAt,
                         List<RoleAssignmentView> assignments) implements Serializable {
    }

    record StaffDetails(String username, String displayName, String phone, boolean enabled, boolean serviceAccount,
                        boolean locked, LocalDateTime lockedUntil, LocalDateTime lastLoginAt,
                        List<RoleAssignmentView> assignments, long version) implements Serializable {
    }
}
