package org.tongban.identity;

import java.io.Serializable;
import java.util.Locale;

/** One role a staff member holds in one organisation unit, with display names. */
public record RoleAssignmentView(OrgUnitKind unitKind, String unitCode, String unitName, String roleCode,
                                 String roleNameZh, String roleNameEn) implements Serializable {

    public String roleName(Locale locale) {
        return Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) ? roleNameEn : roleNameZh;
    }

    public String candidateGroup() {
        return CandidateGroups.unitRole(unitKind, unitCode, roleCode);
    }
}
