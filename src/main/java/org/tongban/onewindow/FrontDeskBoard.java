package org.tongban.onewindow;

import java.time.LocalDate;
import java.util.List;

/**
 * 窗口看板 — the figures of the caller's units and departments: what waits today, and how cases concluded in a date
 * range kept their promised time, per item and department, also as an Excel workbook.
 */
public interface FrontDeskBoard {

    BoardCounts counts();

    /** Cases concluded in {@code [from, to]}, by item and department, ordered by item code. */
    List<PerformanceRow> performance(LocalDate from, LocalDate to);

    /** {@link #performance} as an .xlsx workbook. */
    byte[] performanceWorkbook(LocalDate from, LocalDate to);

    /**
     * @param receivedToday    cases received today
     * @param awaitingMaterial cases waiting for the applicant (补正 before acceptance or during handling)
     * @param dueSoon          cases in progress due within the warning period
     * @param overdue          cases in progress past their due date
     */
    record BoardCounts(long receivedToday, long awaitingMaterial, long dueSoon, long overdue) {
    }

    /**
     * @param averageWorkingDays working days from acceptance to conclusion, waits for materials and publicity included
     */
    record PerformanceRow(String itemCode, String itemName, String departmentName, long concluded, long onTime,
                          double onTimeRate, double averageWorkingDays) {
    }
}
