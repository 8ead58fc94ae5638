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
import org.tongban.catalog.CertificateFixtures.Draft;
import org.tongban.catalog.CertificateListAdministration.CertificateDraft;
import org.tongban.catalog.CertificateListAdministration.CertificateEntry;
import org.tongban.identity.AdminFixtures;
import org.tongban.testing.SignIn;
import org.tongban.testing.TongbanTest;

@TongbanTest
@Tag("db")
class CertificateListAdministrationTests {

    private static final LocalDate START = CertificateFixtures.START;
    private static final CertificateListing ISSUED = CertificateListing.ISSUED;
    private static final CertificateListing REFUSED = CertificateListing.REFUSED;
    private static final String STALE = "该证明事项已被他人修订，请刷新后重试。";

    @Autowired
    CertificateListAdministration administration;

    @Autowired
    CertificateList list;

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
    void createsAnIssuedEntryTrimmedWithItsAliasesAndTheDirectorAsSignerAndAudits() {
        Draft draft = CertificateFixtures.draft(ISSUED, list);
        draft.code = " " + draft.code + " ";
        draft.nameZh = "  测试：样例甲出具证明 ";
        draft.nameEn = " ";
        draft.aliases = " 样例甲证明，样例甲单、 样例甲 样例甲单;样例甲凭证 ";
        draft.replacement = null;
        draft.signerRole = " ";
        draft.validityDays = 0;

        CertificateEntry created = administration.create(draft.build());

        String code = draft.code.strip();
        CertificateType type = created.type();
        assertThat(type.code()).isEqualTo(code);
        assertThat(type.revision()).isEqualTo(1);
        assertThat(type.listing()).isEqualTo(ISSUED);
        assertThat(type.nameZh()).isEqualTo("测试：样例甲出具证明");
        assertThat(type.nameEn()).isEmpty();
        assertThat(type.aliases()).containsExactly("样例甲证明", "样例甲单", "样例甲", "样例甲凭证");
        assertThat(type.replacement()).isEqualTo(CertificateReplacement.NONE);
        assertThat(type.referTo()).isEmpty();
        assertThat(type.homeVisit()).isTrue();
        assertThat(type.template()).isEqualTo(CertificateFixtures.TEMPLATE);
        assertThat(type.validityDays()).as("长期有效").isZero();
        assertThat(type.signerRole()).isEqualTo("director");
        assertThat(type.effectiveFrom()).isEqualTo(START);
        assertThat(type.effectiveTo()).isNull();
        assertThat(created.changedBy()).isEqualTo("admin");
        assertThat(created.reason()).isNull();
        assertThat(list.find(code, START)).contains(type);
        assertThat(list.find(code, START.minusDays(1))).isEmpty();
        assertThat(list.lookUp("开个样例甲凭证", START)).extracting(CertificateType::code).containsExactly(code);
        assertThat(administration.list(code, START)).containsExactly(created);
        assertThat(auditFor(code)).singleElement().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo("admin.certificate-list.create");
            assertThat(entry.actor()).isEqualTo("admin");
            assertThat(entry.detail()).contains("revision 1 from 2001-01-01").contains("listing=ISSUED")
                    .contains("aliases=样例甲证明,样例甲单,样例甲,样例甲凭证").contains("signerRole=director");
        });
        retire(code, 1);
    }

    @Test
    void aRefusedEntryReplacedByACommitmentNeedsNoReferralAndCarriesNoneOfTheIssuedFields() {
        Draft draft = CertificateFixtures.draft(REFUSED, list);
        draft.replacement = CertificateReplacement.COMMITMENT;
        draft.referTo = "  ";
        draft.validityDays = 0;

        CertificateType type = administration.create(draft.build()).type();

        assertThat(type.issuable()).isFalse();
        assertThat(type.replacement()).isEqualTo(CertificateReplacement.COMMITMENT);
        assertThat(type.basisOrReason()).isEqualTo("测试：不予出具的原因");
        assertThat(type.referTo()).isEmpty();
        assertThat(type.requiredEvidence()).isEmpty();
        assertThat(type.factsChecked()).isEmpty();
        assertThat(type.template()).isEmpty();
        assertThat(type.homeVisit()).isFalse();
        assertThat(type.validityDays()).isZero();
        assertThat(type.signerRole()).isEmpty();
        // The refused list comes after the issued list.
        List<CertificateType> inForce = list.inForce(START);
        int position = inForce.indexOf(type);
        assertThat(position).isNotNegative();
        assertThat(inForce.subList(position, inForce.size())).noneMatch(CertificateType::issuable);
        retire(type.code(), 1);
    }

    @Test
    void aRevisionTakesOverFromItsEffectiveDateAndTheOldOneEndsTheDayBefore() {
        String code = create(ISSUED);
        CertificateDraft changed = changed(code, draft -> {
            draft.requiredEvidence = "居民身份证;户口簿;测试新材料";
            draft.validityDays = 30;
        }, START.plusMonths(5));

        CertificateEntry revised = administration.revise(code, 1, changed, "  依据新文件调整所需材料 ");

        assertThat(revised.revision()).isEqualTo(2);
        assertThat(revised.reason()).isEqualTo("依据新文件调整所需材料");
        assertThat(list.find(code, LocalDate.of(2001, 5, 31))).hasValueSatisfying(type -> {
            assertThat(type.revision()).isEqualTo(1);
            assertThat(type.effectiveTo()).isEqualTo(LocalDate.of(2001, 5, 31));
            assertThat(type.validityDays()).isEqualTo(90);
        });
        assertThat(list.find(code, LocalDate.of(2001, 6, 1))).hasValueSatisfying(type -> {
            assertThat(type.revision()).isEqualTo(2);
            assertThat(type.requiredEvidence()).isEqualTo("居民身份证;户口簿;测试新材料");
            assertThat(type.validityDays()).isEqualTo(30);
        });
        assertThat(list.history(code)).extracting(CertificateType::revision).containsExactly(1, 2);
        assertThat(administration.history(code)).extracting(CertificateEntry::reason)
                .containsExactly(null, "依据新文件调整所需材料");
        assertThat(auditFor(code)).filteredOn(entry -> entry.action().equals("admin.certificate-list.revise"))
                .singleElement().extracting(AuditEntry::detail).asString()
                .contains("revision 2 from 2001-06-01").contains("revision 1 ends 2001-05-31")
                .contains("requiredEvidence: 居民身份证;测试材料 → 居民身份证;户口簿;测试新材料")
                .contains("validityDays: 90 → 30").contains("reason: 依据新文件调整所需材料")
                .doesNotContain("template");
        retire(code, 2);
    }

    @Test
    void aRevisionMayTakeEffectLaterWhileTheCurrentOneStaysInForce() {
        // Today and tomorrow only: the entry is in force today, the day certificate issuance reads the lists for.
        LocalDate today = LocalDate.now(clock);
        LocalDate tomorrow = today.plusDays(1);
        String code = create(REFUSED);

        administration.revise(code, 1, changed(code, draft -> draft.referTo = "测试局（明天起）", tomorrow), "明天起调整");

        assertThat(list.find(code, today)).map(CertificateType::referTo).contains("测试局（依职责出具）");
        assertThat(list.find(code, tomorrow)).map(CertificateType::referTo).contains("测试局（明天起）");
        assertThat(administration.list(code, today)).extracting(CertificateEntry::revision).containsExactly(1);
        assertThat(administration.list(code, tomorrow)).extracting(CertificateEntry::revision).containsExactly(2);

        // One revision waiting at a time: the next change waits until it is in force.
        assertThat(fixtures.refusal(() -> administration.revise(code, 2,
                changed(code, draft -> draft.referTo = "测试局（再改一次）", today.plusDays(60)), "再次调整")))
                .isEqualTo("证明事项“" + code + "”已有待生效的第 2 版（" + tomorrow + " 起施行），生效前不能再修订。");
        assertThat(list.history(code)).hasSize(2);
        // A waiting revision may be retired, from its first day on.
        administration.retire(code, 2, tomorrow, "测试结束");
        assertThat(list.find(code, tomorrow.plusDays(1))).isEmpty();
    }

    @Test
    void aRetiredEntryIsInForceUntilItsLastDayAndIsKept() {
        String code = create(REFUSED);

        CertificateEntry retired = administration.retire(code, 1, LocalDate.of(2001, 3, 31), " 已并入其他证明事项 ");

        assertThat(retired.type().effectiveTo()).isEqualTo(LocalDate.of(2001, 3, 31));
        assertThat(retired.retirement()).satisfies(retirement -> {
            assertThat(retirement.retiredBy()).isEqualTo("admin");
            assertThat(retirement.reason()).isEqualTo("已并入其他证明事项");
        });
        assertThat(list.find(code, LocalDate.of(2001, 3, 31))).isPresent();
        assertThat(list.find(code, LocalDate.of(2001, 4, 1))).isEmpty();
        assertThat(list.lookUp("样例乙证明", LocalDate.of(2001, 3, 31))).extracting(CertificateType::code).contains(code);
        assertThat(list.lookUp("样例乙证明", LocalDate.of(2001, 4, 1))).extracting(CertificateType::code)
                .doesNotContain(code);
        assertThat(administration.list(code, LocalDate.of(2001, 4, 1))).isEmpty();
        assertThat(administration.history(code)).containsExactly(retired);
        assertThat(auditFor(code)).extracting(AuditEntry::action).containsExactly("admin.certificate-list.retire",
                "admin.certificate-list.create");
        assertThat(auditFor(code).get(0).detail()).isEqualTo("revision 1 in force until 2001-03-31; reason: 已并入其他证明事项");

        String refusal = "证明事项“" + code + "”已停止执行（最后执行日期 2001-03-31），不能再修订或停止执行。";
        assertThat(fixtures.refusal(() -> administration.revise(code, 1,
                changed(code, draft -> draft.nameZh = "测试：复活", LocalDate.of(2001, 6, 1)), "重新启用")))
                .isEqualTo(refusal);
        assertThat(fixtures.refusal(() -> administration.retire(code, 1, LocalDate.of(2001, 5, 1), "再停一次")))
                .isEqualTo(refusal);
        assertThat(administration.history(code)).containsExactly(retired);
    }

    @Test
    void aStaleRevisionIsRefusedAndChangesNothing() {
        String code = create(ISSUED);
        administration.revise(code, 1, changed(code, draft -> draft.factsChecked = "第一位管理员的核实内容",
                START.plusMonths(1)), "第一位");
        List<CertificateEntry> before = administration.history(code);

        // A second administrator still has revision 1 open:
        assertThat(fixtures.refusal(() -> administration.revise(code, 1, changed(code,
                draft -> draft.factsChecked = "第二位管理员的核实内容", START.plusMonths(2)), "第二位"))).isEqualTo(STALE);
        assertThat(fixtures.refusal(() -> administration.retire(code, 1, START.plusMonths(3), "第二位停用")))
                .isEqualTo(STALE);

        assertThat(administration.history(code)).isEqualTo(before);
        assertThat(auditFor(code)).hasSize(2);
        retire(code, 2);
    }

    @Test
    void theReadApiSeesEveryChangeOnceCommitted() {
        String code = create(ISSUED);
        LocalDate june = LocalDate.of(2001, 6, 1);
        assertThat(list.find(code, june)).map(CertificateType::revision).contains(1);
        assertThat(list.lookUp("样例丙证明", june)).isEmpty();

        administration.revise(code, 1, changed(code, draft -> draft.aliases = "样例丙证明", june), "检查缓存");
        assertThat(list.find(code, june)).map(CertificateType::aliases).contains(List.of("样例丙证明"));
        assertThat(list.lookUp("样例丙证明", june)).extracting(CertificateType::code).containsExactly(code);
        assertThat(list.lookUp("样例丙证明", june.minusDays(1))).isEmpty();

        administration.retire(code, 2, june, "检查缓存");
        assertThat(list.find(code, june.plusDays(1))).isEmpty();
        assertThat(list.history(code)).extracting(CertificateType::effectiveTo)
                .containsExactly(june.minusDays(1), june);
    }

    static Stream<Arguments> brokenDrafts() {
        String placeholders = "{持证人}、{公民身份号码}、{社区}、{用途}、{核实情况}";
        return Stream.of(
                refused("no listing", ISSUED, draft -> draft.listing = null,
                        "请选择所属清单：证明事项清单（可出具）或不予出具清单。"),
                refused("name blank", ISSUED, draft -> draft.nameZh = " ", "请填写证明名称。"),
                refused("name too long", REFUSED, draft -> draft.nameZh = "长".repeat(301), "证明名称最多 300 个字。"),
                refused("name with a line break", ISSUED, draft -> draft.nameZh = "测试\n证明",
                        "证明名称不能包含换行、制表符等控制字符。"),
                refused("English name too long", REFUSED, draft -> draft.nameEn = "e".repeat(301),
                        "英文名称最多 300 个字符。"),
                refused("alias too long", ISSUED, draft -> draft.aliases = "样例 " + "词".repeat(21),
                        "俗称“" + "词".repeat(21) + "”太长：每个俗称最多 20 个字。"),
                refused("too many aliases", REFUSED, draft -> draft.aliases = String.join("、",
                        Stream.iterate(1, number -> number + 1).limit(21).map(number -> "词" + number).toList()),
                        "俗称最多 20 个，现填了 21 个。"),
                refused("aliases too long together", ISSUED, draft -> draft.aliases = String.join(",",
                        Stream.iterate(10, number -> number + 1).limit(20).map(number -> "俗称".repeat(9) + number)
                                .toList()),
                        "俗称合计最多 300 个字（含分隔符）。"),
                refused("issued without basis", ISSUED, draft -> draft.basisOrReason = " ",
                        "可出具的证明须写明法律法规或国务院决定等依据。"),
                refused("basis too long", ISSUED, draft -> draft.basisOrReason = "法".repeat(501), "出具依据最多 500 个字。"),
                refused("issued with a referral", ISSUED, draft -> draft.referTo = "派出所",
                        "只有不予出具的证明填写由谁出具或核实，可出具的证明请留空。"),
                refused("issued with a replacement", ISSUED,
                        draft -> draft.replacement = CertificateReplacement.COMMITMENT,
                        "可出具的证明没有替代方式（现选了告知承诺）；能以告知承诺或数据共享代替的证明，应列入不予出具清单。"),
                refused("issued without evidence", ISSUED, draft -> draft.requiredEvidence = null,
                        "请填写申请人须提供的材料。"),
                refused("evidence too long", ISSUED, draft -> draft.requiredEvidence = "证".repeat(501),
                        "所需材料最多 500 个字。"),
                refused("issued without facts checked", ISSUED, draft -> draft.factsChecked = "",
                        "请填写社区核实的内容。"),
                refused("facts checked too long", ISSUED, draft -> draft.factsChecked = "实".repeat(501),
                        "核实内容最多 500 个字。"),
                refused("issued without template", ISSUED, draft -> draft.template = "\n ", "请填写证明文书模板。"),
                refused("template too long", ISSUED, draft -> draft.template = CertificateFixtures.TEMPLATE
                        + "文".repeat(1001 - CertificateFixtures.TEMPLATE.length()), "证明文书模板最多 1000 个字。"),
                refused("template with an unknown placeholder", ISSUED,
                        draft -> draft.template = CertificateFixtures.TEMPLATE.replace("{社区}", "{居委会}"),
                        "模板中的占位符“{居委会}”无法填写；可用的占位符有：" + placeholders + "。"),
                refused("template with a placeholder twice", ISSUED,
                        draft -> draft.template = "兹证明{持证人}:{核实情况}。另:{核实情况}。",
                        "模板中的占位符“{核实情况}”出现了不止一次：每个占位符只能用一次。"),
                refused("template without the holder", ISSUED,
                        draft -> draft.template = "兹证明申请人情况属实:{核实情况}。",
                        "模板须包含占位符“{持证人}”。"),
                refused("template without the findings", ISSUED,
                        draft -> draft.template = "兹证明{持证人}居住在{社区}。",
                        "模板须包含占位符“{核实情况}”。"),
                refused("template with an unpaired brace", ISSUED,
                        draft -> draft.template = "兹证明{持证人的情况:{核实情况}。",
                        "模板中的大括号不成对；占位符须写成一对大括号，如“{持证人}”。"),
                refused("issued without validity", ISSUED, draft -> draft.validityDays = null,
                        "请填写有效期天数（0 表示长期有效）。"),
                refused("validity over ten years", ISSUED, draft -> draft.validityDays = 3651,
                        "有效期须在 0 至 3650 天之间（0 表示长期有效）。"),
                refused("negative validity", ISSUED, draft -> draft.validityDays = -1,
                        "有效期须在 0 至 3650 天之间（0 表示长期有效）。"),
                refused("unknown signer role", ISSUED, draft -> draft.signerRole = "chief",
                        "签发角色“chief”不存在或不是社区（村）的角色；请填写社区角色的编码，如 director（社区书记/主任）。"),
                refused("signer role not held in communities", ISSUED, draft -> draft.signerRole = "dept-handler",
                        "签发角色“dept-handler”不存在或不是社区（村）的角色；请填写社区角色的编码，如 director（社区书记/主任）。"),
                refused("refused without reason", REFUSED, draft -> draft.basisOrReason = null,
                        "不予出具的证明须写明不予出具的原因。"),
                refused("reason too long", REFUSED, draft -> draft.basisOrReason = "因".repeat(501),
                        "不予出具的原因最多 500 个字。"),
                refused("refused without replacement", REFUSED, draft -> draft.replacement = null,
                        "请选择替代方式：告知承诺、数据共享或无替代。"),
                refused("refused without referral or replacement", REFUSED, draft -> draft.referTo = " ",
                        "没有告知承诺或数据共享代替的，须写明由哪个部门出具或核实。"),
                refused("referral too long", REFUSED, draft -> draft.referTo = "局".repeat(501),
                        "出具或核实部门最多 500 个字。"),
                refused("refused with evidence", REFUSED, draft -> draft.requiredEvidence = "户口簿",
                        "只有可出具的证明填写所需材料，不予出具的证明请留空。"),
                refused("refused with facts checked", REFUSED, draft -> draft.factsChecked = "居住情况",
                        "只有可出具的证明填写核实内容，不予出具的证明请留空。"),
                refused("refused with a template", REFUSED, draft -> draft.template = CertificateFixtures.TEMPLATE,
                        "只有可出具的证明有文书模板，不予出具的证明请留空。"),
                refused("refused with a home visit", REFUSED, draft -> draft.homeVisit = true,
                        "只有可出具的证明需要入户核实，不予出具的证明请不要勾选。"),
                refused("refused with a validity", REFUSED, draft -> draft.validityDays = 90,
                        "只有可出具的证明有有效期，不予出具的证明请留空。"),
                refused("refused with a signer", REFUSED, draft -> draft.signerRole = "director",
                        "只有可出具的证明有签发角色，不予出具的证明请留空。"),
                refused("source too long", ISSUED, draft -> draft.source = "源".repeat(501), "来源最多 500 个字。"),
                refused("no effective date", REFUSED, draft -> draft.effectiveFrom = null, "请填写生效日期。"),
                refused("effective date a typing mistake", ISSUED,
                        draft -> draft.effectiveFrom = LocalDate.of(2100, 1, 1),
                        "生效日期须在 2000-01-01 至 2099-12-31 之间。"));
    }

    private static Arguments refused(String rule, CertificateListing listing, Consumer<Draft> change, String message) {
        return Arguments.of(rule, listing, change, message);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenDrafts")
    void createRefusesABrokenRuleAndWritesNothing(String rule, CertificateListing listing, Consumer<Draft> change,
                                                  String message) {
        Draft draft = CertificateFixtures.draft(listing, list);
        change.accept(draft);

        assertThat(fixtures.refusal(() -> administration.create(draft.build()))).isEqualTo(message);

        assertThat(administration.history(draft.code)).isEmpty();
        assertThat(list.history(draft.code)).isEmpty();
        assertThat(auditFor(draft.code)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenDrafts")
    void reviseRefusesABrokenRuleAndWritesNothing(String rule, CertificateListing listing, Consumer<Draft> change,
                                                  String message) {
        Draft draft = CertificateFixtures.draft(listing, list);
        administration.create(draft.build());
        List<CertificateEntry> before = administration.history(draft.code);
        draft.nameZh = "测试：改过的名称";
        draft.effectiveFrom = START.plusMonths(1);
        change.accept(draft);

        assertThat(fixtures.refusal(() -> administration.revise(draft.code, 1, draft.build(), "测试修订")))
                .isEqualTo(message);

        assertThat(administration.history(draft.code)).isEqualTo(before);
        assertThat(list.history(draft.code)).hasSize(1);
        assertThat(auditFor(draft.code)).extracting(AuditEntry::action)
                .containsExactly("admin.certificate-list.create");
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
        String code = create(ISSUED);

        assertThat(fixtures.refusal(() -> administration.revise(code, 1,
                changed(code, draft -> draft.nameZh = "测试：新名称", from), reason))).isEqualTo(message);

        assertThat(list.history(code)).hasSize(1);
        assertThat(auditFor(code)).hasSize(1);
        retire(code, 1);
    }

    @Test
    void aRevisionMustChangeSomethingAndKeepsCodeAndListing() {
        Draft draft = CertificateFixtures.draft(ISSUED, list);
        draft.signerRole = null;
        CertificateType created = administration.create(draft.build()).type();
        String code = draft.code;
        CertificateDraft same = CertificateDraft.of(created).withEffectiveFrom(START.plusMonths(1));
        Draft refused = new Draft(code, REFUSED);
        refused.effectiveFrom = START.plusMonths(1);
        Draft otherCode = new Draft("CE-024", ISSUED);
        otherCode.effectiveFrom = START.plusMonths(1);

        // The director filled in as the default signer counts as what the revision said.
        assertThat(fixtures.refusal(() -> administration.revise(code, 1, same, "没有改动")))
                .isEqualTo("内容与第 1 版相同，无需修订。");
        assertThat(fixtures.refusal(() -> administration.revise(code, 1, refused.build(), "改为不予出具")))
                .isEqualTo("修订不能更改所属清单（现为证明事项清单）；需要改列的，请停止执行本事项后新增证明事项。");
        assertThat(fixtures.refusal(() -> administration.revise(code, 1, otherCode.build(), "改编码")))
                .isEqualTo("修订不能更改编码“" + code + "”；需要新编码的，请新增证明事项。");
        assertThat(fixtures.refusal(() -> administration.revise("CE-99X", 1, same, "不存在")))
                .isEqualTo("证明事项“CE-99X”不存在。");
        assertThat(list.history(code)).hasSize(1);
        retire(code, 1);
    }

    @Test
    void theSeededEntriesMeetTheRulesAsTheyStand() {
        LocalDate tomorrow = LocalDate.now(clock).plusDays(1);
        List<CertificateType> seeded = list.inForce(CertificateListTests.FIRST_DAY).stream()
                .filter(type -> type.effectiveFrom().equals(CertificateListTests.FIRST_DAY)).toList();
        assertThat(seeded).hasSize(33);

        // Each passes every rule and then is refused only for changing nothing: what the screen's revise starts from.
        assertThat(seeded).allSatisfy(type -> assertThat(fixtures.refusal(() -> administration.revise(type.code(),
                type.revision(), CertificateDraft.of(type).withEffectiveFrom(tomorrow), "检查")))
                .as(type.code()).isEqualTo("内容与第 " + type.revision() + " 版相同，无需修订。"));
    }

    @Test
    void retiringNeedsAReasonAndALastDayInForce() {
        String code = create(ISSUED);

        assertThat(fixtures.refusal(() -> administration.retire(code, 1, START.plusMonths(1), " ")))
                .isEqualTo("请填写原因。");
        assertThat(fixtures.refusal(() -> administration.retire(code, 1, null, "测试")))
                .isEqualTo("请填写最后执行日期。");
        assertThat(fixtures.refusal(() -> administration.retire(code, 1, LocalDate.of(1999, 12, 31), "测试")))
                .isEqualTo("最后执行日期须在 2000-01-01 至 2099-12-31 之间。");
        assertThat(fixtures.refusal(() -> administration.retire(code, 1, START.minusDays(1), "测试")))
                .isEqualTo("最后执行日期不能早于第 1 版的生效日期（2001-01-01）。");

        assertThat(list.history(code)).singleElement().extracting(CertificateType::effectiveTo).isNull();
        assertThat(auditFor(code)).hasSize(1);
        // The first day is a valid last day: in force for one day.
        assertThat(administration.retire(code, 1, START, "只施行一天").type().effectiveTo()).isEqualTo(START);
    }

    @ParameterizedTest
    @ValueSource(strings = {"CE-1", "CE-01", "CE-1000", "ce-901", "CE901", "WI-D901", "CE–901", "CE-9O1", " "})
    void refusesMalformedCodes(String code) {
        Draft draft = CertificateFixtures.draft(ISSUED, list);
        draft.code = code;
        assertThat(fixtures.refusal(() -> administration.create(draft.build())))
                .isEqualTo("证明事项编码须为“CE-”加三位数字，例如 CE-038。");
    }

    @Test
    void aCodeIsNeverUsedAgainNotEvenARetiredEntrys() {
        Draft taken = CertificateFixtures.draft(ISSUED, list);
        taken.code = "CE-008";
        assertThat(fixtures.refusal(() -> administration.create(taken.build())))
                .isEqualTo("编码“CE-008”已被使用（停止执行的证明事项也保留其编码），请换一个。");
        assertThat(list.history("CE-008")).hasSize(1);

        String code = create(REFUSED);
        retire(code, 1);
        Draft again = new Draft(code, ISSUED);
        assertThat(fixtures.refusal(() -> administration.create(again.build())))
                .isEqualTo("编码“" + code + "”已被使用（停止执行的证明事项也保留其编码），请换一个。");
        assertThat(list.history(code)).hasSize(1);
    }

    @Test
    void listFiltersTheEntriesInForceByCodeNameOrAliasIssuedFirst() {
        LocalDate day = CertificateListTests.FIRST_DAY;
        assertThat(administration.list("CE-02", day)).extracting(CertificateEntry::code)
                .containsExactly("CE-024", "CE-025", "CE-026", "CE-027", "CE-028", "CE-029", "CE-020", "CE-021",
                        "CE-022", "CE-023");
        assertThat(administration.list("单身证明", day)).extracting(CertificateEntry::code).containsExactly("CE-008");
        assertThat(administration.list("volunteer", day)).extracting(CertificateEntry::code).containsExactly("CE-037");
        assertThat(administration.list("CE-031", day.minusDays(1))).isEmpty();
        assertThat(administration.list("CE-031", null)).extracting(CertificateEntry::changedBy)
                .containsExactly("system");
    }

    @Test
    void refusalsReadInEnglishToo() {
        Draft draft = CertificateFixtures.draft(ISSUED, list);
        draft.template = "{持证人}:{核实情况}，{姓名}";
        assertThat(fixtures.englishRefusal(() -> administration.create(draft.build())))
                .isEqualTo("The placeholder \"{姓名}\" in the template cannot be filled in; the placeholders are: "
                        + "{持证人}、{公民身份号码}、{社区}、{用途}、{核实情况}.");
        draft.template = CertificateFixtures.TEMPLATE;
        draft.validityDays = 4000;
        assertThat(fixtures.englishRefusal(() -> administration.create(draft.build())))
                .isEqualTo("The validity is between 0 and 3650 days (0 for no fixed term).");
    }

    @Test
    void onlyAdministratorsMaintainTheLists() {
        String code = create(ISSUED);
        CertificateDraft draft = changed(code, changed -> changed.nameZh = "测试：窗口人员的修改", START.plusMonths(1));
        signIn.as("wangfang");

        assertThrows(AccessDeniedException.class, () -> administration.list("", START));
        assertThrows(AccessDeniedException.class, () -> administration.history(code));
        assertThrows(AccessDeniedException.class, () -> administration.create(
                CertificateFixtures.draft(ISSUED, list).build()));
        assertThrows(AccessDeniedException.class, () -> administration.revise(code, 1, draft, "越权"));
        assertThrows(AccessDeniedException.class, () -> administration.retire(code, 1, START, "越权"));

        // Reading the lists stays open to every member of staff.
        assertThat(list.find(code, START)).map(CertificateType::revision).contains(1);
        assertThat(list.history(code)).singleElement().extracting(CertificateType::effectiveTo).isNull();
        signIn.as("admin");
        assertThat(auditFor(code)).extracting(AuditEntry::action).containsExactly("admin.certificate-list.create");
        retire(code, 1);
    }

    /** A new entry of the tests' own, in force from {@link #START}. */
    private String create(CertificateListing listing) {
        return administration.create(CertificateFixtures.draft(listing, list).build()).code();
    }

    /** The entry's latest revision with one change, from {@code from}. */
    private CertificateDraft changed(String code, Consumer<Draft> change, LocalDate from) {
        List<CertificateType> history = list.history(code);
        Draft draft = CertificateFixtures.draft(history.get(history.size() - 1));
        change.accept(draft);
        draft.effectiveFrom = from;
        return draft.build();
    }

    /** Leaves nothing of the test in force after 2001. */
    private void retire(String code, int revision) {
        administration.retire(code, revision, LocalDate.of(2001, 12, 31), "测试结束");
    }

    private List<AuditEntry> auditFor(String code) {
        return auditLog.search("certificate-list:" + code, PageRequest.of(0, 20)).getContent();
    }
}
