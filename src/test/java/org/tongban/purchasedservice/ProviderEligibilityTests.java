package org.tongban.purchasedservice;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tongban.base.Messages;
import org.tongban.identity.OrganisationAdministration;
import org.tongban.purchasedservice.ProviderAdministration.BlacklistDraft;
import org.tongban.purchasedservice.ProviderAdministration.Blacklisting;
import org.tongban.purchasedservice.ProviderAdministration.Qualification;
import org.tongban.purchasedservice.ProviderIneligibility.Reason;
import org.tongban.testing.SignIn;
import org.tongban.testing.TongbanTest;

/** Whether a provider may bid and be awarded a project on a day, and why not, as the projects will ask. */
@TongbanTest
@Tag("db")
class ProviderEligibilityTests {

    @Autowired
    ServiceProviders register;

    @Autowired
    ProviderAdministration administration;

    @Autowired
    ProviderFixtures providers;

    @Autowired
    OrganisationAdministration organisation;

    @Autowired
    Messages messages;

    @Autowired
    SignIn signIn;

    @Autowired
    Clock clock;

    LocalDate today;

    @BeforeEach
    void signInAsProjectManager() {
        signIn.as("wuhao");
        today = LocalDate.now(clock);
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void aProviderInGoodStandingMayBid() {
        ServiceProvider provider = providers.provider();
        providers.qualification(provider.code(), today.plusYears(2));
        providers.qualification(provider.code(), null);

        assertThat(register.eligibility(provider.code(), today)).isEmpty();
        assertThat(register.eligibility(" " + provider.code() + " ", today.plusYears(2))).isEmpty();
        assertThat(register.eligibility("PV001", today)).isEmpty();
        assertThat(register.eligibility("PV002", today)).isEmpty();
    }

    @Test
    void anUnknownProviderMayNot() {
        assertThat(text(register.eligibility("NOPE9", today))).isEqualTo("“NOPE9”不在承接主体库中，不能参与投标或承接项目。");
        assertThat(register.eligibility(null, today)).get().extracting(ProviderIneligibility::reason)
                .isEqualTo(Reason.UNKNOWN);
        assertThat(register.eligibility("DP-MZ", today)).get().extracting(ProviderIneligibility::reason)
                .as("a department is no provider").isEqualTo(Reason.UNKNOWN);
    }

    @Test
    void aBlacklistedProviderMayNotWithinTheTermAndMayAfterIt() {
        ServiceProvider provider = providers.provider();
        administration.blacklist(provider.code(), new BlacklistDraft("虚报服务人次", today.plusDays(10),
                today.plusDays(40)));

        assertThat(register.eligibility(provider.code(), today.plusDays(9))).as("before the term").isEmpty();
        Optional<ProviderIneligibility> within = register.eligibility(provider.code(), today.plusDays(10));
        assertThat(within).get().extracting(ProviderIneligibility::reason, ProviderIneligibility::until)
                .containsExactly(Reason.BLACKLISTED, today.plusDays(40));
        assertThat(text(within)).isEqualTo("承接主体“" + ProviderFixtures.NAME + "”在黑名单中（至 " + today.plusDays(40)
                + "），期间不能参与投标或承接项目。");
        assertThat(register.eligibility(provider.code(), today.plusDays(40))).as("its last day").isPresent();
        assertThat(register.eligibility(provider.code(), today.plusDays(41))).as("after the term").isEmpty();
        assertThat(text(register.eligibility("PV003", today))).isEqualTo(
                "承接主体“云溪县惠众家政服务有限公司”在黑名单中（至 2027-12-31），期间不能参与投标或承接项目。");
        assertThat(register.eligibility("PV003", LocalDate.of(2028, 1, 1))).isEmpty();
    }

    @Test
    void aLiftedEntryNoLongerCountsFromTheDayItWasLifted() {
        ServiceProvider provider = providers.provider();
        Blacklisting entry = administration.blacklist(provider.code(), new BlacklistDraft("虚报服务人次",
                today.minusDays(30), today.plusDays(30)));
        assertThat(register.eligibility(provider.code(), today)).isPresent();

        administration.lift(provider.code(), entry.id(), "复核后撤销");

        assertThat(register.eligibility(provider.code(), today)).isEmpty();
        assertThat(register.eligibility(provider.code(), today.plusDays(20))).isEmpty();
        assertThat(register.eligibility(provider.code(), today.minusDays(1))).as("it counted until then").get()
                .extracting(ProviderIneligibility::reason).isEqualTo(Reason.BLACKLISTED);
    }

    @Test
    void anInactiveProviderOrUnitMayNot() {
        ServiceProvider provider = providers.provider();
        ServiceProvider inactive = administration.deactivate(provider.code(), "停业整顿", provider.version());

        assertThat(text(register.eligibility(provider.code(), today)))
                .isEqualTo("承接主体“" + ProviderFixtures.NAME + "”已停用，不能参与投标或承接项目。");

        administration.reactivate(provider.code(), inactive.version());
        assertThat(register.eligibility(provider.code(), today)).isEmpty();
        signIn.as("admin", () -> organisation.deactivate(provider.code(), organisation.tree().stream()
                .filter(unit -> unit.code().equals(provider.code())).findFirst().orElseThrow().version()));
        assertThat(register.eligibility(provider.code(), today)).get().extracting(ProviderIneligibility::reason)
                .as("its organisation unit deactivated").isEqualTo(Reason.INACTIVE);
    }

    @Test
    void aQualificationThatRanOutBarsUntilItIsRenewed() {
        ServiceProvider provider = providers.provider();
        Qualification certificate = providers.qualification(provider.code(), today.plusDays(10));

        assertThat(register.eligibility(provider.code(), today.plusDays(10))).as("its last valid day").isEmpty();
        Optional<ProviderIneligibility> expired = register.eligibility(provider.code(), today.plusDays(11));
        assertThat(expired).get().extracting(ProviderIneligibility::reason, ProviderIneligibility::until,
                ProviderIneligibility::qualification)
                .containsExactly(Reason.QUALIFICATION_EXPIRED, today.plusDays(10), "民办非企业单位登记证书");
        assertThat(text(expired)).isEqualTo("承接主体“" + ProviderFixtures.NAME + "”的资质“民办非企业单位登记证书”已于 "
                + today.plusDays(10) + " 到期，更新资质前不能参与投标或承接项目。");

        providers.qualification(provider.code(), today.plusYears(5));
        administration.removeQualification(provider.code(), certificate.id(), "已换发新证");
        assertThat(register.eligibility(provider.code(), today.plusDays(11))).isEmpty();
    }

    @Test
    void theReasonsAreCheckedInOrderAndRefuseAsAConflict() {
        ServiceProvider provider = providers.provider();
        providers.qualification(provider.code(), today.plusDays(1));
        administration.blacklist(provider.code(), new BlacklistDraft("虚报服务人次", today, today.plusDays(30)));

        assertThat(register.eligibility(provider.code(), today.plusDays(5))).get()
                .extracting(ProviderIneligibility::reason).isEqualTo(Reason.BLACKLISTED);
        administration.deactivate(provider.code(), "停业", register.find(provider.code()).orElseThrow().version());
        ProviderIneligibility inactive = register.eligibility(provider.code(), today.plusDays(5)).orElseThrow();
        assertThat(inactive.reason()).isEqualTo(Reason.INACTIVE);
        assertThat(inactive.toRefusal().kind()).isEqualTo(org.tongban.base.BusinessException.Kind.CONFLICT);
        assertThat(messages.describe(inactive.toRefusal(), java.util.Locale.ENGLISH))
                .isEqualTo("The provider \"" + ProviderFixtures.NAME
                        + "\" is out of use and may not bid or take a project.");
    }

    private String text(Optional<ProviderIneligibility> ineligibility) {
        ProviderIneligibility reason = ineligibility.orElseThrow();
        return messages.get(Messages.DEFAULT_LOCALE, reason.messageKey(), reason.arguments());
    }
}
