package org.tongban.identity;

import java.io.Serializable;
import java.util.List;

/**
 * 组织机构管理 — administrators maintain the county, its subdistricts and communities, the departments and the
 * providers (承接主体) of purchased services. Units are never deleted (cases and audit entries refer to them): they are
 * deactivated, and can be reactivated.
 *
 * <p>Every change takes the version the caller last saw and is refused with a conflict when someone else changed
 * the unit in between. Refusals are {@link org.tongban.base.BusinessException}s with a message key.
 */
public interface OrganisationAdministration {

    /**
     * Every unit, active or not, each after its parent: the county, then its subdistricts (each followed by its
     * communities), then its departments, then the providers.
     */
    List<OrgUnitEntry> tree();

    OrgUnitEntry create(NewOrgUnit unit);

    /**
     * Renames the unit and hangs it under {@code parentCode}, a unit of the kind {@link OrgUnitKind#requiredParent()}
     * names ({@code null} for the county): one change, so a refused parent keeps the old name too.
     */
    OrgUnitEntry update(String code, String name, String parentCode, long expectedVersion);

    /** Refused while the unit has active sub-units or staff with a role in it. */
    OrgUnitEntry deactivate(String code, long expectedVersion);

    /** Refused while the parent is inactive. */
    OrgUnitEntry reactivate(String code, long expectedVersion);

    /** A unit to create; the code cannot change later, the name and parent can. */
    record NewOrgUnit(String code, String name, OrgUnitKind kind, String parentCode) {
    }

    /** A unit as the administration screen shows it. {@code staffCount} counts staff with a role in the unit. */
    record OrgUnitEntry(String code, String name, OrgUnitKind kind, String parentCode, boolean active,
                        long staffCount, long version) implements Serializable {
    }
}
