package org.tongban.onewindow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tongban.base.BusinessException;
import org.tongban.testing.SignIn;
import org.tongban.testing.TongbanTest;

/** 窗口看板: today's counts and the on-time figures, within the caller's scope, and their Excel export. */
@TongbanTest
@Tag("db")
class FrontDeskBoardTests {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    @Autowired
    FrontDeskBoard board;
    @Autowired
    OneWindowCases cases;
    @Autowired
    OneWindowFixtures fixtures;
    @Autowired
    SignIn signIn;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    private List<FrontDeskBoard.PerformanceRow> performance(String user) {
        return signIn.as(user, () -> board.performance(TODAY.withDayOfMonth(1), TODAY));
    }

    private long concludedPension(String user) {
        return performance(user).stream().filter(row -> row.itemCode().equals("SI-001"))
                .mapToLong(FrontDeskBoard.PerformanceRow::concluded).sum();
    }

    @Test
    void aConcludedCaseCountsForItsCommunityAndDepartmentOnly() throws Exception {
        long communityBefore = concludedPension("wangfang");
        long otherCommunityBefore = concludedPension("chenjing");
        long receivedBefore = signIn.as("wangfang", () -> board.counts()).receivedToday();

        IntakeReceipt receipt = fixtures.acceptedCase("SI-001");
        signIn.as("gaojie", () -> cases.handle(fixtures.taskId(receipt, "Task_Handle"), HandlingDecision.APPROVE, null));

        assertThat(signIn.as("wangfang", () -> board.counts()).receivedToday()).isEqualTo(receivedBefore + 1);
        assertThat(concludedPension("wangfang")).isEqualTo(communityBefore + 1);
        assertThat(concludedPension("chenjing")).as("another community").isEqualTo(otherCommunityBefore);
        FrontDeskBoard.PerformanceRow row = performance("gaojie").stream()
                .filter(found -> found.itemCode().equals("SI-001")).findFirst().orElseThrow();
        assertThat(row.departmentName()).isEqualTo("县人力资源和社会保障局");
        assertThat(row.onTimeRate()).as("即办, concluded the same day").isEqualTo(1.0);

        byte[] workbook = signIn.as("wangfang", () -> board.performanceWorkbook(TODAY.withDayOfMonth(1), TODAY));
        try (XSSFWorkbook read = new XSSFWorkbook(new ByteArrayInputStream(workbook))) {
            Sheet sheet = read.getSheetAt(0);
            assertThat(sheet.getRow(1).getCell(5).getStringCellValue()).isEqualTo("按时办结率（%）");
            assertThat(sheet.getRow(2).getCell(0).getStringCellValue()).startsWith("SI-");
        }
    }

    @Test
    void aBackwardsOrOverlongRangeIsRefused() {
        assertThatThrownBy(() -> signIn.as("wangfang", () -> board.performance(TODAY, TODAY.minusDays(1))))
                .isInstanceOfSatisfying(BusinessException.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("onewindow.error.board-range"));
        assertThatThrownBy(() -> signIn.as("wangfang", () -> board.performance(TODAY.minusYears(2), TODAY)))
                .isInstanceOf(BusinessException.class);
    }
}
