package org.tongban.base.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.springframework.stereotype.Component;
import org.tongban.base.pdf.PageFlow.Align;

/**
 * Notices as PDF with Apache PDFBox: A4, 25 mm margins, the title centred and bold, the reference number right-aligned
 * under it, then the addressee, the body, and the issuing office and date right-aligned at the end; 第 n 页 共 m 页 at
 * the foot of each page. A sealed notice (a certificate) gets its seal image over the issuer and date, and a QR code
 * with a caption at the left of them, drawn as vector squares.
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
    private static final float MM = 72 / 25.4f;
    /** Community seals are 42 mm across (the usual size of a 居委会 seal). */
    private static final float SEAL_WIDTH = 42 * MM;
    private static final float QR_WIDTH = 25 * MM;
    private static final float CAPTION_SIZE = 8;
    /** The room a sealed signature needs: the seal reaches above and below the issuer and date lines. */
    private static final float SEALED_BLOCK = SEAL_WIDTH + 4 * MM;

    private final NoticeFont font;
    private final EncodedImages images = new EncodedImages();

    PdfBoxNoticePrinter() {
        this.font = new NoticeFont();
    }

    @Override
    public byte[] print(Notice notice) {
        return render(notice, null);
    }

    @Override
    public byte[] print(SealedNotice sealed) {
        Notice notice = sealed.notice();
        // No blank sealed paper: a seal goes only on a numbered document with a body.
        if (notice.reference() == null || notice.reference().isBlank() || notice.blocks() == null
                || notice.blocks().isEmpty() || sealed.sealImage() == null || sealed.sealImage().length == 0) {
            throw new IllegalArgumentException("A sealed notice needs a reference number, a body and a seal image");
        }
        return render(notice, sealed);
    }

    /** The notice; with {@code sealed}, its seal over the signature and its QR code beside it. */
    private byte[] render(Notice notice, SealedNotice sealed) {
        try (PDDocument document = new PDDocument(); NoticeFont.Lease lease = font.embed(document)) {
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle(notice.title());
            info.setCreator("Tongban");
            PageFlow flow = new PageFlow(document, lease);
            head(flow, lease, notice);
            for (Notice.Block block : notice.blocks() == null ? List.<Notice.Block>of() : notice.blocks()) {
                block(flow, lease, block);
            }
            if (sealed == null) {
                signature(flow, lease, notice, 0);
            } else {
                Signature signature = signature(flow, lease, notice, SEALED_BLOCK);
                seal(document, flow, sealed, signature);
                qrCode(flow, lease, sealed, signature);
            }
            flow.finish();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot print notice " + notice.title(), e);
        }
    }

    /** The seal centred on the signature, as a stamp lands across the issuer's name and the date. */
    private void seal(PDDocument document, PageFlow flow, SealedNotice sealed, Signature signature)
            throws IOException {
        PDImageXObject image = images.image(document, sealed.sealImage());
        float height = SEAL_WIDTH * image.getHeight() / image.getWidth();
        float centreX = Math.min(signature.centreX(), PageFlow.RIGHT - SEAL_WIDTH / 2);
        flow.image(image, centreX - SEAL_WIDTH / 2, signature.centreY() - height / 2, SEAL_WIDTH, height);
    }

    /** The QR code at the left, level with the signature, with its caption underneath. */
    private static void qrCode(PageFlow flow, NoticeFont.Lease lease, SealedNotice sealed, Signature signature)
            throws IOException {
        boolean[][] modules = QrModules.of(sealed.qrText());
        float module = QR_WIDTH / modules.length;
        float top = signature.centreY() + QR_WIDTH / 2;
        flow.modules(modules, PageFlow.LEFT, top, module);
        String caption = lease.printable(sealed.qrCaption());
        if (!caption.isBlank()) {
            flow.text(caption, CAPTION_SIZE, PageFlow.LEFT, top - QR_WIDTH - CAPTION_SIZE * 1.5f, false);
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

    /**
     * Issuer and date, right-aligned, kept together on one page with {@code reserve} points of room around them (a
     * seal and a QR code reach above and below the two lines).
     */
    private Signature signature(PageFlow flow, NoticeFont.Lease lease, Notice notice, float reserve)
            throws IOException {
        List<String> lines = new ArrayList<>();
        if (notice.issuer() != null && !notice.issuer().isBlank()) {
            lines.addAll(wrap(lease, lease.printable(notice.issuer()), BODY_SIZE, INDENT, INDENT));
        }
        if (notice.date() != null) {
            lines.add(DATE.format(notice.date()));
        }
        if (lines.isEmpty()) {
            flow.ensure(reserve);
            return new Signature(PageFlow.RIGHT - INDENT - SEAL_WIDTH / 2, flow.y() - reserve / 2);
        }
        flow.skip(2 * BODY_LEADING);
        float height = lines.size() * BODY_LEADING;
        flow.ensure(Math.max(height, reserve));
        if (reserve > height) {
            flow.skip((reserve - height) / 2);
        }
        float top = flow.y();
        float widest = 0;
        // Right-aligned with a two-character gap to the margin, as signatures are set on printed notices.
        for (String line : lines) {
            widest = Math.max(widest, lease.width(line, BODY_SIZE));
            flow.line(line, BODY_SIZE, BODY_LEADING, PageFlow.LEFT, PageFlow.RIGHT - INDENT, Align.RIGHT, false);
        }
        return new Signature(PageFlow.RIGHT - INDENT - widest / 2, top - height / 2);
    }

    /** Where the signature sits on its page: the centre of its lines. */
    private record Signature(float centreX, float centreY) {
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
