package org.tongban.purchasedservice.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.persistence.TypedQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;

import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Component;
import org.tongban.identity.CandidateGroups;
import org.tongban.identity.OrgUnitKind;
import org.tongban.identity.Roles;
import org.tongban.identity.StaffPrincipal;

/**
 * Who sees which projects: the buying unit's own staff its projects (a county department, or a street office buying
 * for its communities), finance reviewers every project (they decide the budgets), evaluators the projects whose panel
 * they sit on or whose performance they evaluate. Providers see none of this: their bids are theirs alone (BidService). The one place that decides it.
 */
@Component
class ProjectScope {

    private final PanelMembers members;
    private final EvaluationAssignments evaluations;

    ProjectScope(PanelMembers members, EvaluationAssignments evaluations) {
        this.members = members;
        this.evaluations = evaluations;
    }

    boolean financeReviewer(StaffPrincipal me) {
        return me.groups().contains(CandidateGroups.role(PurchaseProcess.FINANCE_ROLE));
    }

    /** Whether the caller can see any project at all: finance, a buying unit's staff, or an evaluator. */
    boolean projectStaff(StaffPrincipal me) {
        return financeReviewer(me) || !buyingUnits(me).isEmpty() || me.hasRole(Roles.EVALUATOR);
    }

    /** Also a member of its evaluation panel in any round, or one of its performance evaluators. */
    boolean mayRead(StaffPrincipal me, ServiceProject project) {
        return financeReviewer(me) || buyingUnits(me).contains(project.departmentCode())
                || members.existsByProjectIdAndEvaluator(project.id(), me.getUsername())
                || evaluations.existsByProjectIdAndEvaluator(project.id(), me.getUsername());
    }

    /** Units the caller belongs to that can buy: departments and subdistricts. */
    List<String> buyingUnits(StaffPrincipal me) {
        List<String> units = new ArrayList<>();
        for (String group : me.groups()) {
            CandidateGroups.parse(group).filter(parsed -> parsed.isUnitScoped() && parsed.roleCode() == null)
                    .filter(parsed -> parsed.unitKind() == OrgUnitKind.DEPARTMENT
                            || parsed.unitKind() == OrgUnitKind.SUBDISTRICT)
                    .ifPresent(parsed -> units.add(parsed.unitCode()));
        }
        return units;
    }

    /** The units in which the caller is a project manager, as candidate groups of that role. */
    List<CandidateGroups.Group> managedUnits(StaffPrincipal me) {
        List<CandidateGroups.Group> units = new ArrayList<>();
        for (String group : me.groups()) {
            CandidateGroups.parse(group).filter(parsed -> Roles.PROJECT_MANAGER.equals(parsed.roleCode()))
                    .filter(parsed -> parsed.unitKind() == OrgUnitKind.DEPARTMENT
                            || parsed.unitKind() == OrgUnitKind.SUBDISTRICT)
                    .ifPresent(units::add);
        }
        return units;
    }

    Specification<ServiceProject> specification(StaffPrincipal me) {
        if (financeReviewer(me)) {
            return (root, query, builder) -> builder.conjunction();
        }
        List<String> units = buyingUnits(me);
        String username = me.getUsername();
        return (root, query, builder) -> {
            Subquery<Long> panels = query.subquery(Long.class);
            Root<PanelMember> member = panels.from(PanelMember.class);
            panels.select(member.get("projectId")).where(builder.equal(member.get("evaluator"), username));
            Subquery<Long> evaluating = query.subquery(Long.class);
            Root<EvaluationAssignment> assignment = evaluating.from(EvaluationAssignment.class);
            evaluating.select(assignment.get("projectId")).where(builder.equal(assignment.get("evaluator"), username));
            Predicate assigned = builder.or(root.get("id").in(panels), root.get("id").in(evaluating));
            return units.isEmpty() ? assigned : builder.or(root.get("departmentCode").in(units), assigned);
        };
    }

    /**
     * {@link #specification} as a JPQL condition on the project alias {@code project}, for aggregate queries
     * (ProjectDashboardTests holds both to the same counts for each kind of viewer).
     */
    Jpql jpql(StaffPrincipal me, String project) {
        if (financeReviewer(me)) {
            return new Jpql("1 = 1", Map.of());
        }
        List<String> units = buyingUnits(me);
        String assigned = project + ".id in (select m.projectId from PanelMember m where m.evaluator = :scopeUser)"
                + " or " + project + ".id in (select e.projectId from EvaluationAssignment e"
                + " where e.evaluator = :scopeUser)";
        return units.isEmpty() ? new Jpql("(" + assigned + ")", Map.of("scopeUser", me.getUsername()))
                : new Jpql("(" + project + ".departmentCode in :scopeUnits or " + assigned + ")",
                        Map.of("scopeUser", me.getUsername(), "scopeUnits", units));
    }

    /** A condition to put after {@code where} (or {@code and}) and the parameters it needs. */
    record Jpql(String condition, Map<String, Object> parameters) {

        <T> TypedQuery<T> bind(TypedQuery<T> query) {
            parameters.forEach(query::setParameter);
            return query;
        }
    }
}
