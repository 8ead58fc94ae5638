package org.tongban.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;
import org.tongban.inbox.TaskFilter;
import org.tongban.inbox.TaskInbox;
import org.tongban.inbox.TaskSort;
import org.tongban.testing.SignIn;
import org.tongban.testing.TongbanTest;

/**
 * How long 我的待办's first page takes with 10,000 open tasks offered to the user, against the same user's inbox
 * with a handful of tasks, in one run (so the ratio is meaningful on a busy machine). Not a test: excluded from the
 * build by its tag. Run on H2:
 * <pre>./mvnw -B test -Dtest=InboxFirstPageBenchmark -Dexcluded.test.groups=none</pre>
 * and on MariaDB by adding {@code -Dtest.profiles=test,mysql,mariadb} with {@code MYSQL_URL} etc. as in .ci/run.
 * Results go to stdout and target/benchmarks/inbox-first-page.txt.
 */
@TongbanTest
@Tag("benchmark")
class InboxFirstPageBenchmark {

    static final int OPEN_TASKS = Integer.getInteger("benchmark.tasks", 10_000);
    static final int BATCH = 500;
    static final int WARM_UP = 5;
    static final int RUNS = 30;
    static final String REVIEWER = "sunli";
    static final String FEW_TASKS_USER = "zhaomin";

    @Autowired
    RuntimeService runtimeService;

    @Autowired
    TaskInbox inbox;

    @Autowired
    org.camunda.bpm.engine.TaskService taskService;

    @Autowired
    SignIn signIn;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void firstPageWithTenThousandOpenTasks() throws IOException {
        long seedStart = System.nanoTime();
        for (int done = 0; done < OPEN_TASKS; done += BATCH) {
            int from = done;
            transactions.executeWithoutResult(status -> {
                for (int i = from; i < Math.min(from + BATCH, OPEN_TASKS); i++) {
                    runtimeService.startProcessInstanceByKey("DemoLeaveRequest", String.format("BENCH-%05d", i), variables(i));
                }
            });
        }
        double seedSeconds = (System.nanoTime() - seedStart) / 1e9;

        TaskFilter all = TaskFilter.all();
        List<String> lines = new ArrayList<>();
        lines.add(String.format(Locale.ROOT, "seeded %d open tasks in %.1f s (%.1f ms per case)", OPEN_TASKS, seedSeconds,
                seedSeconds * 1000 / OPEN_TASKS));
        long visible = signIn.as(REVIEWER, () -> inbox.countTasks(all));
        lines.add("tasks visible to " + REVIEWER + ": " + visible);

        Stats firstPage = measure(REVIEWER, () -> inbox.tasks(all, TaskSort.newestFirst(), 0, 50).size());
        Stats count = measure(REVIEWER, () -> (int) inbox.countTasks(all));
        Stats byDue = measure(REVIEWER, () -> inbox.tasks(all, new TaskSort(TaskSort.Field.DUE, true), 0, 50).size());
        Stats search = measure(REVIEWER, () -> inbox.tasks(all.withText("BENCH-0999"), TaskSort.newestFirst(), 0, 50).size());
        Stats deepPage = measure(REVIEWER, () -> inbox.tasks(all, TaskSort.newestFirst(), 9_000, 50).size());
        Stats fewTasks = measure(FEW_TASKS_USER, () -> inbox.tasks(all, TaskSort.newestFirst(), 0, 50).size());
        Stats engineOnly = measure(REVIEWER, () -> taskService.createTaskQuery().active()
                .or().taskAssignee(REVIEWER).taskCandidateUser(REVIEWER).endOr()
                .orderByTaskCreateTime().desc().orderByTaskId().asc().listPage(0, 50).size());
        Stats engineFewTasks = measure(FEW_TASKS_USER, () -> taskService.createTaskQuery().active()
                .or().taskAssignee(FEW_TASKS_USER).taskCandidateUser(FEW_TASKS_USER).endOr()
                .orderByTaskCreateTime().desc().orderByTaskId().asc().listPage(0, 50).size());

        lines.add(firstPage.line("first page (50 rows, newest first)"));
        lines.add(count.line("count for the badge/pager"));
        lines.add(byDue.line("first page sorted by due date"));
        lines.add(search.line("search by case number"));
        lines.add(deepPage.line("page at offset 9,000"));
        lines.add(fewTasks.line("first page of a user with few tasks"));
        lines.add(engineOnly.line("engine task query alone (10k)"));
        lines.add(engineFewTasks.line("engine task query alone (few tasks)"));
        lines.add(String.format(Locale.ROOT, "our first page / engine query alone (median): %.2f", firstPage.median() / engineOnly.median()));
        lines.add(String.format(Locale.ROOT, "ratio first page 10k / few tasks (median): %.1f", firstPage.median() / fewTasks.median()));
        lines.add(String.format(Locale.ROOT, "first page + count (what the screen waits for), median: %.1f ms",
                firstPage.median() + count.median()));

        Path out = Path.of("target", "benchmarks", "inbox-first-page.txt");
        Files.createDirectories(out.getParent());
        Files.write(out, lines);
        lines.forEach(System.out::println);
    }

    private Stats measure(String username, Supplier<Integer> work) {
        return signIn.as(username, () -> {
            for (int i = 0; i < WARM_UP; i++) {
                work.get();
            }
            List<Double> millis = new ArrayList<>();
            for (int i = 0; i < RUNS; i++) {
                long start = System.nanoTime();
                work.get();
                millis.add((System.nanoTime() - start) / 1e6);
            }
            Collections.sort(millis);
            return new Stats(millis);
        });
    }

    private static Map<String, Object> variables(int i) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("initiator", "liuyang");
        variables.put("initiatorName", "刘洋");
        variables.put("initiatorUnitKind", "department");
        variables.put("initiatorUnitCode", "DP-MZ");
        variables.put("caseTitle", "刘洋 · 年休假 " + (i % 5 + 1) + " 天");
        variables.put("leaveType", "annual");
        variables.put("startDate", "2026-12-07");
        variables.put("endDate", "2026-12-09");
        variables.put("days", (long) (i % 5 + 1));
        variables.put("reason", "基准测试用的请假事由");
        variables.put("handover", SpinValues.jsonValue("[\"work\"]").create());
        variables.put("contactPhone", "13912345678");
        variables.put("urgent", i % 10 == 0);
        return variables;
    }

    record Stats(List<Double> sortedMillis) {

        double median() {
            return sortedMillis.get(sortedMillis.size() / 2);
        }

        double p95() {
            return sortedMillis.get((int) Math.ceil(sortedMillis.size() * 0.95) - 1);
        }

        String line(String what) {
            return String.format(Locale.ROOT, "%-40s median %7.1f ms   p95 %7.1f ms", what, median(), p95());
        }
    }
}
