package org.tongban.base.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.springframework.stereotype.Component;
import org.tongban.base.pdf.PageFlow.Align;

/**
 * Notices as PDF with Apache PDFBox: A4, 25 mm margins, the title centred and bold, the reference number right-aligned
 * under it, then the addressee, the body, and the issuing office and date right-aligned at the end; 第 n 页 共 m 页 at
 * the foot of each page.
 */
@Component
class PdfBoxNoticePrinter implements NoticePrinter {

    private static final float TITLE_SIZE = 20;
    private static final float TITLE_LEADING = 30;
    private static final float BODY_SIZE = 12;
    private static final float BODY_LEADING = 21;
    private static final float REFERENCE_SIZE = 10.5f;
    private static final RuledTable.Style FIELDS = new RuledTable.Style(BODY_SIZE, 19);
    private static final float BLOCK_GAP = 8;
    /** 首行缩进两字. */
    private static final float INDENT = 2 * BODY_SIZE;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");

    private final NoticeFont font;

    PdfBoxNoticePrinter() {
        this.font = new NoticeFont();
    }

    @Override
    public byte[] print(SealedNotice notice) {
        // Seal and QR placement arrive with the seal register (issue 6); nothing calls this before then.
        throw new UnsupportedOperationException("sealed notices are not printable yet");
    }

    @Override
    public byte[] print(Notice notice) {
        try (PDDocument document = new PDDocument(); NoticeFont.Lease lease = font.embed(document)) {
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle(notice.title());
            info.setCreator("Tongban");
            PageFlow flow = new PageFlow(document, lease);
            head(flow, lease, notice);
            for (Notice.Block block : notice.blocks() == null ? List.<Notice.Block>of() : notice.blocks()) {
                block(flow, lease, block);
            }
            signature(flow, lease, notice);
            flow.finish();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot print notice " + notice.title(), e);
        }
    }

    private void head(PageFlow flow, NoticeFont.Lease lease, Notice notice) throws IOException {
        flow.lines(wrap(lease, lease.printable(notice.title()), TITLE_SIZE, 0), TITLE_SIZE, TITLE_LEADING, 0,
                Align.CENTRE, true);
        if (notice.reference() != null && !notice.reference().isBlank()) {
            flow.lines(wrap(lease, lease.printable(notice.reference()), REFERENCE_SIZE, 0), REFERENCE_SIZE,
                    BODY_LEADING, 0, Align.RIGHT, false);
        }
        flow.skip(BLOCK_GAP * 2);
        if (notice.addressee() != null && !notice.addressee().isBlank()) {
            flow.lines(wrap(lease, lease.printable(notice.addressee()), BODY_SIZE, 0), BODY_SIZE, BODY_LEADING, 0,
                    Align.LEFT, false);
        }
    }

    private void block(PageFlow flow, NoticeFont.Lease lease, Notice.Block block) throws IOException {
        if (block instanceof Notice.Paragraph paragraph) {
            // Each line of the text is a paragraph of its own, indented like the first.
            for (String part : lease.printable(paragraph.text()).split("\n")) {
                if (!part.isBlank()) {
                    flow.lines(wrap(lease, part.strip(), BODY_SIZE, INDENT), BODY_SIZE, BODY_LEADING, INDENT,
                            Align.LEFT, false);
                }
            }
        } else if (block instanceof Notice.Fields fields) {
            flow.skip(BLOCK_GAP / 2);
            RuledTable.fields(flow, FIELDS, fields.fields() == null ? List.of() : fields.fields());
            flow.skip(BLOCK_GAP);
        } else if (block instanceof Notice.Table table) {
            flow.skip(BLOCK_GAP / 2);
            RuledTable.draw(flow, table.headers() == null ? List.of() : table.headers(),
                    table.rows() == null ? List.of() : table.rows());
            flow.skip(BLOCK_GAP);
        }
    }

    /** Issuer and date, right-aligned, kept together on one page. */
    private void signature(PageFlow flow, NoticeFont.Lease lease, Notice notice) throws IOException {
        List<String> lines = new ArrayList<>();
        if (notice.issuer() != null && !notice.issuer().isBlank()) {
            lines.addAll(wrap(lease, lease.printable(notice.issuer()), BODY_SIZE, INDENT, INDENT));
        }
        if (notice.date() != null) {
            lines.add(DATE.format(notice.date()));
        }
        if (lines.isEmpty()) {
            return;
        }
        flow.skip(2 * BODY_LEADING);
        flow.ensure(lines.size() * BODY_LEADING);
        // Right-aligned with a two-character gap to the margin, as signatures are set on printed notices.
        for (String line : lines) {
            flow.line(line, BODY_SIZE, BODY_LEADING, PageFlow.LEFT, PageFlow.RIGHT - INDENT, Align.RIGHT, false);
        }
    }

    private static List<String> wrap(NoticeFont.Lease lease, String text, float size, float firstIndent) {
        return wrap(lease, text, size, firstIndent, 0);
    }

    private static List<String> wrap(NoticeFont.Lease lease, String text, float size, float firstIndent,
                                     float rightIndent) {
        float width = PageFlow.WIDTH - rightIndent;
        return LineBreaker.wrap(text, width - firstIndent, width, codePoint -> lease.width(codePoint, size));
    }
}
