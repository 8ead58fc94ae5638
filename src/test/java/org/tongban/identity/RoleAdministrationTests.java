package org.tongban.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

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
import org.tongban.identity.RoleAdministration.NewRole;
import org.tongban.identity.RoleAdministration.RoleChanges;
import org.tongban.identity.RoleAdministration.RoleEntry;
import org.tongban.identity.StaffAdministration.NewStaff;
import org.tongban.identity.StaffAdministration.UnitRole;
import org.tongban.testing.SignIn;
import org.tongban.testing.TongbanTest;

@TongbanTest
@Tag("db")
class RoleAdministrationTests {

    @Autowired
    RoleAdministration roles;

    @Autowired
    StaffAdministration staff;

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
    void listsBuiltInRolesFirstWithTheirHolders() {
        List<RoleEntry> list = roles.list();

        assertThat(list.get(0).builtin()).isTrue();
        assertThat(list).filteredOn(role -> role.code().equals(Roles.DIRECTOR)).singleElement().satisfies(director -> {
            assertThat(director.nameZh()).isEqualTo("社区书记/主任");
            assertThat(director.unitKinds()).containsExactly(OrgUnitKind.COMMUNITY);
            assertThat(director.staffCount()).isGreaterThanOrEqualTo(2);
        });
        int lastBuiltin = list.stream().filter(RoleEntry::builtin).mapToInt(list::indexOf).max().orElseThrow();
        assertThat(list.subList(0, lastBuiltin + 1)).allMatch(RoleEntry::builtin);
    }

    @Test
    void createsUpdatesAndDeletesACustomRole() {
        String code = AdminFixtures.roleCode("grid");

        RoleEntry created = roles.create(new NewRole(code, " 网格员 ", "Grid worker", Set.of(OrgUnitKind.COMMUNITY)));
        assertThat(created.builtin()).isFalse();
        assertThat(created.nameZh()).isEqualTo("网格员");

        RoleEntry updated = roles.update(code, new RoleChanges("社区网格员", "Community grid worker",
                EnumSet.of(OrgUnitKind.COMMUNITY, OrgUnitKind.SUBDISTRICT)), created.version());
        assertThat(updated.unitKinds()).containsExactly(OrgUnitKind.SUBDISTRICT, OrgUnitKind.COMMUNITY);
        assertThat(updated.nameEn()).isEqualTo("Community grid worker");

        roles.delete(code);
        assertThat(roles.list()).extracting(RoleEntry::code).doesNotContain(code);
        assertThat(auditLog.search("role:" + code, PageRequest.of(0, 10)).getContent()).extracting(AuditEntry::action)
                .contains("admin.role.create", "admin.role.update", "admin.role.delete");
    }

    @ParameterizedTest
    @ValueSource(strings = {"a", "Grid", "1grid", "grid_worker", "grid worker", "网格员", "abcdefghijklmnopqrstuvwxyz1234567"})
    void refusesMalformedCodes(String code) {
        assertThat(fixtures.refusal(() -> roles.create(new NewRole(code, "网格员", "Grid worker", Set.of(OrgUnitKind.COMMUNITY)))))
                .isEqualTo("角色代码须以小写字母开头，由 2–32 位小写字母、数字或“-”组成，例如 grid-worker。");
    }

    @Test
    void refusesTakenCodesMissingNamesAndNoUnitKinds() {
        assertThat(fixtures.refusal(() -> roles.create(new NewRole(Roles.DIRECTOR, "书记", "Director", Set.of(OrgUnitKind.COMMUNITY)))))
                .isEqualTo("角色代码“director”已被使用，请换一个。");
        assertThat(fixtures.refusal(() -> roles.create(new NewRole(AdminFixtures.roleCode("r"), "", "Grid worker", Set.of(OrgUnitKind.COMMUNITY)))))
                .isEqualTo("此项为必填项。");
        assertThat(fixtures.refusal(() -> roles.create(new NewRole(AdminFixtures.roleCode("r"), "网格员", "G", Set.of(OrgUnitKind.COMMUNITY)))))
                .isEqualTo("长度须为 2–80 个字符。");
        assertThat(fixtures.refusal(() -> roles.create(new NewRole(AdminFixtures.roleCode("r"), "网格员", "Grid worker", Set.of()))))
                .isEqualTo("请至少选择一种可分配该角色的机构类型。");
    }

    @Test
    void refusesRemovingAUnitKindStillInUse() {
        String code = AdminFixtures.roleCode("grid");
        RoleEntry role = roles.create(new NewRole(code, "网格员", "Grid worker", EnumSet.of(OrgUnitKind.COMMUNITY, OrgUnitKind.SUBDISTRICT)));
        staff.create(new NewStaff(AdminFixtures.username("t"), "测试网格员", null, AdminFixtures.PASSWORD, false,
                List.of(new UnitRole("CM003", code))));

        assertThat(fixtures.refusal(() -> roles.update(code, new RoleChanges("网格员", "Grid worker", Set.of(OrgUnitKind.SUBDISTRICT)), role.version())))
                .isEqualTo("仍有 1 名人员在社区（村）担任“网格员”，不能取消该机构类型。");
        RoleEntry narrowed = roles.update(code, new RoleChanges("网格员", "Grid worker", Set.of(OrgUnitKind.COMMUNITY)), role.version());
        assertThat(narrowed.unitKinds()).containsExactly(OrgUnitKind.COMMUNITY);
        assertThat(fixtures.refusal(() -> roles.delete(code))).isEqualTo("角色“网格员”仍分配给 1 名人员，不能删除。");
        assertThat(fixtures.englishRefusal(() -> roles.delete(code)))
                .isEqualTo("Role \"Grid worker\" is still held by 1 staff and cannot be deleted.");
        assertThat(fixtures.englishRefusal(() -> roles.update(code, new RoleChanges("网格员", "Grid worker",
                Set.of(OrgUnitKind.SUBDISTRICT)), narrowed.version())))
                .isEqualTo("1 staff still hold \"Grid worker\" in a community; that kind of unit cannot be removed.");
    }

    @Test
    void builtInRolesCanBeRenamedButNotDeleted() {
        RoleEntry evaluator = roles.list().stream().filter(role -> role.code().equals(Roles.EVALUATOR)).findFirst().orElseThrow();

        RoleEntry renamed = roles.update(Roles.EVALUATOR, new RoleChanges("绩效评估员", evaluator.nameEn(), evaluator.unitKinds()), evaluator.version());
        try {
            assertThat(renamed.nameZh()).isEqualTo("绩效评估员");
            assertThat(fixtures.refusal(() -> roles.delete(Roles.EVALUATOR)))
                    .isEqualTo("“绩效评估员”是内置角色，业务流程要用到它，不能删除。");
            assertThat(fixtures.englishRefusal(() -> roles.delete(Roles.EVALUATOR)))
                    .isEqualTo("\"Evaluator\" is a built-in role used by the processes and cannot be deleted.");
        } finally {
            roles.update(Roles.EVALUATOR, new RoleChanges(evaluator.nameZh(), evaluator.nameEn(), evaluator.unitKinds()), renamed.version());
        }
    }

    @Test
    void refusesAStaleVersion() {
        String code = AdminFixtures.roleCode("r");
        RoleEntry role = roles.create(new NewRole(code, "临时角色", "Temporary", Set.of(OrgUnitKind.DEPARTMENT)));
        roles.update(code, new RoleChanges("临时角色二", "Temporary", Set.of(OrgUnitKind.DEPARTMENT)), role.version());

        assertThat(fixtures.refusal(() -> roles.update(code, new RoleChanges("临时角色三", "Temporary", Set.of(OrgUnitKind.DEPARTMENT)), role.version())))
                .isEqualTo("该记录已被他人修改，请刷新后重试。");
    }

    @Test
    void onlyAdministratorsMayAdministerRoles() {
        signIn.as("liuyang");

        assertThrows(AccessDeniedException.class, () -> roles.list());
        assertThrows(AccessDeniedException.class, () -> roles.create(new NewRole(AdminFixtures.roleCode("r"), "网格员", "Grid", Set.of(OrgUnitKind.COMMUNITY))));
        assertThrows(AccessDeniedException.class, () -> roles.delete(Roles.DIRECTOR));
    }
}
