package org.tongban.identity;

/** An organisation unit as other modules see it; {@code parentCode} is null for the county. */
public record OrgUnitSummary(String code, String name, OrgUnitKind kind, boolean active, String parentCode) {
}
