package org.tongban.onewindow.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;

import org.springframework.data.jpa.domain.Specification;
import org.tongban.base.ResidentIdentifiers;
import org.tongban.identity.CandidateGroups;
import org.tongban.identity.OrgUnitKind;
import org.tongban.onewindow.CaseQuery;
import org.tongban.onewindow.CaseStatus;

/**
 * Builds the search of 办件查询 as one query: the caller's scope (units that received the case, departments that
 * have it) and the filters. Every condition can use an index of {@code ow_case}.
 */
final class CaseSearch {

    private static final java.util.regex.Pattern ID_NUMBER = java.util.regex.Pattern.compile("\\d{17}[0-9X]");
    private static final String CASE_NUMBER_PREFIX = "SQ-";

    private CaseSearch() {
    }

    static Specification<ServiceCase> of(CaseQuery query, Set<String> groups, Clock clock) {
        return (root, criteria, builder) -> {
            List<Predicate> conditions = new ArrayList<>();
            conditions.add(scope(root, builder, groups));
            String text = query.text() == null ? null : query.text().strip();
            if (text != null && !text.isEmpty()) {
                conditions.add(textCondition(root, builder, text));
            }
            if (query.itemCode() != null && !query.itemCode().isBlank()) {
                conditions.add(builder.equal(root.get("itemCode"), query.itemCode()));
            }
            if (query.status() != null) {
                conditions.add(builder.equal(root.get("status"), query.status()));
            }
            if (query.receivedFrom() != null) {
                conditions.add(builder.greaterThanOrEqualTo(root.get("receivedAt"), query.receivedFrom().atStartOfDay()));
            }
            if (query.receivedTo() != null) {
                conditions.add(builder.lessThan(root.get("receivedAt"), query.receivedTo().plusDays(1).atStartOfDay()));
            }
            if (query.overdueOnly()) {
                conditions.add(builder.equal(root.get("status"), CaseStatus.ACCEPTED));
                conditions.add(builder.lessThan(root.get("dueOn"), LocalDate.now(clock)));
            }
            return builder.and(conditions.toArray(Predicate[]::new));
        };
    }

    /**
     * One condition for what the text looks like, so each can use its index: an ID number (whole), a case number
     * (its start), otherwise a name (its start).
     */
    private static Predicate textCondition(Root<ServiceCase> root, CriteriaBuilder builder, String text) {
        String upper = ResidentIdentifiers.normalise(text);
        if (ID_NUMBER.matcher(upper).matches()) {
            return builder.equal(root.get("applicantIdNumber"), upper);
        }
        if (upper.startsWith(CASE_NUMBER_PREFIX)) {
            return builder.like(root.get("caseNumber"), escape(upper) + "%", '\\');
        }
        return builder.like(root.get("applicantName"), escape(text) + "%", '\\');
    }

    /** Only the scope, for the board's counts. */
    static Specification<ServiceCase> scope(Set<String> groups) {
        return (root, criteria, builder) -> scope(root, builder, groups);
    }

    /** Cases received by one of the caller's communities/subdistricts, or with one of their departments. */
    private static Predicate scope(Root<ServiceCase> root, CriteriaBuilder builder, Set<String> groups) {
        List<String> units = new ArrayList<>();
        List<String> departments = new ArrayList<>();
        for (String group : groups) {
            CandidateGroups.parse(group).filter(parsed -> parsed.isUnitScoped() && parsed.roleCode() == null)
                    .ifPresent(parsed -> (parsed.unitKind() == OrgUnitKind.DEPARTMENT ? departments : units)
                            .add(parsed.unitCode()));
        }
        List<Predicate> reach = new ArrayList<>();
        if (!units.isEmpty()) {
            reach.add(root.get("acceptingUnitCode").in(units));
        }
        if (!departments.isEmpty()) {
            reach.add(root.get("departmentCode").in(departments));
        }
        return reach.isEmpty() ? builder.disjunction() : builder.or(reach.toArray(Predicate[]::new));
    }

    private static String escape(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
