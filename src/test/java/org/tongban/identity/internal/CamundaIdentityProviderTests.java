package org.tongban.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;
import org.tongban.identity.AdminFixtures;
import org.tongban.identity.StaffAdministration;
import org.tongban.testing.SignIn;
import org.tongban.testing.TongbanTest;

/** The engine's view of our organisation, through its own API as Tasklist and the processes use it. */
@TongbanTest
@Tag("db")
class CamundaIdentityProviderTests {

    @Autowired
    IdentityService identityService;

    @Autowired
    StaffMembers staffMembers;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    Clock clock;

    @Autowired
    StaffAdministration staffAdministration;

    @Autowired
    AdminFixtures fixtures;

    @Autowired
    SignIn signIn;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void isReadOnly() {
        assertThat(identityService.isReadOnly()).isTrue();
    }

    @Test
    void findsStaffAsUsersWithTheirChineseNames() {
        User zhangwei = identityService.createUserQuery().userId("zhangwei").singleResult();

        assertThat(zhangwei.getId()).isEqualTo("zhangwei");
        assertThat(zhangwei.getFirstName()).isEqualTo("张伟");
        assertThat(identityService.createUserQuery().userId("nobody-here").singleResult()).isNull();
    }

    @Test
    void findsMembersOfUnitRoleUnitAndRoleGroups() {
        assertThat(userIds(identityService.createUserQuery().memberOfGroup("community:CM001:director").list()))
                .contains("zhangwei").doesNotContain("zhaomin", "wangfang");
        assertThat(userIds(identityService.createUserQuery().memberOfGroup("community:CM001:front-desk").list()))
                .contains("lina", "wangfang").doesNotContain("chenjing", "zhangwei");
        assertThat(userIds(identityService.createUserQuery().memberOfGroup("community:CM001").list()))
                .contains("lina", "wangfang", "zhangwei");
        assertThat(userIds(identityService.createUserQuery().memberOfGroup("role:director").list()))
                .contains("zhangwei", "zhaomin");
        assertThat(identityService.createUserQuery().memberOfGroup("no-such-group").list()).isEmpty();
    }

    @Test
    void listsTheGroupsOfAUserWithChineseNames() {
        List<Group> groups = identityService.createGroupQuery().groupMember("zhangwei").list();

        assertThat(groups).extracting(Group::getId)
                .containsExactlyInAnyOrder("community:CM001:director", "community:CM001", "role:director");
        assertThat(groups).filteredOn(group -> group.getId().equals("community:CM001:director")).singleElement()
                .extracting(Group::getName).isEqualTo("和平社区 · 社区书记/主任");
        assertThat(groups).filteredOn(group -> group.getId().equals("community:CM001")).singleElement()
                .extracting(Group::getName).isEqualTo("和平社区");
        assertThat(identityService.createGroupQuery().groupId("role:director").singleResult().getName()).isEqualTo("社区书记/主任");
        assertThat(identityService.createGroupQuery().groupMember("admin").list()).extracting(Group::getId).contains("camunda-admin");
    }

    @Test
    void pagesAndCountsAgree() {
        long users = identityService.createUserQuery().count();
        long groups = identityService.createGroupQuery().count();

        assertThat(users).isEqualTo(identityService.createUserQuery().list().size()).isGreaterThanOrEqualTo(12);
        assertThat(groups).isEqualTo(identityService.createGroupQuery().list().size());
        List<User> firstPage = identityService.createUserQuery().listPage(0, 5);
        List<User> secondPage = identityService.createUserQuery().listPage(5, 5);
        assertThat(firstPage).hasSize(5);
        assertThat(userIds(secondPage)).doesNotContainAnyElementsOf(userIds(firstPage));
        assertThat(identityService.createUserQuery().listPage((int) users - 2, 5)).hasSize(2);
        assertThat(identityService.createGroupQuery().listPage(0, 3)).hasSize(3);
        assertThat(identityService.createUserQuery().memberOfGroup("community:CM001:front-desk").count())
                .isEqualTo(identityService.createUserQuery().memberOfGroup("community:CM001:front-desk").list().size());
    }

    @Test
    void checksPasswordsAndRefusesLockedAccounts() {
        String username = signIn.as("admin", () -> fixtures.frontDeskWorker("cam")).username();

        assertThat(identityService.checkPassword(username, AdminFixtures.PASSWORD)).isTrue();
        assertThat(identityService.checkPassword(username, "wrong-password1")).isFalse();
        assertThat(identityService.checkPassword("nobody-here", AdminFixtures.PASSWORD)).isFalse();

        transactions.executeWithoutResult(status -> staffMembers.findByUsername(username).orElseThrow()
                .recordFailedLogin(LocalDateTime.now(clock), 1, Duration.ofHours(1)));
        assertThat(identityService.checkPassword(username, AdminFixtures.PASSWORD)).isFalse();
    }

    @Test
    void disabledStaffAreInvisible() {
        StaffAdministration.StaffDetails worker = signIn.as("admin", () -> fixtures.frontDeskWorker("cam"));
        assertThat(identityService.createUserQuery().memberOfGroup("community:CM004:front-desk").list())
                .extracting(User::getId).contains(worker.username());

        signIn.as("admin", () -> staffAdministration.disable(worker.username()));

        assertThat(identityService.createUserQuery().userId(worker.username()).singleResult()).isNull();
        assertThat(identityService.createUserQuery().memberOfGroup("community:CM004:front-desk").list())
                .extracting(User::getId).doesNotContain(worker.username());
        assertThat(identityService.createGroupQuery().groupMember(worker.username()).list()).isEmpty();
        assertThat(identityService.checkPassword(worker.username(), AdminFixtures.PASSWORD)).isFalse();
    }

    private static List<String> userIds(List<User> users) {
        return users.stream().map(User::getId).toList();
    }
}
