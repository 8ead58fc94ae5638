package org.tongban.identity;

import java.io.Serializable;

/**
 * An organisation unit as other modules see it: code, name, kind, whether it is in use, and its parent's code (null
 * for the county, and when not known).
 */
public record OrgUnitSummary(String code, String name, OrgUnitKind kind, boolean active, String parentCode)
        implements Serializable {
}
