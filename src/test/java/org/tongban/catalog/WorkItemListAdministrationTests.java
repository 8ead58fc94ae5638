package org.tongban.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
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
import org.tongban.catalog.WorkItemFixtures.Draft;
import org.tongban.catalog.WorkItemListAdministration.WorkItemDraft;
import org.tongban.catalog.WorkItemListAdministration.WorkItemEntry;
import org.tongban.identity.AdminFixtures;
import org.tongban.testing.SignIn;
import org.tongban.testing.TongbanTest;

@TongbanTest
@Tag("db")
class WorkItemListAdministrationTests {

    private static final LocalDate START = WorkItemFixtures.START;
    private static final String STALE = "该清单事项已被他人修订，请刷新后重试。";

    @Autowired
    WorkItemListAdministration administration;

    @Autowired
    WorkItemList list;

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
    void createsAnEntryTrimmedWithItsKeywordsAndAudits() {
        Draft draft = WorkItemFixtures.draft(WorkItemKind.ASSIST, list);
        draft.code = " " + draft.code + " ";
        draft.nameZh = "  测试：协助开展测试登记 ";
        draft.nameEn = " ";
        draft.keywords = " 登记，测试、 样例 登记;台账 ";

        WorkItemEntry created = administration.create(draft.build());

        String code = draft.code.strip();
        WorkItem item = created.item();
        assertThat(item.code()).isEqualTo(code);
        assertThat(item.revision()).isEqualTo(1);
        assertThat(item.nameZh()).isEqualTo("测试：协助开展测试登记");
        assertThat(item.nameEn()).isEmpty();
        assertThat(item.keywords()).containsExactly("登记", "测试", "样例", "台账");
        assertThat(item.effectiveFrom()).isEqualTo(START);
        assertThat(item.effectiveTo()).isNull();
        assertThat(created.changedBy()).isEqualTo("admin");
        assertThat(created.reason()).isNull();
        assertThat(list.find(code, START)).contains(item);
        assertThat(list.find(code, START.minusDays(1))).isEmpty();
        assertThat(administration.list(code, START)).containsExactly(created);
        assertThat(auditFor(code)).singleElement().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo("admin.work-item.create");
            assertThat(entry.actor()).isEqualTo("admin");
            assertThat(entry.detail()).contains("revision 1 from 2001-01-01").contains("keywords=登记,测试,样例,台账");
        });
        retire(code, 1);
    }

    @Test
    void aRevisionTakesOverFromItsEffectiveDateAndTheOldOneEndsTheDayBefore() {
        String code = create(WorkItemKind.DUTY);
        WorkItemDraft changed = changedName(code, "测试：修订后的名称", START.plusMonths(5));

        WorkItemEntry revised = administration.revise(code, 1, changed, "  依据新文件调整 ");

        assertThat(revised.revision()).isEqualTo(2);
        assertThat(revised.reason()).isEqualTo("依据新文件调整");
        assertThat(list.find(code, LocalDate.of(2001, 5, 31))).hasValueSatisfying(item -> {
            assertThat(item.revision()).isEqualTo(1);
            assertThat(item.effectiveTo()).isEqualTo(LocalDate.of(2001, 5, 31));
            assertThat(item.nameZh()).isEqualTo("测试：协助开展社区测试工作");
        });
        assertThat(list.find(code, LocalDate.of(2001, 6, 1))).hasValueSatisfying(item -> {
            assertThat(item.revision()).isEqualTo(2);
            assertThat(item.nameZh()).isEqualTo("测试：修订后的名称");
        });
        assertThat(list.find(code, LocalDate.now(clock))).map(WorkItem::revision).contains(2);
        assertThat(list.history(code)).extracting(WorkItem::revision).containsExactly(1, 2);
        assertThat(administration.history(code)).extracting(WorkItemEntry::reason).containsExactly(null, "依据新文件调整");
        assertThat(auditFor(code)).filteredOn(entry -> entry.action().equals("admin.work-item.revise"))
                .singleElement().extracting(AuditEntry::detail).asString()
                .contains("revision 2 from 2001-06-01").contains("revision 1 ends 2001-05-31")
                .contains("nameZh: 测试：协助开展社区测试工作 → 测试：修订后的名称").contains("reason: 依据新文件调整")
                .doesNotContain("legalBasis");
        retire(code, 2);
    }

    @Test
    void aRevisionMayTakeEffectLaterWhileTheCurrentOneStaysInForce() {
        // Today and tomorrow only: the entry is in force today, the day other modules read the list for.
        LocalDate today = LocalDate.now(clock);
        LocalDate tomorrow = today.plusDays(1);
        String code = create(WorkItemKind.DUTY);

        administration.revise(code, 1, changedName(code, "测试：明天起的名称", tomorrow), "明天起调整");

        assertThat(list.find(code, today)).map(WorkItem::revision).contains(1);
        assertThat(list.find(code, tomorrow)).map(WorkItem::revision).contains(2);
        assertThat(list.find(code, tomorrow.plusYears(1))).map(WorkItem::revision).contains(2);
        assertThat(administration.list(code, today)).extracting(WorkItemEntry::revision).containsExactly(1);
        assertThat(administration.list(code, tomorrow)).extracting(WorkItemEntry::revision).containsExactly(2);

        // One revision waiting at a time: the next change waits until it is in force.
        assertThat(fixtures.refusal(() -> administration.revise(code, 2,
                changedName(code, "测试：再改一次", today.plusDays(60)), "再次调整")))
                .isEqualTo("事项“" + code + "”已有待生效的第 2 版（" + tomorrow + " 起施行），生效前不能再修订。");
        assertThat(list.history(code)).hasSize(2);
        // A waiting revision may be retired, from its first day on.
        administration.retire(code, 2, tomorrow, "测试结束");
        assertThat(list.find(code, tomorrow.plusDays(1))).isEmpty();
    }

    @Test
    void aRetiredEntryIsInForceUntilItsLastDayAndIsKept() {
        String code = create(WorkItemKind.NEGATIVE);

        WorkItemEntry retired = administration.retire(code, 1, LocalDate.of(2001, 3, 31), " 已并入其他事项 ");

        assertThat(retired.item().effectiveTo()).isEqualTo(LocalDate.of(2001, 3, 31));
        assertThat(retired.retirement()).satisfies(retirement -> {
            assertThat(retirement.retiredBy()).isEqualTo("admin");
            assertThat(retirement.reason()).isEqualTo("已并入其他事项");
        });
        assertThat(list.find(code, LocalDate.of(2001, 3, 31))).isPresent();
        assertThat(list.find(code, LocalDate.of(2001, 4, 1))).isEmpty();
        assertThat(list.find(code, LocalDate.now(clock))).isEmpty();
        assertThat(list.inForce(LocalDate.of(2001, 4, 1))).extracting(WorkItem::code).doesNotContain(code);
        assertThat(administration.list(code, LocalDate.of(2001, 4, 1))).isEmpty();
        assertThat(administration.history(code)).containsExactly(retired);
        assertThat(auditFor(code)).extracting(AuditEntry::action).containsExactly("admin.work-item.retire",
                "admin.work-item.create");

        String refusal = "事项“" + code + "”已停止执行（最后执行日期 2001-03-31），不能再修订或停止执行。";
        assertThat(fixtures.refusal(() -> administration.revise(code, 1,
                changedName(code, "测试：复活", LocalDate.of(2001, 6, 1)), "重新启用"))).isEqualTo(refusal);
        assertThat(fixtures.refusal(() -> administration.retire(code, 1, LocalDate.of(2001, 5, 1), "再停一次")))
                .isEqualTo(refusal);
        assertThat(administration.history(code)).containsExactly(retired);
    }

    @Test
    void aStaleRevisionIsRefusedAndChangesNothing() {
        String code = create(WorkItemKind.DUTY);
        administration.revise(code, 1, changedName(code, "测试：第一位管理员的名称", START.plusMonths(1)), "第一位");
        List<WorkItemEntry> before = administration.history(code);

        // A second administrator still has revision 1 open:
        assertThat(fixtures.refusal(() -> administration.revise(code, 1,
                changedName(code, "测试：第二位管理员的名称", START.plusMonths(2)), "第二位"))).isEqualTo(STALE);
        assertThat(fixtures.refusal(() -> administration.retire(code, 1, START.plusMonths(3), "第二位停用")))
                .isEqualTo(STALE);

        assertThat(administration.history(code)).isEqualTo(before);
        assertThat(auditFor(code)).hasSize(2);
        retire(code, 2);
    }

    @Test
    void theListIsReadAgainAfterEveryChange() {
        String code = create(WorkItemKind.DUTY);
        LocalDate june = LocalDate.of(2001, 6, 1);
        assertThat(list.find(code, june)).map(WorkItem::revision).contains(1);
        assertThat(list.inForce(june)).extracting(WorkItem::code).contains(code);

        administration.revise(code, 1, changedName(code, "测试：缓存之后的名称", june), "检查缓存");
        assertThat(list.find(code, june)).map(WorkItem::nameZh).contains("测试：缓存之后的名称");

        administration.retire(code, 2, june, "检查缓存");
        assertThat(list.find(code, june.plusDays(1))).isEmpty();
        assertThat(list.history(code)).extracting(WorkItem::effectiveTo).containsExactly(june.minusDays(1), june);
    }

    static Stream<Arguments> brokenDrafts() {
        return Stream.of(
                refused("no kind", WorkItemKind.DUTY, draft -> draft.kind = null,
                        "请选择事项类型：依法履职事项、协助政府工作事项或负面清单。"),
                refused("name blank", WorkItemKind.DUTY, draft -> draft.nameZh = " ", "请填写事项名称。"),
                refused("name too long", WorkItemKind.NEGATIVE, draft -> draft.nameZh = "长".repeat(301),
                        "事项名称最多 300 个字。"),
                refused("name with a line break", WorkItemKind.DUTY, draft -> draft.nameZh = "测试\n名称",
                        "事项名称不能包含换行、制表符等控制字符。"),
                refused("English name too long", WorkItemKind.DUTY, draft -> draft.nameEn = "e".repeat(301),
                        "英文名称最多 300 个字符。"),
                refused("departments too long", WorkItemKind.ASSIST, draft -> draft.departments = "局".repeat(201),
                        "相关部门最多 200 个字。"),
                refused("duty without legal basis", WorkItemKind.DUTY, draft -> draft.legalBasis = "  ",
                        "依法履职事项须写明法律法规或政策依据。"),
                refused("assisting work without legal basis", WorkItemKind.ASSIST, draft -> draft.legalBasis = null,
                        "协助政府工作事项须写明法律法规或政策依据。"),
                refused("legal basis too long", WorkItemKind.NEGATIVE, draft -> draft.legalBasis = "法".repeat(501),
                        "依据最多 500 个字。"),
                refused("assisting work without funding", WorkItemKind.ASSIST, draft -> draft.fundingConditions = " ",
                        "协助政府工作事项须写明经费和工作条件（费随事转）。"),
                refused("funding on a duty", WorkItemKind.DUTY, draft -> draft.fundingConditions = "由民政局提供经费",
                        "只有协助政府工作事项填写经费和工作条件，依法履职事项请留空。"),
                refused("funding too long", WorkItemKind.ASSIST, draft -> draft.fundingConditions = "费".repeat(501),
                        "经费和工作条件最多 500 个字。"),
                refused("source too long", WorkItemKind.DUTY, draft -> draft.source = "源".repeat(501),
                        "来源最多 500 个字。"),
                refused("keyword too long", WorkItemKind.NEGATIVE, draft -> draft.keywords = "拆迁 " + "词".repeat(21),
                        "关键词“" + "词".repeat(21) + "”太长：每个关键词最多 20 个字。"),
                refused("too many keywords", WorkItemKind.NEGATIVE, draft -> draft.keywords = String.join("、",
                        Stream.iterate(1, number -> number + 1).limit(21).map(number -> "词" + number).toList()),
                        "关键词最多 20 个，现填了 21 个。"),
                refused("keywords too long together", WorkItemKind.NEGATIVE, draft -> draft.keywords = String.join(",",
                        Stream.iterate(10, number -> number + 1).limit(20).map(number -> "关键词".repeat(6) + number)
                                .toList()),
                        "关键词合计最多 300 个字（含分隔符）。"),
                refused("no effective date", WorkItemKind.DUTY, draft -> draft.effectiveFrom = null, "请填写生效日期。"),
                refused("effective date a typing mistake", WorkItemKind.DUTY,
                        draft -> draft.effectiveFrom = LocalDate.of(201, 1, 1),
                        "生效日期须在 2000-01-01 至 2099-12-31 之间。"));
    }

    private static Arguments refused(String rule, WorkItemKind kind, Consumer<Draft> change, String message) {
        return Arguments.of(rule, kind, change, message);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenDrafts")
    void createRefusesABrokenRuleAndWritesNothing(String rule, WorkItemKind kind, Consumer<Draft> change,
                                                  String message) {
        Draft draft = WorkItemFixtures.draft(kind, list);
        change.accept(draft);

        assertThat(fixtures.refusal(() -> administration.create(draft.build()))).isEqualTo(message);

        assertThat(administration.history(draft.code)).isEmpty();
        assertThat(list.history(draft.code)).isEmpty();
        assertThat(auditFor(draft.code)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenDrafts")
    void reviseRefusesABrokenRuleAndWritesNothing(String rule, WorkItemKind kind, Consumer<Draft> change,
                                                  String message) {
        Draft draft = WorkItemFixtures.draft(kind, list);
        administration.create(draft.build());
        List<WorkItemEntry> before = administration.history(draft.code);
        draft.nameZh = "测试：改过的名称";
        draft.effectiveFrom = START.plusMonths(1);
        change.accept(draft);

        assertThat(fixtures.refusal(() -> administration.revise(draft.code, 1, draft.build(), "测试修订")))
                .isEqualTo(message);

        assertThat(administration.history(draft.code)).isEqualTo(before);
        assertThat(list.history(draft.code)).hasSize(1);
        assertThat(auditFor(draft.code)).extracting(AuditEntry::action).containsExactly("admin.work-item.create");
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
        String code = create(WorkItemKind.DUTY);

        assertThat(fixtures.refusal(() -> administration.revise(code, 1, changedName(code, "测试：新名称", from), reason)))
                .isEqualTo(message);

        assertThat(list.history(code)).hasSize(1);
        assertThat(auditFor(code)).hasSize(1);
        retire(code, 1);
    }

    @Test
    void aRevisionMustChangeSomethingAndKeepsCodeAndKind() {
        Draft draft = WorkItemFixtures.draft(WorkItemKind.ASSIST, list);
        WorkItem created = administration.create(draft.build()).item();
        String code = draft.code;
        WorkItemDraft same = WorkItemDraft.of(created).withEffectiveFrom(START.plusMonths(1));
        WorkItemDraft otherKind = new WorkItemDraft(code, WorkItemKind.NEGATIVE, "测试", null, null, null, null, null,
                null, START.plusMonths(1));
        WorkItemDraft otherCode = new WorkItemDraft("WI-A01", WorkItemKind.ASSIST, "测试", null, null, "依据", "经费",
                null, null, START.plusMonths(1));

        assertThat(fixtures.refusal(() -> administration.revise(code, 1, same, "没有改动")))
                .isEqualTo("内容与第 1 版相同，无需修订。");
        assertThat(fixtures.refusal(() -> administration.revise(code, 1, otherKind, "改类型")))
                .isEqualTo("修订不能更改事项类型（现为协助政府工作事项）；类型不同的，请停止执行本事项后新增事项。");
        assertThat(fixtures.refusal(() -> administration.revise(code, 1, otherCode, "改编码")))
                .isEqualTo("修订不能更改编码“" + code + "”；需要新编码的，请新增事项。");
        assertThat(fixtures.refusal(() -> administration.revise("WI-D998X", 1, same, "不存在")))
                .isEqualTo("清单事项“WI-D998X”不存在。");
        assertThat(list.history(code)).hasSize(1);
        retire(code, 1);
    }

    @Test
    void retiringNeedsAReasonAndALastDayInForce() {
        String code = create(WorkItemKind.DUTY);

        assertThat(fixtures.refusal(() -> administration.retire(code, 1, START.plusMonths(1), " ")))
                .isEqualTo("请填写原因。");
        assertThat(fixtures.refusal(() -> administration.retire(code, 1, null, "测试")))
                .isEqualTo("请填写最后执行日期。");
        assertThat(fixtures.refusal(() -> administration.retire(code, 1, START.minusDays(1), "测试")))
                .isEqualTo("最后执行日期不能早于第 1 版的生效日期（2001-01-01）。");

        assertThat(list.history(code)).singleElement().extracting(WorkItem::effectiveTo).isNull();
        assertThat(auditFor(code)).hasSize(1);
        // The first day is a valid last day: in force for one day.
        assertThat(administration.retire(code, 1, START, "只施行一天").item().effectiveTo()).isEqualTo(START);
    }

    @ParameterizedTest
    @ValueSource(strings = {"WI-D1", "WI-D1234", "wi-d901", "WI-X901", "WI-901", "SI-001", "WI–D901", " "})
    void refusesMalformedCodes(String code) {
        Draft draft = WorkItemFixtures.draft(WorkItemKind.DUTY, list);
        draft.code = code;
        assertThat(fixtures.refusal(() -> administration.create(draft.build())))
                .isEqualTo("清单事项编码须为“WI-”加类型字母（D 依法履职、A 协助、N 负面清单）和 2–3 位数字，例如 WI-A37。");
    }

    @Test
    void theCodeCarriesTheKindsLetterAndIsNeverReused() {
        Draft duty = WorkItemFixtures.draft(WorkItemKind.DUTY, list);
        duty.kind = WorkItemKind.NEGATIVE;
        assertThat(fixtures.refusal(() -> administration.create(duty.build())))
                .isEqualTo("编码“" + duty.code + "”与类型不符：负面清单的编码以“WI-N”开头。");
        assertThat(administration.history(duty.code)).isEmpty();

        Draft taken = WorkItemFixtures.draft(WorkItemKind.DUTY, list);
        taken.code = "WI-D01";
        assertThat(fixtures.refusal(() -> administration.create(taken.build())))
                .isEqualTo("编码“WI-D01”已被使用（停止执行的事项也保留其编码），请换一个。");
        assertThat(list.history("WI-D01")).hasSize(1);
    }

    @Test
    void listFiltersTheEntriesInForceByCodeNameOrDepartment() {
        LocalDate day = WorkItemListTests.FIRST_DAY;
        assertThat(administration.list("WI-N1", day)).extracting(WorkItemEntry::code)
                .containsExactly("WI-N10", "WI-N11", "WI-N12", "WI-N13", "WI-N14", "WI-N15");
        assertThat(administration.list("社区矫正", day)).extracting(WorkItemEntry::code).containsExactly("WI-A16");
        assertThat(administration.list("退役军人事务局", day)).extracting(WorkItemEntry::code).containsExactly("WI-A09");
        assertThat(administration.list("census", day)).extracting(WorkItemEntry::code).containsExactly("WI-A14");
        assertThat(administration.list("WI-D01", day.minusDays(1))).isEmpty();
        assertThat(administration.list("WI-D01", null)).extracting(WorkItemEntry::changedBy).containsExactly("system");
    }

    @Test
    void refusalsReadInEnglishToo() {
        Draft draft = WorkItemFixtures.draft(WorkItemKind.ASSIST, list);
        draft.fundingConditions = null;
        assertThat(fixtures.englishRefusal(() -> administration.create(draft.build())))
                .isEqualTo("Assisting work must state its funding and working conditions (funding follows work).");
    }

    @Test
    void onlyAdministratorsMaintainTheList() {
        String code = create(WorkItemKind.DUTY);
        WorkItemDraft draft = changedName(code, "测试：窗口人员的修改", START.plusMonths(1));
        signIn.as("wangfang");

        assertThrows(AccessDeniedException.class, () -> administration.list("", START));
        assertThrows(AccessDeniedException.class, () -> administration.history(code));
        assertThrows(AccessDeniedException.class, () -> administration.create(
                WorkItemFixtures.draft(WorkItemKind.DUTY, list).build()));
        assertThrows(AccessDeniedException.class, () -> administration.revise(code, 1, draft, "越权"));
        assertThrows(AccessDeniedException.class, () -> administration.retire(code, 1, START, "越权"));

        // Reading the list stays open to every member of staff.
        assertThat(list.find(code, START)).map(WorkItem::revision).contains(1);
        assertThat(list.history(code)).singleElement().extracting(WorkItem::effectiveTo).isNull();
        signIn.as("admin");
        assertThat(auditFor(code)).extracting(AuditEntry::action).containsExactly("admin.work-item.create");
        retire(code, 1);
    }

    /** A new entry of the tests' own, in force from {@link #START}. */
    private String create(WorkItemKind kind) {
        return administration.create(WorkItemFixtures.draft(kind, list).build()).code();
    }

    private WorkItemDraft changedName(String code, String name, LocalDate from) {
        WorkItem current = list.history(code).get(list.history(code).size() - 1);
        WorkItemDraft draft = WorkItemDraft.of(current).withEffectiveFrom(from);
        return new WorkItemDraft(draft.code(), draft.kind(), name, draft.nameEn(), draft.departments(),
                draft.legalBasis(), draft.fundingConditions(), draft.source(), draft.keywords(), from);
    }

    /** Leaves nothing of the test in force after 2001. */
    private void retire(String code, int revision) {
        administration.retire(code, revision, LocalDate.of(2001, 12, 31), "测试结束");
    }

    private List<AuditEntry> auditFor(String code) {
        return auditLog.search("work-item:" + code, PageRequest.of(0, 20)).getContent();
    }
}
