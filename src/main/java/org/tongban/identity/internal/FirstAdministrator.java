package org.tongban.identity.internal;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.tongban.base.AuditTrail;
import org.tongban.base.Messages;
import org.tongban.identity.IdentityRules;
import org.tongban.identity.IdentityRules.Violation;
import org.tongban.identity.OrgUnitKind;
import org.tongban.identity.Roles;

/**
 * 首个管理员 — a database without demo data has nobody who can sign in. While no enabled person holds the
 * administrator role, a start with {@code tongban.bootstrap.admin-password} (env {@code TONGBAN_ADMIN_PASSWORD}) creates
 * the login {@value #USERNAME} with that password, as administrator of the county (created too when there is none,
 * from {@code tongban.bootstrap.county-code} / {@code county-name}, env {@code TONGBAN_COUNTY_CODE} /
 * {@code TONGBAN_COUNTY_NAME}). Without the password it logs how to do it. Once an administrator exists it does
 * nothing, so it can stay configured.
 *
 * <p>Runs before the demo seeders: when they are about to seed the demo county, they bring their own administrator.
 */
@Component
@Order(5)
class FirstAdministrator implements ApplicationRunner {

    static final String USERNAME = "admin";
    static final String DEFAULT_COUNTY_CODE = "COUNTY";

    private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

    private final OrgUnits orgUnits;
    private final StaffMembers staffMembers;
    private final PasswordEncoder passwordEncoder;
    private final AuditTrail audit;
    private final Messages messages;
    private final Clock clock;
    private final Settings settings;

    /** Blank values count as unset: docker compose passes unset variables through as empty strings. */
    record Settings(String adminPassword, String countyCode, String countyName, boolean demoData) {

        Settings {
            adminPassword = adminPassword == null || adminPassword.isBlank() ? null : adminPassword;
            countyCode = Objects.requireNonNullElse(IdentityRules.clean(countyCode), DEFAULT_COUNTY_CODE);
            countyName = IdentityRules.clean(countyName);
        }
    }

    /** Spring's: the settings from properties, or the shorter environment variables the README names. */
    @Autowired
    FirstAdministrator(OrgUnits orgUnits, StaffMembers staffMembers, PasswordEncoder passwordEncoder, AuditTrail audit,
                       Messages messages, Clock clock,
                       @Value("${tongban.bootstrap.admin-password:${TONGBAN_ADMIN_PASSWORD:}}") String adminPassword,
                       @Value("${tongban.bootstrap.county-code:${TONGBAN_COUNTY_CODE:}}") String countyCode,
                       @Value("${tongban.bootstrap.county-name:${TONGBAN_COUNTY_NAME:}}") String countyName,
                       @Value("${tongban.demo-data.enabled:true}") boolean demoData) {
        this(orgUnits, staffMembers, passwordEncoder, audit, messages, clock,
                new Settings(adminPassword, countyCode, countyName, demoData));
    }

    FirstAdministrator(OrgUnits orgUnits, StaffMembers staffMembers, PasswordEncoder passwordEncoder, AuditTrail audit,
                       Messages messages, Clock clock, Settings settings) {
        this.orgUnits = orgUnits;
        this.staffMembers = staffMembers;
        this.passwordEncoder = passwordEncoder;
        this.audit = audit;
        this.messages = messages;
        this.clock = clock;
        this.settings = settings;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (staffMembers.existsEnabledPersonWithRole(Roles.ADMIN)) {
            return;
        }
        // DemoOrganisation's condition: it is about to seed the demo county, administrator included.
        if (settings.demoData() && !orgUnits.existsByCode(DemoOrganisation.COUNTY_CODE)) {
            if (settings.adminPassword() != null) {
                log.info("TONGBAN_ADMIN_PASSWORD is not used: the demo organisation brings its own administrator");
            }
            return;
        }
        if (settings.adminPassword() == null) {
            log.warn("No enabled administrator: nobody can administer Tongban. Start once with TONGBAN_ADMIN_PASSWORD "
                    + "set (8+ characters, letters and digits) to create the administrator '{}'.", USERNAME);
            return;
        }
        refuseIfBroken(IdentityRules.password(settings.adminPassword(), USERNAME), "TONGBAN_ADMIN_PASSWORD");
        if (staffMembers.existsByUsername(USERNAME)) {
            log.warn("No enabled administrator, and the login '{}' exists already (disabled, or without the "
                    + "administrator role): TONGBAN_ADMIN_PASSWORD is not used. Restore it in the database.", USERNAME);
            return;
        }
        OrgUnit county = orgUnits.findFirstByKind(OrgUnitKind.COUNTY).orElseGet(this::createCounty);
        Staff admin = new Staff(USERNAME, messages.get(Messages.DEFAULT_LOCALE, "identity.first-admin.name"), null,
                passwordEncoder.encode(settings.adminPassword()), false, LocalDateTime.now(clock));
        admin.assign(new RoleAssignment(county.getId(), Roles.ADMIN));
        staffMembers.save(admin);
        audit.allowed("bootstrap.first-administrator", "staff:" + USERNAME, "county=" + county.getCode());
        log.info("Created the administrator '{}' of {} ({}). TONGBAN_ADMIN_PASSWORD is not needed any more.",
                USERNAME, county.getName(), county.getCode());
    }

    private OrgUnit createCounty() {
        String name = Objects.requireNonNullElseGet(settings.countyName(),
                () -> messages.get(Messages.DEFAULT_LOCALE, "identity.first-admin.county-name"));
        refuseIfBroken(IdentityRules.first(IdentityRules.unitCode(settings.countyCode()), IdentityRules.unitName(name)),
                "TONGBAN_COUNTY_CODE / TONGBAN_COUNTY_NAME");
        return orgUnits.save(new OrgUnit(settings.countyCode(), name, OrgUnitKind.COUNTY, null));
    }

    /** A broken setting stops the start: the operator is watching the first start, and a silent skip would hide it. */
    private void refuseIfBroken(Optional<Violation> violation, String setting) {
        violation.ifPresent(broken -> {
            throw new IllegalStateException(setting + ": " + messages.get(Locale.ENGLISH, broken.messageKey(),
                    broken.arguments().toArray()));
        });
    }
}
