package org.tongban.identity.internal;

import java.util.List;
import java.util.Set;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.tongban.identity.CurrentStaff;
import org.tongban.identity.RoleAssignmentView;
import org.tongban.identity.StaffPrincipal;

/** Who the caller is, with units, roles and candidate groups: the first call a client system makes. */
@RestController
@RequestMapping("/api/v1/me")
@Tag(name = "身份 Identity")
class MeApi {

    private final CurrentStaff currentStaff;

    MeApi(CurrentStaff currentStaff) {
        this.currentStaff = currentStaff;
    }

    @GetMapping
    @Operation(summary = "当前用户 — the signed-in account, its units, roles and candidate groups")
    Me me() {
        StaffPrincipal me = currentStaff.require();
        return new Me(me.getUsername(), me.displayName(), me.isServiceAccount(), me.assignments(), me.groups());
    }

    record Me(String username, String displayName, boolean serviceAccount, List<RoleAssignmentView> assignments,
              Set<String> groups) {
    }
}
