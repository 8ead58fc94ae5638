package org.tongban.identity.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A role held in an org unit; part of the {@link Staff} aggregate. */
@Embeddable
public record RoleAssignment(@Column(name = "org_unit_id", nullable = false) Long orgUnitId,
                             @Column(name = "role_code", nullable = false) String roleCode) {
}
