package org.tongban.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tongban.testing.SignIn;
import org.tongban.testing.TongbanTest;

/** The seeded evaluation template as every module reads it: open to all callers, by day. */
@TongbanTest
@Tag("db")
class EvaluationTemplatesTests {

    static final LocalDate FIRST_DAY = LocalDate.of(2026, 1, 1);

    @Autowired
    EvaluationTemplates templates;

    @Test
    void theReferenceTemplateIsInForceFromItsFirstDayWithFourLevelOneIndicators() {
        SignIn.out();
        EvaluationTemplate reference = templates.find("ET-01", FIRST_DAY).orElseThrow();

        assertThat(reference.revision()).isEqualTo(1);
        assertThat(reference.name()).isEqualTo("政府购买社区服务项目绩效评价指标（参考）");
        assertThat(reference.source()).startsWith("财预〔2020〕10号");
        assertThat(reference.effectiveFrom()).isEqualTo(FIRST_DAY);
        assertThat(templates.find("ET-01", FIRST_DAY.minusDays(1))).isEmpty();
        assertThat(templates.revision("ET-01", 1)).contains(reference);
        assertThat(templates.revision("ET-01", 2)).isEmpty();
        assertThat(templates.revision("ET-01", null)).isEmpty();
        assertThat(templates.history(" ET-01 ")).containsExactly(reference);
        assertThat(templates.inForce(FIRST_DAY)).extracting(EvaluationTemplate::code).contains("ET-01");
        assertThat(templates.find("ET-99", FIRST_DAY)).isEmpty();
        assertThat(templates.find(null, FIRST_DAY)).isEmpty();

        assertThat(reference.indicators()).hasSize(46);
        assertThat(reference.roots()).extracting(Indicator::name).containsExactly("决策", "过程", "产出", "效益");
        assertThat(reference.roots()).extracting(Indicator::weight).containsExactly(new BigDecimal("15"),
                new BigDecimal("20"), new BigDecimal("35"), new BigDecimal("30"));
        assertThat(reference.indicators()).filteredOn(indicator -> indicator.level() == 2).hasSize(12);
        assertThat(reference.leaves()).hasSize(30);
        assertThat(reference.children("EI-3")).extracting(Indicator::name)
                .containsExactly("产出数量", "产出质量", "产出时效", "产出成本");
    }

    @Test
    void weightsAddUpToOneHundredAtEveryLevelAndOnlyLevelThreeIsScored() {
        EvaluationTemplate reference = templates.find("ET-01", FIRST_DAY).orElseThrow();

        assertThat(sum(reference.roots())).isEqualByComparingTo("100");
        assertThat(sum(reference.leaves())).isEqualByComparingTo("100");
        assertThat(sum(reference.indicators().stream().filter(indicator -> indicator.level() == 2).toList()))
                .isEqualByComparingTo("100");
        reference.indicators().stream().filter(indicator -> !indicator.scored()).forEach(group -> {
            assertThat(sum(reference.children(group.code()))).as(group.code()).isEqualByComparingTo(group.weight());
            assertThat(group.scoringRule()).as("%s is the sum below, not scored", group.code()).isEmpty();
        });
        assertThat(reference.leaves()).allSatisfy(leaf -> {
            assertThat(leaf.scoringRule()).isNotBlank();
            assertThat(leaf.source()).isNotBlank();
            assertThat(leaf.parentCode()).isEqualTo(leaf.code().substring(0, leaf.code().lastIndexOf('.')));
        });
    }

    /** Every row of the project's reference data, as the seed copied it. */
    @Test
    void theSeedIsTheReferenceDataRowByRow() throws IOException {
        EvaluationTemplate reference = templates.find("ET-01", FIRST_DAY).orElseThrow();
        List<List<String>> rows = referenceRows();

        assertThat(reference.indicators()).hasSameSizeAs(rows);
        for (int index = 0; index < rows.size(); index++) {
            List<String> row = rows.get(index);
            Indicator indicator = reference.indicators().get(index);
            int level = indicator.level();
            assertThat(indicator.code()).isEqualTo(row.get(0));
            assertThat(indicator.name()).as(row.get(0)).isEqualTo(row.get(level));
            assertThat(indicator.weight()).as(row.get(0)).isEqualByComparingTo(row.get(4));
            // The file's 一级指标小计 and 二级指标小计 say a group is the sum below: no rule of its own.
            assertThat(indicator.scoringRule()).as(row.get(0)).isEqualTo(level == 3 ? row.get(5) : "");
            assertThat(indicator.source()).as(row.get(0)).isEqualTo(row.get(6));
        }
    }

    private static BigDecimal sum(List<Indicator> indicators) {
        return indicators.stream().map(Indicator::weight).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** The rows of evaluation_indicators.csv without the header: fields in double quotes may hold commas. */
    private static List<List<String>> referenceRows() throws IOException {
        List<List<String>> rows = new ArrayList<>();
        try (InputStream csv = EvaluationTemplatesTests.class.getResourceAsStream("/catalog/evaluation_indicators.csv");
             BufferedReader reader = new BufferedReader(new InputStreamReader(csv, StandardCharsets.UTF_8))) {
            reader.readLine();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank()) {
                    rows.add(fields(line));
                }
            }
        }
        return rows;
    }

    private static List<String> fields(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int index = 0; index < line.length(); index++) {
            char next = line.charAt(index);
            if (next == '"') {
                quoted = !quoted;
            } else if (next == ',' && !quoted) {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(next);
            }
        }
        fields.add(field.toString());
        return fields;
    }
}
