package org.tongban.seal;

import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.tongban.identity.AdminFixtures;
import org.tongban.identity.OrgUnitKind;
import org.tongban.identity.OrganisationAdministration;
import org.tongban.identity.OrganisationAdministration.NewOrgUnit;
import org.tongban.seal.SealAdministration.SealDraft;
import org.tongban.seal.SealAdministration.SealEntry;

/**
 * Communities of the tests' own (under 桃源镇 SD03), so that no test changes the demo communities' seals, which the
 * certificate issuance and other tests rely on; their seals; numbers no earlier run has sealed (the MariaDB run keeps
 * its data); and uses made in a transaction, as a caller of {@link SealRegister#use} makes them.
 */
@Component
public class SealFixtures {

    public static final String RESIDENCE = SealRegister.certificateUse("CE-031");
    public static final String VOLUNTEER = SealRegister.certificateUse("CE-037");
    public static final String LAND = SealRegister.certificateUse("CE-024");
    /** The certificate list's issuable entries as seeded (V9). */
    public static final List<String> ISSUABLE = List.of("CE-024", "CE-025", "CE-026", "CE-027", "CE-028", "CE-029",
            "CE-030", "CE-031", "CE-032", "CE-037");

    private final OrganisationAdministration organisation;
    private final SealAdministration administration;
    private final SealRegister register;
    private final TransactionTemplate transactions;

    SealFixtures(OrganisationAdministration organisation, SealAdministration administration, SealRegister register,
                 TransactionTemplate transactions) {
        this.organisation = organisation;
        this.administration = administration;
        this.register = register;
        this.transactions = transactions;
    }

    /** A new community under 桃源镇, as the signed-in administrator; returns its code. */
    public String community() {
        String code = AdminFixtures.unitCode("S");
        organisation.create(new NewOrgUnit(code, "印章测试社区", OrgUnitKind.COMMUNITY, "SD03"));
        return code;
    }

    /** A certificate seal with the standard impression and {@code uses} on its list, as the signed-in administrator. */
    public SealEntry seal(String unitCode, String... uses) {
        SealEntry seal = administration.register(new SealDraft(unitCode, "云溪县桃源镇印章测试社区居民委员会",
                SealKind.CERTIFICATE, null, null, null));
        return uses.length == 0 ? seal
                : administration.changeScope(seal.id(), seal.version(), List.of(uses), "测试：设定使用范围");
    }

    /** A document number no test has sealed, e.g. {@code ZM-TEST-3k9x2q}. */
    public static String reference() {
        return "ZM-TEST-" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 50), 36);
    }

    /** {@link SealRegister#use} in a transaction of its own, committed. */
    public SealImpression use(String unitCode, String useCode, String reference, String usedBy) {
        return transactions.execute(status -> register.use(unitCode, useCode, reference, usedBy));
    }
}
