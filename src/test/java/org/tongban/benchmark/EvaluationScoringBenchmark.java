package org.tongban.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tongban.catalog.Indicator;
import org.tongban.purchasedservice.BudgetLineEntry;
import org.tongban.purchasedservice.PerformanceEvaluations;
import org.tongban.purchasedservice.ProjectFixtures;
import org.tongban.purchasedservice.ProjectReceipt;
import org.tongban.testing.SignIn;
import org.tongban.testing.TongbanTest;

/**
 * 绩效评价打分: how long an evaluator waits when saving the whole indicator sheet of the seeded template ET-01 through
 * the real service (every level-3 indicator with its points and evidence, checked against the revision fixed at
 * signing) — the first save, which writes every score, saving again with changed points, and the submit, whose last
 * evaluator's turn also grades the project (EvaluationGrade.dmn) and moves the process on. {@code
 * benchmark.evaluation-projects} projects (default 10, two more to warm up) are driven to acceptance by the fixtures,
 * each evaluated by the four demo evaluators. Not a test: excluded from the build by its tag. Run on H2:
 * <pre>./mvnw -B -o surefire:test -Dtest=EvaluationScoringBenchmark -Dexcluded.test.groups=none</pre>
 * and on MariaDB (a fresh database) by adding {@code -Dtest.profiles=test,mysql,mariadb} with {@code MYSQL_URL} etc.
 * as in .ci/run. Results go to stdout and target/benchmarks/evaluation-scoring.txt.
 */
@TongbanTest
@Tag("benchmark")
class EvaluationScoringBenchmark {

    static final int PROJECTS = Integer.getInteger("benchmark.evaluation-projects", 10);
    static final int WARM_UP = 2;
    static final int SAVES_AGAIN = 5;
    static final List<String> EVALUATORS = List.of("zhengxue", "fengtao", "tangyu", "xuli");

    @Autowired
    PerformanceEvaluations evaluations;
    @Autowired
    ProjectFixtures fixtures;
    @Autowired
    SignIn signIn;

    @Test
    void indicatorSheetSaveTime() throws IOException {
        BudgetLineEntry line = fixtures.line("100000000");
        List<Long> firstSaves = new ArrayList<>();
        List<Long> savesAgain = new ArrayList<>();
        List<Long> submits = new ArrayList<>();
        long driving = 0;
        int indicators = 0;
        for (int project = 0; project < WARM_UP + PROJECTS; project++) {
            boolean measured = project >= WARM_UP;
            long t0 = System.nanoTime();
            ProjectReceipt receipt = fixtures.accepted(fixtures.draft(line));
            signIn.as(ProjectFixtures.MANAGER, () -> evaluations.assignEvaluators(
                    fixtures.taskId(receipt, "Task_AssignEvaluators"), EVALUATORS));
            driving += System.nanoTime() - t0;
            for (String evaluator : EVALUATORS) {
                String taskId = fixtures.evaluationTask(receipt, evaluator);
                PerformanceEvaluations.EvaluationSheet sheet = signIn.as(evaluator, () -> evaluations.sheet(taskId));
                indicators = (int) sheet.indicators().stream().filter(Indicator::scored).count();
                List<PerformanceEvaluations.IndicatorPoints> high = ProjectFixtures.pointsAt(sheet, 0.9);
                List<PerformanceEvaluations.IndicatorPoints> lower = ProjectFixtures.pointsAt(sheet, 0.8);
                record(firstSaves, measured, () -> signIn.as(evaluator, () -> evaluations.save(taskId, high,
                        "初评，证据见服务台账。")));
                for (int again = 0; again < SAVES_AGAIN; again++) {
                    List<PerformanceEvaluations.IndicatorPoints> points = again % 2 == 0 ? lower : high;
                    record(savesAgain, measured, () -> signIn.as(evaluator, () -> evaluations.save(taskId, points,
                            "复核后调整。")));
                }
                record(submits, measured, () -> signIn.as(evaluator, () -> evaluations.submit(taskId, high,
                        "总体按合同完成。")));
            }
        }
        String report = String.format(Locale.ROOT,
                "evaluation scoring: the whole ET-01 sheet (%d level-3 indicators, points and evidence each) saved by"
                        + " the evaluator through PerformanceEvaluations, %d projects x %d evaluators after %d projects"
                        + " of warm-up (fixtures drove each project to acceptance in %.1f s on average)%n"
                        + "%s%s%s",
                indicators, PROJECTS, EVALUATORS.size(), WARM_UP, driving / 1e9 / (WARM_UP + PROJECTS),
                line("first save (every score written)", firstSaves),
                line("save again, points changed", savesAgain),
                line("submit (the last one grades)", submits));
        System.out.print(report);
        Path out = Path.of("target", "benchmarks", "evaluation-scoring.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
    }

    private static void record(List<Long> times, boolean measured, Runnable save) {
        long t0 = System.nanoTime();
        save.run();
        if (measured) {
            times.add(System.nanoTime() - t0);
        }
    }

    private static String line(String label, List<Long> nanos) {
        Collections.sort(nanos);
        return String.format(Locale.ROOT, "  %-34s p50 %6.1f ms  p95 %6.1f ms  max %6.1f ms  over %d%n", label,
                nanos.get(nanos.size() / 2) / 1e6, nanos.get((int) (nanos.size() * 0.95)) / 1e6,
                nanos.get(nanos.size() - 1) / 1e6, nanos.size());
    }
}
