package org.tongban.purchasedservice;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import org.springframework.stereotype.Component;
import org.tongban.identity.AdminFixtures;
import org.tongban.identity.OrgUnitKind;
import org.tongban.identity.OrganisationAdministration;
import org.tongban.identity.OrganisationAdministration.NewOrgUnit;
import org.tongban.identity.Roles;
import org.tongban.identity.StaffAdministration;
import org.tongban.identity.StaffAdministration.NewStaff;
import org.tongban.identity.StaffAdministration.UnitRole;
import org.tongban.purchasedservice.ProviderAdministration.ProviderDraft;
import org.tongban.purchasedservice.ProviderAdministration.Qualification;
import org.tongban.purchasedservice.ProviderAdministration.QualificationDraft;
import org.tongban.testing.SignIn;

/**
 * Providers of the tests' own, so that no test changes the demo providers: units under the county with codes and
 * credit codes no earlier run used (the MariaDB run keeps its data), their registration, a qualification, a contact
 * login. The organisation is changed as the administrator; the register as the signed-in user.
 */
@Component
public class ProviderFixtures {

    public static final String NAME = "云溪县测试社会工作服务中心";
    /** A scan as a scanner writes it: the type is read from these first bytes. */
    public static final byte[] PDF = "%PDF-1.7\n% 测试扫描件\n".getBytes(StandardCharsets.UTF_8);
    private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    private final OrganisationAdministration organisation;
    private final StaffAdministration staff;
    private final ProviderAdministration administration;
    private final SignIn signIn;

    ProviderFixtures(OrganisationAdministration organisation, StaffAdministration staff,
                     ProviderAdministration administration, SignIn signIn) {
        this.organisation = organisation;
        this.staff = staff;
        this.administration = administration;
        this.signIn = signIn;
    }

    /** A new provider unit under the county, not on the register; returns its code. */
    public String unit() {
        String code = AdminFixtures.unitCode("PT");
        signIn.as("admin", () -> organisation.create(new NewOrgUnit(code, NAME, OrgUnitKind.PROVIDER, "YX")));
        return code;
    }

    /** A new community under 桃源镇 (SD03), for a committee; returns its code. */
    public String community() {
        String code = AdminFixtures.unitCode("CT");
        signIn.as("admin", () -> organisation.create(new NewOrgUnit(code, "承接测试社区", OrgUnitKind.COMMUNITY, "SD03")));
        return code;
    }

    /** A provider on a new unit, registered with {@link #draft()}. */
    public ServiceProvider provider() {
        return administration.register(unit(), draft());
    }

    /** A contact login for the provider's unit (role provider); returns the user name. */
    public String contact(String unitCode) {
        return signIn.as("admin", () -> staff.create(new NewStaff(AdminFixtures.username("pc"), "测试联系人", null,
                AdminFixtures.PASSWORD, false, List.of(new UnitRole(unitCode, Roles.PROVIDER))))).username();
    }

    /** A registration certificate valid until {@code validUntil} (null: does not expire), with a PDF scan. */
    public Qualification qualification(String code, LocalDate validUntil) {
        return administration.addQualification(code, new QualificationDraft("民办非企业单位登记证书",
                "云民证字第 " + ThreadLocalRandom.current().nextInt(1000, 9999) + " 号", "云溪县民政局", validUntil,
                "登记证书.pdf", PDF));
    }

    /** A complete, valid profile of a social-work agency with a credit code no provider has. */
    public static ProviderDraft draft() {
        return new ProviderDraft(NAME, ProviderKind.SOCIAL_WORK_AGENCY, creditCode(), "张测试", "李联系", "13912345678",
                "云溪县城关街道测试路 1 号", LocalDate.of(2019, 4, 1), "云溪县民政局", true, "社区居家养老服务、青少年社会工作");
    }

    /** A valid unified social credit code (GB 32100) of a civil-affairs registered unit, random enough to be new. */
    public static String creditCode() {
        StringBuilder code = new StringBuilder("52229901");
        ThreadLocalRandom random = ThreadLocalRandom.current();
        for (int i = 0; i < 9; i++) {
            code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += ALPHABET.indexOf(code.charAt(i)) * WEIGHTS[i];
        }
        return code.append(ALPHABET.charAt((31 - sum % 31) % 31)).toString();
    }

    /** The draft with one field changed, as a screen sends it. */
    public static ProviderDraft with(ProviderDraft draft, String field, Object value) {
        return new ProviderDraft(
                field.equals("name") ? (String) value : draft.name(),
                field.equals("kind") ? (ProviderKind) value : draft.kind(),
                field.equals("creditCode") ? (String) value : draft.creditCode(),
                field.equals("legalRepresentative") ? (String) value : draft.legalRepresentative(),
                field.equals("contactPerson") ? (String) value : draft.contactPerson(),
                field.equals("contactMobile") ? (String) value : draft.contactMobile(),
                field.equals("address") ? (String) value : draft.address(),
                field.equals("establishedOn") ? (LocalDate) value : draft.establishedOn(),
                field.equals("registrationAuthority") ? (String) value : draft.registrationAuthority(),
                field.equals("partyOrganisation") ? (Boolean) value : draft.partyOrganisation(),
                field.equals("services") ? (String) value : draft.services());
    }
}
