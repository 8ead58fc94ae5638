package org.tongban.base.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.IndexColorModel;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** A certificate-style notice: its seal over the signature, and a QR code a phone can read back. */
class SealedNoticePrinterTests {

    private static final PdfBoxNoticePrinter PRINTER = new PdfBoxNoticePrinter();
    private static final String LINK = "https://tongban.example.gov.cn/verify?t=Wk0tQ00wMDEtMjAyNi0wMDAx.abcDEF123_-xyz";

    @Test
    void theQrCodeReadsBackAsTheLinkAndTheSealSitsOverTheSignature() throws Exception {
        byte[] pdf = PRINTER.print(new SealedNotice(certificate(), redRing(), LINK, "扫码核验真伪"));

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", "");
            assertThat(text).contains("居(租)住证明", "ZM-CM001-2026-0001", "和平社区居民委员会", "2026年12月7日",
                    "扫码核验真伪");
            PDPage page = document.getPage(0);
            assertThat(imagesOn(page)).as("the seal image").isEqualTo(1);

            BufferedImage rendered = new PDFRenderer(document).renderImageWithDPI(0, 150);
            assertThat(decodeQr(rendered)).isEqualTo(LINK);
            assertThat(redPixelsInRightHalf(rendered)).as("the seal is printed in red on the right").isGreaterThan(500);
        }
    }

    @Test
    void aPaletteSealWithTransparencyPrintsAsWellAndAgainFromTheKeptEncoding() throws Exception {
        byte[] palette = paletteRing();
        for (int print = 0; print < 2; print++) {
            byte[] pdf = PRINTER.print(new SealedNotice(certificate(), palette, LINK, "扫码核验真伪"));
            try (PDDocument document = Loader.loadPDF(pdf)) {
                PDPage page = document.getPage(0);
                for (COSName name : page.getResources().getXObjectNames()) {
                    if (page.getResources().getXObject(name) instanceof PDImageXObject image) {
                        assertThat(image.getImage().getWidth()).isEqualTo(400);
                    }
                }
                BufferedImage rendered = new PDFRenderer(document).renderImageWithDPI(0, 150);
                assertThat(redPixelsInRightHalf(rendered)).as("print %d", print).isGreaterThan(500);
            }
        }
    }

    @Test
    void aSealedNoticeNeedsANumberABodyAndASeal() {
        Notice unnumbered = new Notice("证明", null, null, List.of(new Notice.Paragraph("兹证明")), "和平社区居民委员会",
                LocalDate.of(2026, 12, 7));
        Notice blank = new Notice("证明", "ZM-CM001-2026-0002", null, List.of(), "和平社区居民委员会",
                LocalDate.of(2026, 12, 7));

        assertThatThrownBy(() -> PRINTER.print(new SealedNotice(unnumbered, redRing(), LINK, "")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PRINTER.print(new SealedNotice(blank, redRing(), LINK, "")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PRINTER.print(new SealedNotice(certificate(), new byte[0], LINK, "")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static Notice certificate() {
        return new Notice("居(租)住证明", "ZM-CM001-2026-0001", null, List.of(
                new Notice.Paragraph("兹证明张三(公民身份号码:110101199003071234)居住在本社区。经和平社区居民委员会入户核实:"
                        + "自2023年3月起居住于幸福路18号院3号楼2单元501室至今。"),
                new Notice.Paragraph("本证明仅用于办理子女入学。")),
                "和平社区居民委员会", LocalDate.of(2026, 12, 7));
    }

    /** A stand-in seal: a red ring on a transparent background. */
    static byte[] redRing() {
        BufferedImage image = new BufferedImage(400, 400, BufferedImage.TYPE_INT_ARGB);
        Graphics2D graphics = image.createGraphics();
        graphics.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        graphics.setColor(new Color(220, 20, 30));
        graphics.setStroke(new BasicStroke(16));
        graphics.drawOval(12, 12, 376, 376);
        graphics.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toByteArray();
    }

    /** The same ring as an 8-bit palette PNG with a transparent entry (what "save for web" tools write). */
    static byte[] paletteRing() {
        byte[] reds = {0, (byte) 220};
        byte[] greens = {0, 20};
        byte[] blues = {0, 30};
        IndexColorModel colours = new IndexColorModel(8, 2, reds, greens, blues, 0);
        BufferedImage image = new BufferedImage(400, 400, BufferedImage.TYPE_BYTE_INDEXED, colours);
        Graphics2D graphics = image.createGraphics();
        graphics.setColor(new Color(220, 20, 30));
        graphics.setStroke(new BasicStroke(16));
        graphics.drawOval(12, 12, 376, 376);
        graphics.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toByteArray();
    }

    private static int imagesOn(PDPage page) throws IOException {
        int images = 0;
        for (COSName name : page.getResources().getXObjectNames()) {
            if (page.getResources().getXObject(name) instanceof PDImageXObject) {
                images++;
            }
        }
        return images;
    }

    private static String decodeQr(BufferedImage image) throws Exception {
        int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(
                new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels)));
        return new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE)).getText();
    }

    private static int redPixelsInRightHalf(BufferedImage image) {
        int red = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = image.getWidth() / 2; x < image.getWidth(); x++) {
                Color colour = new Color(image.getRGB(x, y));
                if (colour.getRed() > 180 && colour.getGreen() < 90 && colour.getBlue() < 90) {
                    red++;
                }
            }
        }
        return red;
    }
}
