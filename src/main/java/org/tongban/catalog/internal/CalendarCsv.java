package org.tongban.catalog.internal;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.tongban.base.BusinessException;
import org.tongban.catalog.CalendarAdministration;
import org.tongban.catalog.CalendarDayKind;
import org.tongban.catalog.internal.EntryRules.Problem;

/**
 * Reads a calendar import: the header {@code date,kind,name}, then one entry a line, e.g.
 * {@code 2026-02-14,makeup_workday,春节调休上班}. Checks every line before anything is written and refuses the whole
 * file at the first bad line, naming it.
 */
final class CalendarCsv {

    static final String HEADER = "date,kind,name";
    /** GB18030 covers GBK: what a Chinese Excel writes for "CSV (逗号分隔)". */
    private static final Charset CHINESE_EXCEL = Charset.forName("GB18030");
    /** ISO dates, and the slashes or dots Excel may turn them into (2026/2/14). */
    private static final Pattern DATE = Pattern.compile("(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})");

    private CalendarCsv() {
    }

    /** One accepted line. */
    record Line(int number, LocalDate date, CalendarDayKind kind, String name) {
    }

    /**
     * The lines of a file meant for {@code year}: dates of that year, and of the neighbouring years for holidays
     * that cross the turn of the year.
     */
    static List<Line> parse(byte[] content, int year) {
        if (content == null || content.length == 0) {
            throw BusinessException.invalid("calendar.import.error.empty");
        }
        if (content.length > CalendarAdministration.IMPORT_MAX_BYTES) {
            throw BusinessException.invalid("calendar.import.error.too-large",
                    CalendarAdministration.IMPORT_MAX_BYTES / 1024);
        }
        String[] rows = decode(content).split("\r\n|\n|\r", -1);
        String header = rows[0].strip();
        boolean headerMatches = fields(header)
                .map(names -> String.join(",", names.stream().map(name -> name.strip().toLowerCase(Locale.ROOT)).toList()))
                .filter(HEADER::equals)
                .isPresent();
        if (!headerMatches) {
            throw BusinessException.invalid("calendar.import.error.header", HEADER, abbreviate(header));
        }
        List<Line> lines = new ArrayList<>();
        Map<LocalDate, Integer> seen = new HashMap<>();
        for (int index = 1; index < rows.length; index++) {
            if (rows[index].isBlank()) {
                continue;
            }
            int number = index + 1;
            Line line = parseLine(number, rows[index], year, seen);
            seen.put(line.date(), number);
            lines.add(line);
        }
        if (lines.stream().noneMatch(line -> line.date().getYear() == year)) {
            throw BusinessException.invalid("calendar.import.error.no-entries-for-year", String.valueOf(year));
        }
        return lines;
    }

    private static Line parseLine(int number, String row, int year, Map<LocalDate, Integer> seen) {
        List<String> fields = fields(row).orElseThrow(() -> refused(number, new Problem("calendar.import.problem.quote")));
        if (fields.size() != 3) {
            throw refused(number, new Problem("calendar.import.problem.columns", fields.size()));
        }
        String dateText = fields.get(0).strip();
        LocalDate date = date(dateText)
                .orElseThrow(() -> refused(number, new Problem("calendar.import.problem.date", abbreviate(dateText))));
        if (Math.abs(date.getYear() - year) > 1) {
            throw refused(number, new Problem("calendar.import.problem.other-year", date.toString(), String.valueOf(year)));
        }
        Integer earlier = seen.get(date);
        if (earlier != null) {
            throw refused(number, new Problem("calendar.import.problem.duplicate", date.toString(), earlier));
        }
        String kindText = fields.get(1).strip();
        CalendarDayKind kind = kind(kindText)
                .orElseThrow(() -> refused(number, new Problem("calendar.import.problem.kind", abbreviate(kindText))));
        String name = EntryRules.clean(fields.get(2));
        EntryRules.check(date, kind, name).ifPresent(problem -> {
            throw refused(number, problem);
        });
        return new Line(number, date, kind, name);
    }

    private static BusinessException refused(int lineNumber, Problem problem) {
        return BusinessException.invalid("calendar.import.error.line", lineNumber, problem.toResolvable());
    }

    /** UTF-8 (a byte-order mark is dropped) when the bytes are valid UTF-8, otherwise GB18030. */
    private static String decode(byte[] content) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content))
                    .toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException notUtf8) {
            return new String(content, CHINESE_EXCEL);
        }
    }

    /** The comma-separated fields of one row; double quotes around a field allow commas in it. Empty if unbalanced. */
    static Optional<List<String>> fields(String row) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < row.length(); i++) {
            char c = row.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < row.length() && row.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        if (quoted) {
            return Optional.empty();
        }
        fields.add(field.toString());
        return Optional.of(fields);
    }

    private static Optional<LocalDate> date(String text) {
        Matcher matcher = DATE.matcher(text);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)),
                    Integer.parseInt(matcher.group(3))));
        } catch (DateTimeException invalid) {
            return Optional.empty();
        }
    }

    private static Optional<CalendarDayKind> kind(String text) {
        for (CalendarDayKind kind : CalendarDayKind.values()) {
            if (kind.code().equalsIgnoreCase(text)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }

    /** Keeps quoted input short in a message. */
    private static String abbreviate(String text) {
        return text.length() <= 30 ? text : text.substring(0, 30) + "…";
    }
}
