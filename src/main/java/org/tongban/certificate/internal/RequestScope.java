package org.tongban.certificate.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import jakarta.persistence.TypedQuery;

import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Component;
import org.tongban.identity.CandidateGroups;
import org.tongban.identity.OrgUnitKind;
import org.tongban.identity.Roles;
import org.tongban.identity.StaffPrincipal;

/**
 * Who sees which requests: a community's own staff its requests, the subdistrict's staff those of its communities,
 * civil-affairs reviewers the county's (they supervise 减证便民). The one place that decides it, for the request
 * page, the register and the figures alike.
 */
@Component
class RequestScope {

    boolean mayRead(StaffPrincipal me, String communityCode, String subdistrictCode) {
        Set<String> groups = me.groups();
        return countyWide(me)
                || groups.contains(CandidateGroups.unit(OrgUnitKind.COMMUNITY, communityCode))
                || groups.contains(CandidateGroups.unit(OrgUnitKind.SUBDISTRICT, subdistrictCode));
    }

    boolean countyWide(StaffPrincipal me) {
        return me.groups().contains(CandidateGroups.role(Roles.CIVIL_AFFAIRS_REVIEWER));
    }

    /** A role of the community itself, e.g. its front desk. */
    boolean hasRole(StaffPrincipal me, String communityCode, String role) {
        return me.groups().contains(CandidateGroups.unitRole(OrgUnitKind.COMMUNITY, communityCode, role));
    }

    /** What {@code me} sees: the county, or the communities and subdistricts they belong to (possibly none). */
    Visible visible(StaffPrincipal me) {
        if (countyWide(me)) {
            return new Visible(true, List.of(), List.of());
        }
        List<String> communities = new ArrayList<>();
        List<String> subdistricts = new ArrayList<>();
        for (String group : me.groups()) {
            CandidateGroups.parse(group).filter(parsed -> parsed.isUnitScoped() && parsed.roleCode() == null)
                    .ifPresent(parsed -> {
                        if (parsed.unitKind() == OrgUnitKind.COMMUNITY) {
                            communities.add(parsed.unitCode());
                        } else if (parsed.unitKind() == OrgUnitKind.SUBDISTRICT) {
                            subdistricts.add(parsed.unitCode());
                        }
                    });
        }
        return new Visible(false, List.copyOf(communities), List.copyOf(subdistricts));
    }

    /** A viewer's part of the county, as a query condition on requests (or rows with the same two columns). */
    record Visible(boolean all, List<String> communities, List<String> subdistricts) {

        boolean nothing() {
            return !all && communities.isEmpty() && subdistricts.isEmpty();
        }

        /** For JPQL: {@code ""} for the county, else an {@code and (…)} over the alias's unit columns. */
        String clause(String alias) {
            return all ? "" : " and (" + alias + ".communityCode in :communities or " + alias
                    + ".subdistrictCode in :subdistricts)";
        }

        <T> TypedQuery<T> bind(TypedQuery<T> query) {
            // No unit has the empty code: an empty list would not be valid SQL.
            return all ? query : query.setParameter("communities", orNone(communities))
                    .setParameter("subdistricts", orNone(subdistricts));
        }

        <T> Specification<T> specification() {
            return (root, query, builder) -> all ? builder.conjunction() : builder.or(
                    root.get("communityCode").in(orNone(communities)),
                    root.get("subdistrictCode").in(orNone(subdistricts)));
        }

        private static List<String> orNone(List<String> codes) {
            return codes.isEmpty() ? List.of("") : codes;
        }
    }
}
