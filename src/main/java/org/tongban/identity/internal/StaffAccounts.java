package org.tongban.identity.internal;

import java.time.Clock;
import java.time.LocalDateTime;

import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tongban.identity.StaffPrincipal;

/** Loads staff for Spring Security: the UI form login and HTTP Basic for the REST API use the same accounts. */
@Service
class StaffAccounts implements UserDetailsService {

    private final StaffMembers staffMembers;
    private final IdentityDirectory directory;
    private final Clock clock;

    StaffAccounts(StaffMembers staffMembers, IdentityDirectory directory, Clock clock) {
        this.staffMembers = staffMembers;
        this.directory = directory;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public StaffPrincipal loadUserByUsername(String username) {
        Staff staff = staffMembers.findByUsername(username == null ? "" : username.trim())
                .orElseThrow(() -> new UsernameNotFoundException("unknown user"));
        return new StaffPrincipal(staff.getUsername(), staff.getDisplayName(), staff.getPasswordHash(),
                staff.isEnabled(), staff.isLockedAt(LocalDateTime.now(clock)), staff.isServiceAccount(),
                directory.assignmentViews(staff));
    }
}
