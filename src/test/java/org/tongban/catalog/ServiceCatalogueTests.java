package org.tongban.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tongban.catalog.ServiceItem.Material;
import org.tongban.catalog.ServiceItem.MaterialForm;
import org.tongban.identity.Directory;
import org.tongban.identity.OrgUnitKind;
import org.tongban.identity.OrgUnitSummary;
import org.tongban.testing.TongbanTest;

/** The seeded catalogue and what every channel reads from it; no sign-in needed. */
@TongbanTest
@Tag("db")
class ServiceCatalogueTests {

    private static final List<String> SEEDED = IntStream.rangeClosed(1, 20)
            .mapToObj(number -> String.format("SI-%03d", number)).toList();

    @Autowired
    ServiceCatalogue catalogue;

    @Autowired
    Directory directory;

    @Test
    void seedsTheTwentyItemsOfTheCounty() {
        // Tests add items with longer codes; the seeded ones are the three-digit codes.
        assertThat(catalogue.activeItems()).extracting(ServiceItem::code)
                .filteredOn(code -> code.length() == "SI-001".length())
                .containsExactlyElementsOf(SEEDED);
        assertThat(SEEDED).allSatisfy(code -> assertThat(catalogue.find(code).orElseThrow().materials()).isNotEmpty());
    }

    @Test
    void seedsTimeLimitsCountersigningAndSiteVisits() {
        ServiceItem legalAid = catalogue.find("SI-020").orElseThrow();
        assertThat(legalAid.legalDays()).isEqualTo(7);
        assertThat(legalAid.promisedDays()).isEqualTo(7);
        assertThat(legalAid.departmentCode()).isEqualTo("DP-SF");

        ServiceItem livingSubsidy = catalogue.find("SI-008").orElseThrow();
        assertThat(livingSubsidy.departmentCode()).isEqualTo("DP-MZ");
        assertThat(livingSubsidy.countersignDepartments()).containsExactly("DP-CL");
        assertThat(catalogue.find("SI-009").orElseThrow().countersignDepartments()).containsExactly("DP-CL");
        assertThat(catalogue.find("SI-004").orElseThrow().needsCountersign()).isFalse();

        assertThat(catalogue.find("SI-004").orElseThrow().siteVisitDays()).isEqualTo(7);
        assertThat(catalogue.find("SI-005").orElseThrow().siteVisitDays()).isEqualTo(7);
        assertThat(catalogue.find("SI-006").orElseThrow().siteVisitDays()).isZero();

        ServiceItem enrolment = catalogue.find("SI-001").orElseThrow();
        assertThat(enrolment.promisedDays()).isZero();
        assertThat(enrolment.legalDays()).isNull();
        assertThat(enrolment.twoLevelReview()).isFalse();
        assertThat(catalogue.find("SI-004").orElseThrow().twoLevelReview()).isTrue();
        assertThat(catalogue.find("SI-013").orElseThrow().legalDays()).isEqualTo(15);
    }

    @Test
    void seedsMaterialsWithFormCopiesAndWhatDataSharingSpares() {
        List<Material> dibao = catalogue.find("SI-004").orElseThrow().materials();
        assertThat(dibao).extracting(Material::code).containsExactly("M1", "M2", "M3", "M4", "M5");
        assertThat(dibao.get(0)).isEqualTo(new Material("M1", "申请书", MaterialForm.ORIGINAL, 1, true, null));
        assertThat(dibao.get(4).mandatory()).isFalse();
        assertThat(dibao.get(4).notes()).isEqualTo("可数据共享的免交");

        Material idCard = catalogue.find("SI-001").orElseThrow().materials().get(0);
        assertThat(idCard).isEqualTo(new Material("M1", "居民身份证或户口簿", MaterialForm.ORIGINAL_AND_COPY, 1, true, null));
        // Every seeded optional material says why it may be left out.
        assertThat(SEEDED.stream().flatMap(code -> catalogue.find(code).orElseThrow().materials().stream()))
                .filteredOn(material -> !material.mandatory())
                .allSatisfy(material -> assertThat(material.notes()).isNotBlank());
    }

    @Test
    void seededDepartmentsAreActiveDepartmentsOfTheDemoCounty() {
        List<String> departments = directory.units(OrgUnitKind.DEPARTMENT).stream()
                .filter(OrgUnitSummary::active).map(OrgUnitSummary::code).toList();
        assertThat(SEEDED).allSatisfy(code -> {
            ServiceItem item = catalogue.find(code).orElseThrow();
            assertThat(departments).as(code).contains(item.departmentCode());
            assertThat(departments).as(code).containsAll(item.countersignDepartments());
        });
    }

    @Test
    void readsActiveItemsByChannel() {
        List<ServiceItem> homeVisits = catalogue.activeItems(Channel.HOME_VISIT);
        assertThat(homeVisits).extracting(ServiceItem::code).contains("SI-004", "SI-005", "SI-016")
                .doesNotContain("SI-001", "SI-013", "SI-020");
        assertThat(homeVisits).allSatisfy(item -> assertThat(item.channels()).contains(Channel.HOME_VISIT));
        assertThat(homeVisits).extracting(ServiceItem::code).isSorted();

        assertThat(catalogue.activeItems(Channel.ONLINE)).extracting(ServiceItem::code)
                .contains("SI-001", "SI-013").doesNotContain("SI-007", "SI-016", "SI-017");
        assertThat(catalogue.activeItems(Channel.COUNTER)).extracting(ServiceItem::code).containsAll(SEEDED);
    }

    @Test
    void findsNothingForUnknownCodes() {
        assertThat(catalogue.find("SI-999")).isEmpty();
        assertThat(catalogue.find(null)).isEmpty();
        assertThat(catalogue.find(" SI-004 ")).isPresent();
    }
}
