package org.tongban.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.tongban.workaccess.DispatchGate;
import org.tongban.testing.TongbanTest;

/**
 * The dispatch gate's decision rate with {@code benchmark.decisions} admitted decisions (default 10,000) and
 * {@code benchmark.communities} extra communities (default 1,000, under two subdistricts), written straight into the
 * tables; and the access-check table's evaluation rate through the engine's DecisionService and on a bare DMN engine,
 * in one run. Not a test: excluded from the build by its tag. Run on H2:
 * <pre>./mvnw -B test -Dtest=DispatchGateBenchmark -Dexcluded.test.groups=none</pre>
 * and on MariaDB by adding {@code -Dtest.profiles=test,mysql,mariadb} with {@code MYSQL_URL} etc. as in .ci/run.
 * Results go to stdout and target/benchmarks/dispatch-gate.txt; the seeded rows are removed afterwards.
 */
@TongbanTest
@Tag("benchmark")
class DispatchGateBenchmark {

    static final int DECISIONS = Integer.getInteger("benchmark.decisions", 10_000);
    static final int COMMUNITIES = Integer.getInteger("benchmark.communities", 1_000);
    static final int CHECKS = Integer.getInteger("benchmark.checks", 20_000);
    static final int EVALUATIONS = Integer.getInteger("benchmark.evaluations", 5_000);
    static final String[] KINDS = {"DUTY", "ASSIST", "NEGATIVE", "NONE"};

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DispatchGate gate;
    @Autowired
    DecisionService decisionService;

    @Test
    void checksAndEvaluationsPerSecond() throws IOException {
        long seedStart = System.nanoTime();
        List<String> communities = seedCommunities();
        seedDecisions();
        double seedSeconds = (System.nanoTime() - seedStart) / 1e9;
        try {
            StringBuilder report = new StringBuilder(String.format(Locale.ROOT,
                    "dispatch gate with %d admitted decisions and %d communities (seeded in %.1f s)%n",
                    DECISIONS, communities.size(), seedSeconds));
            Random random = new Random(42);
            LocalDate due = LocalDate.now().plusDays(30);
            Runnable check = () -> gate.check(String.format("ZR-BM-2026-%05d", random.nextInt(DECISIONS)),
                    random.nextInt(10) == 0 ? "DP-RS" : "DP-MZ", communities.get(random.nextInt(communities.size())), due);
            report.append(rate("gate checks (decision, owner, dates, scope)", CHECKS, check));

            Map<String, Object> variables = Variables.createVariables();
            Runnable viaEngine = () -> {
                variables.put("itemKind", KINDS[random.nextInt(KINDS.length)]);
                variables.put("fundingProvided", random.nextBoolean());
                variables.put("negativeHint", random.nextInt(5) == 0);
                decisionService.evaluateDecisionByKey("WorkAccessCheck").variables(variables).evaluate();
            };
            report.append(rate("DMN WorkAccessCheck via DecisionService", EVALUATIONS, viaEngine));
            DmnEngine dmn = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
            DmnDecision table;
            try (var in = getClass().getClassLoader().getResourceAsStream("processes/workaccess/WorkAccessCheck.dmn")) {
                table = dmn.parseDecision("WorkAccessCheck", in);
            }
            Runnable bare = () -> {
                variables.put("itemKind", KINDS[random.nextInt(KINDS.length)]);
                variables.put("fundingProvided", random.nextBoolean());
                variables.put("negativeHint", random.nextInt(5) == 0);
                dmn.evaluateDecisionTable(table, variables);
            };
            report.append(rate("DMN WorkAccessCheck on a bare DMN engine", EVALUATIONS, bare));
            System.out.print(report);
            Path out = Path.of("target", "benchmarks", "dispatch-gate.txt");
            Files.createDirectories(out.getParent());
            Files.writeString(out, report);
        } finally {
            jdbc.update("delete from wa_request_target where request_id in (select id from wa_request where request_number like 'ZRSQ-BM-%')");
            jdbc.update("delete from wa_request where request_number like 'ZRSQ-BM-%'");
            jdbc.update("delete from identity_org_unit where code like 'BMC%'");
            jdbc.update("delete from identity_org_unit where code like 'BMS%'");
        }
    }

    private static String rate(String label, int runs, Runnable work) {
        for (int i = 0; i < Math.min(1_000, runs / 5); i++) {
            work.run();
        }
        long start = System.nanoTime();
        for (int i = 0; i < runs; i++) {
            work.run();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        return String.format(Locale.ROOT, "  %-48s %8.0f per second (%d in %.2f s, mean %.3f ms)%n",
                label, runs / seconds, runs, seconds, seconds * 1000 / runs);
    }

    /** Two subdistricts under the county, the communities split between them. */
    private List<String> seedCommunities() {
        Long county = jdbc.queryForObject("select id from identity_org_unit where code = 'YX'", Long.class);
        jdbc.update("insert into identity_org_unit (code, name, kind, parent_id, active, version) values "
                + "('BMS1', '基准街道一', 'SUBDISTRICT', ?, true, 0), ('BMS2', '基准街道二', 'SUBDISTRICT', ?, true, 0)",
                county, county);
        Long first = jdbc.queryForObject("select id from identity_org_unit where code = 'BMS1'", Long.class);
        Long second = jdbc.queryForObject("select id from identity_org_unit where code = 'BMS2'", Long.class);
        List<Object[]> rows = new ArrayList<>();
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < COMMUNITIES; i++) {
            String code = String.format("BMC%04d", i);
            codes.add(code);
            rows.add(new Object[]{code, "基准社区" + i, i % 2 == 0 ? first : second});
        }
        jdbc.batchUpdate("insert into identity_org_unit (code, name, kind, parent_id, active, version) "
                + "values (?, ?, 'COMMUNITY', ?, true, 0)", rows);
        return codes;
    }

    /** Admitted decisions of 民政局: a third for the whole county, a third per subdistrict, a third for 20 communities. */
    private void seedDecisions() {
        LocalDateTime now = LocalDateTime.now();
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < DECISIONS; i++) {
            String scope = switch (i % 3) {
                case 0 -> "ALL";
                case 1 -> "SUBDISTRICTS";
                default -> "COMMUNITIES";
            };
            rows.add(new Object[]{String.format("ZRSQ-BM-%05d", i), Timestamp.valueOf(now), scope,
                    Date.valueOf(LocalDate.now().minusDays(10)), Date.valueOf(LocalDate.now().plusDays(200)),
                    String.format("ZR-BM-2026-%05d", i)});
        }
        jdbc.batchUpdate("insert into wa_request (request_number, department_code, department_name, submitted_by, "
                + "submitted_at, title, content, legal_basis, work_item_kind, scope_kind, start_on, end_on, "
                + "hours_per_community, funding_provided, existing_data_usable, contact_name, contact_phone, urgent, "
                + "status, decision_number, version) values (?, 'DP-MZ', '县民政局', 'liuyang', ?, '基准事项', '基准', "
                + "'基准', 'DUTY', ?, ?, ?, 8, false, false, '刘洋', '13800000007', false, 'ADMITTED', ?, 0)", rows);
        List<Object[]> targets = new ArrayList<>();
        List<Map<String, Object>> ids = jdbc.queryForList(
                "select id, scope_kind from wa_request where request_number like 'ZRSQ-BM-%'");
        Random random = new Random(7);
        for (Map<String, Object> row : ids) {
            Object id = row.get("id");
            switch ((String) row.get("scope_kind")) {
                case "SUBDISTRICTS" -> targets.add(new Object[]{id, random.nextBoolean() ? "BMS1" : "BMS2"});
                case "COMMUNITIES" -> {
                    java.util.Set<String> chosen = new java.util.HashSet<>();
                    while (chosen.size() < 20) {
                        chosen.add(String.format("BMC%04d", random.nextInt(COMMUNITIES)));
                    }
                    chosen.forEach(code -> targets.add(new Object[]{id, code}));
                }
                default -> { }
            }
        }
        jdbc.batchUpdate("insert into wa_request_target (request_id, unit_code) values (?, ?)", targets);
    }
}
