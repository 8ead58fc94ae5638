package org.tongban.identity;

import java.io.Serializable;
import java.util.Set;

/**
 * 角色管理 — the built-in roles (see {@link Roles}) are referred to by processes: they can be renamed and their unit
 * kinds changed, but never deleted. Administrators may add custom roles and delete them while nobody holds them.
 * A unit kind cannot be taken from a role while staff hold the role in a unit of that kind.
 */
public interface RoleAdministration {

    /** Built-in roles first, then by code. */
    java.util.List<RoleEntry> list();

    RoleEntry create(NewRole role);

    RoleEntry update(String code, RoleChanges changes, long expectedVersion);

    void delete(String code);

    record NewRole(String code, String nameZh, String nameEn, Set<OrgUnitKind> unitKinds) {
    }

    record RoleChanges(String nameZh, String nameEn, Set<OrgUnitKind> unitKinds) {
    }

    /** {@code staffCount} counts staff holding the role anywhere. */
    record RoleEntry(String code, String nameZh, String nameEn, Set<OrgUnitKind> unitKinds, boolean builtin,
                     long staffCount, long version) implements Serializable {
    }
}
