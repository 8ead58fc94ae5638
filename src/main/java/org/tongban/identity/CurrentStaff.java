package org.tongban.identity;

import java.util.Optional;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.tongban.base.BusinessException;

/** The staff member on whose behalf the current request runs. */
@Component
public class CurrentStaff {

    public Optional<StaffPrincipal> find() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof StaffPrincipal principal) {
            return Optional.of(principal);
        }
        return Optional.empty();
    }

    /** The signed-in staff member; refuses when nobody is signed in. */
    public StaffPrincipal require() {
        return find().orElseThrow(() -> BusinessException.forbidden("error.not-signed-in"));
    }
}
