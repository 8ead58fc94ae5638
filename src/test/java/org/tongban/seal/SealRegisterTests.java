package org.tongban.seal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;
import org.tongban.base.AuditEntry;
import org.tongban.base.AuditLog;
import org.tongban.base.AuditTrail;
import org.tongban.base.UploadedFiles;
import org.tongban.identity.AdminFixtures;
import org.tongban.seal.SealAdministration.SealEntry;
import org.tongban.seal.SealAdministration.UseEntry;
import org.tongban.seal.SealAdministration.UseQuery;
import org.tongban.testing.SignIn;
import org.tongban.testing.TongbanTest;

/** 用印: a seal is applied only for a use on its list, to a numbered document, once, and every use is logged. */
@TongbanTest
@Tag("db")
class SealRegisterTests {

    @Autowired
    SealRegister register;

    @Autowired
    SealAdministration administration;

    @Autowired
    SealFixtures seals;

    @Autowired
    AdminFixtures fixtures;

    @Autowired
    AuditLog auditLog;

    @Autowired
    TransactionTemplate transactions;

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
    void aCoveredUseIsLoggedAndGivesTheSealsImage() {
        String unit = seals.community();
        SealEntry seal = seals.seal(unit, SealFixtures.RESIDENCE);
        String reference = SealFixtures.reference();
        assertThat(register.covers(unit, SealFixtures.RESIDENCE)).isTrue();

        SealImpression impression = seals.use(unit, SealFixtures.RESIDENCE, " " + reference + " ", "zhangwei");

        assertThat(impression.sealCode()).isEqualTo(seal.code()).isEqualTo("SEAL-" + unit + "-01");
        assertThat(impression.sealName()).isEqualTo("云溪县桃源镇印章测试社区居民委员会");
        assertThat(UploadedFiles.sha256(impression.image())).isEqualTo(seal.imageSha256());
        assertThat(uses(seal)).singleElement().satisfies(use -> {
            assertThat(use.id()).isEqualTo(impression.useId());
            assertThat(use.sealCode()).isEqualTo(seal.code());
            assertThat(use.unitCode()).isEqualTo(unit);
            assertThat(use.useCode()).isEqualTo("certificate:CE-031");
            assertThat(use.useName()).isEqualTo("居(租)住证明");
            assertThat(use.documentReference()).isEqualTo(reference);
            assertThat(use.usedBy()).isEqualTo("zhangwei");
            assertThat(use.usedByName()).isEqualTo("张伟");
            assertThat(use.usedAt()).isNotNull();
        });
    }

    @Test
    void aUseOutsideTheScopeListIsRefusedAndRecorded() {
        String unit = seals.community();
        SealEntry seal = seals.seal(unit, SealFixtures.RESIDENCE);
        String reference = SealFixtures.reference();
        assertThat(register.covers(unit, SealFixtures.LAND)).isFalse();

        assertThat(fixtures.refusal(() -> seals.use(unit, SealFixtures.LAND, reference, "zhangwei")))
                .isEqualTo("印章测试社区没有可用于“有土地承包经营权的身份证明(非农业户籍人员以农民身份参保)”的在用印章："
                        + "该用途不在其印章的使用范围清单内，不能用印。");
        assertThat(uses(seal)).isEmpty();
        assertThat(denials(unit, reference)).singleElement().extracting(AuditEntry::detail).asString()
                .contains("certificate:CE-024", "zhangwei", "no active seal");
    }

    @Test
    void aUnitWithoutASealCannotSealAnything() {
        String unit = seals.community();
        String reference = SealFixtures.reference();

        assertThat(fixtures.refusal(() -> seals.use(unit, SealFixtures.RESIDENCE, reference, "zhangwei")))
                .isEqualTo("印章测试社区没有可用于“居(租)住证明”的在用印章：该用途不在其印章的使用范围清单内，不能用印。");
        assertThat(register.covers(unit, SealFixtures.RESIDENCE)).isFalse();
        assertThat(denials(unit, reference)).hasSize(1);
        assertThat(administration.countUses(new UseQuery(null, unit, null, null))).isZero();
    }

    @Test
    void aRetiredSealIsNoLongerUsed() {
        String unit = seals.community();
        SealEntry seal = seals.seal(unit, SealFixtures.RESIDENCE);
        administration.retire(seal.id(), seal.version(), "测试：印章损坏，已收缴");
        String reference = SealFixtures.reference();

        assertThat(register.covers(unit, SealFixtures.RESIDENCE)).isFalse();
        assertThat(fixtures.refusal(() -> seals.use(unit, SealFixtures.RESIDENCE, reference, "zhangwei")))
                .startsWith("印章测试社区没有可用于“居(租)住证明”的在用印章");
        assertThat(uses(seal)).isEmpty();
        assertThat(denials(unit, reference)).hasSize(1);
    }

    @Test
    void noBlankPaper() {
        String unit = seals.community();
        SealEntry seal = seals.seal(unit, SealFixtures.RESIDENCE);

        for (String blank : new String[]{null, "", "   ", "ZM-1\nZM-2", "Z".repeat(101)}) {
            assertThat(fixtures.refusal(() -> seals.use(unit, SealFixtures.RESIDENCE, blank, "zhangwei")))
                    .isEqualTo("印章测试社区为“居(租)住证明”用印须针对一份有编号的文书（编号最多 100 个字符、不能换行）；"
                            + "不在空白纸或无编号的文书上用印。");
        }
        assertThat(uses(seal)).isEmpty();
        assertThat(auditLog.search("seal-use:" + unit + ":", PageRequest.of(0, 100)).stream()
                .filter(entry -> entry.outcome() == AuditTrail.Outcome.DENIED)
                .filter(entry -> entry.detail().contains("no document number"))).hasSize(5);
    }

    @Test
    void aDocumentIsSealedOnceForAUseEvenWithAnotherSeal() {
        String unit = seals.community();
        SealEntry first = seals.seal(unit, SealFixtures.RESIDENCE);
        SealEntry second = seals.seal(unit, SealFixtures.RESIDENCE, SealFixtures.VOLUNTEER);
        String reference = SealFixtures.reference();

        assertThat(seals.use(unit, SealFixtures.RESIDENCE, reference, "zhangwei").sealCode())
                .as("the lowest code of the seals that cover the use").isEqualTo(first.code());
        administration.retire(first.id(), first.version(), "测试：换用第二枚印章");
        assertThat(fixtures.refusal(() -> seals.use(unit, SealFixtures.RESIDENCE, reference, "lina")))
                .isEqualTo("文书“" + reference + "”已由印章测试社区为“居(租)住证明”用过印，同一文书同一用途只能用印一次。");
        assertThat(seals.use(unit, SealFixtures.VOLUNTEER, reference, "zhangwei").sealCode())
                .as("another use of the same document").isEqualTo(second.code());

        assertThat(uses(first)).hasSize(1);
        assertThat(uses(second)).extracting(UseEntry::useCode).containsExactly("certificate:CE-037");
        assertThat(denials(unit, reference)).singleElement().extracting(AuditEntry::detail).asString()
                .contains("lina", "sealed for this use before");
    }

    @Test
    void theLogEntryGoesWithTheCallersTransaction() {
        String unit = seals.community();
        SealEntry seal = seals.seal(unit, SealFixtures.RESIDENCE);
        String reference = SealFixtures.reference();

        SealImpression rolledBack = transactions.execute(status -> {
            SealImpression impression = register.use(unit, SealFixtures.RESIDENCE, reference, "zhangwei");
            status.setRollbackOnly();
            return impression;
        });

        assertThat(rolledBack.useId()).isPositive();
        assertThat(uses(seal)).isEmpty();
        assertThat(seals.use(unit, SealFixtures.RESIDENCE, reference, "zhangwei").useId())
                .as("the document was never sealed").isNotEqualTo(rolledBack.useId());
        assertThat(uses(seal)).hasSize(1);
    }

    @Test
    void aUseNeedsTheCallersTransaction() {
        String unit = seals.community();
        seals.seal(unit, SealFixtures.RESIDENCE);

        assertThrows(IllegalTransactionStateException.class,
                () -> register.use(unit, SealFixtures.RESIDENCE, SealFixtures.reference(), "zhangwei"));
    }

    private List<UseEntry> uses(SealEntry seal) {
        return administration.uses(new UseQuery(seal.id(), null, null, null), 0, 100);
    }

    private List<AuditEntry> denials(String unit, String reference) {
        return auditLog.search("seal-use:" + unit + ":" + reference, PageRequest.of(0, 100)).stream()
                .filter(entry -> entry.action().equals("seal.use"))
                .filter(entry -> entry.outcome() == AuditTrail.Outcome.DENIED).toList();
    }
}
