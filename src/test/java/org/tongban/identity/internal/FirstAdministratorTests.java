package org.tongban.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Clock;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.support.TransactionTemplate;
import org.tongban.base.AuditTrail;
import org.tongban.base.Messages;
import org.tongban.identity.AdminFixtures;
import org.tongban.identity.OrgUnitKind;
import org.tongban.identity.Roles;
import org.tongban.testing.TongbanTest;

/**
 * The first administrator of a database without demo data. The shared test database has the demo organisation and
 * its administrator, so each test makes the situation it needs in a transaction that is rolled back.
 */
@TongbanTest
@Tag("db")
@ExtendWith(OutputCaptureExtension.class)
class FirstAdministratorTests {

    private static final String PASSWORD = "First2026admin";

    @Autowired
    OrgUnits orgUnits;

    @Autowired
    StaffMembers staffMembers;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Autowired
    AuditTrail audit;

    @Autowired
    Messages messages;

    @Autowired
    Clock clock;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void anInstallationWhereAnAdministratorSignsInIsLeftAlone() {
        long staffBefore = staffMembers.count();

        bootstrap(PASSWORD, false).run(new DefaultApplicationArguments());

        assertThat(staffMembers.count()).isEqualTo(staffBefore);
    }

    @Test
    void withoutAPasswordItSaysHowToCreateTheAdministrator(CapturedOutput output) {
        inRolledBackTransaction(() -> {
            withoutAdministrators();
            long staffBefore = staffMembers.count();

            bootstrap(null, false).run(new DefaultApplicationArguments());

            assertThat(staffMembers.count()).isEqualTo(staffBefore);
            assertThat(output.getOut()).contains("No enabled administrator").contains("TONGBAN_ADMIN_PASSWORD");
        });
    }

    @Test
    void createsTheCountyAndTheAdministratorOnce() {
        String countyCode = AdminFixtures.unitCode("B");
        inRolledBackTransaction(() -> {
            withoutAdministrators();
            // As if the database had no county: the demo county becomes something else for this transaction.
            jdbc.update("update identity_org_unit set kind = 'SUBDISTRICT' where kind = 'COUNTY'");
            FirstAdministrator bootstrap = bootstrap(PASSWORD, false, countyCode, " 测试县 ");

            bootstrap.run(new DefaultApplicationArguments());
            bootstrap.run(new DefaultApplicationArguments());

            OrgUnit county = orgUnits.findFirstByKind(OrgUnitKind.COUNTY).orElseThrow();
            assertThat(county.getCode()).isEqualTo(countyCode);
            assertThat(county.getName()).isEqualTo("测试县");
            Staff admin = staffMembers.findByUsername(FirstAdministrator.USERNAME).orElseThrow();
            assertThat(admin.isEnabled()).isTrue();
            assertThat(admin.isServiceAccount()).isFalse();
            assertThat(admin.getDisplayName()).isEqualTo("系统管理员");
            assertThat(admin.getAssignments()).containsExactly(new RoleAssignment(county.getId(), Roles.ADMIN));
            assertThat(passwordEncoder.matches(PASSWORD, admin.getPasswordHash())).isTrue();
        });
    }

    @Test
    void usesAnExistingCounty() {
        inRolledBackTransaction(() -> {
            withoutAdministrators();

            bootstrap(PASSWORD, false).run(new DefaultApplicationArguments());

            Staff admin = staffMembers.findByUsername(FirstAdministrator.USERNAME).orElseThrow();
            assertThat(admin.getAssignments()).containsExactly(
                    new RoleAssignment(orgUnits.findByCode("YX").orElseThrow().getId(), Roles.ADMIN));
        });
    }

    @Test
    void aPasswordAgainstThePolicyStopsTheStart() {
        inRolledBackTransaction(() -> {
            withoutAdministrators();

            IllegalStateException refused = assertThrows(IllegalStateException.class,
                    () -> bootstrap("short1", false).run(new DefaultApplicationArguments()));

            assertThat(refused).hasMessage("TONGBAN_ADMIN_PASSWORD: The password must have at least 8 characters.");
            assertThat(staffMembers.existsByUsername(FirstAdministrator.USERNAME)).isFalse();
        });
    }

    @Test
    void leavesTheAdministratorToTheDemoWhenItIsAboutToSeed() {
        inRolledBackTransaction(() -> {
            withoutAdministrators();
            jdbc.update("update identity_org_unit set code = 'YX-OLD' where code = 'YX'");

            bootstrap(PASSWORD, true).run(new DefaultApplicationArguments());

            assertThat(staffMembers.existsByUsername(FirstAdministrator.USERNAME)).isFalse();
        });
    }

    private FirstAdministrator bootstrap(String password, boolean demoData) {
        return bootstrap(password, demoData, "", "");
    }

    private FirstAdministrator bootstrap(String password, boolean demoData, String countyCode, String countyName) {
        return new FirstAdministrator(orgUnits, staffMembers, passwordEncoder, audit, messages, clock,
                new FirstAdministrator.Settings(password, countyCode, countyName, demoData));
    }

    /** Nobody holds the administrator role any more, and the demo's login "admin" is gone. */
    private void withoutAdministrators() {
        staffMembers.findByRole(Roles.ADMIN).forEach(Staff::disable);
        staffMembers.findByUsername(FirstAdministrator.USERNAME).ifPresent(staffMembers::delete);
        // Hibernate inserts before it deletes: the new "admin" must not meet the old one.
        staffMembers.flush();
    }

    private void inRolledBackTransaction(Runnable work) {
        transactions.executeWithoutResult(status -> {
            status.setRollbackOnly();
            work.run();
        });
    }
}
