package org.tongban.certificate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tongban.certificate.CertificateFigures.Figures;
import org.tongban.certificate.CertificateFigures.MonthRow;
import org.tongban.certificate.CertificateFigures.RefusedDemand;
import org.tongban.testing.SignIn;
import org.tongban.testing.TongbanTest;

/**
 * 证明统计 and the register's export: counts per month, community and certificate; the most refused certificates with
 * who asked for them; each within the viewer's part of the county; the workbooks with the same figures.
 */
@TongbanTest
@Tag("db")
class CertificateFiguresTests {

    private static final String ASKING_BODY = "某某物业公司";

    @Autowired
    CertificateFigures figures;
    @Autowired
    CertificateRequests requests;
    @Autowired
    RequestFixtures fixtures;
    @Autowired
    SignIn signIn;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    private Figures today(String viewer) {
        return signIn.as(viewer, () -> figures.figures(fixtures.today(), fixtures.today()));
    }

    private static MonthRow row(Figures figures, String community, String code) {
        return figures.months().stream().filter(row -> row.communityName().equals(community)
                && code.equals(row.certificateCode())).findFirst().orElse(null);
    }

    private static long demandedBy(Figures figures, String code, String body) {
        return figures.refused().stream().filter(demand -> code.equals(demand.certificateCode()))
                .flatMap(demand -> demand.demandedBy().stream())
                .filter(demander -> body.equals(demander.name())).mapToLong(CertificateFigures.Demander::count).sum();
    }

    @Test
    void issuedAndRefusedAreCountedPerMonthCommunityAndCertificate() {
        Figures before = today(RequestFixtures.CIVIL_REVIEWER);
        MonthRow dogBefore = row(before, "和平社区", RequestFixtures.DOG);
        MonthRow volunteerBefore = row(before, "和平社区", RequestFixtures.VOLUNTEER);

        fixtures.submit(fixtures.draft(RequestFixtures.DOG).demandedBy(ASKING_BODY));
        fixtures.submit(fixtures.draft(RequestFixtures.DOG).demandedBy(ASKING_BODY));
        fixtures.issued(RequestFixtures.VOLUNTEER);
        fixtures.submit(fixtures.draft(RequestFixtures.VOLUNTEER));
        // A lawful certificate whose facts were not confirmed: counted as refused, but no 减证便民 figure.
        SubmittedRequest unconfirmed = fixtures.submit(fixtures.draft(RequestFixtures.VOLUNTEER).demandedBy(ASKING_BODY));
        signIn.as(RequestFixtures.FRONT_DESK, () -> requests.factCheck(
                fixtures.taskId(unconfirmed.requestNumber(), "Task_FactCheck"), new FactCheck(false, false, "无服务记录")));

        Figures after = today(RequestFixtures.CIVIL_REVIEWER);
        MonthRow dog = row(after, "和平社区", RequestFixtures.DOG);
        MonthRow volunteer = row(after, "和平社区", RequestFixtures.VOLUNTEER);
        assertThat(dog.month()).isEqualTo(YearMonth.from(fixtures.today()));
        assertThat(dog.refused()).isEqualTo((dogBefore == null ? 0 : dogBefore.refused()) + 2);
        assertThat(volunteer.issued()).isEqualTo((volunteerBefore == null ? 0 : volunteerBefore.issued()) + 1);
        assertThat(volunteer.inHand()).isEqualTo((volunteerBefore == null ? 0 : volunteerBefore.inHand()) + 1);
        assertThat(volunteer.refused()).isEqualTo((volunteerBefore == null ? 0 : volunteerBefore.refused()) + 1);
        assertThat(demandedBy(after, RequestFixtures.DOG, ASKING_BODY))
                .isEqualTo(demandedBy(before, RequestFixtures.DOG, ASKING_BODY) + 2);
        assertThat(after.refused()).noneSatisfy(demand ->
                assertThat(demand.certificateCode()).isEqualTo(RequestFixtures.VOLUNTEER));
        assertThat(after.refused()).isSortedAccordingTo((left, right) -> Long.compare(right.count(), left.count()));
    }

    @Test
    void eachViewerCountsOnlyTheirOwnPart() {
        fixtures.submit(fixtures.draft(RequestFixtures.DOG).demandedBy(ASKING_BODY));

        assertThat(today(RequestFixtures.FRONT_DESK).months()).allSatisfy(row ->
                assertThat(row.communityName()).isEqualTo("和平社区"));
        assertThat(today(RequestFixtures.OTHER_FRONT_DESK).months()).noneSatisfy(row ->
                assertThat(row.communityName()).isEqualTo("和平社区"));
        assertThat(today(RequestFixtures.SUBDISTRICT_STAFF).months()).anySatisfy(row ->
                assertThat(row.communityName()).isEqualTo("和平社区"));
        assertThatThrownBy(() -> today("liuyang"))
                .hasFieldOrPropertyWithValue("messageKey", "certificate.figures.error.forbidden");
        assertThatThrownBy(() -> signIn.as(RequestFixtures.CIVIL_REVIEWER,
                () -> figures.figures(fixtures.today(), fixtures.today().minusDays(1))))
                .hasFieldOrPropertyWithValue("messageKey", "certificate.figures.error.range");
        assertThatThrownBy(() -> signIn.as(RequestFixtures.CIVIL_REVIEWER,
                () -> figures.figures(fixtures.today().minusDays(400), fixtures.today())))
                .hasFieldOrPropertyWithValue("messageKey", "certificate.figures.error.range");
    }

    @Test
    void theWorkbooksHoldTheSameFiguresAndTheMaskedRegister() throws IOException {
        SubmittedRequest refused = fixtures.submit(fixtures.draft(RequestFixtures.DOG).demandedBy(ASKING_BODY));

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(signIn.as(RequestFixtures.FRONT_DESK,
                () -> figures.figuresWorkbook(fixtures.today(), fixtures.today()))))) {
            assertThat(workbook.getSheetAt(0).getSheetName()).isEqualTo("按月统计");
            assertThat(cells(workbook.getSheetAt(0))).anySatisfy(line ->
                    assertThat(line).contains("和平社区", RequestFixtures.DOG, "居民养犬证明"));
            assertThat(cells(workbook.getSheetAt(1))).anySatisfy(line ->
                    assertThat(line).contains(RequestFixtures.DOG, ASKING_BODY));
        }
        RequestQuery mine = new RequestQuery(refused.requestNumber(), null, null, Set.of(), null, null, false);
        try (XSSFWorkbook register = new XSSFWorkbook(new ByteArrayInputStream(signIn.as(RequestFixtures.FRONT_DESK,
                () -> figures.registerWorkbook(mine))))) {
            List<List<String>> lines = cells(register.getSheetAt(0));
            assertThat(lines).hasSize(3);
            assertThat(lines.get(2)).contains(refused.requestNumber(), "张*", "330102********1236", "不予出具",
                    ASKING_BODY);
            assertThat(lines.get(2)).doesNotContain(RequestFixtures.APPLICANT_ID);
        }
        assertThat(signIn.as(RequestFixtures.OTHER_FRONT_DESK, () -> requests.count(mine))).isZero();
    }

    private static List<List<String>> cells(Sheet sheet) {
        List<List<String>> lines = new ArrayList<>();
        for (Row row : sheet) {
            List<String> line = new ArrayList<>();
            row.forEach(cell -> line.add(switch (cell.getCellType()) {
                case NUMERIC -> String.valueOf((long) cell.getNumericCellValue());
                default -> cell.getStringCellValue();
            }));
            lines.add(line);
        }
        return lines;
    }
}
