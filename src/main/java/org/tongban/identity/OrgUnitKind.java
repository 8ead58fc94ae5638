package org.tongban.identity;

/** The levels of the organisation; the lower-case name is the first segment of a candidate group id. */
public enum OrgUnitKind {
    /** 县/市 */
    COUNTY,
    /** 街道/乡镇 */
    SUBDISTRICT,
    /** 社区/村 */
    COMMUNITY,
    /** 职能部门 */
    DEPARTMENT,
    /**
     * 承接主体 — an organisation outside the government that takes purchased services (a social organisation, a
     * social-work agency, an enterprise); its staff sign in to bid and report on their projects.
     */
    PROVIDER;

    /** The bundle key of the kind's name, e.g. 社区（村）. */
    public String messageKey() {
        return "identity.kind." + name();
    }

    public String groupPrefix() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** The kind a unit of this kind must hang under, or null for the county at the top. */
    public OrgUnitKind requiredParent() {
        return switch (this) {
            case COUNTY -> null;
            case SUBDISTRICT, DEPARTMENT, PROVIDER -> COUNTY;
            case COMMUNITY -> SUBDISTRICT;
        };
    }

    public static java.util.Optional<OrgUnitKind> fromGroupPrefix(String prefix) {
        for (OrgUnitKind kind : values()) {
            if (kind.groupPrefix().equals(prefix)) {
                return java.util.Optional.of(kind);
            }
        }
        return java.util.Optional.empty();
    }
}
