package org.tongban;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;
import org.tongban.identity.OrgUnitKind;
import org.tongban.identity.internal.OrgUnit;
import org.tongban.identity.internal.OrgUnits;
import org.tongban.testing.TongbanTest;

/**
 * Chinese names survive the trip to the database and back: on H2, and with {@code -Dtest.profiles=test,mysql,mariadb}
 * on MySQL/MariaDB, where a utf8mb3 table or connection would mangle them or refuse 4-byte characters.
 */
@TongbanTest
@Tag("db")
@Transactional
class PersistenceCharsetTests {

    /** 𠮷 (U+20BB7) is outside the BMP: four bytes in UTF-8, so only utf8mb4 stores it. */
    private static final String NAME = "𠮷祥社区（测试）";

    @Autowired
    OrgUnits orgUnits;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void chineseOrgUnitNameRoundTripsThroughTheRepository() {
        OrgUnit saved = orgUnits.saveAndFlush(new OrgUnit("CM-UTF8", NAME, OrgUnitKind.COMMUNITY, null));

        String stored = jdbc.queryForObject("SELECT name FROM identity_org_unit WHERE id = ?", String.class,
                saved.getId());
        assertThat(stored).isEqualTo(NAME);
        assertThat(jdbc.queryForObject("SELECT id FROM identity_org_unit WHERE name = ?", Long.class, NAME))
                .isEqualTo(saved.getId());
    }

    @Test
    void seededDemoOrganisationKeepsItsChineseNames() {
        assertThat(orgUnits.findByCode("CM001")).map(OrgUnit::getName).hasValue("和平社区");
        assertThat(jdbc.queryForObject("SELECT display_name FROM identity_staff WHERE username = 'zhangwei'",
                String.class)).isEqualTo("张伟");
    }
}
