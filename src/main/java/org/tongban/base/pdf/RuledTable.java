package org.tongban.base.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A ruled table across the text width: every cell wraps, a row that does not fit moves to the next page (or, taller
 * than a page, is split between lines), and the header row is repeated at the top of each page the table runs onto.
 */
final class RuledTable {

    /** Type size and line box height of the cells. */
    record Style(float size, float leading) {
    }

    static final Style TABLE = new Style(10.5f, 16f);

    private static final float PAD_X = 4;
    private static final float PAD_Y = 3;
    private static final float RULE = 0.6f;
    private static final float HEADER_GREY = 0.88f;
    private static final float LABEL_GREY = 0.95f;
    /** A long unbreakable word (a URL) may not claim more than this fraction of the width for its column. */
    private static final float MAX_UNBREAKABLE = 0.4f;

    private final PageFlow flow;
    private final Style style;
    private final float[] widths;
    private final float[] shades;

    private RuledTable(PageFlow flow, Style style, float[] widths, float[] shades) {
        this.flow = flow;
        this.style = style;
        this.widths = widths;
        this.shades = shades;
    }

    /** A table with a header row; rows shorter than the header get empty cells, longer ones widen the table. */
    static void draw(PageFlow flow, List<String> headers, List<List<String>> rows) throws IOException {
        int columns = headers.size();
        for (List<String> row : rows) {
            columns = Math.max(columns, row == null ? 0 : row.size());
        }
        if (columns == 0) {
            return;
        }
        List<List<String>> header = headers.isEmpty() ? List.of() : List.of(cells(flow, headers, columns));
        List<List<String>> body = new ArrayList<>(rows.size());
        for (List<String> row : rows) {
            body.add(cells(flow, row == null ? List.of() : row, columns));
        }
        List<List<String>> all = new ArrayList<>(header);
        all.addAll(body);
        float[] widths = columnWidths(flow.font(), TABLE.size(), all, columns);
        new RuledTable(flow, TABLE, widths, new float[columns]).draw(header.isEmpty() ? null : header.get(0), body);
    }

    /** Label/value pairs: a shaded label column as wide as the longest label needs (within reason), values wrap. */
    static void fields(PageFlow flow, Style style, List<Notice.Field> fields) throws IOException {
        if (fields.isEmpty()) {
            return;
        }
        List<List<String>> rows = new ArrayList<>(fields.size());
        float label = 4 * style.size();
        for (Notice.Field field : fields) {
            List<String> row = cells(flow, Arrays.asList(field.label(), field.value()), 2);
            rows.add(row);
            for (String line : row.get(0).split("\n")) {
                label = Math.max(label, flow.font().width(line, style.size()));
            }
        }
        label = Math.min(label + 2 * PAD_X + 1, 0.4f * PageFlow.WIDTH);
        new RuledTable(flow, style, new float[] {label, PageFlow.WIDTH - label}, new float[] {LABEL_GREY, 0})
                .draw(null, rows);
    }

    private static List<String> cells(PageFlow flow, List<String> texts, int columns) {
        List<String> cells = new ArrayList<>(columns);
        for (int i = 0; i < columns; i++) {
            cells.add(i < texts.size() ? flow.font().printable(texts.get(i)).strip() : "");
        }
        return cells;
    }

    /**
     * Column widths by sharing the text width out fairly: a column whose longest line fits in its share gets just that
     * and leaves the rest to the others (so short columns such as 序号 or 姓名 never wrap); what is left is shared
     * equally among the wide columns, each getting at least its widest word (an ID number is not split if it can be
     * helped). If every column fits, they are widened in proportion to fill the width.
     */
    static float[] columnWidths(NoticeFont.Lease font, float size, List<List<String>> rows, int columns) {
        float[] natural = new float[columns];
        float[] minimum = new float[columns];
        LineBreaker.Widths widths = codePoint -> font.width(codePoint, size);
        for (List<String> row : rows) {
            for (int c = 0; c < columns; c++) {
                for (String line : row.get(c).split("\n")) {
                    natural[c] = Math.max(natural[c], font.width(line, size));
                    minimum[c] = Math.max(minimum[c], LineBreaker.widestUnbreakable(line, widths));
                }
            }
        }
        float sumNatural = 0;
        for (int c = 0; c < columns; c++) {
            minimum[c] = Math.min(Math.max(minimum[c], 2 * size), MAX_UNBREAKABLE * PageFlow.WIDTH) + 2 * PAD_X + 1;
            natural[c] = Math.max(natural[c] + 2 * PAD_X + 1, minimum[c]);
            sumNatural += natural[c];
        }
        float[] result = new float[columns];
        if (sumNatural <= PageFlow.WIDTH) {
            for (int c = 0; c < columns; c++) {
                result[c] = natural[c] * PageFlow.WIDTH / sumNatural;
            }
            return result;
        }
        boolean[] settled = new boolean[columns];
        float remaining = PageFlow.WIDTH;
        int open = columns;
        boolean changed = true;
        while (changed && open > 0) {
            changed = false;
            float share = remaining / open;
            for (int c = 0; c < columns; c++) {
                float need = natural[c] <= share ? natural[c] : minimum[c] > share ? minimum[c] : -1;
                if (!settled[c] && need >= 0) {
                    result[c] = need;
                    settled[c] = true;
                    remaining -= need;
                    open--;
                    changed = true;
                }
            }
        }
        for (int c = 0; c < columns; c++) {
            if (!settled[c]) {
                result[c] = remaining / open;
            }
        }
        return scaledToFit(result);
    }

    /** Minimum widths can add up to more than the page: then every column gives up the same fraction. */
    private static float[] scaledToFit(float[] widths) {
        float sum = 0;
        for (float width : widths) {
            sum += width;
        }
        if (sum > PageFlow.WIDTH) {
            for (int c = 0; c < widths.length; c++) {
                widths[c] = widths[c] * PageFlow.WIDTH / sum;
            }
        }
        return widths;
    }

    /** A row laid out: each cell's lines. */
    private record Row(List<List<String>> cells, boolean header) {

        int lines() {
            int lines = 1;
            for (List<String> cell : cells) {
                lines = Math.max(lines, cell.size());
            }
            return lines;
        }
    }

    private Row layout(List<String> texts, boolean header) {
        List<List<String>> cells = new ArrayList<>(texts.size());
        for (int c = 0; c < texts.size(); c++) {
            float inner = widths[c] - 2 * PAD_X;
            cells.add(LineBreaker.wrap(texts.get(c), inner, inner,
                    codePoint -> flow.font().width(codePoint, style.size())));
        }
        return new Row(cells, header);
    }

    private float height(int lines) {
        return lines * style.leading() + 2 * PAD_Y;
    }

    private void draw(List<String> headerTexts, List<List<String>> rows) throws IOException {
        Row header = headerTexts == null ? null : layout(headerTexts, true);
        float headerHeight = header == null ? 0 : height(header.lines());
        flow.ensure(headerHeight + height(1));
        if (header != null) {
            slice(header, 0, header.lines());
            flow.onNewPage(() -> slice(header, 0, header.lines()));
        }
        float freshPage = PageFlow.TOP - PageFlow.BOTTOM - headerHeight;
        try {
            for (List<String> texts : rows) {
                Row row = layout(texts, false);
                int total = row.lines();
                int done = 0;
                while (done < total) {
                    int fit = (int) Math.floor((flow.remaining() - 2 * PAD_Y + 0.01f) / style.leading());
                    int rest = total - done;
                    if (fit >= rest) {
                        slice(row, done, total);
                        done = total;
                    } else if (done == 0 && height(rest) <= freshPage || fit < 1) {
                        flow.newPage();
                    } else {
                        // Taller than a page: as many lines as fit here, the rest on the next page.
                        slice(row, done, done + fit);
                        done += fit;
                        flow.newPage();
                    }
                }
            }
        } finally {
            flow.clearOnNewPage();
        }
    }

    /** Lines {@code from} (inclusive) to {@code to} of a row, as one band of ruled cells. */
    private void slice(Row row, int from, int to) throws IOException {
        float top = flow.y();
        float height = height(to - from);
        float bottom = top - height;
        float x = PageFlow.LEFT;
        for (int c = 0; c < widths.length; c++) {
            float shade = row.header() ? HEADER_GREY : shades[c];
            if (shade > 0) {
                flow.fill(x, bottom, widths[c], height, shade);
            }
            List<String> lines = row.cells().get(c);
            for (int i = from; i < Math.min(to, lines.size()); i++) {
                float lineTop = top - PAD_Y - (i - from) * style.leading();
                flow.text(lines.get(i), style.size(), x + PAD_X, PageFlow.baseline(lineTop, style.size(),
                        style.leading()), row.header());
            }
            flow.frame(x, bottom, widths[c], height, RULE);
            x += widths[c];
        }
        flow.moveDown(height);
    }
}
