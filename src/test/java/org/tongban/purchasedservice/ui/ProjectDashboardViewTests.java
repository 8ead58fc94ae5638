package org.tongban.purchasedservice.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.RouterLinkKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tongban.base.ui.AccessDeniedView;
import org.tongban.purchasedservice.ProjectFixtures;
import org.tongban.purchasedservice.ProjectQuery;
import org.tongban.purchasedservice.ProjectReceipt;
import org.tongban.purchasedservice.ProjectRow;
import org.tongban.purchasedservice.ProjectStatus;
import org.tongban.purchasedservice.ServiceProjects;
import org.tongban.testing.UiTestBase;

/**
 * 项目看板 for a project manager: the stage cards count the manager's projects and open the project list filtered
 * by their stage, a budget line shows its use, and the workbook is offered; roles without projects are refused.
 */
@Tag("db")
class ProjectDashboardViewTests extends UiTestBase {

    @Autowired
    ProjectFixtures fixtures;
    @Autowired
    ServiceProjects projects;

    @Test
    @SuppressWarnings("unchecked")
    void aStageCardOpensTheProjectListFilteredByItsStage() {
        ProjectReceipt receipt = fixtures.initiate(fixtures.draft(fixtures.line("1000000")));
        long inReview = signIn.as(ProjectFixtures.MANAGER, () -> projects.count(
                new ProjectQuery(null, Set.of(ProjectStatus.BUDGET_REVIEW))));
        login(ProjectFixtures.MANAGER);
        UI.getCurrent().navigate(ProjectDashboardView.class);

        assertThat(_get(Span.class, spec -> spec.withId("ps-dash-stage-BUDGET_REVIEW-count")).getText())
                .isEqualTo(String.valueOf(inReview));
        assertThat(GridKt._size(_get(Grid.class, spec -> spec.withId("ps-dash-budget")))).isGreaterThanOrEqualTo(1);
        assertThat(_get(Anchor.class, spec -> spec.withId("ps-dash-export")).getHref()).isNotBlank();
        assertThat(MenuConfiguration.getMenuEntries()).extracting(MenuEntry::path)
                .contains("/" + ProjectDashboardView.ROUTE, "/" + ProjectsView.ROUTE);

        RouterLinkKt._click(_get(RouterLink.class, spec -> spec.withId("ps-dash-stage-BUDGET_REVIEW")));

        assertThat(_get(ProjectsView.class)).isNotNull();
        assertThat(_get(Select.class, spec -> spec.withId("ps-projects-status")).getValue())
                .isEqualTo(ProjectStatus.BUDGET_REVIEW);
        Grid<ProjectRow> list = _get(Grid.class, spec -> spec.withId("ps-projects-grid"));
        assertThat(GridKt._size(list)).isEqualTo((int) inReview);
        List<ProjectRow> rows = GridKt._fetch(list, 0, (int) inReview);
        assertThat(rows).allSatisfy(row ->
                assertThat(row.status()).isEqualTo(ProjectStatus.BUDGET_REVIEW));
        assertThat(rows).extracting(ProjectRow::id).contains(receipt.id());
    }

    @Test
    void anUnknownStatusInTheAddressListsEveryStatus() {
        login(ProjectFixtures.FINANCE);
        UI.getCurrent().navigate(ProjectsView.class, QueryParameters.of(ProjectsView.STATUS_PARAMETER, "DRAFT"));

        assertThat(_get(Select.class, spec -> spec.withId("ps-projects-status")).getValue()).isNull();
        long all = signIn.as(ProjectFixtures.FINANCE, () -> projects.count(ProjectQuery.all()));
        assertThat(GridKt._size(_get(Grid.class, spec -> spec.withId("ps-projects-grid")))).isEqualTo((int) all);
    }

    @Test
    void rolesWithoutProjectsAreRefusedAndHaveNoMenuEntry() {
        for (String user : List.of(ProjectFixtures.PROVIDER_A, ProjectFixtures.SPARE_EVALUATOR, "wangfang")) {
            login(user);
            UI.getCurrent().navigate(ProjectDashboardView.class);
            assertThat(_get(AccessDeniedView.class)).as(user).isNotNull();
            assertThat(MenuConfiguration.getMenuEntries()).extracting(MenuEntry::path).as(user)
                    .doesNotContain("/" + ProjectDashboardView.ROUTE);
            logout();
        }
    }
}
