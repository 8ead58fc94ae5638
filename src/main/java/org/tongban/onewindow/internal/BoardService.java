package org.tongban.onewindow.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tongban.base.BusinessException;
import org.tongban.base.Messages;
import org.tongban.catalog.WorkingDays;
import org.tongban.identity.CurrentStaff;
import org.tongban.identity.Directory;
import org.tongban.identity.OrgUnitSummary;
import org.tongban.onewindow.CaseStatus;
import org.tongban.onewindow.FrontDeskBoard;

/** The board's figures, always within the caller's scope (the same one as 办件查询). */
@Service
@Transactional(readOnly = true)
class BoardService implements FrontDeskBoard {

    private static final int MAX_RANGE_DAYS = 366;
    private static final List<CaseStatus> CONCLUDED = List.of(CaseStatus.CONCLUDED, CaseStatus.DELIVERED,
            CaseStatus.CLOSED);

    private final ServiceCases cases;
    private final CurrentStaff currentStaff;
    private final WorkingDays workingDays;
    private final Directory directory;
    private final OneWindowSettings settings;
    private final Messages messages;
    private final Clock clock;

    BoardService(ServiceCases cases, CurrentStaff currentStaff, WorkingDays workingDays, Directory directory,
                 OneWindowSettings settings, Messages messages, Clock clock) {
        this.cases = cases;
        this.currentStaff = currentStaff;
        this.workingDays = workingDays;
        this.directory = directory;
        this.settings = settings;
        this.messages = messages;
        this.clock = clock;
    }

    @Override
    public BoardCounts counts() {
        Specification<ServiceCase> scope = CaseSearch.scope(currentStaff.require().groups());
        LocalDate today = LocalDate.now(clock);
        LocalDate soon = workingDays.plusWorkingDays(today, settings.warningDays());
        long receivedToday = cases.count(scope.and((root, query, builder) ->
                builder.greaterThanOrEqualTo(root.get("receivedAt"), today.atStartOfDay())));
        long awaiting = cases.count(scope.and((root, query, builder) ->
                root.get("status").in(CaseStatus.CORRECTION, CaseStatus.SUPPLEMENT)));
        long dueSoon = cases.count(scope.and((root, query, builder) -> builder.and(
                builder.equal(root.get("status"), CaseStatus.ACCEPTED),
                builder.between(root.get("dueOn"), today, soon))));
        long overdue = cases.count(scope.and((root, query, builder) -> builder.and(
                builder.equal(root.get("status"), CaseStatus.ACCEPTED),
                builder.lessThan(root.get("dueOn"), today))));
        return new BoardCounts(receivedToday, awaiting, dueSoon, overdue);
    }

    @Override
    public List<PerformanceRow> performance(LocalDate from, LocalDate to) {
        if (from == null || to == null || to.isBefore(from) || from.plusDays(MAX_RANGE_DAYS).isBefore(to)) {
            throw BusinessException.invalid("onewindow.error.board-range", MAX_RANGE_DAYS);
        }
        Set<String> groups = currentStaff.require().groups();
        List<ServiceCase> concluded = cases.findAll(CaseSearch.scope(groups).and((root, query, builder) -> builder.and(
                root.get("status").in(CONCLUDED), builder.between(root.get("concludedOn"), from, to))));
        Map<String, Tally> tallies = new TreeMap<>();
        for (ServiceCase c : concluded) {
            Tally tally = tallies.computeIfAbsent(c.itemCode() + "|" + c.departmentCode(),
                    key -> new Tally(c.itemCode(), c.itemName(), c.departmentCode()));
            tally.concluded++;
            if (c.dueOn() == null || !c.concludedOn().isAfter(c.dueOn())) {
                tally.onTime++;
            }
            tally.workingDays += c.acceptedOn() == null ? 0 : workingDays.workingDaysBetween(c.acceptedOn(), c.concludedOn());
        }
        List<PerformanceRow> rows = new ArrayList<>();
        for (Tally tally : tallies.values()) {
            String department = tally.departmentCode == null ? "" : directory.findUnit(tally.departmentCode)
                    .map(OrgUnitSummary::name).orElse(tally.departmentCode);
            rows.add(new PerformanceRow(tally.itemCode, tally.itemName, department, tally.concluded, tally.onTime,
                    (double) tally.onTime / tally.concluded, (double) tally.workingDays / tally.concluded));
        }
        return rows;
    }

    @Override
    public byte[] performanceWorkbook(LocalDate from, LocalDate to) {
        List<PerformanceRow> rows = performance(from, to);
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(text("onewindow.board.sheet"));
            Row title = sheet.createRow(0);
            title.createCell(0).setCellValue(text("onewindow.board.workbook-title", from, to));
            String[] headers = {"onewindow.board.item-code", "onewindow.case.item", "onewindow.case.department",
                    "onewindow.board.concluded", "onewindow.board.on-time", "onewindow.board.on-time-rate",
                    "onewindow.board.average-days"};
            Row header = sheet.createRow(1);
            for (int i = 0; i < headers.length; i++) {
                header.createCell(i).setCellValue(text(headers[i]));
            }
            int index = 2;
            for (PerformanceRow row : rows) {
                Row line = sheet.createRow(index++);
                line.createCell(0).setCellValue(row.itemCode());
                line.createCell(1).setCellValue(row.itemName());
                line.createCell(2).setCellValue(row.departmentName());
                line.createCell(3).setCellValue(row.concluded());
                line.createCell(4).setCellValue(row.onTime());
                line.createCell(5).setCellValue(Math.round(row.onTimeRate() * 1000) / 10.0);
                line.createCell(6).setCellValue(Math.round(row.averageWorkingDays() * 10) / 10.0);
            }
            for (int i = 0; i < headers.length; i++) {
                sheet.setColumnWidth(i, (i == 1 ? 30 : 14) * 256);
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Exports are documents for the office: always in the platform's language. */
    private String text(String key, Object... arguments) {
        return messages.get(Messages.DEFAULT_LOCALE, key, arguments);
    }

    private static final class Tally {
        private final String itemCode;
        private final String itemName;
        private final String departmentCode;
        private long concluded;
        private long onTime;
        private long workingDays;

        private Tally(String itemCode, String itemName, String departmentCode) {
            this.itemCode = itemCode;
            this.itemName = itemName;
            this.departmentCode = departmentCode;
        }
    }
}
