package org.tongban.workaccess.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.tongban.identity.CandidateGroups;
import org.tongban.identity.Directory;
import org.tongban.identity.OrgUnitKind;
import org.tongban.identity.OrgUnitSummary;
import org.tongban.identity.Roles;
import org.tongban.identity.StaffPrincipal;
import org.tongban.workaccess.TargetScope;

/**
 * Who may see and do what with requests, and which communities a decision covers — the one place for both, so the
 * pages, the REST API and the gate cannot disagree.
 */
@Component
class AccessScope {

    private final WorkAccessSettings settings;
    private final Directory directory;

    AccessScope(WorkAccessSettings settings, Directory directory) {
        this.settings = settings;
        this.directory = directory;
    }

    /** 民政审查 — the reviewers' candidate group. */
    String reviewGroup() {
        return CandidateGroups.unitRole(OrgUnitKind.DEPARTMENT, settings.reviewDepartment(), Roles.CIVIL_AFFAIRS_REVIEWER);
    }

    /** 县级审定 — the county approvers' candidate group. */
    String countyApproverGroup() {
        return CandidateGroups.unitRole(OrgUnitKind.COUNTY, settings.countyCode(), Roles.COUNTY_APPROVER);
    }

    static String handlerGroup(String departmentCode) {
        return CandidateGroups.unitRole(OrgUnitKind.DEPARTMENT, departmentCode, Roles.DEPARTMENT_HANDLER);
    }

    /** Reviewers and county approvers see every request of the county. */
    boolean seesAll(StaffPrincipal staff) {
        return staff.groups().contains(reviewGroup()) || staff.groups().contains(countyApproverGroup());
    }

    boolean reviews(StaffPrincipal staff) {
        return staff.groups().contains(reviewGroup());
    }

    /** The departments whose requests the staff member sees: every department they belong to. */
    List<String> departmentsOf(StaffPrincipal staff) {
        return staff.groups().stream().map(CandidateGroups::parse).flatMap(Optional::stream)
                .filter(group -> group.unitKind() == OrgUnitKind.DEPARTMENT && group.roleCode() == null)
                .map(CandidateGroups.Group::unitCode).sorted().toList();
    }

    /** The department in which the staff member is a handler (部门经办人), if any. */
    Optional<String> handlerDepartmentOf(StaffPrincipal staff) {
        return staff.groups().stream().map(CandidateGroups::parse).flatMap(Optional::stream)
                .filter(group -> group.unitKind() == OrgUnitKind.DEPARTMENT
                        && Roles.DEPARTMENT_HANDLER.equals(group.roleCode()))
                .map(CandidateGroups.Group::unitCode).sorted().findFirst();
    }

    boolean sees(StaffPrincipal staff, AccessRequest request) {
        return seesAll(staff) || staff.groups().contains(
                CandidateGroups.unit(OrgUnitKind.DEPARTMENT, request.departmentCode()));
    }

    /** The communities a community code belongs to a decision's scope by: its own code, or its subdistrict. */
    boolean covers(AccessRequest request, String communityCode) {
        Optional<OrgUnitSummary> unit = directory.findUnit(communityCode);
        if (unit.isEmpty() || unit.get().kind() != OrgUnitKind.COMMUNITY || !unit.get().active()) {
            return false;
        }
        return switch (request.scope()) {
            case ALL -> true;
            case SUBDISTRICTS -> request.targetCodes().contains(unit.get().parentCode());
            case COMMUNITIES -> request.targetCodes().contains(communityCode);
        };
    }

    /** Every active community the scope covers today, by code. */
    List<OrgUnitSummary> communities(TargetScope scope, List<String> targetCodes) {
        return directory.units(OrgUnitKind.COMMUNITY).stream().filter(OrgUnitSummary::active)
                .filter(unit -> switch (scope) {
                    case ALL -> true;
                    case SUBDISTRICTS -> targetCodes.contains(unit.parentCode());
                    case COMMUNITIES -> targetCodes.contains(unit.code());
                }).toList();
    }
}
