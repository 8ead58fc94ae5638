package org.tongban.base.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDCIDFont;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Renders notices and reads them back with poppler's pdftotext (what a person's viewer sees) and PDFBox. */
class PdfBoxNoticePrinterTests {

    private static final Path OUTPUT = Path.of("target", "notices");
    private static final String TITLE = "最低生活保障申请受理通知书";
    private static final String LAST_ROW_REMARK = "第60户家庭成员收入核对完毕";

    private static final PdfBoxNoticePrinter PRINTER = new PdfBoxNoticePrinter();

    @BeforeAll
    static void createOutputFolder() throws IOException {
        Files.createDirectories(OUTPUT);
    }

    @Test
    void printsChineseThatPdftotextReadsBack() throws Exception {
        byte[] pdf = PRINTER.print(longNotice());
        Path file = write("long-notice.pdf", pdf);

        int pages = pageCount(pdf);
        assertThat(pages).as("the 60-row table runs onto further pages").isGreaterThanOrEqualTo(2);

        Assumptions.assumeTrue(pdftotextAvailable(), "pdftotext (poppler-utils) is not installed");
        String text = pdftotext(file);
        String compact = compact(text);
        assertThat(compact).contains(TITLE, "DB-20261124-0001", "张三：", "申请人", "张三", "最低生活保障",
                "和平社区党群服务中心", "2026年11月24日", LAST_ROW_REMARK);
        for (int page = 1; page <= pages; page++) {
            // pdftotext drops the narrow spaces of "第 1 页 共 2 页" between wide characters.
            assertThat(compact).contains("第" + page + "页共" + pages + "页");
        }
    }

    @Test
    void pdfboxReadsTheSameTextAndTheHeaderRepeatsOnEachPage() throws IOException {
        byte[] pdf = PRINTER.print(longNotice());

        try (PDDocument document = Loader.loadPDF(pdf)) {
            int pages = document.getNumberOfPages();
            assertThat(pages).isGreaterThanOrEqualTo(2);
            assertThat(document.getDocumentInformation().getTitle()).isEqualTo(TITLE);
            String all = compact(new PDFTextStripper().getText(document));
            assertThat(all).contains(TITLE, "张三", "最低生活保障", "2026年11月24日", LAST_ROW_REMARK);
            for (int page = 1; page <= pages; page++) {
                String pageText = pageText(document, page);
                assertThat(compact(pageText)).as("page %d", page).contains("第" + page + "页共" + pages + "页");
                if (page > 1 && page < pages) {
                    assertThat(compact(pageText)).as("header repeated on page %d", page).contains("与申请人关系");
                }
            }
            // Every row made it: none is lost at a page break.
            for (int row = 1; row <= 60; row++) {
                assertThat(all).contains("第" + row + "户家庭成员收入核对完毕");
            }
        }
    }

    @Test
    void embedsASubsetOfTheFont() throws IOException {
        byte[] pdf = PRINTER.print(longNotice());

        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<PDFont> fonts = new ArrayList<>();
            for (PDPage page : document.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    fonts.add(page.getResources().getFont(name));
                }
            }
            assertThat(fonts).isNotEmpty().allSatisfy(font -> {
                assertThat(font).isInstanceOf(PDType0Font.class);
                assertThat(font.isEmbedded()).isTrue();
                PDCIDFont descendant = ((PDType0Font) font).getDescendantFont();
                PDFontDescriptor descriptor = descendant.getFontDescriptor();
                assertThat(descriptor.getFontFile2()).as("embedded TrueType font file").isNotNull();
                assertThat(font.getName()).as("subset tag").matches("[A-Z]{6}\\+WenQuanYiMicroHei");
            });
        }
        assertThat(pdf.length).as("a subset, not the 5 MB font").isLessThan(300_000);
    }

    @Test
    void aLongParagraphRunsOntoTheNextPageWithoutLosingText() throws IOException {
        String sentence = "根据《城乡居民最低生活保障办法》规定，经入户调查和民主评议，现将有关事项告知如下。";
        String paragraph = sentence.repeat(80);
        Notice notice = new Notice("告知书", null, "李四：", List.of(new Notice.Paragraph(paragraph)),
                "光明社区居民委员会", LocalDate.of(2026, 3, 5));

        byte[] pdf = PRINTER.print(notice);

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isGreaterThanOrEqualTo(2);
            String all = compact(new PDFTextStripper().getText(document));
            assertThat(all).contains("第1页共", "2026年3月5日");
            // Page footers fall between the lines of the paragraph; without them it is whole.
            assertThat(all.replaceAll("第\\d+页共\\d+页", "").contains(paragraph)).as("the whole paragraph").isTrue();
        }
    }

    @Test
    void aCharacterTheFontLacksShowsAsABoxInsteadOfFailing() throws IOException {
        // U+20024 (CJK Extension B) is outside the font's repertoire.
        Notice notice = new Notice("证明", null, null,
                List.of(new Notice.Paragraph("姓名：王" + new String(Character.toChars(0x20024)) + "明")), null, null);

        try (PDDocument document = Loader.loadPDF(PRINTER.print(notice))) {
            assertThat(compact(new PDFTextStripper().getText(document))).contains("姓名：王□明", "第1页共1页");
        }
    }

    @Test
    void rendersAOnePageNoticeWellUnder100MillisecondsWarm() {
        Notice notice = shortNotice();
        for (int i = 0; i < 20; i++) {
            PRINTER.print(notice);
        }
        long best = Long.MAX_VALUE;
        for (int i = 0; i < 10; i++) {
            long start = System.nanoTime();
            byte[] pdf = PRINTER.print(notice);
            best = Math.min(best, System.nanoTime() - start);
            assertThat(pdf).isNotEmpty();
        }
        assertThat(TimeUnit.NANOSECONDS.toMillis(best)).isLessThan(100);
    }

    @Test
    void printsConcurrently() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<byte[]>> prints = IntStream.range(0, 12)
                    .mapToObj(i -> pool.submit(() -> PRINTER.print(shortNotice())))
                    .toList();
            for (Future<byte[]> print : prints) {
                try (PDDocument document = Loader.loadPDF(print.get(30, TimeUnit.SECONDS))) {
                    assertThat(compact(new PDFTextStripper().getText(document))).contains("受理回执", "张三");
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static Notice shortNotice() {
        return new Notice("受理回执", "QJ-20261124-0001", "张三：", List.of(
                new Notice.Paragraph("您于2026年11月24日提交的最低生活保障申请材料齐全，符合法定形式，本窗口已予受理。"),
                new Notice.Fields(List.of(new Notice.Field("申请人", "张三"),
                        new Notice.Field("申请事项", "最低生活保障"),
                        new Notice.Field("承诺时限", "20个工作日")))),
                "和平社区党群服务中心", LocalDate.of(2026, 11, 24));
    }

    private static Notice longNotice() {
        List<List<String>> members = new ArrayList<>();
        for (int i = 1; i <= 60; i++) {
            members.add(List.of(String.valueOf(i), "家庭成员" + i, i % 3 == 0 ? "子女" : "配偶",
                    "11010119800101" + String.format("%04d", i),
                    i % 7 == 0
                            ? "务工收入每月约2600元，另有临时性补贴；已提供银行流水、劳动合同及村（居）委会出具的情况说明，第" + i
                              + "户家庭成员收入核对完毕"
                            : "第" + i + "户家庭成员收入核对完毕"));
        }
        return new Notice(TITLE, "DB-20261124-0001", "张三：", List.of(
                new Notice.Paragraph("您（身份证号110101198001010011）于2026年11月24日向本社区提出最低生活保障申请。"
                        + "经审查，申请材料齐全，符合法定形式，现予受理。我们将在20个工作日内完成家庭经济状况核对和入户调查，"
                        + "请保持电话（13800138000）畅通，并配合工作人员入户。"),
                new Notice.Fields(List.of(
                        new Notice.Field("申请人", "张三"),
                        new Notice.Field("申请事项", "最低生活保障"),
                        new Notice.Field("家庭住址", "云溪县城关街道和平社区幸福路18号院3号楼2单元501室"),
                        new Notice.Field("受理窗口", "和平社区党群服务中心一窗受理窗口"))),
                new Notice.Paragraph("家庭成员及收入情况如下："),
                new Notice.Table(List.of("序号", "姓名", "与申请人关系", "身份证号", "收入情况说明"), members),
                new Notice.Paragraph("如对以上信息有异议，请于收到本通知之日起5个工作日内向本社区提出。")),
                "和平社区党群服务中心", LocalDate.of(2026, 11, 24));
    }

    private static Path write(String name, byte[] pdf) throws IOException {
        return Files.write(OUTPUT.resolve(name), pdf);
    }

    private static int pageCount(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return document.getNumberOfPages();
        }
    }

    private static String pageText(PDDocument document, int page) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        return stripper.getText(document);
    }

    /** Without white space: a line break may fall anywhere in a Chinese phrase. */
    private static String compact(String text) {
        return text.replaceAll("\\s+", "");
    }

    private static boolean pdftotextAvailable() {
        try {
            Process process = new ProcessBuilder("pdftotext", "-v").redirectErrorStream(true).start();
            process.getInputStream().readAllBytes();
            return process.waitFor(10, TimeUnit.SECONDS) && process.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static String pdftotext(Path pdf) throws IOException, InterruptedException {
        Process process = new ProcessBuilder("pdftotext", "-enc", "UTF-8", "-layout", pdf.toString(), "-")
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        String text = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as("pdftotext exit code").isZero();
        return text;
    }
}
