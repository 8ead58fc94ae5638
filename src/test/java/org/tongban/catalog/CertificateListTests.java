package org.tongban.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.tongban.testing.TongbanTest;

/** The seeded certificate lists as every module reads them: open to all callers, by day. */
@TongbanTest
@Tag("db")
class CertificateListTests {

    static final LocalDate FIRST_DAY = LocalDate.of(2026, 1, 1);
    /** The seeded codes; the tests' own have other numbers. */
    private static final Pattern SEEDED = Pattern.compile("^CE-0[0-3]\\d$");
    /** The 20 certificates of 民发〔2020〕20号. */
    private static final List<String> NATIONAL_TWENTY = List.of("亲属关系证明", "居民身份信息证明",
            "户口登记项目内容变更申请证明", "居民养犬证明", "无犯罪记录证明", "社区戒毒社区康复人员情况证明", "人员失踪证明",
            "婚姻状况证明", "出生证明", "健在证明", "死亡证明", "疾病状况证明", "残疾状况证明", "婚育状况证明",
            "居民就业状况证明", "居民个人档案证明", "居民财产证明", "遗产继承权证明", "市场主体住所证明", "证件遗失证明");

    @Autowired
    CertificateList list;

    private List<CertificateType> seeded() {
        return list.inForce(FIRST_DAY).stream().filter(type -> SEEDED.matcher(type.code()).matches()).toList();
    }

    @Test
    void theRefusedListHoldsTheNationalTwentyEachWithWhoDoesItInstead() {
        List<CertificateType> refused = seeded().stream().filter(type -> !type.issuable()).toList();

        assertThat(refused).hasSize(23);
        assertThat(refused).extracting(CertificateType::nameZh).containsAll(NATIONAL_TWENTY);
        assertThat(refused).allSatisfy(type -> {
            assertThat(type.basisOrReason()).isNotBlank();
            assertThat(type.referTo()).as("who issues or verifies %s instead", type.code()).isNotBlank();
            assertThat(type.source()).isNotBlank();
            assertThat(type.template()).isEmpty();
            assertThat(type.validityDays()).isZero();
        });
        assertThat(list.find("CE-008", FIRST_DAY)).get().extracting(CertificateType::replacement)
                .isEqualTo(CertificateReplacement.COMMITMENT);
        assertThat(list.find("CE-005", FIRST_DAY)).get().extracting(CertificateType::replacement)
                .isEqualTo(CertificateReplacement.DATA_SHARING);
        assertThat(list.find("CE-004", FIRST_DAY)).get().extracting(CertificateType::replacement)
                .isEqualTo(CertificateReplacement.NONE);
    }

    @Test
    void everyCertificateOnTheListHasItsBasisEvidenceFactsTemplateAndSigner() {
        List<CertificateType> issued = seeded().stream().filter(CertificateType::issuable).toList();

        assertThat(issued).extracting(CertificateType::code).containsExactly("CE-024", "CE-025", "CE-026", "CE-027",
                "CE-028", "CE-029", "CE-030", "CE-031", "CE-032", "CE-037");
        assertThat(issued).allSatisfy(type -> {
            assertThat(type.basisOrReason()).isNotBlank();
            assertThat(type.requiredEvidence()).isNotBlank();
            assertThat(type.factsChecked()).isNotBlank();
            assertThat(type.template()).contains("{持证人}", "{公民身份号码}", "{用途}", "{核实情况}");
            assertThat(type.signerRole()).isEqualTo("director");
            assertThat(type.replacement()).isEqualTo(CertificateReplacement.NONE);
            assertThat(type.referTo()).isEmpty();
        });
        assertThat(list.find("CE-031", FIRST_DAY)).get().satisfies(residence -> {
            assertThat(residence.homeVisit()).isTrue();
            assertThat(residence.validityDays()).isEqualTo(90);
        });
        assertThat(list.find("CE-028", FIRST_DAY)).get().extracting(CertificateType::validityDays).isEqualTo(0);
    }

    @Test
    void theIssuedListComesFirstThenTheRefusedList() {
        List<CertificateType> seeded = seeded();

        assertThat(seeded.get(0).code()).isEqualTo("CE-024");
        assertThat(seeded.get(9).code()).isEqualTo("CE-037");
        assertThat(seeded.get(10).code()).isEqualTo("CE-001");
        assertThat(seeded.get(seeded.size() - 1).code()).isEqualTo("CE-023");
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            "开个单身证明, CE-008",
            "婚姻状况证明, CE-008",
            "居住证明, CE-031",
            "居住, CE-031",
            "帮我开 无犯罪 证明, CE-005",
            "老人生存证明（社保用）, CE-010",
            "志愿者证明, CE-037",
    })
    void aCounterFindsWhatAResidentAsksForByItsEverydayName(String asked, String expected) {
        assertThat(list.lookUp(asked, FIRST_DAY)).extracting(CertificateType::code).first().isEqualTo(expected);
    }

    @Test
    void aLookupOfNothingOrOfTheWordCertificateAloneFindsNothing() {
        assertThat(list.lookUp("证明", FIRST_DAY)).isEmpty();
        assertThat(list.lookUp(" ", FIRST_DAY)).isEmpty();
        assertThat(list.lookUp(null, FIRST_DAY)).isEmpty();
        assertThat(list.lookUp("开一个出国用的学历公证", FIRST_DAY)).isEmpty();
    }

    @Test
    void nothingIsInForceBeforeTheListWasPublished() {
        assertThat(list.find("CE-031", FIRST_DAY.minusDays(1))).isEmpty();
        assertThat(list.find("CE-999", FIRST_DAY)).isEmpty();
        assertThat(list.history("CE-031")).hasSize(1);
    }
}
