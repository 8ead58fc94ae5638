package org.tongban.base.pdf;

import java.io.IOException;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;

/**
 * A4 pages filled from the top: a cursor that moves down and starts a new page when what comes next does not fit.
 * Coordinates are PDF points from the bottom left.
 */
final class PageFlow {

    static final PDRectangle A4 = PDRectangle.A4;
    static final float MARGIN = 25 / 25.4f * 72;
    static final float LEFT = MARGIN;
    static final float RIGHT = A4.getWidth() - MARGIN;
    static final float TOP = A4.getHeight() - MARGIN;
    static final float BOTTOM = MARGIN;
    static final float WIDTH = RIGHT - LEFT;

    private static final float FOOTER_SIZE = 9;
    /** Where a line of CJK sits in its line box: ideographs reach about 0.88 em above the baseline. */
    private static final float ASCENT = 0.88f;
    /** Stroke width, per point of size, that thickens the regular face into a bold-looking one. */
    private static final float BOLD_STROKE = 0.035f;

    enum Align { LEFT, CENTRE, RIGHT }

    /** Drawn at the top of each new page. */
    @FunctionalInterface
    interface PageStart {
        void draw() throws IOException;
    }

    private final PDDocument document;
    private final NoticeFont.Lease font;
    private PDPageContentStream content;
    private float y = TOP;
    private PageStart onNewPage = () -> { };

    PageFlow(PDDocument document, NoticeFont.Lease font) {
        this.document = document;
        this.font = font;
    }

    NoticeFont.Lease font() {
        return font;
    }

    /** The top of the free space on the current page. */
    float y() {
        return y;
    }

    float remaining() {
        return content == null ? TOP - BOTTOM : y - BOTTOM;
    }

    /** Run after each page break, e.g. to repeat a table's header; reset with {@link #clearOnNewPage()}. */
    void onNewPage(PageStart action) {
        this.onNewPage = action;
    }

    void clearOnNewPage() {
        this.onNewPage = () -> { };
    }

    /** Starts a new page unless {@code height} fits below the cursor (or the page is still empty: it cannot help). */
    void ensure(float height) throws IOException {
        if (content == null || (y - height < BOTTOM - 0.01f && y < TOP)) {
            newPage();
        }
    }

    void newPage() throws IOException {
        if (content != null) {
            content.close();
        }
        PDPage page = new PDPage(A4);
        document.addPage(page);
        content = new PDPageContentStream(document, page);
        y = TOP;
        onNewPage.draw();
    }

    /** Vertical space; at a page break it is simply dropped. */
    void skip(float height) {
        y = Math.max(y - height, BOTTOM);
    }

    void moveDown(float height) {
        y -= height;
    }

    /** One line of text in a box of {@code leading} height between {@code left} and {@code right}, then moves down. */
    void line(String text, float size, float leading, float left, float right, Align align, boolean bold)
            throws IOException {
        ensure(leading);
        text(text, size, x(text, size, left, right, align), baseline(y, size, leading), bold);
        y -= leading;
    }

    /** Lines, each a line box of {@code leading}; {@code firstIndent} moves the first one right. */
    void lines(List<String> lines, float size, float leading, float firstIndent, Align align, boolean bold)
            throws IOException {
        for (int i = 0; i < lines.size(); i++) {
            line(lines.get(i), size, leading, LEFT + (i == 0 ? firstIndent : 0), RIGHT, align, bold);
        }
    }

    float x(String text, float size, float left, float right, Align align) {
        return switch (align) {
            case LEFT -> left;
            case CENTRE -> left + (right - left - font.width(text, size)) / 2;
            case RIGHT -> right - font.width(text, size);
        };
    }

    static float baseline(float top, float size, float leading) {
        return top - (leading - size) / 2 - ASCENT * size;
    }

    void text(String text, float size, float x, float baseline, boolean bold) throws IOException {
        show(content, text, size, x, baseline, bold);
    }

    private void show(PDPageContentStream stream, String text, float size, float x, float baseline, boolean bold)
            throws IOException {
        if (text.isEmpty()) {
            return;
        }
        stream.saveGraphicsState();
        if (bold) {
            stream.setLineWidth(size * BOLD_STROKE);
        }
        stream.beginText();
        stream.setFont(font.font(), size);
        if (bold) {
            stream.setRenderingMode(RenderingMode.FILL_STROKE);
        }
        stream.newLineAtOffset(x, baseline);
        stream.showText(text);
        stream.endText();
        stream.restoreGraphicsState();
    }

    void fill(float x, float bottom, float width, float height, float grey) throws IOException {
        content.setNonStrokingColor(grey);
        content.addRect(x, bottom, width, height);
        content.fill();
        content.setNonStrokingColor(0f);
    }

    void frame(float x, float bottom, float width, float height, float lineWidth) throws IOException {
        content.setLineWidth(lineWidth);
        content.addRect(x, bottom, width, height);
        content.stroke();
    }

    /** An image on the current page, drawn over what is already there (a seal over the issuer's name). */
    void image(PDImageXObject image, float x, float bottom, float width, float height) throws IOException {
        content.drawImage(image, x, bottom, width, height);
    }

    /** Dark squares of {@code size} points each, e.g. a QR code's modules; {@code dark[row][column]}, row 0 on top. */
    void modules(boolean[][] dark, float x, float top, float size) throws IOException {
        content.setNonStrokingColor(0f);
        for (int row = 0; row < dark.length; row++) {
            for (int column = 0; column < dark[row].length; column++) {
                if (dark[row][column]) {
                    content.addRect(x + column * size, top - (row + 1) * size, size, size);
                }
            }
        }
        content.fill();
    }

    /** Closes the last page and writes 第 n 页 共 m 页 at the foot of every page, now that m is known. */
    void finish() throws IOException {
        if (content == null) {
            newPage();
        }
        content.close();
        content = null;
        int count = document.getNumberOfPages();
        for (int i = 0; i < count; i++) {
            PDPage page = document.getPage(i);
            String footer = "第 " + (i + 1) + " 页 共 " + count + " 页";
            try (PDPageContentStream foot = new PDPageContentStream(document, page,
                    PDPageContentStream.AppendMode.APPEND, true, true)) {
                show(foot, footer, FOOTER_SIZE, x(footer, FOOTER_SIZE, LEFT, RIGHT, Align.CENTRE), BOTTOM / 2, false);
            }
        }
    }
}
