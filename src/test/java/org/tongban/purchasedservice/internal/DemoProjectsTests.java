package org.tongban.purchasedservice.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.List;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tongban.identity.Directory;
import org.tongban.identity.RunAsStaff;
import org.tongban.purchasedservice.Bids;
import org.tongban.purchasedservice.Delivery;
import org.tongban.purchasedservice.EvaluationGrade;
import org.tongban.purchasedservice.PanelScoring;
import org.tongban.purchasedservice.PerformanceEvaluations;
import org.tongban.purchasedservice.ProjectQuery;
import org.tongban.purchasedservice.ProjectRow;
import org.tongban.purchasedservice.ProjectStatus;
import org.tongban.purchasedservice.ProviderSelection;
import org.tongban.purchasedservice.ServiceProjects;
import org.tongban.testing.TongbanTest;

/**
 * The five demo projects reach their stages through the real services, once. The suite runs with
 * {@code tongban.demo-data.projects=false} so that other tests start from none; this test seeds them itself.
 */
@TongbanTest
@Tag("db")
class DemoProjectsTests {

    @Autowired
    ServiceProjects projects;
    @Autowired
    Bids bids;
    @Autowired
    ProviderSelection selection;
    @Autowired
    PanelScoring scoring;
    @Autowired
    Delivery delivery;
    @Autowired
    PerformanceEvaluations evaluations;
    @Autowired
    TaskService tasks;
    @Autowired
    ManagementService management;
    @Autowired
    RuntimeService runtime;
    @Autowired
    Directory directory;
    @Autowired
    RunAsStaff runAs;
    @Autowired
    Clock clock;

    @Test
    void eachDemoProjectStopsAtItsStageAndASecondStartAddsNothing() {
        DemoProjects demo = new DemoProjects(projects, bids, selection, scoring, delivery, evaluations, tasks,
                management, runtime, directory, runAs, clock);
        demo.run(null);
        demo.run(null);

        List<ProjectStatus> statuses = DemoProjects.SEEDS.stream().map(seed -> {
            List<ProjectRow> rows = runAs.call(DemoProjects.MANAGER,
                    () -> projects.search(new ProjectQuery(seed.title(), null), 0, 100)).stream()
                    .filter(row -> row.title().equals(seed.title())).toList();
            assertThat(rows).as(seed.title()).hasSize(1);
            return rows.get(0).status();
        }).toList();
        assertThat(statuses).containsExactly(ProjectStatus.BUDGET_REVIEW, ProjectStatus.PUBLISHED,
                ProjectStatus.CONTRACTED, ProjectStatus.UNDER_EVALUATION, ProjectStatus.CLOSED);

        String closedTitle = DemoProjects.SEEDS.get(4).title();
        long closed = runAs.call(DemoProjects.MANAGER, () -> projects.search(new ProjectQuery(closedTitle, null), 0, 100))
                .stream().filter(row -> row.title().equals(closedTitle)).findFirst().orElseThrow().id();
        assertThat(runAs.call(DemoProjects.MANAGER, () -> evaluations.evaluation(closed)).grade())
                .isEqualTo(EvaluationGrade.GOOD);
        assertThat(tasks.createTaskQuery().taskAssignee("tangyu").taskDefinitionKey("Task_Evaluate").count())
                .isPositive();
    }
}
