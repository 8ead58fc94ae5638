package org.tongban.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.EnumSet;
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
import org.tongban.catalog.CatalogueFixtures.Draft;
import org.tongban.catalog.ServiceCatalogueAdministration.ServiceItemDraft;
import org.tongban.catalog.ServiceCatalogueAdministration.ServiceItemEntry;
import org.tongban.catalog.ServiceItem.Material;
import org.tongban.catalog.ServiceItem.MaterialForm;
import org.tongban.identity.AdminFixtures;
import org.tongban.identity.OrgUnitKind;
import org.tongban.identity.OrganisationAdministration;
import org.tongban.identity.OrganisationAdministration.NewOrgUnit;
import org.tongban.identity.OrganisationAdministration.OrgUnitEntry;
import org.tongban.testing.SignIn;
import org.tongban.testing.TongbanTest;

@TongbanTest
@Tag("db")
class ServiceCatalogueAdministrationTests {

    @Autowired
    ServiceCatalogueAdministration administration;

    @Autowired
    ServiceCatalogue catalogue;

    @Autowired
    OrganisationAdministration organisation;

    @Autowired
    AuditLog auditLog;

    @Autowired
    AdminFixtures fixtures;

    @Autowired
    SignIn signIn;

    @BeforeEach
    void signInAsAdministrator() {
        signIn.as("admin");
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void createsAnItemTrimmedWithNumberedMaterialsAndAudits() {
        String code = CatalogueFixtures.itemCode();
        Draft draft = CatalogueFixtures.draft();
        draft.name = "  测试补贴申请 ";
        draft.materials.set(0, new Material(null, " 居民身份证 ", MaterialForm.ORIGINAL_AND_COPY, 1, true, "  "));

        ServiceItemEntry created = administration.create(" " + code + " ", draft.build());

        ServiceItem item = created.item();
        assertThat(item.code()).isEqualTo(code);
        assertThat(item.name()).isEqualTo("测试补贴申请");
        assertThat(created.departmentName()).isEqualTo("县民政局");
        assertThat(item.materials()).extracting(Material::code).containsExactly("M1", "M2");
        assertThat(item.materials().get(0)).isEqualTo(new Material("M1", "居民身份证", MaterialForm.ORIGINAL_AND_COPY, 1, true, null));
        assertThat(item.materials().get(1).notes()).isEqualTo("可在窗口现场填写");
        assertThat(item.channels()).containsExactly(Channel.COUNTER, Channel.ONLINE);
        assertThat(item.countersignDepartments()).containsExactly("DP-CL");
        assertThat(item.needsCountersign()).isTrue();
        assertThat(item.active()).isTrue();
        assertThat(created.changedBy()).isEqualTo("admin");
        assertThat(catalogue.find(code)).contains(item);
        assertThat(auditFor(code)).extracting(AuditEntry::action).containsExactly("admin.service-item.create");
    }

    @Test
    void editsKeepMaterialCodesWithTheirRowsAndNumberNewOnesOn() {
        String code = CatalogueFixtures.itemCode();
        Draft draft = CatalogueFixtures.draft();
        draft.materials.add(new Material(null, "户口簿", MaterialForm.COPY, 2, false, null));
        ServiceItemEntry created = administration.create(code, draft.build());
        List<Material> saved = created.item().materials();

        // Move 户口簿 (M3) to the top, drop 申请表 (M2), add a new one at the end.
        Draft changed = CatalogueFixtures.draft();
        changed.promisedDays = 5;
        changed.materials = new ArrayList<>(List.of(saved.get(2), saved.get(0),
                new Material(null, "委托书", MaterialForm.ORIGINAL, 1, false, "代办时提交")));
        ServiceItemEntry updated = administration.update(code, changed.build(), created.version());

        assertThat(updated.item().materials()).extracting(Material::code, Material::name)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("M3", "户口簿"),
                        org.assertj.core.groups.Tuple.tuple("M1", "居民身份证"),
                        org.assertj.core.groups.Tuple.tuple("M4", "委托书"));
        assertThat(updated.item().promisedDays()).isEqualTo(5);
        assertThat(updated.version()).isGreaterThan(created.version());
        assertThat(catalogue.find(code).orElseThrow().materials()).isEqualTo(updated.item().materials());
        assertThat(auditFor(code)).filteredOn(entry -> entry.action().equals("admin.service-item.update"))
                .singleElement().extracting(AuditEntry::detail).asString()
                .contains("promisedDays: 10 → 5").contains("委托书").doesNotContain("name:");

        // Reordering alone is a change too: it moves the version on, so a stale editor cannot undo it.
        List<Material> reordered = List.of(updated.item().materials().get(1), updated.item().materials().get(0),
                updated.item().materials().get(2));
        Draft swap = CatalogueFixtures.draft();
        swap.promisedDays = 5;
        swap.materials = new ArrayList<>(reordered);
        ServiceItemEntry swapped = administration.update(code, swap.build(), updated.version());
        assertThat(swapped.item().materials()).isEqualTo(reordered);
        assertThat(swapped.version()).isGreaterThan(updated.version());
        assertThat(catalogue.find(code).orElseThrow().materials()).extracting(Material::code)
                .containsExactly("M1", "M3", "M4");
    }

    @Test
    void aStaleVersionIsRefusedAndChangesNothing() {
        String code = CatalogueFixtures.itemCode();
        ServiceItemEntry created = administration.create(code, CatalogueFixtures.draft().build());
        Draft first = CatalogueFixtures.draft();
        first.name = "第一位管理员的名称";
        ServiceItemEntry updated = administration.update(code, first.build(), created.version());

        // A second administrator still has the first version open:
        Draft second = CatalogueFixtures.draft();
        second.name = "第二位管理员的名称";
        assertThat(fixtures.refusal(() -> administration.update(code, second.build(), created.version())))
                .isEqualTo("该事项已被他人修改，请刷新后重试。");
        assertThat(fixtures.refusal(() -> administration.deactivate(code, created.version())))
                .isEqualTo("该事项已被他人修改，请刷新后重试。");
        assertThat(catalogue.find(code).orElseThrow().name()).isEqualTo("第一位管理员的名称");
        assertThat(administration.get(code).version()).isEqualTo(updated.version());
    }

    @Test
    void savingAnUnchangedDraftWritesNothing() {
        String code = CatalogueFixtures.itemCode();
        ServiceItemEntry created = administration.create(code, CatalogueFixtures.draft().build());

        ServiceItemEntry same = administration.update(code, ServiceItemDraft.of(created.item()), created.version());

        assertThat(same).isEqualTo(created);
        assertThat(same.version()).isEqualTo(created.version());
        assertThat(auditFor(code)).extracting(AuditEntry::action).containsExactly("admin.service-item.create");
    }

    @Test
    void deactivatesAndActivatesWithoutDeleting() {
        String code = CatalogueFixtures.itemCode();
        ServiceItemEntry created = administration.create(code, CatalogueFixtures.draft().build());

        ServiceItemEntry inactive = administration.deactivate(code, created.version());

        assertThat(inactive.item().active()).isFalse();
        assertThat(catalogue.activeItems()).extracting(ServiceItem::code).doesNotContain(code);
        assertThat(catalogue.find(code)).hasValueSatisfying(item -> assertThat(item.active()).isFalse());
        assertThat(administration.list(code)).extracting(ServiceItemEntry::code).containsExactly(code);

        ServiceItemEntry active = administration.activate(code, inactive.version());

        assertThat(active.item().active()).isTrue();
        assertThat(catalogue.activeItems()).extracting(ServiceItem::code).contains(code);
        assertThat(auditFor(code)).extracting(AuditEntry::action)
                .contains("admin.service-item.deactivate", "admin.service-item.activate");
    }

    @Test
    void anItemOfADeactivatedDepartmentCannotBeActivatedAgain() {
        OrgUnitEntry department = organisation.create(new NewOrgUnit(AdminFixtures.unitCode("D"), "测试事务局",
                OrgUnitKind.DEPARTMENT, "YX"));
        String code = CatalogueFixtures.itemCode();
        Draft draft = CatalogueFixtures.draft();
        draft.departmentCode = department.code();
        ServiceItemEntry inactive = administration.deactivate(code, administration.create(code, draft.build()).version());
        organisation.deactivate(department.code(), department.version());

        assertThat(fixtures.refusal(() -> administration.activate(code, inactive.version())))
                .isEqualTo("主管部门“测试事务局”已停用，请先为事项更换主管部门，再启用事项。");
        assertThat(catalogue.find(code).orElseThrow().active()).isFalse();
    }

    @Test
    void listFiltersByCodeNameOrDepartmentName() {
        assertThat(administration.list("SI-00")).extracting(ServiceItemEntry::code)
                .containsExactly("SI-001", "SI-002", "SI-003", "SI-004", "SI-005", "SI-006", "SI-007", "SI-008", "SI-009");
        assertThat(administration.list("法律援助")).extracting(ServiceItemEntry::code).containsExactly("SI-020");
        assertThat(administration.list("县司法局")).extracting(ServiceItemEntry::code).containsExactly("SI-020");
        assertThat(administration.departments()).extracting(org.tongban.identity.OrgUnitSummary::code)
                .contains("DP-MZ", "DP-GA", "DP-TY", "DP-SF").doesNotContain("YX", "SD01", "CM001");
    }

    static Stream<Arguments> brokenDrafts() {
        return Stream.of(
                refused("name blank", draft -> draft.name = "  ", "请填写事项名称。"),
                refused("name too long", draft -> draft.name = "长".repeat(101), "事项名称最多 100 个字。"),
                refused("name with a line break", draft -> draft.name = "最低生活\n保障", "事项名称不能包含换行、制表符等控制字符。"),
                refused("no department", draft -> draft.departmentCode = null, "请选择主管部门。"),
                refused("unknown department", draft -> draft.departmentCode = "DP-XX", "部门“DP-XX”不存在。"),
                refused("community as department", draft -> draft.departmentCode = "CM001",
                        "“和平社区”不是职能部门，不能主管或会签事项。"),
                refused("no promised days", draft -> draft.promisedDays = null, "请填写承诺时限（即办件填 0）。"),
                refused("negative promised days", draft -> draft.promisedDays = -1, "承诺时限须为 0–365 个工作日（0 表示即办）。"),
                refused("promised days over a year", draft -> {
                    draft.legalDays = null;
                    draft.promisedDays = 366;
                }, "承诺时限须为 0–365 个工作日（0 表示即办）。"),
                refused("legal days zero", draft -> draft.legalDays = 0, "法定时限须为 1–365 个工作日；法律未规定时限的请留空。"),
                refused("promised beyond legal", draft -> {
                    draft.legalDays = 7;
                    draft.promisedDays = 10;
                }, "承诺时限（10 个工作日）不能超过法定时限（7 个工作日）。"),
                refused("site visit too long", draft -> draft.siteVisitDays = 61, "入户调查/公示期须为 0–60 个工作日。"),
                refused("no channel", draft -> draft.channels = EnumSet.noneOf(Channel.class), "请至少选择一个办理渠道。"),
                refused("no material", draft -> draft.materials = new ArrayList<>(), "请至少填写一项申请材料。"),
                refused("material without name", draft -> draft.materials.set(1,
                        new Material(null, " ", MaterialForm.ORIGINAL, 1, true, null)), "第 2 项申请材料未填写名称。"),
                refused("material name twice", draft -> draft.materials.add(
                        new Material(null, "居民身份证 ", MaterialForm.COPY, 1, false, null)),
                        "申请材料“居民身份证”重复了，请删除或合并重复的一项。"),
                refused("material without form", draft -> draft.materials.set(1,
                        new Material(null, "申请表", null, 1, true, null)),
                        "请选择申请材料“申请表”的形式（原件、复印件或原件及复印件）。"),
                refused("no copies", draft -> draft.materials.set(1,
                        new Material(null, "申请表", MaterialForm.ORIGINAL, 0, true, null)), "申请材料“申请表”的份数须为 1–20 份。"),
                refused("too many copies", draft -> draft.materials.set(1,
                        new Material(null, "申请表", MaterialForm.ORIGINAL, 21, true, null)), "申请材料“申请表”的份数须为 1–20 份。"),
                refused("responsible department countersigns", draft -> draft.countersign.add("DP-MZ"),
                        "“县民政局”是主管部门，不能同时作为会签部门。"),
                refused("countersign twice", draft -> draft.countersign.add("DP-CL"), "会签部门“县残疾人联合会”重复了。"),
                refused("unknown countersign department", draft -> draft.countersign.add("DP-XX"), "部门“DP-XX”不存在。"),
                refused("subdistrict countersigns", draft -> draft.countersign.add("SD01"),
                        "“城关街道”不是职能部门，不能主管或会签事项。"),
                refused("legal basis too long", draft -> draft.legalBasis = "法".repeat(1001), "设定依据最多 1000 个字。"));
    }

    private static Arguments refused(String rule, Consumer<Draft> change, String message) {
        return Arguments.of(rule, change, message);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenDrafts")
    void createRefusesABrokenRuleAndSavesNothing(String rule, Consumer<Draft> change, String message) {
        String code = CatalogueFixtures.itemCode();
        Draft draft = CatalogueFixtures.draft();
        change.accept(draft);

        assertThat(fixtures.refusal(() -> administration.create(code, draft.build()))).isEqualTo(message);

        assertThat(catalogue.find(code)).isEmpty();
        assertThat(auditFor(code)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenDrafts")
    void updateRefusesABrokenRuleAndChangesNothing(String rule, Consumer<Draft> change, String message) {
        String code = CatalogueFixtures.itemCode();
        ServiceItemEntry created = administration.create(code, CatalogueFixtures.draft().build());
        Draft draft = CatalogueFixtures.draft();
        draft.name = "改过的名称";
        change.accept(draft);

        assertThat(fixtures.refusal(() -> administration.update(code, draft.build(), created.version()))).isEqualTo(message);

        assertThat(administration.get(code)).isEqualTo(created);
    }

    @Test
    void refusesAnInactiveDepartment() {
        OrgUnitEntry department = organisation.create(new NewOrgUnit(AdminFixtures.unitCode("D"), "已撤销测试局",
                OrgUnitKind.DEPARTMENT, "YX"));
        organisation.deactivate(department.code(), department.version());
        Draft draft = CatalogueFixtures.draft();
        draft.departmentCode = department.code();
        String code = CatalogueFixtures.itemCode();

        assertThat(fixtures.refusal(() -> administration.create(code, draft.build())))
                .isEqualTo("部门“已撤销测试局”已停用，请选择在用的部门。");
        assertThat(catalogue.find(code)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"SI-12", "si-021", "SX-001", "SI-0A1", "SI 021", "SI-123456789012345678", " "})
    void refusesMalformedCodes(String code) {
        assertThat(fixtures.refusal(() -> administration.create(code, CatalogueFixtures.draft().build())))
                .isEqualTo("事项编码须为“SI-”加至少 3 位数字，例如 SI-021。");
    }

    @Test
    void refusesATakenCode() {
        assertThat(fixtures.refusal(() -> administration.create("SI-001", CatalogueFixtures.draft().build())))
                .isEqualTo("事项编码“SI-001”已被使用，请换一个。");
        assertThat(catalogue.find("SI-001").orElseThrow().name()).isEqualTo("城乡居民基本养老保险参保登记");
    }

    @Test
    void refusalsReadInEnglishToo() {
        Draft draft = CatalogueFixtures.draft();
        draft.channels = EnumSet.noneOf(Channel.class);
        assertThat(fixtures.englishRefusal(() -> administration.create(CatalogueFixtures.itemCode(), draft.build())))
                .isEqualTo("Choose at least one channel.");
    }

    @Test
    void onlyAdministratorsMaintainTheCatalogue() {
        String code = CatalogueFixtures.itemCode();
        ServiceItemEntry created = administration.create(code, CatalogueFixtures.draft().build());
        signIn.as("wangfang");

        assertThrows(AccessDeniedException.class, () -> administration.list(""));
        assertThrows(AccessDeniedException.class, () -> administration.create(CatalogueFixtures.itemCode(),
                CatalogueFixtures.draft().build()));
        assertThrows(AccessDeniedException.class, () -> administration.update(code, CatalogueFixtures.draft().build(),
                created.version()));
        assertThrows(AccessDeniedException.class, () -> administration.deactivate(code, created.version()));

        // Reading stays open to every member of staff.
        assertThat(catalogue.find(code).orElseThrow().active()).isTrue();
        signIn.as("admin");
        assertThat(administration.get(code)).isEqualTo(created);
    }

    private List<AuditEntry> auditFor(String code) {
        return auditLog.search("service-item:" + code, PageRequest.of(0, 20)).getContent();
    }
}
