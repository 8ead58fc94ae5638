package org.tongban.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.tongban.onewindow.CaseQuery;
import org.tongban.onewindow.CaseStatus;
import org.tongban.onewindow.OneWindowCases;
import org.tongban.testing.SignIn;
import org.tongban.testing.TongbanTest;

/**
 * 办件查询 with {@code benchmark.cases} cases in the table (default 100,000, spread over four communities and six
 * departments, written straight into ow_case: the search reads only that table): p95 of the first page and its count
 * for the searches staff make. Not a test: excluded from the build by its tag. Run on H2:
 * <pre>./mvnw -B test -Dtest=CaseSearchBenchmark -Dexcluded.test.groups=none</pre>
 * and on MariaDB by adding {@code -Dtest.profiles=test,mysql,mariadb} with {@code MYSQL_URL} etc. as in .ci/run.
 * Results go to stdout and target/benchmarks/case-search.txt.
 */
@TongbanTest
@Tag("benchmark")
class CaseSearchBenchmark {

    static final int CASES = Integer.getInteger("benchmark.cases", 100_000);
    static final int RUNS = 50;
    static final String[] UNITS = {"CM001", "CM002", "CM003", "CM004"};
    static final String[] DEPARTMENTS = {"DP-MZ", "DP-RS", "DP-YB", "DP-CL", "DP-WJ", "DP-ZJ"};
    static final CaseStatus[] STATUSES = {CaseStatus.ACCEPTED, CaseStatus.CLOSED, CaseStatus.DELIVERED, CaseStatus.CLOSED};

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    OneWindowCases cases;
    @Autowired
    SignIn signIn;

    @Test
    void firstPageP95() throws IOException {
        long seedStart = System.nanoTime();
        seed();
        double seedSeconds = (System.nanoTime() - seedStart) / 1e9;
        StringBuilder report = new StringBuilder(String.format(Locale.ROOT,
                "case search with %d cases (seeded in %.1f s); first page of 50 + count, %d runs each%n",
                CASES, seedSeconds, RUNS));
        report.append(time("front desk, all of the community", "wangfang", CaseQuery.all()));
        report.append(time("front desk, by ID number", "wangfang",
                new CaseQuery("110105000000012344", null, null, null, null, false)));
        report.append(time("front desk, by case-number prefix", "wangfang",
                new CaseQuery("SQ-YX-BENCH-00123", null, null, null, null, false)));
        report.append(time("department, overdue only", "liuyang", new CaseQuery(null, null, null, null, null, true)));
        report.append(time("department, one item and status", "liuyang",
                new CaseQuery(null, "SI-004", CaseStatus.ACCEPTED, null, null, false)));
        System.out.print(report);
        Path out = Path.of("target", "benchmarks", "case-search.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
    }

    private String time(String label, String user, CaseQuery query) {
        Supplier<Long> run = () -> signIn.as(user, () -> {
            cases.search(query, 0, 50);
            return cases.count(query);
        });
        for (int i = 0; i < 5; i++) {
            run.get();
        }
        List<Long> nanos = new ArrayList<>();
        long hits = 0;
        for (int i = 0; i < RUNS; i++) {
            long t0 = System.nanoTime();
            hits = run.get();
            nanos.add(System.nanoTime() - t0);
        }
        Collections.sort(nanos);
        return String.format(Locale.ROOT, "  %-36s %7d hits  median %7.1f ms  p95 %7.1f ms%n", label, hits,
                nanos.get(RUNS / 2) / 1e6, nanos.get((int) (RUNS * 0.95)) / 1e6);
    }

    private void seed() {
        LocalDateTime start = LocalDateTime.of(2026, 1, 5, 9, 0);
        List<Object[]> batch = new ArrayList<>();
        for (int i = 0; i < CASES; i++) {
            String unit = UNITS[i % UNITS.length];
            CaseStatus status = STATUSES[i % STATUSES.length];
            LocalDateTime received = start.plusMinutes(i * 3L);
            batch.add(new Object[] {String.format("SQ-YX-BENCH-%07d", i), "123456", "SI-004", "最低生活保障申请",
                    "COUNTER", "PERSON", "测试" + (i % 1000), String.format("110105%012d", i), "13900000000",
                    "community", unit, "社区" + unit, "SD01", "wangfang", Timestamp.valueOf(received),
                    java.sql.Date.valueOf(received.toLocalDate()), status.name(), 20,
                    java.sql.Date.valueOf(received.toLocalDate().plusDays(28)), DEPARTMENTS[i % DEPARTMENTS.length]});
            if (batch.size() == 1000) {
                insert(batch);
            }
        }
        insert(batch);
    }

    private void insert(List<Object[]> batch) {
        jdbc.batchUpdate("INSERT INTO ow_case (case_number, query_code, item_code, item_name, channel, applicant_kind,"
                + " applicant_name, applicant_id_number, applicant_phone, accepting_unit_kind, accepting_unit_code,"
                + " accepting_unit_name, subdistrict_code, received_by, received_at, review_started_on, status,"
                + " promised_days, due_on, department_code, deemed_accepted, version)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, FALSE, 0)", batch);
        batch.clear();
    }
}
