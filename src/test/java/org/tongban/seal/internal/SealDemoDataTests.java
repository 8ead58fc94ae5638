package org.tongban.seal.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tongban.base.UploadedFiles;
import org.tongban.seal.SealAdministration;
import org.tongban.seal.SealAdministration.ScopeItem;
import org.tongban.seal.SealAdministration.SealEntry;
import org.tongban.seal.SealFixtures;
import org.tongban.seal.SealKind;
import org.tongban.seal.SealRegister;
import org.tongban.testing.SignIn;
import org.tongban.testing.TongbanTest;

/** The demo county's seals, seeded at start-up after the demo organisation. */
@TongbanTest
@Tag("db")
class SealDemoDataTests {

    @Autowired
    SealRegister register;

    @Autowired
    SealAdministration administration;

    @Autowired
    DemoSeals demoSeals;

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
    void theDemoCommunitiesHaveACertificateSealForEveryIssuableCertificate() {
        List<String> issuable = SealFixtures.ISSUABLE.stream().map(SealRegister::certificateUse).toList();
        for (String community : DemoSeals.COMMUNITIES) {
            SealEntry seal = administration.list(community, null).get(0);
            assertThat(seal.code()).isEqualTo("SEAL-" + community + "-01");
            assertThat(seal.kind()).isEqualTo(SealKind.CERTIFICATE);
            assertThat(seal.active()).isTrue();
            assertThat(seal.registeredBy()).isEqualTo("admin");
            assertThat(seal.activeScope()).extracting(ScopeItem::useCode).containsAll(issuable);
            assertThat(UploadedFiles.sniff(administration.preview(seal.id()))).contains("image/png");
            issuable.forEach(use -> assertThat(register.covers(community, use)).as(community + " " + use).isTrue());
        }
        assertThat(administration.list("CM001", null).get(0).name()).isEqualTo("云溪县城关街道和平社区居民委员会");
        assertThat(administration.list("CM004", null).get(0).name()).isEqualTo("云溪县桃源镇桃源村村民委员会");
        assertThat(register.covers("CM001", SealRegister.certificateUse("CE-001"))).as("a refused certificate").isFalse();
        assertThat(register.covers("SD01", SealFixtures.RESIDENCE)).as("no demo seal for a subdistrict").isFalse();
    }

    @Test
    void theyAreSeededOnce() {
        int before = administration.list(null, null).size();

        demoSeals.run(null);

        assertThat(administration.list(null, null)).hasSize(before);
    }
}
