package org.tongban.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.tongban.base.AuditEntry;
import org.tongban.base.AuditLog;
import org.tongban.catalog.EvaluationTemplateAdministration.TemplateDraft;
import org.tongban.catalog.EvaluationTemplateAdministration.TemplateEntry;
import org.tongban.catalog.EvaluationTemplateFixtures.Draft;
import org.tongban.catalog.EvaluationTemplateFixtures.Node;
import org.tongban.identity.AdminFixtures;
import org.tongban.testing.SignIn;
import org.tongban.testing.TongbanTest;

@TongbanTest
@Tag("db")
class EvaluationTemplateAdministrationTests {

    private static final LocalDate START = EvaluationTemplateFixtures.START;
    private static final String STALE = "该模板已被他人修订，请刷新后重试。";

    @Autowired
    EvaluationTemplateAdministration administration;

    @Autowired
    EvaluationTemplates templates;

    @Autowired
    AuditLog auditLog;

    @Autowired
    AdminFixtures fixtures;

    @Autowired
    SignIn signIn;

    @Autowired
    Clock clock;

    @BeforeEach
    void signInAsAdministrator() {
        signIn.as("admin");
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void createsATemplateTrimmedWithItsTreeInOrderLevelsAndParentsAndAudits() {
        Draft draft = EvaluationTemplateFixtures.draft(templates);
        draft.code = " " + draft.code + " ";
        draft.name = "  测试：社区服务项目绩效评价指标 ";
        draft.source = " ";
        draft.indicator("EI-1").weight = new BigDecimal("40.0");
        draft.indicator("EI-1.1.1").scoringRule = "  依据充分得25分 ";
        draft.indicator("EI-1.1").scoringRule = " ";

        TemplateEntry created = administration.create(draft.build());

        String code = draft.code.strip();
        EvaluationTemplate template = created.template();
        assertThat(template.code()).isEqualTo(code);
        assertThat(template.revision()).isEqualTo(1);
        assertThat(template.name()).isEqualTo("测试：社区服务项目绩效评价指标");
        assertThat(template.source()).isEmpty();
        assertThat(template.indicators()).extracting(Indicator::code).containsExactly("EI-1", "EI-1.1", "EI-1.1.1",
                "EI-1.1.2", "EI-2", "EI-2.1", "EI-2.1.1", "EI-2.2", "EI-2.2.1", "EI-2.2.2");
        assertThat(template.indicators()).extracting(Indicator::level).containsExactly(1, 2, 3, 3, 1, 2, 3, 2, 3, 3);
        assertThat(template.roots()).extracting(Indicator::code).containsExactly("EI-1", "EI-2");
        assertThat(template.children("EI-2")).extracting(Indicator::code).containsExactly("EI-2.1", "EI-2.2");
        assertThat(template.leaves()).hasSize(5).allSatisfy(leaf -> assertThat(leaf.scoringRule()).isNotBlank());
        assertThat(template.indicator("EI-2.2.1")).hasValueSatisfying(leaf -> {
            assertThat(leaf.parentCode()).isEqualTo("EI-2.2");
            assertThat(leaf.weight()).isEqualByComparingTo("12.5");
            assertThat(leaf.source()).isEmpty();
        });
        assertThat(template.indicator("EI-1")).hasValueSatisfying(root -> {
            assertThat(root.parentCode()).isNull();
            assertThat(root.weight()).as("40.0 as 40").isEqualTo(new BigDecimal("40"));
            assertThat(root.scoringRule()).isEmpty();
        });
        assertThat(template.indicator("EI-1.1.1")).map(Indicator::scoringRule).contains("依据充分得25分");
        assertThat(template.effectiveFrom()).isEqualTo(START);
        assertThat(template.effectiveTo()).isNull();
        assertThat(created.changedBy()).isEqualTo("admin");
        assertThat(created.reason()).isNull();
        assertThat(templates.find(code, START)).contains(template);
        assertThat(templates.find(code, START.minusDays(1))).isEmpty();
        assertThat(templates.revision(code, 1)).contains(template);
        assertThat(administration.list(code, START)).containsExactly(created);
        assertThat(auditFor(code)).singleElement().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo("admin.evaluation-template.create");
            assertThat(entry.actor()).isEqualTo("admin");
            assertThat(entry.detail()).contains("revision 1 from 2001-01-01")
                    .contains("name=测试：社区服务项目绩效评价指标")
                    .contains("indicators=EI-1 测试：决策 40, EI-1.1 测试：立项 40, EI-1.1.1 测试：依据 25");
        });
        retire(code, 1);
    }

    @Test
    void aRevisionCopiesTheWholeTreeFromItsEffectiveDateAndTheOldOneEndsTheDayBefore() {
        String code = create();
        Draft changed = latest(code);
        changed.indicator("EI-1.1.1").weight = new BigDecimal("20");
        changed.indicator("EI-1").weight = new BigDecimal("35");
        changed.indicator("EI-1.1").weight = new BigDecimal("35");
        changed.indicator("EI-2").weight = new BigDecimal("65");
        changed.indicator("EI-2.1").weight = new BigDecimal("40");
        changed.indicator("EI-2.1").leaf("EI-2.1.2", "测试：参与", "5", "居民参与率达标得5分");
        changed.remove("EI-2.2");
        changed.indicator("EI-2").child("EI-2.3", "测试：满意度（合并）", "25")
                .leaf("EI-2.3.1", "测试：综合满意", "25", "满意度≥90%得25分");
        changed.effectiveFrom = LocalDate.of(2001, 6, 1);

        TemplateEntry revised = administration.revise(code, 1, changed.build(), "  按年度目标调整权重 ");

        assertThat(revised.revision()).isEqualTo(2);
        assertThat(revised.reason()).isEqualTo("按年度目标调整权重");
        assertThat(templates.find(code, LocalDate.of(2001, 5, 31))).hasValueSatisfying(first -> {
            assertThat(first.revision()).isEqualTo(1);
            assertThat(first.effectiveTo()).isEqualTo(LocalDate.of(2001, 5, 31));
            assertThat(first.indicators()).hasSize(10);
            assertThat(first.indicator("EI-1.1.1")).map(Indicator::weight).contains(new BigDecimal("25"));
        });
        assertThat(templates.find(code, LocalDate.of(2001, 6, 1))).hasValueSatisfying(second -> {
            assertThat(second.revision()).isEqualTo(2);
            assertThat(second.indicators()).extracting(Indicator::code).containsExactly("EI-1", "EI-1.1",
                    "EI-1.1.1", "EI-1.1.2", "EI-2", "EI-2.1", "EI-2.1.1", "EI-2.1.2", "EI-2.3", "EI-2.3.1");
            assertThat(second.indicator("EI-1.1.1")).map(Indicator::weight).contains(new BigDecimal("20"));
        });
        assertThat(templates.history(code)).extracting(EvaluationTemplate::revision).containsExactly(1, 2);
        assertThat(administration.history(code)).extracting(TemplateEntry::reason)
                .containsExactly(null, "按年度目标调整权重");
        assertThat(auditFor(code)).filteredOn(entry -> entry.action().equals("admin.evaluation-template.revise"))
                .singleElement().extracting(AuditEntry::detail).asString()
                .contains("revision 2 from 2001-06-01").contains("revision 1 ends 2001-05-31")
                .contains("EI-1.weight: 40 → 35").contains("EI-1.1.1.weight: 25 → 20")
                .contains("EI-2.1.2.name: null → 测试：参与").contains("EI-2.2.name: 测试：满意度 → null")
                .doesNotContain("EI-1.1.2.");
        retire(code, 2);
    }

    @Test
    void aRevisionMayTakeEffectLaterWhileTheCurrentOneStaysInForce() {
        // Today and tomorrow only: the template is in force today, the day evaluations start on.
        LocalDate today = LocalDate.now(clock);
        LocalDate tomorrow = today.plusDays(1);
        String code = create();

        administration.revise(code, 1, changed(code, draft -> draft.name = "测试：明天起的名称", tomorrow), "明天起调整");

        assertThat(templates.find(code, today)).map(EvaluationTemplate::revision).contains(1);
        assertThat(templates.find(code, tomorrow)).map(EvaluationTemplate::name).contains("测试：明天起的名称");
        assertThat(administration.list(code, today)).extracting(TemplateEntry::revision).containsExactly(1);
        assertThat(administration.list(code, tomorrow)).extracting(TemplateEntry::revision).containsExactly(2);

        // One revision waiting at a time: the next change waits until it is in force.
        assertThat(fixtures.refusal(() -> administration.revise(code, 2,
                changed(code, draft -> draft.name = "测试：再改一次", today.plusDays(60)), "再次调整")))
                .isEqualTo("模板“" + code + "”已有待生效的第 2 版（" + tomorrow + " 起施行），生效前不能再修订。");
        assertThat(templates.history(code)).hasSize(2);
        // A waiting revision may be retired, from its first day on.
        administration.retire(code, 2, tomorrow, "测试结束");
        assertThat(templates.find(code, tomorrow.plusDays(1))).isEmpty();
    }

    @Test
    void aRetiredTemplateIsInForceUntilItsLastDayAndIsKept() {
        String code = create();

        TemplateEntry retired = administration.retire(code, 1, LocalDate.of(2001, 3, 31), " 已由新模板取代 ");

        assertThat(retired.template().effectiveTo()).isEqualTo(LocalDate.of(2001, 3, 31));
        assertThat(retired.retirement()).satisfies(retirement -> {
            assertThat(retirement.retiredBy()).isEqualTo("admin");
            assertThat(retirement.reason()).isEqualTo("已由新模板取代");
        });
        assertThat(templates.find(code, LocalDate.of(2001, 3, 31))).isPresent();
        assertThat(templates.find(code, LocalDate.of(2001, 4, 1))).isEmpty();
        assertThat(templates.inForce(LocalDate.of(2001, 4, 1))).extracting(EvaluationTemplate::code)
                .doesNotContain(code);
        assertThat(templates.revision(code, 1)).as("an evaluation started before keeps it").isPresent();
        assertThat(administration.list(code, LocalDate.of(2001, 4, 1))).isEmpty();
        assertThat(administration.history(code)).containsExactly(retired);
        assertThat(auditFor(code)).extracting(AuditEntry::action).containsExactly(
                "admin.evaluation-template.retire", "admin.evaluation-template.create");
        assertThat(auditFor(code).get(0).detail()).isEqualTo("revision 1 in force until 2001-03-31; reason: 已由新模板取代");

        String refusal = "模板“" + code + "”已停止使用（最后使用日期 2001-03-31），不能再修订或停止使用。";
        assertThat(fixtures.refusal(() -> administration.revise(code, 1,
                changed(code, draft -> draft.name = "测试：复用", LocalDate.of(2001, 6, 1)), "重新启用")))
                .isEqualTo(refusal);
        assertThat(fixtures.refusal(() -> administration.retire(code, 1, LocalDate.of(2001, 5, 1), "再停一次")))
                .isEqualTo(refusal);
        assertThat(administration.history(code)).containsExactly(retired);
    }

    @Test
    void aStaleRevisionIsRefusedAndChangesNothing() {
        String code = create();
        administration.revise(code, 1, changed(code, draft -> draft.name = "测试：第一位管理员的名称",
                START.plusMonths(1)), "第一位");
        List<TemplateEntry> before = administration.history(code);

        // A second administrator still has revision 1 open:
        assertThat(fixtures.refusal(() -> administration.revise(code, 1, changed(code,
                draft -> draft.name = "测试：第二位管理员的名称", START.plusMonths(2)), "第二位"))).isEqualTo(STALE);
        assertThat(fixtures.refusal(() -> administration.retire(code, 1, START.plusMonths(3), "第二位停用")))
                .isEqualTo(STALE);

        assertThat(administration.history(code)).isEqualTo(before);
        assertThat(auditFor(code)).hasSize(2);
        retire(code, 2);
    }

    @Test
    void theReadApiSeesEveryChangeOnceCommitted() {
        String code = create();
        LocalDate june = LocalDate.of(2001, 6, 1);
        assertThat(templates.find(code, june)).map(EvaluationTemplate::revision).contains(1);

        administration.revise(code, 1, changed(code, draft -> {
            draft.indicator("EI-2.2.1").scoringRule = "满意度≥85%得12.5分";
        }, june), "检查缓存");
        assertThat(templates.find(code, june)).flatMap(template -> template.indicator("EI-2.2.1"))
                .map(Indicator::scoringRule).contains("满意度≥85%得12.5分");
        assertThat(templates.find(code, june.minusDays(1))).flatMap(template -> template.indicator("EI-2.2.1"))
                .map(Indicator::scoringRule).contains("满意度≥90%得12.5分");
        assertThat(templates.inForce(june)).extracting(EvaluationTemplate::code).contains(code);

        administration.retire(code, 2, june, "检查缓存");
        assertThat(templates.find(code, june.plusDays(1))).isEmpty();
        assertThat(templates.history(code)).extracting(EvaluationTemplate::effectiveTo)
                .containsExactly(june.minusDays(1), june);
    }

    static Stream<Arguments> brokenDrafts() {
        return Stream.of(
                refused("name blank", draft -> draft.name = " ", "请填写模板名称。"),
                refused("name too long", draft -> draft.name = "长".repeat(101), "模板名称最多 100 个字。"),
                refused("name with a line break", draft -> draft.name = "测试\n模板",
                        "模板名称不能包含换行、制表符等控制字符。"),
                refused("source too long", draft -> draft.source = "源".repeat(501), "来源最多 500 个字。"),
                refused("no indicators", draft -> draft.roots.clear(), "请至少设置一个一级指标。"),
                refused("more than 20 level-1 indicators", draft -> {
                    draft.roots.clear();
                    IntStream.rangeClosed(1, 21).forEach(number -> draft.root("EI-" + number, "测试" + number, "5")
                            .child("EI-" + number + ".1", "测试", "5").leaf("EI-" + number + ".1.1", "测试", "5", "测试"));
                }, "一级指标最多 20 个，现有 21 个。"),
                refused("more than 200 indicators", draft -> {
                    Node group = draft.indicator("EI-1.1");
                    IntStream.rangeClosed(3, 99).forEach(number -> group.leaf("EI-1.1." + number, "测试", "1", "测试"));
                    Node other = draft.indicator("EI-2.1");
                    IntStream.rangeClosed(2, 99).forEach(number -> other.leaf("EI-2.1." + number, "测试", "1", "测试"));
                }, "一个模板的各级指标合计最多 200 个。"),
                refused("indicator without a code", draft -> draft.indicator("EI-2.1.1").code = " ",
                        "每个指标都须有编码，如 EI-1、EI-1.2、EI-1.2.3。"),
                refused("level-1 code with a dot", draft -> draft.indicator("EI-2").code = "EI-2.0",
                        "指标编码“EI-2.0”不对：此处应为“EI-n”（n 为 1 至 99 的序号）；编码随层级逐级延长，如 EI-1、EI-1.2、EI-1.2.3。"),
                refused("code not under its parent", draft -> draft.indicator("EI-2.2.1").code = "EI-2.1.3",
                        "指标编码“EI-2.1.3”不对：此处应为“EI-2.2.n”（n 为 1 至 99 的序号）；编码随层级逐级延长，如 EI-1、EI-1.2、EI-1.2.3。"),
                refused("code with a leading zero", draft -> draft.indicator("EI-1.1.2").code = "EI-1.1.02",
                        "指标编码“EI-1.1.02”不对：此处应为“EI-1.1.n”（n 为 1 至 99 的序号）；编码随层级逐级延长，如 EI-1、EI-1.2、EI-1.2.3。"),
                refused("code used twice", draft -> draft.indicator("EI-2.2.2").code = "EI-2.2.1",
                        "指标编码“EI-2.2.1”重复：同一模板中每个指标的编码须唯一。"),
                refused("indicator without a name", draft -> draft.indicator("EI-2.1").name = "",
                        "请填写指标 EI-2.1 的名称。"),
                refused("indicator name too long", draft -> draft.indicator("EI-1.1.2").name = "名".repeat(61),
                        "指标 EI-1.1.2 的名称最多 60 个字。"),
                refused("indicator name with a tab", draft -> draft.indicator("EI-1").name = "测试\t决策",
                        "指标 EI-1 的名称不能包含换行、制表符等控制字符。"),
                refused("no weight", draft -> draft.indicator("EI-2.1.1").weight = null,
                        "请填写指标 EI-2.1.1“测试：改善”的权重。"),
                refused("weight zero", draft -> draft.indicator("EI-2.1.1").weight = BigDecimal.ZERO,
                        "指标 EI-2.1.1“测试：改善”的权重须大于 0（现为 0）。"),
                refused("weight negative", draft -> draft.indicator("EI-1.1.2").weight = new BigDecimal("-15"),
                        "指标 EI-1.1.2“测试：程序”的权重须大于 0（现为 -15）。"),
                refused("weight with two decimals", draft -> draft.indicator("EI-2.2.1").weight = new BigDecimal("12.25"),
                        "指标 EI-2.2.1“测试：对象满意”的权重最多保留一位小数（现为 12.25）。"),
                refused("level-3 without a scoring rule", draft -> draft.indicator("EI-1.1.1").scoringRule = " ",
                        "三级指标 EI-1.1.1“测试：依据”须有评分规则，写明如何计分，如“满意度≥90%得6分”。"),
                refused("scoring rule too long", draft -> draft.indicator("EI-1.1.1").scoringRule = "分".repeat(501),
                        "指标 EI-1.1.1“测试：依据”的评分规则最多 500 个字。"),
                refused("scoring rule on level 2", draft -> draft.indicator("EI-2.2").scoringRule = "二级指标小计",
                        "只有三级指标有评分规则；EI-2.2“测试：满意度”的得分是其下级指标得分之和，请留空。"),
                refused("scoring rule on level 1", draft -> draft.indicator("EI-1").scoringRule = "一级指标小计",
                        "只有三级指标有评分规则；EI-1“测试：决策”的得分是其下级指标得分之和，请留空。"),
                refused("indicator source too long", draft -> draft.indicator("EI-2").source = "源".repeat(501),
                        "指标 EI-2“测试：效益”的来源最多 500 个字。"),
                refused("level 1 without level 2", draft -> draft.indicator("EI-1").children.clear(),
                        "一级指标 EI-1“测试：决策”下还没有二级指标：指标体系共三级，一级、二级指标下都须有下级指标，评分在三级指标上。"),
                refused("level 2 without level 3", draft -> draft.indicator("EI-2.1").children.clear(),
                        "二级指标 EI-2.1“测试：社会效益”下还没有三级指标：指标体系共三级，一级、二级指标下都须有下级指标，评分在三级指标上。"),
                refused("a fourth level", draft -> draft.indicator("EI-2.1.1")
                                .leaf("EI-2.1.1.1", "测试：第四级", "35", "测试"),
                        "三级指标 EI-2.1.1“测试：改善”下不能再设指标：指标体系共三级。"),
                refused("level-1 weights not 100", draft -> {
                    draft.indicator("EI-2").weight = new BigDecimal("59.5");
                    draft.indicator("EI-2.1").weight = new BigDecimal("34.5");
                    draft.indicator("EI-2.1.1").weight = new BigDecimal("34.5");
                }, "一级指标权重合计为 99.5，应为 100。"),
                refused("level-2 weights not the level-1 weight", draft -> {
                    draft.indicator("EI-1").weight = new BigDecimal("41");
                    draft.indicator("EI-2").weight = new BigDecimal("59");
                }, "“测试：决策”下的二级指标权重合计为 40，应为 41。"),
                refused("level-3 weights not the level-2 weight", draft -> draft.indicator("EI-2.2.2").weight =
                        new BigDecimal("11.5"), "“测试：满意度”下的三级指标权重合计为 24，应为 25。"),
                refused("no effective date", draft -> draft.effectiveFrom = null, "请填写生效日期。"),
                refused("effective date a typing mistake", draft -> draft.effectiveFrom = LocalDate.of(2100, 1, 1),
                        "生效日期须在 2000-01-01 至 2099-12-31 之间。"));
    }

    private static Arguments refused(String rule, Consumer<Draft> change, String message) {
        return Arguments.of(rule, change, message);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenDrafts")
    void createRefusesABrokenRuleAndWritesNothing(String rule, Consumer<Draft> change, String message) {
        Draft draft = EvaluationTemplateFixtures.draft(templates);
        change.accept(draft);

        assertThat(fixtures.refusal(() -> administration.create(draft.build()))).isEqualTo(message);

        assertThat(administration.history(draft.code)).isEmpty();
        assertThat(templates.history(draft.code)).isEmpty();
        assertThat(auditFor(draft.code)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenDrafts")
    void reviseRefusesABrokenRuleAndWritesNothing(String rule, Consumer<Draft> change, String message) {
        Draft draft = EvaluationTemplateFixtures.draft(templates);
        administration.create(draft.build());
        List<TemplateEntry> before = administration.history(draft.code);
        draft.effectiveFrom = START.plusMonths(1);
        change.accept(draft);

        assertThat(fixtures.refusal(() -> administration.revise(draft.code, 1, draft.build(), "测试修订")))
                .isEqualTo(message);

        assertThat(administration.history(draft.code)).isEqualTo(before);
        assertThat(templates.history(draft.code)).hasSize(1);
        assertThat(auditFor(draft.code)).extracting(AuditEntry::action)
                .containsExactly("admin.evaluation-template.create");
        retire(draft.code, 1);
    }

    static Stream<Arguments> brokenChanges() {
        return Stream.of(
                Arguments.of("no reason", "  ", START.plusMonths(1), "请填写原因。"),
                Arguments.of("reason too long", "因".repeat(301), START.plusMonths(1), "原因最多 300 个字。"),
                Arguments.of("not after the current revision", "测试", START,
                        "新版本的生效日期须晚于第 1 版的生效日期（2001-01-01）。"),
                Arguments.of("before the current revision", "测试", START.minusDays(1),
                        "新版本的生效日期须晚于第 1 版的生效日期（2001-01-01）。"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenChanges")
    void aRevisionNeedsAReasonAndALaterDate(String rule, String reason, LocalDate from, String message) {
        String code = create();

        assertThat(fixtures.refusal(() -> administration.revise(code, 1,
                changed(code, draft -> draft.name = "测试：新名称", from), reason))).isEqualTo(message);

        assertThat(templates.history(code)).hasSize(1);
        assertThat(auditFor(code)).hasSize(1);
        retire(code, 1);
    }

    @Test
    void aRevisionMustChangeSomethingAndKeepsTheCode() {
        String code = create();
        EvaluationTemplate created = templates.history(code).get(0);
        TemplateDraft same = TemplateDraft.of(created).withEffectiveFrom(START.plusMonths(1));
        Draft sameWeightsWritten = latest(code);
        sameWeightsWritten.indicator("EI-1").weight = new BigDecimal("40.0");
        sameWeightsWritten.effectiveFrom = START.plusMonths(1);
        Draft otherCode = latest(code);
        otherCode.code = "ET-99";
        otherCode.effectiveFrom = START.plusMonths(1);

        assertThat(fixtures.refusal(() -> administration.revise(code, 1, same, "没有改动")))
                .isEqualTo("内容与第 1 版相同，无需修订。");
        assertThat(fixtures.refusal(() -> administration.revise(code, 1, sameWeightsWritten.build(), "40.0 即 40")))
                .isEqualTo("内容与第 1 版相同，无需修订。");
        assertThat(fixtures.refusal(() -> administration.revise(code, 1, otherCode.build(), "改编码")))
                .isEqualTo("修订不能更改编码“" + code + "”；需要新编码的，请新增模板。");
        assertThat(fixtures.refusal(() -> administration.revise("ET-9X", 1, same, "不存在")))
                .isEqualTo("绩效评价指标模板“ET-9X”不存在。");
        assertThat(templates.history(code)).hasSize(1);
        retire(code, 1);
    }

    @Test
    void onlyTheOrderOfIndicatorsChangedIsARevision() {
        String code = create();
        Draft reordered = latest(code);
        reordered.roots.add(reordered.roots.remove(0));
        reordered.effectiveFrom = START.plusMonths(1);

        administration.revise(code, 1, reordered.build(), "效益排在前面");

        assertThat(templates.revision(code, 2).orElseThrow().roots()).extracting(Indicator::code)
                .containsExactly("EI-2", "EI-1");
        assertThat(auditFor(code).get(0).detail()).contains("indicators: EI-1,EI-1.1,");
        retire(code, 2);
    }

    @Test
    void theSeededTemplateMeetsTheRulesAsItStands() {
        LocalDate tomorrow = LocalDate.now(clock).plusDays(1);
        EvaluationTemplate seeded = templates.find("ET-01", EvaluationTemplatesTests.FIRST_DAY).orElseThrow();

        // It passes every rule and then is refused only for changing nothing: what the screen's revise starts from.
        assertThat(fixtures.refusal(() -> administration.revise("ET-01", seeded.revision(),
                TemplateDraft.of(seeded).withEffectiveFrom(tomorrow), "检查")))
                .isEqualTo("内容与第 " + seeded.revision() + " 版相同，无需修订。");
    }

    @Test
    void retiringNeedsAReasonAndALastDayInForce() {
        String code = create();

        assertThat(fixtures.refusal(() -> administration.retire(code, 1, START.plusMonths(1), " ")))
                .isEqualTo("请填写原因。");
        assertThat(fixtures.refusal(() -> administration.retire(code, 1, null, "测试")))
                .isEqualTo("请填写最后使用日期。");
        assertThat(fixtures.refusal(() -> administration.retire(code, 1, LocalDate.of(1999, 12, 31), "测试")))
                .isEqualTo("最后使用日期须在 2000-01-01 至 2099-12-31 之间。");
        assertThat(fixtures.refusal(() -> administration.retire(code, 1, START.minusDays(1), "测试")))
                .isEqualTo("最后使用日期不能早于第 1 版的生效日期（2001-01-01）。");

        assertThat(templates.history(code)).singleElement().extracting(EvaluationTemplate::effectiveTo).isNull();
        assertThat(auditFor(code)).hasSize(1);
        // The first day is a valid last day: in force for one day.
        assertThat(administration.retire(code, 1, START, "只施行一天").template().effectiveTo()).isEqualTo(START);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ET-1", "ET-001", "ET-00", "ET-1000", "et-101", "ET101", "EI-101", "ET–101", "ET-1O1", " "})
    void refusesMalformedCodes(String code) {
        Draft draft = EvaluationTemplateFixtures.draft(templates);
        draft.code = code;
        assertThat(fixtures.refusal(() -> administration.create(draft.build())))
                .isEqualTo("绩效评价指标模板编码须为“ET-”加两位数字（如 ET-02），100 起为三位数字（如 ET-100）。");
    }

    @Test
    void aCodeIsNeverUsedAgainNotEvenARetiredTemplates() {
        Draft taken = EvaluationTemplateFixtures.draft(templates);
        taken.code = "ET-01";
        assertThat(fixtures.refusal(() -> administration.create(taken.build())))
                .isEqualTo("编码“ET-01”已被使用（停止使用的模板也保留其编码），请换一个。");
        assertThat(templates.history("ET-01")).hasSize(1);

        String code = create();
        retire(code, 1);
        Draft again = EvaluationTemplateFixtures.draft(templates);
        again.code = code;
        assertThat(fixtures.refusal(() -> administration.create(again.build())))
                .isEqualTo("编码“" + code + "”已被使用（停止使用的模板也保留其编码），请换一个。");
        assertThat(templates.history(code)).hasSize(1);
    }

    @Test
    void listFiltersTheTemplatesInForceByCodeOrName() {
        LocalDate day = EvaluationTemplatesTests.FIRST_DAY;
        assertThat(administration.list("et-0", day)).extracting(TemplateEntry::code).containsExactly("ET-01");
        assertThat(administration.list("社区服务项目", day)).extracting(TemplateEntry::code).contains("ET-01");
        assertThat(administration.list("ET-01", day.minusDays(1))).isEmpty();
        assertThat(administration.list("ET-01", null)).singleElement().satisfies(entry -> {
            assertThat(entry.changedBy()).isEqualTo("system");
            assertThat(entry.reason()).isEqualTo("首次发布");
        });
    }

    @Test
    void refusalsReadInEnglishToo() {
        Draft draft = EvaluationTemplateFixtures.draft(templates);
        draft.indicator("EI-1").weight = new BigDecimal("41");
        draft.indicator("EI-2").weight = new BigDecimal("59");
        assertThat(fixtures.englishRefusal(() -> administration.create(draft.build())))
                .isEqualTo("The weights of the level-2 indicators under \"测试：决策\" add up to 40; they should add up to 41.");
        draft.indicator("EI-1.1").children.clear();
        assertThat(fixtures.englishRefusal(() -> administration.create(draft.build())))
                .startsWith("EI-1.1 \"测试：立项\" has no level-3 indicators below it yet");
    }

    @Test
    void onlyAdministratorsMaintainTheTemplates() {
        String code = create();
        TemplateDraft draft = changed(code, changed -> changed.name = "测试：窗口人员的修改", START.plusMonths(1));
        signIn.as("wangfang");

        assertThrows(AccessDeniedException.class, () -> administration.list("", START));
        assertThrows(AccessDeniedException.class, () -> administration.history(code));
        assertThrows(AccessDeniedException.class, () -> administration.create(
                EvaluationTemplateFixtures.draft(templates).build()));
        assertThrows(AccessDeniedException.class, () -> administration.revise(code, 1, draft, "越权"));
        assertThrows(AccessDeniedException.class, () -> administration.retire(code, 1, START, "越权"));

        // Reading the templates stays open to every member of staff.
        assertThat(templates.find(code, START)).map(EvaluationTemplate::revision).contains(1);
        assertThat(templates.history(code)).singleElement().extracting(EvaluationTemplate::effectiveTo).isNull();
        signIn.as("admin");
        assertThat(auditFor(code)).extracting(AuditEntry::action).containsExactly("admin.evaluation-template.create");
        retire(code, 1);
    }

    /** A new template of the tests' own, in force from {@link #START}. */
    private String create() {
        return administration.create(EvaluationTemplateFixtures.draft(templates).build()).code();
    }

    /** The template's latest revision as a draft to change. */
    private Draft latest(String code) {
        List<EvaluationTemplate> history = templates.history(code);
        return EvaluationTemplateFixtures.draft(history.get(history.size() - 1));
    }

    /** The template's latest revision with one change, from {@code from}. */
    private TemplateDraft changed(String code, Consumer<Draft> change, LocalDate from) {
        Draft draft = latest(code);
        change.accept(draft);
        draft.effectiveFrom = from;
        return draft.build();
    }

    /** Leaves nothing of the test in force after 2001. */
    private void retire(String code, int revision) {
        administration.retire(code, revision, LocalDate.of(2001, 12, 31), "测试结束");
    }

    private List<AuditEntry> auditFor(String code) {
        return auditLog.search("evaluation-template:" + code, PageRequest.of(0, 20)).getContent();
    }
}
