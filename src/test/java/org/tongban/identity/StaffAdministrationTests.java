package org.tongban.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.support.TransactionTemplate;
import org.tongban.base.AuditEntry;
import org.tongban.base.AuditLog;
import org.tongban.base.AuditTrail;
import org.tongban.base.BusinessException;
import org.tongban.identity.StaffAdministration.NewStaff;
import org.tongban.identity.StaffAdministration.StaffDetails;
import org.tongban.identity.StaffAdministration.StaffListItem;
import org.tongban.identity.StaffAdministration.StaffUpdate;
import org.tongban.identity.StaffAdministration.UnitRole;
import org.tongban.identity.internal.StaffMembers;
import org.tongban.testing.SignIn;
import org.tongban.testing.TongbanTest;

@TongbanTest
@Tag("db")
class StaffAdministrationTests {

    private static final List<UnitRole> FRONT_DESK_CM001 = List.of(new UnitRole("CM001", Roles.FRONT_DESK));

    @Autowired
    StaffAdministration staff;

    @Autowired
    StaffMembers staffMembers;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Autowired
    UserDetailsService accounts;

    @Autowired
    AuditLog auditLog;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    java.time.Clock clock;

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
    void createsStaffWithBcryptHashedPasswordAndAuditsWithoutIt() {
        String username = AdminFixtures.username("t");

        StaffDetails created = staff.create(new NewStaff(" " + username + " ", " 测试 人员 ", " 13912345678 ",
                AdminFixtures.PASSWORD, false, List.of(new UnitRole("CM004", Roles.FRONT_DESK), new UnitRole("CM004", Roles.DIRECTOR))));

        assertThat(created.username()).isEqualTo(username);
        assertThat(created.displayName()).isEqualTo("测试 人员");
        assertThat(created.phone()).isEqualTo("13912345678");
        assertThat(created.enabled()).isTrue();
        assertThat(created.assignments()).extracting(RoleAssignmentView::candidateGroup)
                .containsExactly("community:CM004:director", "community:CM004:front-desk");
        String hash = staffMembers.findByUsername(username).orElseThrow().getPasswordHash();
        assertThat(hash).startsWith("$2").doesNotContain(AdminFixtures.PASSWORD);
        assertThat(passwordEncoder.matches(AdminFixtures.PASSWORD, hash)).isTrue();
        assertThat(accounts.loadUserByUsername(username).getAuthorities()).extracting(Object::toString)
                .contains("ROLE_FRONT_DESK", "ROLE_DIRECTOR");
        List<AuditEntry> audit = auditFor(username);
        assertThat(audit).extracting(AuditEntry::action).contains("admin.staff.create");
        assertThat(audit).allSatisfy(entry -> assertThat(String.valueOf(entry.detail()))
                .doesNotContain(AdminFixtures.PASSWORD).doesNotContain("13912345678"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ab", "Zhang", "1abc", "zhang san", "张三", "abcdefghijklmnopqrstuvwxyz1234567", "a@b.c"})
    void refusesMalformedUsernames(String username) {
        assertThat(fixtures.refusal(() -> staff.create(new NewStaff(username, "测试人员", null, AdminFixtures.PASSWORD, false, FRONT_DESK_CM001))))
                .isEqualTo("用户名须以小写字母开头，由 3–32 位小写字母、数字或“.”“_”“-”组成。");
    }

    @Test
    void refusesATakenUsername() {
        assertThat(fixtures.refusal(() -> staff.create(new NewStaff("wangfang", "另一个王芳", null, AdminFixtures.PASSWORD, false, FRONT_DESK_CM001))))
                .isEqualTo("用户名“wangfang”已被使用，请换一个。");
    }

    @Test
    void refusesDisplayNamesOfWrongLength() {
        assertThat(fixtures.refusal(() -> staff.create(new NewStaff(AdminFixtures.username("t"), "王", null, AdminFixtures.PASSWORD, false, FRONT_DESK_CM001))))
                .isEqualTo("长度须为 2–40 个字符。");
        assertThat(fixtures.refusal(() -> staff.create(new NewStaff(AdminFixtures.username("t"), " ", null, AdminFixtures.PASSWORD, false, FRONT_DESK_CM001))))
                .isEqualTo("此项为必填项。");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1380000000", "138000000001", "23800000000", "12800000000", "138-0000-0000", "+8613800000000", "0571-8888888"})
    void refusesPhoneNumbersThatAreNotMainlandMobiles(String phone) {
        assertThat(fixtures.refusal(() -> staff.create(new NewStaff(AdminFixtures.username("t"), "测试人员", phone, AdminFixtures.PASSWORD, false, FRONT_DESK_CM001))))
                .isEqualTo("请输入有效的 11 位手机号码，例如 13800000000；没有可留空。");
    }

    @Test
    void refusesWeakInitialPasswords() {
        String username = AdminFixtures.username("t");
        assertThat(fixtures.refusal(() -> staff.create(new NewStaff(username, "测试人员", null, "abc1234", false, FRONT_DESK_CM001))))
                .isEqualTo("密码至少 8 位。");
        assertThat(fixtures.refusal(() -> staff.create(new NewStaff(username, "测试人员", null, "abcdefgh", false, FRONT_DESK_CM001))))
                .isEqualTo("密码须同时包含字母和数字。");
        assertThat(fixtures.refusal(() -> staff.create(new NewStaff(username, "测试人员", null, "12345678", false, FRONT_DESK_CM001))))
                .isEqualTo("密码须同时包含字母和数字。");
        assertThat(fixtures.refusal(() -> staff.create(new NewStaff(username, "测试人员", null, username.toUpperCase(), false, FRONT_DESK_CM001))))
                .isEqualTo("密码不能与用户名相同。");
        assertThat(fixtures.refusal(() -> staff.create(new NewStaff(username, "测试人员", null, "a1".repeat(33), false, FRONT_DESK_CM001))))
                .isEqualTo("密码最多 64 位。");
        assertThat(staffMembers.existsByUsername(username)).isFalse();
    }

    @Test
    void refusesRolesInUnitsOfTheWrongKind() {
        assertThat(fixtures.refusal(() -> staff.create(new NewStaff(AdminFixtures.username("t"), "测试人员", null, AdminFixtures.PASSWORD, false,
                List.of(new UnitRole("DP-MZ", Roles.DIRECTOR))))))
                .isEqualTo("角色“社区书记/主任”不能分配在“县民政局”（职能部门）；该角色只能分配在：社区（村）。");
        assertThat(fixtures.refusal(() -> staff.create(new NewStaff(AdminFixtures.username("t"), "测试人员", null, AdminFixtures.PASSWORD, false,
                List.of(new UnitRole("CM001", Roles.EVALUATOR))))))
                .isEqualTo("角色“评估员”不能分配在“和平社区”（社区（村））；该角色只能分配在：县（市）、职能部门。");
        assertThat(fixtures.englishRefusal(() -> staff.create(new NewStaff(AdminFixtures.username("t"), "测试人员", null, AdminFixtures.PASSWORD, false,
                List.of(new UnitRole("CM001", Roles.EVALUATOR))))))
                .isEqualTo("Role \"Evaluator\" cannot be held in \"和平社区\" (community); it is allowed in: county, department.");
        assertThat(fixtures.englishRefusal(() -> staff.create(new NewStaff(AdminFixtures.username("t"), "测试人员", null, AdminFixtures.PASSWORD, false,
                List.of(new UnitRole("CM001", Roles.FRONT_DESK), new UnitRole("CM001", Roles.FRONT_DESK))))))
                .isEqualTo("Role \"Front-desk staff\" in \"和平社区\" is listed twice; remove one.");
    }

    @Test
    void refusesRepeatedMissingAndUnknownAssignments() {
        assertThat(fixtures.refusal(() -> staff.create(new NewStaff(AdminFixtures.username("t"), "测试人员", null, AdminFixtures.PASSWORD, false,
                List.of(new UnitRole("CM001", Roles.FRONT_DESK), new UnitRole("CM001", Roles.FRONT_DESK))))))
                .isEqualTo("“和平社区”的“窗口人员”角色重复了，请删除重复的一条。");
        assertThat(fixtures.refusal(() -> staff.create(new NewStaff(AdminFixtures.username("t"), "测试人员", null, AdminFixtures.PASSWORD, false, List.of()))))
                .isEqualTo("请至少分配一个角色（只有接口账号可以不分配角色）。");
        assertThat(fixtures.refusal(() -> staff.create(new NewStaff(AdminFixtures.username("t"), "测试人员", null, AdminFixtures.PASSWORD, false,
                List.of(new UnitRole("CM001", "no-such-role"))))))
                .isEqualTo("角色“no-such-role”不存在。");
    }

    @Test
    void serviceAccountsMayHaveNoRoles() {
        StaffDetails account = staff.create(new NewStaff(AdminFixtures.username("svc"), "外部接口", null, AdminFixtures.PASSWORD, true, List.of()));

        assertThat(account.serviceAccount()).isTrue();
        assertThat(account.assignments()).isEmpty();
    }

    @Test
    void listsMaskPhoneNumbersAndReadingThemIsAudited() {
        StaffDetails worker = fixtures.frontDeskWorker("t");

        List<StaffListItem> found = staff.search(worker.username().toUpperCase(), PageRequest.of(0, 10)).getContent();

        assertThat(found).singleElement().satisfies(item -> {
            assertThat(item.maskedPhone()).isEqualTo("139****5678");
            assertThat(item.assignments()).extracting(RoleAssignmentView::unitName).containsExactly("桃源村");
        });
        assertThat(auditFor(worker.username())).extracting(AuditEntry::action).doesNotContain("staff.read-personal-data");

        assertThat(staff.details(worker.username()).phone()).isEqualTo("13912345678");
        assertThat(auditFor(worker.username())).filteredOn(entry -> entry.action().equals("staff.read-personal-data"))
                .singleElement().satisfies(entry -> {
                    assertThat(entry.actor()).isEqualTo("admin");
                    assertThat(entry.outcome()).isEqualTo(AuditTrail.Outcome.ALLOWED);
                });
    }

    @Test
    void searchesByDisplayNameInPages() {
        assertThat(staff.search("王芳", PageRequest.of(0, 10)).getContent()).extracting(StaffListItem::username).contains("wangfang");
        assertThat(staff.search("", PageRequest.of(0, 5)).getContent()).hasSize(5);
        assertThat(staff.search(null, PageRequest.of(0, 5)).getTotalElements()).isGreaterThanOrEqualTo(13);
    }

    @Test
    void updatesProfileAndRolesInOneChangeAndRefusesAStaleVersion() {
        StaffDetails worker = fixtures.frontDeskWorker("t");

        StaffDetails updated = staff.update(worker.username(), new StaffUpdate("新名字", "", false,
                List.of(new UnitRole("CM003", Roles.FRONT_DESK), new UnitRole("DP-WJ", Roles.PROJECT_MANAGER))), worker.version());

        assertThat(updated.displayName()).isEqualTo("新名字");
        assertThat(updated.phone()).isNull();
        assertThat(updated.assignments()).extracting(RoleAssignmentView::candidateGroup)
                .containsExactlyInAnyOrder("community:CM003:front-desk", "department:DP-WJ:project-manager");
        assertThat(updated.version()).isGreaterThan(worker.version());
        assertThat(auditFor(worker.username())).extracting(AuditEntry::action).contains("admin.staff.update", "admin.staff.assign-roles");

        assertThat(fixtures.refusal(() -> staff.update(worker.username(), new StaffUpdate("另一个名字", null, false, FRONT_DESK_CM001), worker.version())))
                .isEqualTo("该记录已被他人修改，请刷新后重试。");
        assertThat(fixtures.refusal(() -> staff.update(worker.username(), new StaffUpdate("新名字", "12345", false, FRONT_DESK_CM001), updated.version())))
                .isEqualTo("请输入有效的 11 位手机号码，例如 13800000000；没有可留空。");
        assertThat(fixtures.refusal(() -> staff.update(worker.username(), new StaffUpdate("新名字", null, false, List.of()), updated.version())))
                .isEqualTo("请至少分配一个角色（只有接口账号可以不分配角色）。");
    }

    @Test
    void disabledStaffCannotSignInUntilEnabledAgain() {
        StaffDetails worker = fixtures.frontDeskWorker("t");

        staff.disable(worker.username());
        assertThat(accounts.loadUserByUsername(worker.username()).isEnabled()).isFalse();
        assertThat(staff.search(worker.username(), PageRequest.of(0, 1)).getContent().get(0).enabled()).isFalse();

        staff.enable(worker.username());
        assertThat(accounts.loadUserByUsername(worker.username()).isEnabled()).isTrue();
        assertThat(auditFor(worker.username())).extracting(AuditEntry::action).contains("admin.staff.disable", "admin.staff.enable");
    }

    @Test
    void administratorsCannotDisableDemoteOrRetireThemselves() {
        StaffDetails me = staff.details("admin");

        assertThat(fixtures.refusal(() -> staff.disable("admin"))).isEqualTo("不能停用自己正在使用的账户。");
        assertThat(fixtures.refusal(() -> staff.update("admin", new StaffUpdate(me.displayName(), me.phone(), false,
                List.of(new UnitRole("YX", Roles.EVALUATOR))), me.version())))
                .isEqualTo("不能取消自己的系统管理员角色，请由其他管理员操作。");
        assertThat(fixtures.refusal(() -> staff.update("admin", new StaffUpdate(me.displayName(), me.phone(), true,
                List.of(new UnitRole("YX", Roles.ADMIN))), me.version())))
                .isEqualTo("不能把自己的账户设为接口账号。");
        assertThat(accounts.loadUserByUsername("admin").isEnabled()).isTrue();
        assertThat(auditLog.search("admin.staff.refused", PageRequest.of(0, 5)).getContent())
                .extracting(AuditEntry::outcome).contains(AuditTrail.Outcome.DENIED);
    }

    /**
     * The last administrator is only at risk from a session that still carries an administrator role its account
     * has since lost: this test builds that situation, with the demo administrator disabled for a moment.
     */
    @Test
    void theLastEnabledAdministratorStaysOne() {
        StaffDetails keeper = fixtures.administrator("keeper");
        StaffDetails stale = fixtures.administrator("stale");
        signIn.as(keeper.username());
        staff.disable("admin");
        try {
            signIn.as(stale.username());
            signIn.as(keeper.username(), () -> staff.disable(stale.username()));
            // "stale" still holds the administrator role in its session, "keeper" is the only enabled administrator.
            StaffDetails keeperNow = signIn.as(keeper.username(), () -> staff.details(keeper.username()));

            assertThat(fixtures.refusal(() -> staff.disable(keeper.username())))
                    .isEqualTo("“测试管理员”是最后一位在用的系统管理员，不能停用或取消其管理员角色。请先为其他人员分配系统管理员角色。");
            assertThat(fixtures.refusal(() -> staff.update(keeper.username(), new StaffUpdate("测试管理员", null, false,
                    List.of(new UnitRole("YX", Roles.EVALUATOR))), keeperNow.version())))
                    .startsWith("“测试管理员”是最后一位在用的系统管理员");
            assertThat(fixtures.refusal(() -> staff.update(keeper.username(), new StaffUpdate("测试管理员", null, true,
                    List.of(new UnitRole("YX", Roles.ADMIN))), keeperNow.version())))
                    .startsWith("“测试管理员”是最后一位在用的系统管理员");
        } finally {
            signIn.as(keeper.username(), () -> staff.enable("admin"));
        }
        signIn.as("admin");
        assertThat(accounts.loadUserByUsername("admin").isEnabled()).isTrue();
        staff.disable(keeper.username());
    }

    /**
     * Two administrators demote each other at the same moment, with nobody else an administrator: the second waits
     * for the first to commit and is then refused. The first change is held open in a transaction of the test.
     */
    @Test
    void administratorsDemotingEachOtherAtOnceLeaveOne() throws Exception {
        StaffDetails first = fixtures.administrator("first");
        StaffDetails second = fixtures.administrator("second");
        signIn.as(first.username(), () -> staff.disable("admin"));
        ExecutorService otherAdministrator = Executors.newSingleThreadExecutor();
        try {
            Future<String> secondDemotesFirst = transactions.execute(status -> {
                signIn.as(first.username(), () -> demote(second.username()));
                Future<String> demotion = otherAdministrator.submit(() -> {
                    signIn.as(second.username());
                    try {
                        demote(first.username());
                        return "demoted";
                    } catch (BusinessException refusal) {
                        return refusal.messageKey();
                    } finally {
                        SignIn.out();
                    }
                });
                // Without a lock the other administrator finishes here, counting the first change as not made.
                assertThrows(TimeoutException.class, () -> demotion.get(500, TimeUnit.MILLISECONDS));
                return demotion;
            });

            assertThat(secondDemotesFirst.get(30, TimeUnit.SECONDS)).isEqualTo("admin.staff.error.last-admin");
            assertThat(accounts.loadUserByUsername(first.username()).getAuthorities()).extracting(Object::toString)
                    .contains("ROLE_ADMIN");
        } finally {
            otherAdministrator.shutdownNow();
            // Past the service: should both have lost the role, neither could enable the demo administrator again.
            transactions.executeWithoutResult(status -> staffMembers.findByUsername("admin").orElseThrow().enable());
        }
        signIn.as("admin");
        staff.disable(first.username());
    }

    private void demote(String username) {
        StaffDetails current = staff.details(username);
        staff.update(username, new StaffUpdate(current.displayName(), null, false,
                List.of(new UnitRole("YX", Roles.EVALUATOR))), current.version());
    }

    @Test
    void resetsPasswordsByThePolicy() {
        StaffDetails worker = fixtures.frontDeskWorker("t");

        assertThat(fixtures.refusal(() -> staff.resetPassword(worker.username(), "short1"))).isEqualTo("密码至少 8 位。");
        assertThat(fixtures.refusal(() -> staff.resetPassword(worker.username(), worker.username())))
                .isIn("密码不能与用户名相同。", "密码须同时包含字母和数字。");
        staff.resetPassword(worker.username(), "Renewed2026x");

        assertThat(passwordEncoder.matches("Renewed2026x", staffMembers.findByUsername(worker.username()).orElseThrow().getPasswordHash())).isTrue();
        assertThat(auditFor(worker.username())).filteredOn(entry -> entry.action().equals("admin.staff.reset-password"))
                .singleElement().satisfies(entry -> assertThat(String.valueOf(entry.detail())).doesNotContain("Renewed2026x"));
    }

    @Test
    void unlocksALockedAccount() {
        StaffDetails worker = fixtures.frontDeskWorker("t");
        transactions.executeWithoutResult(status -> staffMembers.findByUsername(worker.username()).orElseThrow()
                .recordFailedLogin(LocalDateTime.now(clock), 1, java.time.Duration.ofHours(1)));
        assertThat(staff.search(worker.username(), PageRequest.of(0, 1)).getContent().get(0).locked()).isTrue();
        assertThat(accounts.loadUserByUsername(worker.username()).isAccountNonLocked()).isFalse();

        staff.unlock(worker.username());

        assertThat(staff.details(worker.username()).locked()).isFalse();
        assertThat(accounts.loadUserByUsername(worker.username()).isAccountNonLocked()).isTrue();
        assertThat(auditFor(worker.username())).extracting(AuditEntry::action).contains("admin.staff.unlock");
    }

    @Test
    void refusesUnknownStaff() {
        assertThat(fixtures.refusal(() -> staff.details("nobody-here"))).isEqualTo("人员“nobody-here”不存在。");
    }

    @Test
    void onlyAdministratorsMayAdministerStaff() {
        signIn.as("zhangwei");

        assertThrows(AccessDeniedException.class, () -> staff.search("", PageRequest.of(0, 10)));
        assertThrows(AccessDeniedException.class, () -> staff.details("wangfang"));
        assertThrows(AccessDeniedException.class, () -> staff.disable("wangfang"));
        assertThrows(AccessDeniedException.class, () -> staff.resetPassword("wangfang", "Takeover2026"));
        assertThrows(AccessDeniedException.class, () -> staff.create(
                new NewStaff(AdminFixtures.username("t"), "测试人员", null, AdminFixtures.PASSWORD, false, FRONT_DESK_CM001)));
    }

    private List<AuditEntry> auditFor(String username) {
        return auditLog.search("staff:" + username, PageRequest.of(0, 50)).getContent();
    }
}
