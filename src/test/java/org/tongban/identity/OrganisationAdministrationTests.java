package org.tongban.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.tongban.base.AuditEntry;
import org.tongban.base.AuditLog;
import org.tongban.identity.OrganisationAdministration.NewOrgUnit;
import org.tongban.identity.OrganisationAdministration.OrgUnitEntry;
import org.tongban.identity.StaffAdministration.NewStaff;
import org.tongban.identity.StaffAdministration.UnitRole;
import org.tongban.testing.SignIn;
import org.tongban.testing.TongbanTest;

@TongbanTest
@Tag("db")
class OrganisationAdministrationTests {

    @Autowired
    OrganisationAdministration organisation;

    @Autowired
    StaffAdministration staff;

    @Autowired
    Directory directory;

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
    void treeListsEachUnitAfterItsParentWithSubdistrictsBeforeDepartments() {
        List<OrgUnitEntry> tree = organisation.tree();
        List<String> codes = tree.stream().map(OrgUnitEntry::code).toList();
        Map<String, OrgUnitEntry> byCode = tree.stream().collect(Collectors.toMap(OrgUnitEntry::code, Function.identity()));

        assertThat(codes.get(0)).isEqualTo("YX");
        assertThat(byCode.get("YX").parentCode()).isNull();
        assertThat(byCode.get("CM001").parentCode()).isEqualTo("SD01");
        assertThat(byCode.get("CM001").kind()).isEqualTo(OrgUnitKind.COMMUNITY);
        assertThat(byCode.get("CM001").staffCount()).isGreaterThanOrEqualTo(3);
        assertThat(codes.indexOf("SD01")).isLessThan(codes.indexOf("CM001"));
        assertThat(codes.indexOf("CM001")).isLessThan(codes.indexOf("SD02"));
        assertThat(codes.indexOf("SD03")).isLessThan(codes.indexOf("DP-MZ"));
        for (OrgUnitEntry unit : tree) {
            if (unit.parentCode() != null) {
                assertThat(codes.indexOf(unit.parentCode())).as(unit.code()).isLessThan(codes.indexOf(unit.code()));
            }
        }
    }

    @Test
    void createsCommunityUnderSubdistrictTrimmedAndAudited() {
        String code = AdminFixtures.unitCode("C");

        OrgUnitEntry created = organisation.create(new NewOrgUnit(" " + code + " ", "  新建测试社区 ", OrgUnitKind.COMMUNITY, "SD02"));

        assertThat(created.code()).isEqualTo(code);
        assertThat(created.name()).isEqualTo("新建测试社区");
        assertThat(created.parentCode()).isEqualTo("SD02");
        assertThat(created.active()).isTrue();
        assertThat(organisation.tree()).extracting(OrgUnitEntry::code).contains(code);
        assertThat(auditFor("org-unit:" + code)).extracting(AuditEntry::action).contains("admin.org-unit.create");
    }

    @ParameterizedTest
    @ValueSource(strings = {"cm001", "C", "1ABC", "C_01", "C 01", "ABCDEFGHIJKLMNOPQRSTU", "社区"})
    void refusesMalformedCodes(String code) {
        assertThat(fixtures.refusal(() -> organisation.create(new NewOrgUnit(code, "测试社区", OrgUnitKind.COMMUNITY, "SD01"))))
                .isEqualTo("机构代码须以大写字母开头，由 2–20 位大写字母、数字或“-”组成，例如 CM005、DP-MZ。");
    }

    @Test
    void refusesTakenCodeAndMissingCode() {
        assertThat(fixtures.refusal(() -> organisation.create(new NewOrgUnit("CM001", "重复社区", OrgUnitKind.COMMUNITY, "SD01"))))
                .isEqualTo("机构代码“CM001”已被使用，请换一个。");
        assertThat(fixtures.refusal(() -> organisation.create(new NewOrgUnit("  ", "测试社区", OrgUnitKind.COMMUNITY, "SD01"))))
                .isEqualTo("此项为必填项。");
    }

    @ParameterizedTest
    @ValueSource(strings = {"社", "   社 ", "一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一"})
    void refusesNamesOfWrongLength(String name) {
        assertThat(fixtures.refusal(() -> organisation.create(new NewOrgUnit(AdminFixtures.unitCode("C"), name, OrgUnitKind.COMMUNITY, "SD01"))))
                .isEqualTo("长度须为 2–60 个字符。");
    }

    @Test
    void refusesNamesWithControlCharacters() {
        assertThat(fixtures.refusal(() -> organisation.create(new NewOrgUnit(AdminFixtures.unitCode("C"), "和平\n社区", OrgUnitKind.COMMUNITY, "SD01"))))
                .isEqualTo("不能包含换行、制表符等控制字符。");
    }

    @Test
    void refusesParentsOfTheWrongKind() {
        assertThat(fixtures.refusal(() -> organisation.create(new NewOrgUnit(AdminFixtures.unitCode("C"), "测试社区", OrgUnitKind.COMMUNITY, "YX"))))
                .isEqualTo("社区（村）只能隶属于街道（乡镇），而“云溪县”是县（市）。");
        assertThat(fixtures.refusal(() -> organisation.create(new NewOrgUnit(AdminFixtures.unitCode("D"), "测试局", OrgUnitKind.DEPARTMENT, "SD01"))))
                .isEqualTo("职能部门只能隶属于县（市），而“城关街道”是街道（乡镇）。");
        assertThat(fixtures.refusal(() -> organisation.create(new NewOrgUnit(AdminFixtures.unitCode("S"), "测试街道", OrgUnitKind.SUBDISTRICT, null))))
                .isEqualTo("请选择上级机构：街道（乡镇）须隶属于一个县（市）。");
        assertThat(fixtures.refusal(() -> organisation.create(new NewOrgUnit(AdminFixtures.unitCode("S"), "测试街道", OrgUnitKind.SUBDISTRICT, "NOPE1"))))
                .isEqualTo("机构“NOPE1”不存在。");
    }

    @Test
    void refusesASecondCountyAndAParentForTheCounty() {
        assertThat(fixtures.refusal(() -> organisation.create(new NewOrgUnit(AdminFixtures.unitCode("X"), "另一个县", OrgUnitKind.COUNTY, null))))
                .isEqualTo("本系统只管理一个县（市），不能再新建县（市）。");
        assertThat(fixtures.refusal(() -> organisation.create(new NewOrgUnit(AdminFixtures.unitCode("X"), "另一个县", OrgUnitKind.COUNTY, "SD01"))))
                .isEqualTo("县（市）是最上级机构，不能设置上级机构。");
    }

    @Test
    void renamesAndRefusesAStaleVersion() {
        OrgUnitEntry unit = organisation.create(new NewOrgUnit(AdminFixtures.unitCode("D"), "测试局", OrgUnitKind.DEPARTMENT, "YX"));

        OrgUnitEntry renamed = organisation.update(unit.code(), " 县测试局 ", "YX", unit.version());

        assertThat(renamed.name()).isEqualTo("县测试局");
        assertThat(renamed.version()).isGreaterThan(unit.version());
        // A second administrator still has the first version open:
        assertThat(fixtures.refusal(() -> organisation.update(unit.code(), "县另一测试局", "YX", unit.version())))
                .isEqualTo("该记录已被他人修改，请刷新后重试。");
        assertThat(auditFor("org-unit:" + unit.code())).extracting(AuditEntry::detail).contains("测试局 → 县测试局");
        assertThat(auditFor("org-unit:" + unit.code())).extracting(AuditEntry::action).doesNotContain("admin.org-unit.move");
    }

    @Test
    void movesCommunityToAnotherSubdistrictOnly() {
        OrgUnitEntry community = organisation.create(new NewOrgUnit(AdminFixtures.unitCode("C"), "搬迁社区", OrgUnitKind.COMMUNITY, "SD01"));

        OrgUnitEntry moved = organisation.update(community.code(), "搬迁社区", "SD02", community.version());

        assertThat(moved.parentCode()).isEqualTo("SD02");
        assertThat(fixtures.refusal(() -> organisation.update(community.code(), "搬迁社区", "DP-MZ", moved.version())))
                .isEqualTo("社区（村）只能隶属于街道（乡镇），而“县民政局”是职能部门。");
        OrgUnitEntry county = organisation.tree().get(0);
        assertThat(fixtures.refusal(() -> organisation.update("YX", county.name(), "SD01", county.version())))
                .isEqualTo("县（市）是最上级机构，不能设置上级机构。");
        assertThat(organisation.update("YX", county.name(), null, county.version()).version()).isEqualTo(county.version());
    }

    @Test
    void aRefusedMoveKeepsTheOldNameToo() {
        OrgUnitEntry community = organisation.create(new NewOrgUnit(AdminFixtures.unitCode("C"), "原名社区", OrgUnitKind.COMMUNITY, "SD01"));

        assertThat(fixtures.refusal(() -> organisation.update(community.code(), "新名社区", "DP-MZ", community.version())))
                .isEqualTo("社区（村）只能隶属于街道（乡镇），而“县民政局”是职能部门。");

        assertThat(organisation.tree()).filteredOn(unit -> unit.code().equals(community.code())).singleElement()
                .satisfies(unit -> {
                    assertThat(unit.name()).isEqualTo("原名社区");
                    assertThat(unit.parentCode()).isEqualTo("SD01");
                    assertThat(unit.version()).isEqualTo(community.version());
                });
        assertThat(auditFor("org-unit:" + community.code())).extracting(AuditEntry::action)
                .containsExactly("admin.org-unit.create");
    }

    @Test
    void deactivatesBottomUpAndReactivatesTopDown() {
        OrgUnitEntry subdistrict = organisation.create(new NewOrgUnit(AdminFixtures.unitCode("S"), "测试街道", OrgUnitKind.SUBDISTRICT, "YX"));
        OrgUnitEntry community = organisation.create(new NewOrgUnit(AdminFixtures.unitCode("C"), "测试社区", OrgUnitKind.COMMUNITY, subdistrict.code()));

        assertThat(fixtures.refusal(() -> organisation.deactivate(subdistrict.code(), subdistrict.version())))
                .isEqualTo("“测试街道”下还有 1 个在用的下级机构，请先停用或移走它们。");

        OrgUnitEntry inactiveCommunity = organisation.deactivate(community.code(), community.version());
        OrgUnitEntry inactiveSubdistrict = organisation.deactivate(subdistrict.code(), subdistrict.version());
        assertThat(inactiveCommunity.active()).isFalse();
        assertThat(inactiveSubdistrict.active()).isFalse();
        assertThat(organisation.tree()).filteredOn(unit -> unit.code().equals(community.code()))
                .singleElement().extracting(OrgUnitEntry::active).isEqualTo(false);

        assertThat(fixtures.refusal(() -> organisation.reactivate(community.code(), inactiveCommunity.version())))
                .isEqualTo("上级机构“测试街道”已停用，请先启用它。");
        assertThat(fixtures.refusal(() -> organisation.create(new NewOrgUnit(AdminFixtures.unitCode("C"), "新社区", OrgUnitKind.COMMUNITY, subdistrict.code()))))
                .isEqualTo("上级机构“测试街道”已停用，请先启用它。");
        assertThat(fixtures.refusal(() -> staff.create(new NewStaff(AdminFixtures.username("t"), "测试人员", null,
                AdminFixtures.PASSWORD, false, List.of(new UnitRole(community.code(), Roles.FRONT_DESK))))))
                .isEqualTo("机构“测试社区”已停用，不能在其中分配角色。");

        organisation.reactivate(subdistrict.code(), inactiveSubdistrict.version());
        assertThat(organisation.reactivate(community.code(), inactiveCommunity.version()).active()).isTrue();
        assertThat(auditFor("org-unit:" + community.code())).extracting(AuditEntry::action)
                .contains("admin.org-unit.deactivate", "admin.org-unit.reactivate");
    }

    @Test
    void refusesToDeactivateAUnitWhereStaffHoldRoles() {
        OrgUnitEntry department = organisation.create(new NewOrgUnit(AdminFixtures.unitCode("D"), "测试局", OrgUnitKind.DEPARTMENT, "YX"));
        staff.create(new NewStaff(AdminFixtures.username("t"), "测试经办人", null, AdminFixtures.PASSWORD, false,
                List.of(new UnitRole(department.code(), Roles.DEPARTMENT_HANDLER))));

        assertThat(fixtures.refusal(() -> organisation.deactivate(department.code(), department.version())))
                .isEqualTo("“测试局”下还有 1 名人员担任角色，请先在人员管理中调整他们的角色后再停用。");
    }

    @Test
    void providersHangUnderTheCountyAndAreListedAfterTheDepartments() {
        String code = AdminFixtures.unitCode("P");

        OrgUnitEntry provider = organisation.create(new NewOrgUnit(code, "测试社会工作服务中心", OrgUnitKind.PROVIDER, "YX"));

        assertThat(provider.kind()).isEqualTo(OrgUnitKind.PROVIDER);
        assertThat(provider.parentCode()).isEqualTo("YX");
        assertThat(fixtures.refusal(() -> organisation.create(new NewOrgUnit(AdminFixtures.unitCode("P"), "测试服务社",
                OrgUnitKind.PROVIDER, "SD01")))).isEqualTo("承接主体只能隶属于县（市），而“城关街道”是街道（乡镇）。");
        assertThat(fixtures.refusal(() -> organisation.create(new NewOrgUnit(AdminFixtures.unitCode("C"), "测试社区",
                OrgUnitKind.COMMUNITY, code)))).isEqualTo("社区（村）只能隶属于街道（乡镇），而“测试社会工作服务中心”是承接主体。");
        List<OrgUnitEntry> tree = organisation.tree();
        int lastDepartment = tree.stream().filter(unit -> unit.kind() == OrgUnitKind.DEPARTMENT).mapToInt(tree::indexOf)
                .max().orElseThrow();
        assertThat(tree.subList(lastDepartment + 1, tree.size())).extracting(OrgUnitEntry::kind)
                .containsOnly(OrgUnitKind.PROVIDER);
        assertThat(tree).extracting(OrgUnitEntry::code).contains("PV001", "PV002", code);
        assertThat(auditFor("org-unit:" + code)).extracting(AuditEntry::detail).singleElement().asString()
                .contains("kind=PROVIDER", "parent=YX");
    }

    @Test
    void theProviderRoleIsHeldInAProviderOnly() {
        assertThat(fixtures.refusal(() -> staff.create(new NewStaff(AdminFixtures.username("t"), "测试联系人", null,
                AdminFixtures.PASSWORD, false, List.of(new UnitRole("CM004", Roles.PROVIDER))))))
                .isEqualTo("角色“承接主体联系人”不能分配在“桃源村”（社区（村））；该角色只能分配在：承接主体。");
        assertThat(fixtures.refusal(() -> staff.create(new NewStaff(AdminFixtures.username("t"), "测试审核人", null,
                AdminFixtures.PASSWORD, false, List.of(new UnitRole("PV002", Roles.FINANCE_REVIEWER))))))
                .isEqualTo("角色“财政审核人”不能分配在“云溪县益邻社区服务社”（承接主体）；该角色只能分配在：职能部门。");
        assertThat(fixtures.englishRefusal(() -> staff.create(new NewStaff(AdminFixtures.username("t"), "测试联系人", null,
                AdminFixtures.PASSWORD, false, List.of(new UnitRole("CM004", Roles.PROVIDER))))))
                .isEqualTo("Role \"Provider contact\" cannot be held in \"桃源村\" (community); it is allowed in: provider.");
    }

    @Test
    void theDemoCountyHasAFinanceBureauAndTwoProvidersEachWithItsLogin() {
        assertThat(directory.findUnit("DP-CZ")).get().satisfies(unit -> {
            assertThat(unit.name()).isEqualTo("县财政局");
            assertThat(unit.kind()).isEqualTo(OrgUnitKind.DEPARTMENT);
        });
        assertThat(directory.units(OrgUnitKind.PROVIDER)).extracting(OrgUnitSummary::code, OrgUnitSummary::name,
                OrgUnitSummary::parentCode).contains(tuple("PV001", "云溪县阳光社会工作服务中心", "YX"),
                tuple("PV002", "云溪县益邻社区服务社", "YX"));
        assertThat(directory.groupsOf("caiwen")).contains("department:DP-CZ:finance-reviewer", "role:finance-reviewer");
        assertThat(directory.groupsOf("yangguang"))
                .containsExactlyInAnyOrder("provider:PV001:provider", "provider:PV001", "role:provider");
        assertThat(directory.groupsOf("yilin")).contains("provider:PV002:provider");
        assertThat(directory.findStaff("yangguang")).get().extracting(StaffSummary::displayName).isEqualTo("杨光");
        assertThat(directory.findStaff("wuhao")).get().satisfies(wuhao -> assertThat(wuhao.assignments())
                .extracting(RoleAssignmentView::candidateGroup).containsExactly("department:DP-MZ:project-manager"));
    }

    @Test
    void onlyAdministratorsMayAdministerTheOrganisation() {
        signIn.as("wangfang");

        assertThrows(AccessDeniedException.class, () -> organisation.tree());
        assertThrows(AccessDeniedException.class, () -> organisation.create(
                new NewOrgUnit(AdminFixtures.unitCode("C"), "测试社区", OrgUnitKind.COMMUNITY, "SD01")));
        assertThrows(AccessDeniedException.class, () -> organisation.deactivate("CM001", 0));
    }

    private List<AuditEntry> auditFor(String target) {
        return auditLog.search(target, PageRequest.of(0, 20)).getContent();
    }
}
