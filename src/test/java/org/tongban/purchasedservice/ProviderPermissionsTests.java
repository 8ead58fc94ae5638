package org.tongban.purchasedservice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.tongban.base.AuditEntry;
import org.tongban.base.AuditLog;
import org.tongban.base.AuditTrail.Outcome;
import org.tongban.identity.AdminFixtures;
import org.tongban.purchasedservice.ProviderAdministration.BlacklistDraft;
import org.tongban.purchasedservice.ProviderAdministration.ProviderDraft;
import org.tongban.purchasedservice.ProviderAdministration.ProviderProfile;
import org.tongban.purchasedservice.ProviderAdministration.QualificationDraft;
import org.tongban.testing.SignIn;
import org.tongban.testing.TongbanTest;

/**
 * Who keeps which provider: administrators and project managers every one; a provider's contact its own profile and
 * qualifications, and neither another provider nor the blacklist (each such attempt recorded); nobody else.
 */
@TongbanTest
@Tag("db")
class ProviderPermissionsTests {

    @Autowired
    ProviderAdministration administration;

    @Autowired
    ServiceProviders register;

    @Autowired
    ProviderFixtures providers;

    @Autowired
    AdminFixtures fixtures;

    @Autowired
    AuditLog auditLog;

    @Autowired
    SignIn signIn;

    @Autowired
    Clock clock;

    LocalDate today;

    @BeforeEach
    void today() {
        today = LocalDate.now(clock);
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void aProviderContactKeepsItsOwnProfileAndQualifications() {
        ServiceProvider provider = signIn.as("wuhao", providers::provider);
        String contact = providers.contact(provider.code());
        signIn.as(contact);

        ProviderProfile mine = administration.mine();
        assertThat(mine.provider().code()).isEqualTo(provider.code());
        assertThat(administration.profile(provider.code())).isEqualTo(mine);
        ServiceProvider edited = administration.edit(provider.code(),
                ProviderFixtures.with(ProviderDraft.of(provider), "contactPerson", "新联系人"), provider.version());
        assertThat(edited.contactPerson()).isEqualTo("新联系人");
        ProviderAdministration.Qualification added = providers.qualification(provider.code(), today.plusYears(1));
        assertThat(added.addedBy()).isEqualTo(contact);
        assertThat(administration.scan(provider.code(), added.id()).content()).isEqualTo(ProviderFixtures.PDF);
        administration.removeQualification(provider.code(), added.id(), "上传错了");
        assertThat(audit(provider.code())).extracting(AuditEntry::actor, AuditEntry::action).contains(
                tuple(contact, "purchasedservice.provider.edit"),
                tuple(contact, "purchasedservice.provider.qualification.add"),
                tuple(contact, "purchasedservice.provider.qualification.remove"));
    }

    @Test
    void theDemoContactsSeeTheirOwnProvider() {
        assertThat(signIn.as("yangguang", () -> administration.mine().provider().name()))
                .isEqualTo("云溪县阳光社会工作服务中心");
        assertThat(signIn.as("yilin", () -> administration.mine().provider().code())).isEqualTo("PV002");
        assertThat(register.ofUser("yangguang")).get().extracting(ServiceProvider::code).isEqualTo("PV001");
        assertThat(register.ofUser("yilin")).get().extracting(ServiceProvider::code).isEqualTo("PV002");
        assertThat(register.ofUser("wuhao")).isEmpty();
        assertThat(register.ofUser("nobody9")).isEmpty();
        assertThat(register.ofUser(null)).isEmpty();
    }

    @Test
    void aProviderContactIsRefusedAnotherProviderAndTheRefusalIsRecorded() {
        signIn.as("yangguang");

        assertThat(fixtures.refusal(() -> administration.profile("PV002")))
                .isEqualTo("您只能查看和维护本机构的信息，无权查看或修改“PV002”。");
        ProviderDraft draft = ProviderDraft.of(register.find("PV002").orElseThrow());
        assertThat(fixtures.refusal(() -> administration.edit("PV002", ProviderFixtures.with(draft, "contactPerson",
                "冒名"), 0))).isEqualTo("您只能查看和维护本机构的信息，无权查看或修改“PV002”。");
        assertThat(fixtures.refusal(() -> administration.addQualification("PV002", new QualificationDraft("登记证书",
                "1", "民政局", null, "a.pdf", ProviderFixtures.PDF)))).startsWith("您只能查看和维护本机构的信息");
        assertThat(fixtures.refusal(() -> administration.scan("PV002", 1))).startsWith("您只能查看和维护本机构的信息");

        assertThat(register.find("PV002")).get().extracting(ServiceProvider::contactPerson).isEqualTo("易林");
        assertThat(audit("PV002")).filteredOn(entry -> entry.actor().equals("yangguang"))
                .extracting(AuditEntry::action, AuditEntry::outcome).contains(
                        tuple("purchasedservice.provider.read", Outcome.DENIED),
                        tuple("purchasedservice.provider.edit", Outcome.DENIED),
                        tuple("purchasedservice.provider.qualification.add", Outcome.DENIED),
                        tuple("purchasedservice.provider.scan", Outcome.DENIED));
    }

    @Test
    void aProviderContactNeitherSeesNorChangesTheBlacklistAndManagesNoProvider() {
        ServiceProvider provider = signIn.as("wuhao", providers::provider);
        signIn.as("wuhao", () -> administration.blacklist(provider.code(), new BlacklistDraft("虚报服务人次", today,
                today.plusMonths(6))));
        String contact = providers.contact(provider.code());
        signIn.as(contact);

        assertThat(administration.mine().provider().blacklistedUntil()).as("not even its own term").isNull();
        assertThat(fixtures.refusal(() -> administration.blacklistOf(provider.code())))
                .isEqualTo("黑名单由项目经理和系统管理员管理，承接主体联系人不能查看或更改。");
        long entry = signIn.as("wuhao", () -> administration.blacklistOf(provider.code()).get(0).id());
        assertThat(fixtures.refusal(() -> administration.lift(provider.code(), entry, "我们已整改")))
                .isEqualTo("黑名单由项目经理和系统管理员管理，承接主体联系人不能查看或更改。");
        assertThat(fixtures.refusal(() -> administration.blacklist(provider.code(), new BlacklistDraft("x", today,
                today)))).isEqualTo("黑名单由项目经理和系统管理员管理，承接主体联系人不能查看或更改。");
        assertThat(fixtures.refusal(() -> administration.deactivate(provider.code(), "不干了", 0)))
                .isEqualTo("承接主体的登记、停用和启用由项目经理或系统管理员办理。");
        assertThat(fixtures.refusal(() -> administration.register(providers.unit(), ProviderFixtures.draft())))
                .isEqualTo("承接主体的登记、停用和启用由项目经理或系统管理员办理。");
        assertThat(fixtures.refusal(() -> administration.list(ProviderQuery.all(), 0, 10)))
                .isEqualTo("承接主体的登记、停用和启用由项目经理或系统管理员办理。");

        assertThat(signIn.as("wuhao", () -> administration.blacklistOf(provider.code()))).singleElement()
                .satisfies(kept -> assertThat(kept.lifted()).isFalse());
        assertThat(register.find(provider.code())).get().extracting(ServiceProvider::active).isEqualTo(true);
        assertThat(audit(provider.code())).filteredOn(item -> item.actor().equals(contact))
                .extracting(AuditEntry::action, AuditEntry::outcome).containsExactlyInAnyOrder(
                        tuple("purchasedservice.provider.blacklist.read", Outcome.DENIED),
                        tuple("purchasedservice.provider.lift", Outcome.DENIED),
                        tuple("purchasedservice.provider.blacklist", Outcome.DENIED),
                        tuple("purchasedservice.provider.deactivate", Outcome.DENIED));
    }

    @Test
    void aContactWhoseProviderIsNotRegisteredIsToldSo() {
        String unit = providers.unit();
        String contact = providers.contact(unit);

        assertThat(signIn.as(contact, () -> fixtures.refusal(() -> administration.mine())))
                .isEqualTo("本机构（" + ProviderFixtures.NAME + "）尚未登记到承接主体库，请联系项目经理登记。");
        assertThat(register.ofUser(contact)).isEmpty();
    }

    @Test
    void administratorsAndProjectManagersKeepEveryProvider() {
        for (String manager : List.of("admin", "wuhao")) {
            signIn.as(manager);
            assertThat(administration.profile("PV001").provider().name()).isEqualTo("云溪县阳光社会工作服务中心");
            assertThat(administration.profile("PV003").provider().blacklistedUntil())
                    .isEqualTo(LocalDate.of(2027, 12, 31));
            assertThat(administration.blacklistOf("PV003")).isNotEmpty();
            assertThat(administration.count(ProviderQuery.all())).isGreaterThanOrEqualTo(3);
        }
    }

    @Test
    void anyoneElseIsRefused() {
        for (String other : List.of("wangfang", "caiwen", "liuyang", "zhengxue")) {
            signIn.as(other);
            assertThrows(AccessDeniedException.class, () -> administration.profile("PV001"), other);
            assertThrows(AccessDeniedException.class, () -> administration.list(ProviderQuery.all(), 0, 10), other);
            assertThrows(AccessDeniedException.class, () -> administration.blacklist("PV001",
                    new BlacklistDraft("x", today, today)), other);
            assertThrows(AccessDeniedException.class, () -> administration.mine(), other);
        }
        signIn.as("wuhao");
        assertThrows(AccessDeniedException.class, () -> administration.mine(), "a manager has no own provider");
        SignIn.out();
        assertThrows(RuntimeException.class, () -> administration.profile("PV001"));
    }

    private List<AuditEntry> audit(String code) {
        return signIn.as("admin", () -> auditLog.search("provider:" + code, PageRequest.of(0, 50)).getContent())
                .stream().filter(entry -> ("provider:" + code).equals(entry.target())).toList();
    }
}
