package org.tongban.identity.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.github.mvysny.kaributesting.v10.ComboBoxKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.treegrid.TreeGrid;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.tongban.identity.AdminFixtures;
import org.tongban.identity.OrgUnitKind;
import org.tongban.identity.OrganisationAdministration.OrgUnitEntry;
import org.tongban.identity.RoleAdministration.RoleEntry;
import org.tongban.identity.Roles;
import org.tongban.identity.StaffAdministration;
import org.tongban.testing.UiTestBase;

class AdminViewsTests extends UiTestBase {

    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;


    @Autowired
    StaffAdministration staff;

    @Test
    void administratorsSeeTheAdministrationMenu() {
        login("admin");
        UI.getCurrent().navigate("admin/org-units");

        SideNav adminMenu = _find(SideNav.class).stream()
                .filter(nav -> "系统管理".equals(nav.getLabel())).findFirst().orElseThrow();
        assertThat(adminMenu.getItems()).extracting(SideNavItem::getLabel)
                .containsExactly("组织机构", "人员管理", "角色管理", "事项目录", "工作日历", "工作事项清单", "证明事项清单",
                        "印章管理", "绩效评价指标", "审计日志");
    }

    @Test
    void administratorsOpenEachAdministrationScreen() {
        login("admin");

        UI.getCurrent().navigate(OrgUnitsView.class);
        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("组织机构 · 社区通办");
        @SuppressWarnings("unchecked")
        TreeGrid<OrgUnitEntry> tree = _get(TreeGrid.class, spec -> spec.withId("org-unit-tree"));
        assertThat(GridKt._getFormatted(tree, 0, "name")).isEqualTo("云溪县");
        assertThat(GridKt._getFormatted(tree, 0, "kind")).isEqualTo("县（市）");

        UI.getCurrent().navigate(StaffView.class);
        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("人员管理 · 社区通办");
        assertThat(GridKt._size(staffGrid())).isGreaterThanOrEqualTo(13);

        UI.getCurrent().navigate(RolesView.class);
        @SuppressWarnings("unchecked")
        Grid<RoleEntry> roles = _get(Grid.class, spec -> spec.withId("role-grid"));
        assertThat(GridKt._getFormatted(roles, 0, "builtin")).isEqualTo("内置");

        UI.getCurrent().navigate(AuditLogView.class);
        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("审计日志 · 社区通办");
        _get(Grid.class, spec -> spec.withId("audit-grid"));
    }

    @Test
    void frontDeskStaffAreNotShownTheAdministration() {
        login("wangfang");
        // The menu lists what the user may open; the frame builds the 系统管理 group from these entries.
        assertThat(MenuConfiguration.getMenuEntries()).extracting(MenuEntry::path).noneMatch(path -> path.contains("admin/"));

        Integer deniedBefore = deniedViewOpenings();
        UI.getCurrent().navigate("admin/staff");

        // Refused like an unknown address, and recorded.
        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain()).noneMatch(StaffView.class::isInstance);
        assertThat(_get(org.tongban.base.ui.AccessDeniedView.class).getElement().getText())
                .isEqualTo("页面不存在，或您没有权限访问该页面。");
        assertThat(_find(Grid.class)).isEmpty();
        assertThat(deniedViewOpenings() - deniedBefore).isEqualTo(1);
    }

    private Integer deniedViewOpenings() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM base_audit_event WHERE action = 'view.open' AND actor = 'wangfang' "
                + "AND target = 'view:admin/staff'", Integer.class);
    }

    @Test
    void invalidInputInTheStaffDialogShowsFieldErrorsAndSavesNothing() {
        login("admin");
        UI.getCurrent().navigate(StaffView.class);
        _click(_get(Button.class, spec -> spec.withId("staff-new")));
        String username = "Bad Name";

        _setValue(field("staff-username"), username);
        _setValue(field("staff-display-name"), "王");
        _setValue(field("staff-phone"), "12345");
        _setValue(_get(PasswordField.class, spec -> spec.withId("staff-password")), "short");
        _click(_get(Button.class, spec -> spec.withId("staff-save")));

        assertThat(field("staff-username").isInvalid()).isTrue();
        assertThat(field("staff-username").getErrorMessage()).isEqualTo("用户名须以小写字母开头，由 3–32 位小写字母、数字或“.”“_”“-”组成。");
        assertThat(field("staff-display-name").getErrorMessage()).isEqualTo("长度须为 2–40 个字符。");
        assertThat(field("staff-phone").getErrorMessage()).isEqualTo("请输入有效的 11 位手机号码，例如 13800000000；没有可留空。");
        PasswordField password = _get(PasswordField.class, spec -> spec.withId("staff-password"));
        assertThat(password.isInvalid()).isTrue();
        assertThat(password.getErrorMessage()).isEqualTo("密码至少 8 位。");
        assertThat(_get(Span.class, spec -> spec.withId("staff-assignments-error")).getText())
                .isEqualTo("请至少分配一个角色（只有接口账号可以不分配角色）。");
        assertThat(_find(Dialog.class)).anyMatch(Dialog::isOpened);
        assertThat(staff.search("Bad Name", PageRequest.of(0, 1)).getTotalElements()).isZero();
    }

    @Test
    void validInputInTheStaffDialogCreatesTheStaffMemberShownWithAMaskedPhone() {
        login("admin");
        UI.getCurrent().navigate(StaffView.class);
        _click(_get(Button.class, spec -> spec.withId("staff-new")));
        String username = AdminFixtures.username("ui");

        _setValue(field("staff-username"), username);
        _setValue(field("staff-display-name"), "界面测试");
        _setValue(field("staff-phone"), "13712345678");
        _setValue(_get(PasswordField.class, spec -> spec.withId("staff-password")), AdminFixtures.PASSWORD);
        chooseAssignment("CM004", Roles.FRONT_DESK);
        _click(_get(Button.class, spec -> spec.withId("staff-assignment-add")));
        _click(_get(Button.class, spec -> spec.withId("staff-save")));

        assertThat(_find(Dialog.class)).noneMatch(Dialog::isOpened);
        assertThat(staff.details(username).assignments()).extracting(view -> view.candidateGroup())
                .containsExactly("community:CM004:front-desk");

        _setValue(field("staff-search"), username);
        Grid<StaffAdministration.StaffListItem> grid = staffGrid();
        assertThat(GridKt._size(grid)).isEqualTo(1);
        assertThat(GridKt._getFormatted(grid, 0, "phone")).isEqualTo("137****5678");
        assertThat(GridKt._getFormatted(grid, 0, "roles")).isEqualTo("桃源村 · 窗口人员");
        assertThat(GridKt._getFormattedRow(grid, 0)).noneMatch(cell -> cell.contains("13712345678"));
    }

    @Test
    void listsReadInTheReadersLanguage() {
        login("admin");
        String username = signIn.as("admin", () -> staff.create(new StaffAdministration.NewStaff(AdminFixtures.username("ui"),
                "两个角色", null, AdminFixtures.PASSWORD, false, List.of(new StaffAdministration.UnitRole("CM004", Roles.FRONT_DESK),
                        new StaffAdministration.UnitRole("CM004", Roles.DIRECTOR))))).username();

        UI.getCurrent().navigate(StaffView.class);
        _setValue(field("staff-search"), username);
        assertThat(GridKt._getFormatted(staffGrid(), 0, "roles")).isEqualTo("桃源村 · 社区书记/主任；桃源村 · 窗口人员");
        UI.getCurrent().navigate(RolesView.class);
        assertThat(GridKt._getFormatted(roleGrid(), rowOf(Roles.EVALUATOR), "unitKinds")).isEqualTo("县（市）、职能部门");

        UI.getCurrent().setLocale(Locale.ENGLISH);
        UI.getCurrent().navigate(StaffView.class);
        _setValue(field("staff-search"), username);
        assertThat(GridKt._getFormatted(staffGrid(), 0, "roles"))
                .isEqualTo("桃源村 · Community director; 桃源村 · Front-desk staff");
        UI.getCurrent().navigate(RolesView.class);
        assertThat(GridKt._getFormatted(roleGrid(), rowOf(Roles.EVALUATOR), "unitKinds")).isEqualTo("county, department");
    }

    @Test
    void theEditDialogShowsTheFullPhoneNumber() {
        login("admin");
        String username = signIn.as("admin", () -> staff.create(new StaffAdministration.NewStaff(AdminFixtures.username("ui"),
                "编辑测试", "13612345678", AdminFixtures.PASSWORD, false,
                List.of(new StaffAdministration.UnitRole("CM004", Roles.FRONT_DESK))))).username();
        UI.getCurrent().navigate(StaffView.class);
        _setValue(field("staff-search"), username);
        Grid<StaffAdministration.StaffListItem> grid = staffGrid();
        grid.select(GridKt._get(grid, 0));

        _click(_get(Button.class, spec -> spec.withId("staff-edit")));

        assertThat(field("staff-phone").getValue()).isEqualTo("13612345678");
        assertThat(field("staff-username").isReadOnly()).isTrue();
    }

    @Test
    void theOrganisationDialogChecksTheCodeAndCreatesTheUnitUnderItsParent() {
        login("admin");
        UI.getCurrent().navigate(OrgUnitsView.class);
        _click(_get(Button.class, spec -> spec.withId("org-unit-new")));
        @SuppressWarnings("unchecked")
        Select<OrgUnitKind> kind = _get(Select.class, spec -> spec.withId("org-unit-kind"));
        _setValue(kind, OrgUnitKind.COMMUNITY);
        @SuppressWarnings("unchecked")
        ComboBox<OrgUnitEntry> parent = _get(ComboBox.class, spec -> spec.withId("org-unit-parent"));
        assertThat(ComboBoxKt.getSuggestionItems(parent)).extracting(OrgUnitEntry::kind).containsOnly(OrgUnitKind.SUBDISTRICT);
        _setValue(parent, ComboBoxKt.getSuggestionItems(parent).stream().filter(unit -> unit.code().equals("SD03")).findFirst().orElseThrow());
        _setValue(field("org-unit-code"), "cm-lower");
        _setValue(field("org-unit-name"), "界面新建村");
        _click(_get(Button.class, spec -> spec.withId("org-unit-save")));

        assertThat(field("org-unit-code").getErrorMessage()).isEqualTo("机构代码须以大写字母开头，由 2–20 位大写字母、数字或“-”组成，例如 CM005、DP-MZ。");

        String code = AdminFixtures.unitCode("V");
        _setValue(field("org-unit-code"), code);
        _click(_get(Button.class, spec -> spec.withId("org-unit-save")));

        assertThat(_find(Dialog.class)).noneMatch(Dialog::isOpened);
        @SuppressWarnings("unchecked")
        TreeGrid<OrgUnitEntry> tree = _get(TreeGrid.class, spec -> spec.withId("org-unit-tree"));
        OrgUnitEntry created = tree.getSelectedItems().iterator().next();
        assertThat(created.code()).isEqualTo(code);
        assertThat(created.parentCode()).isEqualTo("SD03");

        // Name and parent change together, in one save.
        _click(_get(Button.class, spec -> spec.withId("org-unit-edit")));
        @SuppressWarnings("unchecked")
        ComboBox<OrgUnitEntry> newParent = _get(ComboBox.class, spec -> spec.withId("org-unit-parent"));
        OrgUnitEntry sd02 = ComboBoxKt.getSuggestionItems(newParent).stream()
                .filter(unit -> unit.code().equals("SD02")).findFirst().orElseThrow();
        assertThat(newParent.getItemLabelGenerator().apply(sd02)).isEqualTo("东湖街道（SD02）");
        _setValue(newParent, sd02);
        _setValue(field("org-unit-name"), "界面改名村");
        _click(_get(Button.class, spec -> spec.withId("org-unit-save")));

        OrgUnitEntry edited = tree.getSelectedItems().iterator().next();
        assertThat(edited.name()).isEqualTo("界面改名村");
        assertThat(edited.parentCode()).isEqualTo("SD02");
    }

    @Test
    void providersAreCreatedUnderTheCountyAndTheirRoleIsHeldThereOnly() {
        login("admin");
        UI.getCurrent().navigate(OrgUnitsView.class);
        _click(_get(Button.class, spec -> spec.withId("org-unit-new")));
        @SuppressWarnings("unchecked")
        Select<OrgUnitKind> kind = _get(Select.class, spec -> spec.withId("org-unit-kind"));
        assertThat(kind.getItemLabelGenerator().apply(OrgUnitKind.PROVIDER)).isEqualTo("承接主体");
        _setValue(kind, OrgUnitKind.PROVIDER);
        @SuppressWarnings("unchecked")
        ComboBox<OrgUnitEntry> parent = _get(ComboBox.class, spec -> spec.withId("org-unit-parent"));
        assertThat(ComboBoxKt.getSuggestionItems(parent)).extracting(OrgUnitEntry::code).containsExactly("YX");
        _setValue(parent, ComboBoxKt.getSuggestionItems(parent).get(0));
        String code = AdminFixtures.unitCode("P");
        _setValue(field("org-unit-code"), code);
        _setValue(field("org-unit-name"), "界面新建社会工作服务中心");
        _click(_get(Button.class, spec -> spec.withId("org-unit-save")));

        @SuppressWarnings("unchecked")
        TreeGrid<OrgUnitEntry> tree = _get(TreeGrid.class, spec -> spec.withId("org-unit-tree"));
        OrgUnitEntry created = tree.getSelectedItems().iterator().next();
        assertThat(created.code()).isEqualTo(code);
        assertThat(created.kind()).isEqualTo(OrgUnitKind.PROVIDER);
        assertThat(created.parentCode()).isEqualTo("YX");

        UI.getCurrent().navigate(RolesView.class);
        assertThat(GridKt._getFormatted(roleGrid(), rowOf(Roles.PROVIDER), "unitKinds")).isEqualTo("承接主体");
        assertThat(GridKt._getFormatted(roleGrid(), rowOf(Roles.FINANCE_REVIEWER), "unitKinds")).isEqualTo("职能部门");
        UI.getCurrent().setLocale(Locale.ENGLISH);
        UI.getCurrent().navigate(RolesView.class);
        assertThat(GridKt._getFormatted(roleGrid(), rowOf(Roles.PROVIDER), "unitKinds")).isEqualTo("provider");
    }

    @Test
    void theRoleDialogRequiresAUnitKind() {
        login("admin");
        UI.getCurrent().navigate(RolesView.class);
        _click(_get(Button.class, spec -> spec.withId("role-new")));
        String code = AdminFixtures.roleCode("ui");
        _setValue(field("role-code"), code);
        _setValue(field("role-name-zh"), "界面角色");
        _setValue(field("role-name-en"), "Screen role");
        _click(_get(Button.class, spec -> spec.withId("role-save")));

        @SuppressWarnings("unchecked")
        CheckboxGroup<OrgUnitKind> kinds = _get(CheckboxGroup.class, spec -> spec.withId("role-unit-kinds"));
        assertThat(kinds.isInvalid()).isTrue();
        assertThat(kinds.getErrorMessage()).isEqualTo("请至少选择一种可分配该角色的机构类型。");

        _setValue(kinds, Set.of(OrgUnitKind.COMMUNITY));
        _click(_get(Button.class, spec -> spec.withId("role-save")));

        @SuppressWarnings("unchecked")
        Grid<RoleEntry> grid = _get(Grid.class, spec -> spec.withId("role-grid"));
        assertThat(GridKt._fetch(grid, 0, 100)).extracting(RoleEntry::code).contains(code);
    }

    @Test
    void resetPasswordFollowsThePolicy() {
        login("admin");
        String username = signIn.as("admin", () -> staff.create(new StaffAdministration.NewStaff(AdminFixtures.username("ui"),
                "重置测试", null, AdminFixtures.PASSWORD, false,
                List.of(new StaffAdministration.UnitRole("CM004", Roles.FRONT_DESK))))).username();
        UI.getCurrent().navigate(StaffView.class);
        _setValue(field("staff-search"), username);
        Grid<StaffAdministration.StaffListItem> grid = staffGrid();
        grid.select(GridKt._get(grid, 0));
        assertThat(_get(Button.class, spec -> spec.withId("staff-unlock")).isEnabled()).isFalse();

        _click(_get(Button.class, spec -> spec.withId("staff-reset-password")));
        PasswordField password = _get(PasswordField.class, spec -> spec.withId("reset-password-value"));
        _setValue(password, "onlyletters");
        _click(_get(Button.class, spec -> spec.withId("reset-password-save")));
        assertThat(password.getErrorMessage()).isEqualTo("密码须同时包含字母和数字。");

        _setValue(password, "Letters2026");
        _click(_get(Button.class, spec -> spec.withId("reset-password-save")));
        assertThat(NotificationsKt.getNotifications()).extracting(notification -> notification.getElement().getProperty("text"))
                .anyMatch(text -> text != null && text.contains("已重置“重置测试”的密码。"));
    }

    @Test
    void anEditThatCameTooLateIsRefusedWithTheConflictMessage() {
        login("admin");
        StaffAdministration.StaffDetails worker = signIn.as("admin", () -> staff.create(new StaffAdministration.NewStaff(
                AdminFixtures.username("ui"), "并发测试", null, AdminFixtures.PASSWORD, false,
                List.of(new StaffAdministration.UnitRole("CM004", Roles.FRONT_DESK)))));
        UI.getCurrent().navigate(StaffView.class);
        _setValue(field("staff-search"), worker.username());
        Grid<StaffAdministration.StaffListItem> grid = staffGrid();
        grid.select(GridKt._get(grid, 0));
        _click(_get(Button.class, spec -> spec.withId("staff-edit")));

        // Meanwhile another administrator renames the same person.
        signIn.as("admin", () -> staff.update(worker.username(), new StaffAdministration.StaffUpdate("别人改的", null, false,
                List.of(new StaffAdministration.UnitRole("CM004", Roles.FRONT_DESK))), worker.version()));
        _setValue(field("staff-display-name"), "我改的");
        _click(_get(Button.class, spec -> spec.withId("staff-save")));

        assertThat(NotificationsKt.getNotifications()).extracting(notification -> notification.getElement().getProperty("text"))
                .anyMatch(text -> text != null && text.contains("该记录已被他人修改，请刷新后重试。"));
        assertThat(_find(Dialog.class)).anyMatch(Dialog::isOpened);
        assertThat(signIn.as("admin", () -> staff.details(worker.username())).displayName()).isEqualTo("别人改的");
    }

    private void chooseAssignment(String unitCode, String roleCode) {
        @SuppressWarnings("unchecked")
        ComboBox<OrgUnitEntry> unit = _get(ComboBox.class, spec -> spec.withId("staff-assignment-unit"));
        _setValue(unit, ComboBoxKt.getSuggestionItems(unit).stream()
                .filter(entry -> entry.code().equals(unitCode)).findFirst().orElseThrow());
        @SuppressWarnings("unchecked")
        ComboBox<RoleEntry> role = _get(ComboBox.class, spec -> spec.withId("staff-assignment-role"));
        _setValue(role, ComboBoxKt.getSuggestionItems(role).stream()
                .filter(entry -> entry.code().equals(roleCode)).findFirst().orElseThrow());
    }

    private static TextField field(String id) {
        return _get(TextField.class, spec -> spec.withId(id));
    }

    @SuppressWarnings("unchecked")
    private static Grid<RoleEntry> roleGrid() {
        return _get(Grid.class, spec -> spec.withId("role-grid"));
    }

    private static int rowOf(String roleCode) {
        Grid<RoleEntry> grid = roleGrid();
        for (int row = 0; row < GridKt._size(grid); row++) {
            if (GridKt._get(grid, row).code().equals(roleCode)) {
                return row;
            }
        }
        throw new AssertionError("no row for " + roleCode);
    }

    @SuppressWarnings("unchecked")
    private static Grid<StaffAdministration.StaffListItem> staffGrid() {
        return _get(Grid.class, spec -> spec.withId("staff-grid"));
    }
}
