package org.tongban.purchasedservice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.tongban.base.AuditEntry;
import org.tongban.base.AuditLog;
import org.tongban.base.AuditTrail;
import org.tongban.identity.AdminFixtures;
import org.tongban.identity.OrganisationAdministration;
import org.tongban.identity.OrgUnitSummary;
import org.tongban.purchasedservice.ProviderAdministration.BlacklistDraft;
import org.tongban.purchasedservice.ProviderAdministration.Blacklisting;
import org.tongban.purchasedservice.ProviderAdministration.ProviderDraft;
import org.tongban.purchasedservice.ProviderAdministration.Qualification;
import org.tongban.purchasedservice.ProviderAdministration.QualificationDraft;
import org.tongban.testing.SignIn;
import org.tongban.testing.TongbanTest;

/** 承接主体库: registering and editing providers, their qualifications and blacklist, each refusal and the audit. */
@TongbanTest
@Tag("db")
class ProviderAdministrationTests {

    @Autowired
    ProviderAdministration administration;

    @Autowired
    ServiceProviders register;

    @Autowired
    ProviderFixtures providers;

    @Autowired
    AdminFixtures fixtures;

    @Autowired
    OrganisationAdministration organisation;

    @Autowired
    AuditLog auditLog;

    @Autowired
    SignIn signIn;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    LocalDate today;

    @BeforeEach
    void signInAsProjectManager() {
        signIn.as("wuhao");
        today = LocalDate.now(clock);
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void registersAProviderOnItsUnitCleanedActiveAndAudited() {
        String unit = providers.unit();
        ProviderDraft draft = ProviderFixtures.draft();
        String spaced = draft.creditCode().substring(0, 8) + " "
                + draft.creditCode().substring(8).toLowerCase(Locale.ROOT);

        ServiceProvider registered = administration.register(" " + unit + " ", new ProviderDraft(" 云溪县测试社工中心 ",
                draft.kind(), spaced, " 张测试 ", "李联系", "139 1234 5678", draft.address(), draft.establishedOn(),
                draft.registrationAuthority(), true, " 居家养老\n青少年社会工作 "));

        assertThat(registered.code()).isEqualTo(unit);
        assertThat(registered.unitName()).isEqualTo(ProviderFixtures.NAME);
        assertThat(registered.name()).isEqualTo("云溪县测试社工中心");
        assertThat(registered.creditCode()).isEqualTo(draft.creditCode());
        assertThat(registered.legalRepresentative()).isEqualTo("张测试");
        assertThat(registered.contactMobile()).isEqualTo("13912345678");
        assertThat(registered.services()).isEqualTo("居家养老\n青少年社会工作");
        assertThat(registered.partyOrganisation()).isTrue();
        assertThat(registered.active()).isTrue();
        assertThat(registered.blacklisted()).isFalse();
        assertThat(register.find(unit)).contains(registered);
        assertThat(administration.registrableUnits()).extracting(OrgUnitSummary::code).doesNotContain(unit);
        assertThat(audit(unit)).singleElement().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo("purchasedservice.provider.register");
            assertThat(entry.actor()).isEqualTo("wuhao");
            assertThat(entry.detail()).contains("kind=SOCIAL_WORK_AGENCY", "creditCode=" + draft.creditCode(),
                    "partyOrganisation=true").doesNotContain("13912345678");
        });
    }

    @Test
    void aCommunityIsRegisteredAsItsCommittee() {
        String community = providers.community();
        assertThat(administration.registrableUnits()).extracting(OrgUnitSummary::code).contains(community);
        ProviderDraft draft = ProviderFixtures.with(ProviderFixtures.draft(), "name", "云溪县桃源镇承接测试社区居民委员会");

        assertThat(fixtures.refusal(() -> administration.register(community, draft)))
                .isEqualTo("“承接测试社区”是社区（村），只能以村(居)民委员会登记为承接主体。");
        ServiceProvider committee = administration.register(community,
                ProviderFixtures.with(draft, "kind", ProviderKind.COMMUNITY_COMMITTEE));

        assertThat(committee.kind()).isEqualTo(ProviderKind.COMMUNITY_COMMITTEE);
        assertThat(committee.unitName()).isEqualTo("承接测试社区");
        String unit = providers.unit();
        assertThat(fixtures.refusal(() -> administration.register(unit,
                ProviderFixtures.with(ProviderFixtures.draft(), "kind", ProviderKind.COMMUNITY_COMMITTEE))))
                .isEqualTo("村(居)民委员会须登记在其社区（村）上，“" + ProviderFixtures.NAME + "”不是社区（村）。");
    }

    @Test
    void refusesAUnitThatIsNoProviderAndWritesNothing() {
        String inactive = signIn.as("admin", () -> {
            String code = providers.unit();
            organisation.deactivate(code, organisation.tree().stream().filter(unit -> unit.code().equals(code))
                    .findFirst().orElseThrow().version());
            return code;
        });
        ProviderDraft draft = ProviderFixtures.draft();

        assertThat(fixtures.refusal(() -> administration.register(" ", draft))).isEqualTo("请选择承接主体所在的机构。");
        assertThat(fixtures.refusal(() -> administration.register("NOPE9", draft))).isEqualTo("机构“NOPE9”不存在。");
        assertThat(fixtures.refusal(() -> administration.register("DP-MZ", draft)))
                .isEqualTo("“县民政局”是职能部门，不能登记为承接主体：承接主体须登记在承接主体类机构或社区（村）上。");
        assertThat(fixtures.refusal(() -> administration.register(inactive, draft)))
                .isEqualTo("“" + ProviderFixtures.NAME + "”已停用，不能登记为承接主体。");
        assertThat(fixtures.refusal(() -> administration.register("PV001", draft)))
                .isEqualTo("“云溪县阳光社会工作服务中心”已在承接主体库中，请在其页面修改。");
        assertThat(fixtures.englishRefusal(() -> administration.register("DP-MZ", draft)))
                .isEqualTo("\"县民政局\" is a department and cannot be registered as a provider: providers are "
                        + "registered on provider units or on communities.");

        assertThat(register.find(inactive)).isEmpty();
        assertThat(register.count(new ProviderQuery(draft.creditCode(), null, null))).isZero();
        assertThat(audit(inactive)).isEmpty();
    }

    @Test
    void refusesEachBrokenRuleOfTheProfileInChineseAndWritesNothing() {
        String unit = providers.unit();
        ProviderDraft draft = ProviderFixtures.draft();

        assertThat(refusal(unit, "name", " ")).isEqualTo("请填写名称（与登记证书一致）。");
        assertThat(refusal(unit, "name", "名".repeat(101))).isEqualTo("名称最多 100 个字。");
        assertThat(refusal(unit, "name", "阳光\n社工")).isEqualTo("名称不能包含换行、制表符等控制字符。");
        assertThat(refusal(unit, "kind", null)).isEqualTo("请选择承接主体类型。");
        assertThat(refusal(unit, "creditCode", "")).isEqualTo("请填写统一社会信用代码。");
        String wrongCheck = draft.creditCode().substring(0, 17) + (draft.creditCode().endsWith("0") ? "1" : "0");
        assertThat(refusal(unit, "creditCode", wrongCheck))
                .isEqualTo("统一社会信用代码“" + wrongCheck + "”无效：须为 18 位数字或大写字母，且校验位正确（GB 32100）。");
        assertThat(refusal(unit, "creditCode", "52229901MJ0A11736G"))
                .isEqualTo("统一社会信用代码 52229901MJ0A11736G 已由“云溪县阳光社会工作服务中心”登记，同一组织不能重复登记。");
        assertThat(refusal(unit, "legalRepresentative", null)).isEqualTo("请填写法定代表人。");
        assertThat(refusal(unit, "contactPerson", "人".repeat(41))).isEqualTo("联系人最多 40 个字。");
        assertThat(refusal(unit, "contactMobile", " ")).isEqualTo("请填写联系人手机号码。");
        assertThat(refusal(unit, "contactMobile", "0571-8888888")).isEqualTo("请填写有效的 11 位手机号码，例如 13800000000。");
        assertThat(refusal(unit, "address", "")).isEqualTo("请填写地址。");
        assertThat(refusal(unit, "establishedOn", null)).isEqualTo("请填写成立日期。");
        assertThat(refusal(unit, "establishedOn", today.plusDays(1)))
                .isEqualTo("成立日期 " + today.plusDays(1) + " 晚于今天。");
        assertThat(refusal(unit, "registrationAuthority", " ")).isEqualTo("请填写登记管理机关。");
        assertThat(refusal(unit, "partyOrganisation", null)).isEqualTo("请选择党组织是否健全。");
        assertThat(refusal(unit, "services", "服".repeat(2001))).isEqualTo("服务内容最多 2000 个字。");

        assertThat(register.find(unit)).isEmpty();
        assertThat(audit(unit)).isEmpty();
    }

    @Test
    void editsTheProfileAuditingWhatChangedAndRefusesAStaleVersion() {
        ServiceProvider provider = providers.provider();
        ProviderDraft changed = ProviderFixtures.with(ProviderFixtures.with(ProviderDraft.of(provider),
                "contactPerson", "王新"), "contactMobile", "13700001111");

        ServiceProvider edited = administration.edit(provider.code(), changed, provider.version());

        assertThat(edited.contactPerson()).isEqualTo("王新");
        assertThat(edited.contactMobile()).isEqualTo("13700001111");
        assertThat(edited.version()).isGreaterThan(provider.version());
        assertThat(audit(provider.code())).filteredOn(entry -> entry.action().equals("purchasedservice.provider.edit"))
                .singleElement().extracting(AuditEntry::detail).isEqualTo("contact: 李联系 → 王新; mobile");
        // Nothing changed: nothing written, nothing audited.
        assertThat(administration.edit(provider.code(), changed, edited.version()).version())
                .isEqualTo(edited.version());
        assertThat(audit(provider.code())).filteredOn(entry -> entry.action().equals("purchasedservice.provider.edit"))
                .hasSize(1);
        // A second manager still has the first version open:
        assertThat(fixtures.refusal(() -> administration.edit(provider.code(),
                ProviderFixtures.with(changed, "address", "别处"), provider.version())))
                .isEqualTo("该承接主体已被他人修改，请刷新后重试。");
        assertThat(fixtures.refusal(() -> administration.edit(provider.code(),
                ProviderFixtures.with(changed, "creditCode", "52229901MJ0B22866T"), edited.version())))
                .isEqualTo("统一社会信用代码 52229901MJ0B22866T 已由“云溪县益邻社区服务社”登记，同一组织不能重复登记。");
        assertThat(register.find(provider.code())).get().extracting(ServiceProvider::address)
                .isEqualTo(provider.address());
        assertThat(fixtures.refusal(() -> administration.edit("NOPE9", changed, 0))).isEqualTo("承接主体库中没有“NOPE9”。");
    }

    @Test
    void takesAProviderOutOfUseWithAReasonAndBack() {
        ServiceProvider provider = providers.provider();
        assertThat(fixtures.refusal(() -> administration.deactivate(provider.code(), " ", provider.version())))
                .isEqualTo("请填写原因。");

        ServiceProvider inactive = administration.deactivate(provider.code(), "机构自行申请注销", provider.version());

        assertThat(inactive.active()).isFalse();
        assertThat(fixtures.refusal(() -> administration.deactivate(provider.code(), "再次", inactive.version())))
                .isEqualTo("“" + ProviderFixtures.NAME + "”已停用。");
        ServiceProvider active = administration.reactivate(provider.code(), inactive.version());
        assertThat(active.active()).isTrue();
        assertThat(fixtures.refusal(() -> administration.reactivate(provider.code(), active.version())))
                .isEqualTo("“" + ProviderFixtures.NAME + "”在用，无需启用。");
        assertThat(audit(provider.code())).extracting(AuditEntry::action, AuditEntry::detail).contains(
                tuple("purchasedservice.provider.deactivate", "reason: 机构自行申请注销"),
                tuple("purchasedservice.provider.reactivate", ProviderFixtures.NAME));
    }

    @Test
    void addsAQualificationWithItsScanAndRemovesItKeepingTheRecord() {
        ServiceProvider provider = providers.provider();
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3};

        Qualification added = administration.addQualification(provider.code(), new QualificationDraft(
                " 社会工作服务机构等级证书 ", "云社评 2025-018", "云溪县民政局", today.plusYears(3), "C:\\扫描\\等级.png", png));

        assertThat(added.name()).isEqualTo("社会工作服务机构等级证书");
        assertThat(added.fileName()).isEqualTo("等级.png");
        assertThat(added.contentType()).isEqualTo("image/png");
        assertThat(added.sizeBytes()).isEqualTo(png.length);
        assertThat(added.addedBy()).isEqualTo("wuhao");
        assertThat(administration.scan(provider.code(), added.id()).content()).isEqualTo(png);
        assertThat(fixtures.refusal(() -> administration.removeQualification(provider.code(), added.id(), "")))
                .isEqualTo("请填写原因。");

        Qualification removed = administration.removeQualification(provider.code(), added.id(), "等级证书已换发");

        assertThat(removed.current()).isFalse();
        assertThat(removed.removedBy()).isEqualTo("wuhao");
        assertThat(administration.profile(provider.code()).qualifications()).singleElement()
                .satisfies(kept -> assertThat(kept.removeReason()).isEqualTo("等级证书已换发"));
        assertThat(administration.profile(provider.code()).current()).isEmpty();
        assertThat(administration.scan(provider.code(), added.id()).content()).as("the scan stays").isEqualTo(png);
        assertThat(fixtures.refusal(() -> administration.removeQualification(provider.code(), added.id(), "再次")))
                .isEqualTo("资质“社会工作服务机构等级证书”已移出，不能再次移出。");
        assertThat(fixtures.refusal(() -> administration.removeQualification("PV001", added.id(), "别家的")))
                .isEqualTo("找不到该资质（" + added.id() + "），请刷新后重试。");
        assertThat(audit(provider.code())).extracting(AuditEntry::action).contains(
                "purchasedservice.provider.qualification.add", "purchasedservice.provider.qualification.remove");
    }

    @Test
    void refusesAQualificationThatIsIncompleteExpiredOrNotAScanAndWritesNothing() {
        ServiceProvider provider = providers.provider();
        String code = provider.code();

        assertThat(qualificationRefusal(code, new QualificationDraft(" ", "1", "民政局", null, "a.pdf",
                ProviderFixtures.PDF))).isEqualTo("请填写资质名称，例如 民办非企业单位登记证书。");
        assertThat(qualificationRefusal(code, new QualificationDraft("登记证书", "", "民政局", null, "a.pdf",
                ProviderFixtures.PDF))).isEqualTo("请填写证书编号。");
        assertThat(qualificationRefusal(code, new QualificationDraft("登记证书", "1", null, null, "a.pdf",
                ProviderFixtures.PDF))).isEqualTo("请填写发证机关。");
        assertThat(qualificationRefusal(code, new QualificationDraft("登记证书", "1", "民政局", today.minusDays(1),
                "a.pdf", ProviderFixtures.PDF)))
                .isEqualTo("资质“登记证书”的有效期（至 " + today.minusDays(1) + "）已过，请登记现行有效的证书。");
        assertThat(qualificationRefusal(code, new QualificationDraft("登记证书", "1", "民政局", null, null, null)))
                .isEqualTo("请上传证书扫描件（PDF、JPG 或 PNG，不超过 10 MB）。");
        assertThat(qualificationRefusal(code, new QualificationDraft("登记证书", "1", "民政局", null, "证书.docx",
                "PK\u0003\u0004word".getBytes(StandardCharsets.ISO_8859_1))))
                .isEqualTo("文件“证书.docx”是可执行程序或压缩包，出于安全原因不予接收。");
        assertThat(qualificationRefusal(code, new QualificationDraft("登记证书", "1", "民政局", null, "证书.txt",
                "登记证书".getBytes(StandardCharsets.UTF_8))))
                .isEqualTo("文件“证书.txt”不是 PDF、JPG 或 PNG 格式（按文件内容识别），请转换后再上传。");
        byte[] large = new byte[(int) ProviderAdministration.SCAN_MAX_BYTES + 1];
        System.arraycopy(ProviderFixtures.PDF, 0, large, 0, ProviderFixtures.PDF.length);
        assertThat(qualificationRefusal(code, new QualificationDraft("登记证书", "1", "民政局", null, "大.pdf", large)))
                .isEqualTo("文件“大.pdf”超过 10 MB，请压缩或分页扫描后再上传。");

        assertThat(administration.profile(code).qualifications()).isEmpty();
        assertThat(audit(code)).extracting(AuditEntry::action)
                .doesNotContain("purchasedservice.provider.qualification.add");
    }

    @Test
    void blacklistsForATermAndLiftsEarlyKeepingTheHistory() {
        ServiceProvider provider = providers.provider();

        Blacklisting entry = administration.blacklist(provider.code(), new BlacklistDraft(" 虚报服务人次 ",
                today.minusDays(10), today.plusYears(1)));

        assertThat(entry.reason()).isEqualTo("虚报服务人次");
        assertThat(entry.enteredBy()).isEqualTo("wuhao");
        assertThat(entry.inForceOn(today)).isTrue();
        assertThat(register.find(provider.code())).get().extracting(ServiceProvider::blacklistedUntil)
                .isEqualTo(today.plusYears(1));
        assertThat(fixtures.refusal(() -> administration.blacklist(provider.code(), new BlacklistDraft("再次列入",
                today.plusMonths(6), today.plusYears(2)))))
                .isEqualTo("“" + ProviderFixtures.NAME + "”已在黑名单中（" + today.minusDays(10) + " 至 "
                        + today.plusYears(1) + "），期限重叠；如需调整，请先解除原记录。");
        assertThat(fixtures.refusal(() -> administration.lift(provider.code(), entry.id(), " "))).isEqualTo("请填写原因。");

        Blacklisting lifted = administration.lift(provider.code(), entry.id(), "行政复议撤销原处理决定");

        assertThat(lifted.lifted()).isTrue();
        assertThat(lifted.liftedBy()).isEqualTo("wuhao");
        assertThat(lifted.inForceOn(today)).isFalse();
        assertThat(lifted.inForceOn(today.minusDays(1))).as("it counted until it was lifted").isTrue();
        assertThat(register.find(provider.code())).get().extracting(ServiceProvider::blacklisted).isEqualTo(false);
        assertThat(fixtures.refusal(() -> administration.lift(provider.code(), entry.id(), "再次")))
                .isEqualTo("该黑名单记录已由 wuhao 于 " + today + " 解除。");
        assertThat(fixtures.refusal(() -> administration.lift("PV003", entry.id(), "别家的")))
                .isEqualTo("找不到该黑名单记录（" + entry.id() + "），请刷新后重试。");
        Blacklisting again = administration.blacklist(provider.code(), new BlacklistDraft("再次虚报",
                today.plusMonths(1), today.plusMonths(7)));
        assertThat(administration.blacklistOf(provider.code())).extracting(Blacklisting::id)
                .containsExactly(again.id(), entry.id());
        assertThat(audit(provider.code())).extracting(AuditEntry::action, AuditEntry::outcome).contains(
                tuple("purchasedservice.provider.blacklist", AuditTrail.Outcome.ALLOWED),
                tuple("purchasedservice.provider.lift", AuditTrail.Outcome.ALLOWED));
    }

    @Test
    void refusesAnIncompleteOrPastTermAndWritesNothing() {
        ServiceProvider provider = providers.provider();
        String code = provider.code();

        assertThat(blacklistRefusal(code, new BlacklistDraft("", today, today.plusDays(1)))).isEqualTo("请填写原因。");
        assertThat(blacklistRefusal(code, new BlacklistDraft("因".repeat(301), today, today.plusDays(1))))
                .isEqualTo("原因最多 300 个字。");
        assertThat(blacklistRefusal(code, new BlacklistDraft("虚报", null, today))).isEqualTo("请填写黑名单开始日期。");
        assertThat(blacklistRefusal(code, new BlacklistDraft("虚报", today, null))).isEqualTo("请填写黑名单结束日期。");
        assertThat(blacklistRefusal(code, new BlacklistDraft("虚报", today, today.minusDays(1))))
                .isEqualTo("黑名单结束日期不能早于开始日期。");
        assertThat(blacklistRefusal(code, new BlacklistDraft("虚报", today.minusYears(2), today.minusYears(1))))
                .isEqualTo("黑名单结束日期 " + today.minusYears(1) + " 早于今天：已届满的期限不再列入。");
        assertThat(blacklistRefusal("NOPE9", new BlacklistDraft("虚报", today, today))).isEqualTo("承接主体库中没有“NOPE9”。");

        assertThat(administration.blacklistOf(code)).isEmpty();
        assertThat(audit(code)).extracting(AuditEntry::action).doesNotContain("purchasedservice.provider.blacklist");
    }

    @Test
    void aTermThatIsOverCannotBeLifted() {
        ServiceProvider provider = providers.provider();
        Blacklisting entry = administration.blacklist(provider.code(), new BlacklistDraft("虚报服务人次", today,
                today.plusDays(30)));
        // The term as it stands a year on.
        jdbc.update("UPDATE ps_provider_blacklisting SET starts_on = ?, ends_on = ? WHERE id = ?",
                today.minusYears(1), today.minusDays(1), entry.id());

        assertThat(fixtures.refusal(() -> administration.lift(provider.code(), entry.id(), "提前解除")))
                .isEqualTo("该黑名单期限已于 " + today.minusDays(1) + " 届满，无需解除。");
        assertThat(administration.blacklistOf(provider.code())).singleElement()
                .extracting(Blacklisting::lifted).isEqualTo(false);
    }

    @Test
    void listsByNameCodeOrCreditCodeKindAndTodaysBlacklist() {
        ServiceProvider provider = providers.provider();

        assertThat(administration.list(new ProviderQuery(provider.code().toLowerCase(), null, null), 0, 10))
                .extracting(ServiceProvider::code).containsExactly(provider.code());
        assertThat(administration.list(new ProviderQuery(provider.creditCode().substring(0, 12), null, null), 0, 10))
                .extracting(ServiceProvider::code).containsExactly(provider.code());
        assertThat(administration.list(new ProviderQuery("阳光社会", null, null), 0, 10))
                .extracting(ServiceProvider::code).contains("PV001").doesNotContain("PV002");
        assertThat(administration.list(new ProviderQuery("PV00", ProviderKind.ENTERPRISE, null), 0, 10))
                .extracting(ServiceProvider::code).containsExactly("PV003");
        assertThat(administration.list(new ProviderQuery("PV00", null, true), 0, 10))
                .extracting(ServiceProvider::code, ServiceProvider::blacklistedUntil)
                .containsExactly(tuple("PV003", LocalDate.of(2027, 12, 31)));
        assertThat(administration.list(new ProviderQuery("PV00", null, false), 0, 10))
                .extracting(ServiceProvider::code).containsExactly("PV001", "PV002");
        assertThat(administration.count(new ProviderQuery("PV00", null, false))).isEqualTo(2);
        assertThat(administration.list(new ProviderQuery("100%_", null, null), 0, 10)).isEmpty();
        assertThat(administration.list(ProviderQuery.all(), 1, 2)).hasSize(2);
    }

    private String refusal(String unit, String field, Object value) {
        return fixtures.refusal(() -> administration.register(unit, ProviderFixtures.with(ProviderFixtures.draft(),
                field, value)));
    }

    private String qualificationRefusal(String code, QualificationDraft draft) {
        return fixtures.refusal(() -> administration.addQualification(code, draft));
    }

    private String blacklistRefusal(String code, BlacklistDraft draft) {
        return fixtures.refusal(() -> administration.blacklist(code, draft));
    }

    private List<AuditEntry> audit(String code) {
        return signIn.as("admin", () -> auditLog.search("provider:" + code, PageRequest.of(0, 50)).getContent())
                .stream().filter(entry -> ("provider:" + code).equals(entry.target())).toList();
    }
}
