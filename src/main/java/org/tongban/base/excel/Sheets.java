package org.tongban.base.excel;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Bold headers and column widths, the same on every sheet of every figures workbook. Rows are streamed (SXSSF): they
 * are written in order, and only the last {@value #ROWS_IN_MEMORY} of a sheet stay in memory — a register of thousands
 * of rows is written about ten times faster than when POI keeps the whole sheet (ProjectDashboardBenchmark).
 */
public final class Sheets {

    static final int ROWS_IN_MEMORY = 200;

    private final SXSSFWorkbook workbook;
    private final CellStyle bold;
    /** Each sheet's first header width: by the time the widths are set, its row may be flushed to disk. */
    private final Map<Sheet, Integer> headerColumns = new HashMap<>();

    private Sheets(SXSSFWorkbook workbook) {
        this.workbook = workbook;
        Font font = workbook.createFont();
        font.setBold(true);
        bold = workbook.createCellStyle();
        bold.setFont(font);
    }

    /** A workbook filled by {@code content}, as .xlsx bytes. */
    public static byte[] workbook(Consumer<Sheets> content) {
        SXSSFWorkbook workbook = new SXSSFWorkbook(ROWS_IN_MEMORY);
        try (workbook; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            content.accept(new Sheets(workbook));
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the workbook", e);
        } finally {
            workbook.dispose();
        }
    }

    /** A sheet with its title in the first row. */
    public Sheet create(String name, String title) {
        Sheet sheet = workbook.createSheet(name);
        title(sheet, 0, title);
        return sheet;
    }

    public void title(Sheet sheet, int row, String text) {
        Cell cell = sheet.createRow(row).createCell(0);
        cell.setCellValue(text);
        cell.setCellStyle(bold);
    }

    /** Writes the header row and returns the index of the first data row. */
    public int header(Sheet sheet, int row, List<String> headers) {
        headerColumns.putIfAbsent(sheet, headers.size());
        Row line = sheet.createRow(row);
        for (int i = 0; i < headers.size(); i++) {
            Cell cell = line.createCell(i);
            cell.setCellValue(headers.get(i));
            cell.setCellStyle(bold);
        }
        return row + 1;
    }

    /** Column widths in characters: the given ones first, {@code others} for the rest of the first header row. */
    public void widths(Sheet sheet, int others, int... first) {
        int columns = Math.max(first.length, headerColumns.getOrDefault(sheet, 0));
        for (int i = 0; i < columns; i++) {
            sheet.setColumnWidth(i, (i < first.length ? first[i] : others) * 256);
        }
    }
}
