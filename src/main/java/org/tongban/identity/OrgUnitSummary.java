package org.tongban.identity;

import java.io.Serializable;

/** An organisation unit as other modules see it: code, name, kind and whether it is in use. */
public record OrgUnitSummary(String code, String name, OrgUnitKind kind, boolean active) implements Serializable {
}
