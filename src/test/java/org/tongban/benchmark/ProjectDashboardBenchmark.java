package org.tongban.benchmark;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.tongban.purchasedservice.EvaluationGrade;
import org.tongban.purchasedservice.ProjectDashboard;
import org.tongban.purchasedservice.ProjectStatus;
import org.tongban.purchasedservice.PurchaseMethod;
import org.tongban.testing.SignIn;
import org.tongban.testing.TongbanTest;

/**
 * 项目看板 with {@code benchmark.projects} projects (default 5,000) across eight buying units, two budget years and
 * every stage, as the stages leave them: bids, contracts and three milestones each from the contract on (some overdue,
 * some due soon, paid and payable), panels, evaluators and grades. Written straight into the tables; the dashboard
 * reads only those. Then p50/p95/max of the whole dashboard as 民政局's project manager (a county department's
 * eighth) and as finance (every project), with the index of V19 and again without it, in one run so the ratio
 * means something on a busy machine; and the Excel export. Not a test: excluded from the build by its tag. Run on H2:
 * <pre>./mvnw -B -o surefire:test -Dtest=ProjectDashboardBenchmark -Dexcluded.test.groups=none</pre>
 * and on MariaDB (a fresh database) by adding {@code -Dtest.profiles=test,mysql,mariadb} with {@code MYSQL_URL} etc.
 * as in .ci/run. Results go to stdout and target/benchmarks/project-dashboard.txt.
 */
@TongbanTest
@Tag("benchmark")
class ProjectDashboardBenchmark {

    static final int PROJECTS = Integer.getInteger("benchmark.projects", 5_000);
    static final int RUNS = Integer.getInteger("benchmark.runs", 200);
    static final int WARM_UP = 30;
    static final int EXPORTS = 10;
    static final int BATCH = 1_000;
    static final String PREFIX = "GM-BENCH-";
    static final String MANAGER = "wuhao";
    static final String FINANCE = "caiwen";
    static final String[][] UNITS = {{"DP-MZ", "县民政局"}, {"DP-RS", "县人力资源和社会保障局"},
            {"DP-YB", "县医疗保障局"}, {"DP-CL", "县残疾人联合会"}, {"DP-WJ", "县卫生健康局"},
            {"DP-SF", "县司法局"}, {"SD01", "城关街道"}, {"SD02", "东湖街道"}};
    static final String[] EVALUATORS = {"zhengxue", "fengtao", "tangyu", "xuli"};
    static final int PROVIDERS = 40;
    /** V19's index, dropped and created again to time the dashboard without it. */
    static final Map<String, String> INDEXES = Map.of("ix_ps_milestone_open", "ps_milestone (status, due_on)");

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ProjectDashboard dashboard;
    @Autowired
    SignIn signIn;
    @Autowired
    Clock clock;

    @Test
    void dashboardLoadP95() throws IOException {
        long seedStart = System.nanoTime();
        int seeded = seed();
        double seedSeconds = (System.nanoTime() - seedStart) / 1e9;
        int year = LocalDate.now(clock).getYear();
        ProjectDashboard.Figures mine = signIn.as(MANAGER, () -> dashboard.figures(year));
        ProjectDashboard.Figures all = signIn.as(FINANCE, () -> dashboard.figures(year));
        StringBuilder report = new StringBuilder(String.format(Locale.ROOT,
                "project dashboard on %s with %d projects (%s seeded in %.1f s); the whole dashboard (one call of"
                        + " ProjectDashboard.figures: 9 queries and the unit names), %d runs after %d warm-up%n"
                        + "  the manager sees %d projects, %d budget lines, %d overdue + %d due-soon milestones, %d"
                        + " evaluations pending, %d providers graded; finance %d projects, %d lines%n",
                database(), PROJECTS, seeded == 0 ? "already" : String.valueOf(seeded), seedSeconds, RUNS, WARM_UP,
                mine.projects(), mine.budget().size(), mine.overdue(), mine.dueSoon(), mine.evaluationsPending(),
                mine.grades().size(), all.projects(), all.budget().size()));
        double[] managerIndexed = time(() -> signIn.as(MANAGER, () -> dashboard.figures(year)));
        double[] financeIndexed = time(() -> signIn.as(FINANCE, () -> dashboard.figures(year)));
        report.append(line("manager (民政局), with the V19 index", managerIndexed));
        report.append(line("finance (all), with the V19 index", financeIndexed));
        dropIndexes();
        try {
            double[] managerBare = time(() -> signIn.as(MANAGER, () -> dashboard.figures(year)));
            double[] financeBare = time(() -> signIn.as(FINANCE, () -> dashboard.figures(year)));
            report.append(line("manager (民政局), without it", managerBare));
            report.append(line("finance (all), without it", financeBare));
            report.append(String.format(Locale.ROOT, "  p95 without / with the index: manager %.2f, finance %.2f%n",
                    managerBare[1] / managerIndexed[1], financeBare[1] / financeIndexed[1]));
        } finally {
            createIndexes();
        }
        List<Long> exports = new ArrayList<>();
        int bytes = 0;
        for (int i = 0; i < EXPORTS + 2; i++) {
            long t0 = System.nanoTime();
            bytes = signIn.as(FINANCE, () -> dashboard.workbook()).length;
            if (i >= 2) {
                exports.add(System.nanoTime() - t0);
            }
        }
        Collections.sort(exports);
        report.append(String.format(Locale.ROOT, "  Excel export of every project (finance, %d KB): median %.0f ms,"
                + " max %.0f ms over %d%n", bytes / 1024, exports.get(exports.size() / 2) / 1e6,
                exports.get(exports.size() - 1) / 1e6, exports.size()));
        System.out.print(report);
        Path out = Path.of("target", "benchmarks", "project-dashboard.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
    }

    /** p50, p95 and max in milliseconds. */
    private static double[] time(Supplier<?> load) {
        for (int i = 0; i < WARM_UP; i++) {
            load.get();
        }
        List<Long> nanos = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            long t0 = System.nanoTime();
            load.get();
            nanos.add(System.nanoTime() - t0);
        }
        Collections.sort(nanos);
        return new double[] {nanos.get(RUNS / 2) / 1e6, nanos.get((int) (RUNS * 0.95)) / 1e6,
                nanos.get(RUNS - 1) / 1e6};
    }

    private static String line(String label, double[] times) {
        return String.format(Locale.ROOT, "  %-36s p50 %6.1f ms  p95 %6.1f ms  max %6.1f ms%n", label, times[0],
                times[1], times[2]);
    }

    private String database() {
        return jdbc.execute((Connection connection) -> connection.getMetaData().getDatabaseProductName()
                + " " + connection.getMetaData().getDatabaseProductVersion());
    }

    private void dropIndexes() {
        boolean h2 = database().startsWith("H2");
        INDEXES.forEach((name, columns) -> jdbc.execute(h2 ? "DROP INDEX " + name
                : "DROP INDEX " + name + " ON " + columns.substring(0, columns.indexOf(' '))));
    }

    private void createIndexes() {
        INDEXES.forEach((name, columns) -> jdbc.execute("CREATE INDEX " + name + " ON " + columns));
    }

    // --- the data ---

    /** A pipeline a few years deep: most projects delivering or closed, a few in each early stage (per 100). */
    private static List<ProjectStatus> stages() {
        Map<ProjectStatus, Integer> share = new LinkedHashMap<>();
        share.put(ProjectStatus.BUDGET_REVIEW, 3);
        share.put(ProjectStatus.RETURNED, 1);
        share.put(ProjectStatus.BUDGET_REFUSED, 2);
        share.put(ProjectStatus.WITHDRAWN, 1);
        share.put(ProjectStatus.TO_PUBLISH, 3);
        share.put(ProjectStatus.PUBLISHED, 4);
        share.put(ProjectStatus.NO_BIDS, 2);
        share.put(ProjectStatus.EVALUATING, 3);
        share.put(ProjectStatus.RESULT_PUBLISHED, 2);
        share.put(ProjectStatus.AWARDED, 2);
        share.put(ProjectStatus.CONTRACTED, 25);
        share.put(ProjectStatus.ACCEPTED, 3);
        share.put(ProjectStatus.UNDER_EVALUATION, 5);
        share.put(ProjectStatus.GRADED, 4);
        share.put(ProjectStatus.SETTLED, 5);
        share.put(ProjectStatus.CLOSED, 35);
        List<ProjectStatus> stages = new ArrayList<>();
        share.forEach((status, count) -> stages.addAll(Collections.nCopies(count, status)));
        // Spread each stage over the units instead of giving one unit all of one stage.
        Collections.shuffle(stages, new Random(7));
        return stages;
    }

    /** The number of projects written, or 0 when an earlier run left them. */
    private int seed() {
        if (jdbc.queryForObject("select count(*) from ps_project where project_number like ?", Long.class,
                PREFIX + "%") > 0) {
            return 0;
        }
        LocalDate today = LocalDate.now(clock);
        LocalDateTime now = LocalDateTime.now(clock).withNano(0);
        int[] years = {today.getYear() - 1, today.getYear()};
        Map<String, Long> lines = new HashMap<>();
        for (String[] unit : UNITS) {
            for (int year : years) {
                for (int line = 1; line <= 2; line++) {
                    String code = "BENCH-" + unit[0] + "-" + year + "-" + line;
                    jdbc.update("INSERT INTO ps_budget_line (code, department_code, budget_year, name, amount,"
                            + " committed, changed_by, changed_at, version) VALUES (?, ?, ?, ?, ?, 0, 'caiwen', ?, 0)",
                            code, unit[0], year, unit[1] + year + "年购买服务额度" + line, new BigDecimal("200000000"),
                            Timestamp.valueOf(now));
                    lines.put(unit[0] + year + line, jdbc.queryForObject("select id from ps_budget_line where code = ?",
                            Long.class, code));
                }
            }
        }
        List<ProjectStatus> stages = stages();
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < PROJECTS; i++) {
            String[] unit = UNITS[i % UNITS.length];
            ProjectStatus status = stages.get(i % stages.size());
            int year = years[(i / UNITS.length) % 2];
            BigDecimal amount = BigDecimal.valueOf(50_000 + (i % 46) * 10_000L);
            boolean graded = status == ProjectStatus.GRADED || status == ProjectStatus.SETTLED
                    || status == ProjectStatus.CLOSED;
            EvaluationGrade grade = grade(i);
            rows.add(new Object[] {String.format("%s%05d", PREFIX, i), unit[0], unit[1], MANAGER,
                    unit[1] + "购买服务项目" + i, amount, lines.get(unit[0] + year + (i % 2 + 1)), status.name(),
                    Timestamp.valueOf(now.minusDays(700 - (i * 700L / PROJECTS))),
                    status.ordinal() >= ProjectStatus.TO_PUBLISH.ordinal()
                            ? PurchaseMethod.REQUEST_FOR_QUOTATION.name() : null,
                    status.ordinal() >= ProjectStatus.EVALUATING.ordinal() && status != ProjectStatus.NO_BIDS ? 1 : 0,
                    graded ? score(grade, i) : null, graded ? grade.name() : null,
                    graded ? Timestamp.valueOf(now.minusDays(i % 200)) : null});
            if (rows.size() == BATCH) {
                insertProjects(rows);
            }
        }
        insertProjects(rows);
        jdbc.update("UPDATE ps_budget_line SET committed = (SELECT COALESCE(SUM(p.budget_amount), 0) FROM ps_project p"
                + " WHERE p.budget_line_id = ps_budget_line.id AND p.status NOT IN ('BUDGET_REVIEW', 'RETURNED',"
                + " 'BUDGET_REFUSED', 'WITHDRAWN')) WHERE code LIKE 'BENCH-%'");
        seedDelivery(today, now);
        return PROJECTS;
    }

    /** Three in ten 优, five 良, one 中, one 差. */
    private static EvaluationGrade grade(int i) {
        return switch (i % 10) {
            case 0, 1, 2 -> EvaluationGrade.EXCELLENT;
            case 8 -> EvaluationGrade.FAIR;
            case 9 -> EvaluationGrade.POOR;
            default -> EvaluationGrade.GOOD;
        };
    }

    private static BigDecimal score(EvaluationGrade grade, int i) {
        int base = switch (grade) {
            case EXCELLENT -> 90;
            case GOOD -> 80;
            case FAIR -> 60;
            case POOR -> 40;
        };
        return BigDecimal.valueOf(base * 100L + (i * 37L) % 900, 2);
    }

    private void insertProjects(List<Object[]> rows) {
        jdbc.batchUpdate("INSERT INTO ps_project (project_number, department_code, department_name, manager, title,"
                + " need, target_group, content, outputs, outcomes, budget_amount, budget_line_id, duration_months,"
                + " circumstance, public_commitment, status, created_at, method, selection_round, evaluation_score,"
                + " evaluation_grade, graded_at, version) VALUES (?, ?, ?, ?, ?, '辖区居民的服务需求', '辖区居民',"
                + " '上门服务、个案管理', '服务 1,000 人次', '服务对象满意率不低于 90%', ?, ?, 12, 'NONE', FALSE, ?, ?, ?, ?,"
                + " ?, ?, ?, 0)", rows);
        rows.clear();
    }

    /** Panels, bids, contracts, milestones and evaluators of the projects past each step. */
    private void seedDelivery(LocalDate today, LocalDateTime now) {
        List<Object[]> projects = jdbc.query("SELECT id, project_number, status, budget_amount FROM ps_project"
                + " WHERE project_number LIKE ? ORDER BY id", (result, row) -> new Object[] {result.getLong(1),
                result.getString(2), ProjectStatus.valueOf(result.getString(3)), result.getBigDecimal(4)},
                PREFIX + "%");
        List<Object[]> panel = new ArrayList<>();
        List<Object[]> bids = new ArrayList<>();
        for (Object[] project : projects) {
            ProjectStatus status = (ProjectStatus) project[2];
            if (status.ordinal() < ProjectStatus.EVALUATING.ordinal() || status == ProjectStatus.NO_BIDS) {
                continue;
            }
            long id = (Long) project[0];
            for (int member = 0; member < 3; member++) {
                panel.add(new Object[] {id, EVALUATORS[(int) ((id + member) % EVALUATORS.length)],
                        Timestamp.valueOf(now.minusDays(90))});
            }
            bids.add(new Object[] {id, providerCode(id), providerName(id),
                    Timestamp.valueOf(now.minusDays(100)), ((BigDecimal) project[3]).multiply(new BigDecimal("0.95"))});
        }
        batches("INSERT INTO ps_panel_member (project_id, selection_round, evaluator, appointed_by, appointed_at,"
                + " conflict) VALUES (?, 1, ?, 'wuhao', ?, FALSE)", panel);
        batches("INSERT INTO ps_bid (project_id, provider_code, provider_name, submitted_by, submitted_at, price,"
                + " plan_summary, contact, version) VALUES (?, ?, ?, 'bench', ?, ?, '服务方案', '联系人', 0)", bids);
        Map<Long, Long> bidOf = new HashMap<>();
        jdbc.queryForList("SELECT b.id, b.project_id FROM ps_bid b JOIN ps_project p ON p.id = b.project_id"
                + " WHERE p.project_number LIKE ?", PREFIX + "%").forEach(row -> bidOf.put(
                ((Number) row.get("project_id")).longValue(), ((Number) row.get("id")).longValue()));
        List<Object[]> contracts = new ArrayList<>();
        List<Object[]> milestones = new ArrayList<>();
        List<Object[]> evaluators = new ArrayList<>();
        for (Object[] project : projects) {
            ProjectStatus status = (ProjectStatus) project[2];
            if (status.ordinal() < ProjectStatus.CONTRACTED.ordinal()) {
                continue;
            }
            long id = (Long) project[0];
            BigDecimal amount = ((BigDecimal) project[3]).multiply(new BigDecimal("0.95"));
            // Delivering projects started up to a year ago; the others' dates are all behind them.
            LocalDate start = status == ProjectStatus.CONTRACTED ? today.minusDays(id % 330)
                    : today.minusDays(400 + id % 300);
            contracts.add(new Object[] {id, "HT-BENCH-" + id, bidOf.get(id), providerCode(id), providerName(id), amount,
                    Date.valueOf(start.minusDays(3)), Date.valueOf(start),
                    Date.valueOf(start.plusMonths(12).minusDays(1)), Timestamp.valueOf(now.minusDays(60))});
            int[] shares = {30, 40, 30};
            BigDecimal paidSoFar = BigDecimal.ZERO;
            for (int position = 0; position < 3; position++) {
                BigDecimal share = position == 2 ? amount.subtract(paidSoFar)
                        : amount.multiply(BigDecimal.valueOf(shares[position])).divide(BigDecimal.valueOf(100), 2,
                        RoundingMode.HALF_UP);
                paidSoFar = paidSoFar.add(share);
                LocalDate due = start.plusMonths(4L * (position + 1));
                String state = milestoneState(status, position, due, today, id);
                boolean paid = "PAID".equals(state);
                milestones.add(new Object[] {id, position, "第" + (position + 1) + "阶段", Date.valueOf(due),
                        shares[position], share,
                        state, paid ? Date.valueOf(due.plusDays(10)) : null, paid ? share : null,
                        paid ? "PZ-" + id + "-" + position : null});
            }
            if (status.ordinal() >= ProjectStatus.UNDER_EVALUATION.ordinal()) {
                boolean submitted = status != ProjectStatus.UNDER_EVALUATION;
                for (int evaluator = 0; evaluator < 2; evaluator++) {
                    evaluators.add(new Object[] {id, EVALUATORS[(int) ((id + evaluator) % EVALUATORS.length)],
                            Timestamp.valueOf(now.minusDays(id % 20)), submitted || (evaluator == 0 && id % 2 == 0)
                            ? Timestamp.valueOf(now.minusDays(id % 5)) : null});
                }
            }
        }
        batches("INSERT INTO ps_contract (project_id, contract_number, bid_id, provider_code, provider_name, amount,"
                + " signed_on, start_on, end_on, term_months, template_code, template_revision, targets, signed_by,"
                + " recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 12, 'ET-01', 1, '服务 1,000 人次', 'wuhao', ?)",
                contracts);
        batches("INSERT INTO ps_milestone (project_id, position, name, deliverable, due_on, payment_percent,"
                + " payment_amount, status, paid_on, paid_amount, payment_voucher, returns, version)"
                + " VALUES (?, ?, ?, '阶段服务报告', ?, ?, ?, ?, ?, ?, ?, 0, 0)", milestones);
        batches("INSERT INTO ps_evaluator (project_id, evaluator, assigned_by, assigned_at, submitted_at)"
                + " VALUES (?, ?, 'wuhao', ?, ?)", evaluators);
    }

    /** Forty providers, each with projects of every unit. */
    private static String providerCode(long projectId) {
        return String.format("PVB%03d", projectId / UNITS.length % PROVIDERS);
    }

    private static String providerName(long projectId) {
        return "基准承接主体" + projectId / UNITS.length % PROVIDERS;
    }

    /** Delivering: done and paid before its date, reported or late after it; later stages: all passed. */
    private static String milestoneState(ProjectStatus status, int position, LocalDate due, LocalDate today, long id) {
        if (status == ProjectStatus.CONTRACTED) {
            if (due.isBefore(today.minusDays(20))) {
                return id % 3 == 0 ? "PAYABLE" : "PAID";
            }
            if (due.isBefore(today)) {
                return id % 2 == 0 ? "REPORTED" : "PENDING";
            }
            return id % 5 == 0 ? "RETURNED" : "PENDING";
        }
        if (position < 2) {
            return "PAID";
        }
        return switch (status) {
            case SETTLED -> id % 2 == 0 ? "PAYABLE" : "WITHHELD";
            case CLOSED -> id % 4 == 0 ? "WITHHELD" : "PAID";
            default -> "HELD";
        };
    }

    private void batches(String sql, List<Object[]> rows) {
        for (int from = 0; from < rows.size(); from += BATCH) {
            jdbc.batchUpdate(sql, rows.subList(from, Math.min(rows.size(), from + BATCH)));
        }
    }
}
