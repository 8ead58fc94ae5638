package org.tongban.purchasedservice.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Clock;
import java.time.LocalDate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tongban.base.ResidentIdentifiers;
import org.tongban.base.UploadedFiles;
import org.tongban.identity.Directory;
import org.tongban.identity.OrgUnitKind;
import org.tongban.identity.OrgUnitSummary;
import org.tongban.purchasedservice.ProviderAdministration;
import org.tongban.purchasedservice.ProviderAdministration.Blacklisting;
import org.tongban.purchasedservice.ProviderAdministration.ProviderProfile;
import org.tongban.purchasedservice.ProviderAdministration.Qualification;
import org.tongban.purchasedservice.ProviderKind;
import org.tongban.purchasedservice.ProviderQuery;
import org.tongban.purchasedservice.ServiceProvider;
import org.tongban.purchasedservice.ServiceProviders;
import org.tongban.testing.SignIn;
import org.tongban.testing.TongbanTest;

/** The demo county's providers, put on the register at start-up after the demo organisation. */
@TongbanTest
@Tag("db")
class ProviderDemoDataTests {

    @Autowired
    ServiceProviders register;

    @Autowired
    ProviderAdministration administration;

    @Autowired
    DemoProviders demoProviders;

    @Autowired
    Directory directory;

    @Autowired
    SignIn signIn;

    @Autowired
    Clock clock;

    @BeforeEach
    void signInAsAdministrator() {
        signIn.as("admin");
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void theTwoProvidersWithLoginsHaveTheirProfilesAndARegistrationCertificate() {
        assertThat(DemoProviders.PROVIDERS.stream().map(register::find).map(found -> found.orElseThrow()))
                .extracting(ServiceProvider::code, ServiceProvider::name, ServiceProvider::kind,
                        ServiceProvider::partyOrganisation)
                .containsExactly(
                        tuple("PV001", "云溪县阳光社会工作服务中心", ProviderKind.SOCIAL_WORK_AGENCY, true),
                        tuple("PV002", "云溪县益邻社区服务社", ProviderKind.SOCIAL_ORGANISATION, false),
                        tuple("PV003", "云溪县惠众家政服务有限公司", ProviderKind.ENTERPRISE, false));
        for (String code : DemoProviders.PROVIDERS) {
            ServiceProvider provider = register.find(code).orElseThrow();
            assertThat(ResidentIdentifiers.isValidCreditCode(provider.creditCode())).as(code).isTrue();
            assertThat(ResidentIdentifiers.isValidMobile(provider.contactMobile())).as(code).isTrue();
            assertThat(provider.active()).as(code).isTrue();
        }
        ServiceProvider sunshine = register.find("PV001").orElseThrow();
        assertThat(sunshine.contactPerson()).isEqualTo("杨光");
        assertThat(sunshine.registrationAuthority()).isEqualTo("云溪县民政局");
        assertThat(register.find("PV002").orElseThrow().contactPerson()).isEqualTo("易林");

        LocalDate today = LocalDate.now(clock);
        for (String code : DemoProviders.PROVIDERS.subList(0, 2)) {
            ProviderProfile profile = administration.profile(code);
            assertThat(profile.current()).as(code).singleElement().satisfies(certificate -> {
                assertThat(certificate.name()).isEqualTo("民办非企业单位登记证书");
                assertThat(certificate.issuer()).isEqualTo("云溪县民政局");
                assertThat(certificate.expiredOn(today)).isFalse();
                assertThat(certificate.contentType()).isEqualTo("application/pdf");
                assertThat(certificate.addedBy()).isEqualTo("admin");
            });
            Qualification certificate = profile.current().get(0);
            assertThat(UploadedFiles.sniff(administration.scan(code, certificate.id()).content()))
                    .contains("application/pdf");
            assertThat(register.eligibility(code, today)).as(code).isEmpty();
        }
        assertThat(administration.profile("PV001").current().get(0).number()).isEqualTo("云民证字第 2018016 号");
    }

    @Test
    void theThirdProviderHasItsUnitNoLoginAndIsBlacklistedUntilTheEndOf2027() {
        assertThat(directory.findUnit("PV003")).get()
                .extracting(OrgUnitSummary::name, OrgUnitSummary::kind, OrgUnitSummary::parentCode,
                        OrgUnitSummary::active)
                .containsExactly("云溪县惠众家政服务有限公司", OrgUnitKind.PROVIDER, "YX", true);
        assertThat(directory.membersOf("provider:PV003")).isEmpty();
        assertThat(administration.profile("PV003").qualifications()).isEmpty();
        assertThat(administration.blacklistOf("PV003")).singleElement().satisfies(entry -> {
            assertThat(entry.reason()).startsWith("虚报服务人次");
            assertThat(entry.from()).isEqualTo(DemoProviders.BLACKLIST_FROM);
            assertThat(entry.until()).isEqualTo(LocalDate.of(2027, 12, 31));
            assertThat(entry.enteredBy()).isEqualTo("admin");
            assertThat(entry.lifted()).isFalse();
        });
        assertThat(register.find("PV003")).get().extracting(ServiceProvider::blacklistedUntil)
                .isEqualTo(LocalDate.of(2027, 12, 31));
        assertThat(administration.blacklistOf("PV001")).isEmpty();
        assertThat(administration.blacklistOf("PV002")).isEmpty();
    }

    @Test
    void theyAreSeededOnce() {
        long providers = register.count(ProviderQuery.all());

        demoProviders.run(null);

        assertThat(register.count(ProviderQuery.all())).isEqualTo(providers);
        assertThat(administration.blacklistOf("PV003")).extracting(Blacklisting::until)
                .containsExactly(LocalDate.of(2027, 12, 31));
        assertThat(administration.profile("PV001").qualifications()).hasSize(1);
    }
}
