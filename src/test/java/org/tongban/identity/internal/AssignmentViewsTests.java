package org.tongban.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;
import org.tongban.identity.OrgUnitKind;
import org.tongban.identity.RoleAssignmentView;

/** The one way assignments become views: for screens, principals and Camunda's group lists alike. */
class AssignmentViewsTests {

    private final OrgUnit county = unit(1L, "YX", OrgUnitKind.COUNTY);
    private final OrgUnit community = unit(2L, "CM001", OrgUnitKind.COMMUNITY);
    private final OrgUnit closed = unit(3L, "CM009", OrgUnitKind.COMMUNITY);
    private final Role frontDesk = new Role("front-desk", "窗口人员", "Front-desk staff", Set.of(OrgUnitKind.COMMUNITY));
    private final Role evaluator = new Role("evaluator", "评估员", "Evaluator", Set.of(OrgUnitKind.COUNTY));

    @Test
    void namesTheAssignmentsLocalUnitsFirstAndLeavesOutWhatGrantsNothing() {
        closed.deactivate();
        AssignmentViews views = new AssignmentViews(List.of(county, community, closed), List.of(frontDesk, evaluator));

        List<RoleAssignmentView> shown = views.of(List.of(
                new RoleAssignment(2L, "front-desk"),
                new RoleAssignment(3L, "front-desk"),
                new RoleAssignment(1L, "evaluator"),
                new RoleAssignment(1L, "deleted-role")));

        assertThat(shown).extracting(RoleAssignmentView::candidateGroup)
                .containsExactly("community:CM001:front-desk", "county:YX:evaluator");
        assertThat(shown.get(0).roleNameEn()).isEqualTo("Front-desk staff");
    }

    private static OrgUnit unit(long id, String code, OrgUnitKind kind) {
        OrgUnit unit = new OrgUnit(code, code, kind, null);
        ReflectionTestUtils.setField(unit, "id", id);
        return unit;
    }
}
