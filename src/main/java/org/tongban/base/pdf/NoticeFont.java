package org.tongban.base.pdf;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The one typeface of every notice: WenQuanYi Micro Hei (文泉驿微米黑, a 黑体 with the GBK repertoire; Apache-2.0, see
 * {@code fonts/README.txt}), shipped as a resource so that Chinese renders where the OS has no CJK font. Documents get
 * a subset of it, only the glyphs they use (a one-page notice is some 10–20 KB).
 *
 * <p>The file is read once. Parsed faces are pooled rather than shared: a face reads its glyphs from one stream while
 * a document's subset is written, so it serves one document at a time, and parsing it again for every document would
 * cost more than setting a whole page.
 */
final class NoticeFont {

    static final String RESOURCE = "fonts/wqy-microhei.ttc";
    /** The proportional face; the collection also holds a monospaced one. */
    private static final String FACE = "WenQuanYiMicroHei";
    private static final int MAX_IDLE = 4;
    private static final int REPLACEMENT = '□';

    private final byte[] collection;
    private final BlockingQueue<Face> idle = new ArrayBlockingQueue<>(MAX_IDLE);

    NoticeFont() {
        try (InputStream in = NoticeFont.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Font missing from the classpath: " + RESOURCE);
            }
            this.collection = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + RESOURCE, e);
        }
    }

    /** The font for one document; close the lease after the document is saved, which is when the subset is written. */
    Lease embed(PDDocument document) throws IOException {
        Face face = idle.poll();
        if (face == null) {
            face = parse();
        }
        try {
            return new Lease(face, PDType0Font.load(document, face.font(), true));
        } catch (IOException | RuntimeException e) {
            face.close();
            throw e;
        }
    }

    private Face parse() throws IOException {
        TrueTypeCollection fonts = new TrueTypeCollection(new ByteArrayInputStream(collection));
        try {
            TrueTypeFont font = fonts.getFontByName(FACE);
            if (font == null) {
                throw new IOException("No face " + FACE + " in " + RESOURCE);
            }
            return new Face(fonts, font, font.getUnicodeCmapLookup(), font.getUnitsPerEm(), new HashMap<>());
        } catch (IOException | RuntimeException e) {
            fonts.close();
            throw e;
        }
    }

    /** A parsed face and what is looked up in it for every character; widths in thousandths of the size. */
    private record Face(TrueTypeCollection fonts, TrueTypeFont font, CmapLookup cmap, int unitsPerEm,
                        Map<Integer, Float> widths) {

        void close() {
            try {
                fonts.close();
            } catch (IOException ignored) {
                // In-memory data: nothing is left open.
            }
        }
    }

    /** The font lent to one document. */
    final class Lease implements AutoCloseable {

        private final Face face;
        private final PDType0Font font;

        private Lease(Face face, PDType0Font font) {
            this.face = face;
            this.font = font;
        }

        PDType0Font font() {
            return font;
        }

        /** Advance width of a character at {@code size}, in points. */
        float width(int codePoint, float size) {
            return face.widths().computeIfAbsent(codePoint, this::advance) * size / 1000f;
        }

        float width(String text, float size) {
            float sum = 0;
            for (int i = 0; i < text.length(); i += Character.charCount(text.codePointAt(i))) {
                sum += width(text.codePointAt(i), size);
            }
            return sum;
        }

        /**
         * The text as it can be set: tabs become spaces, other control characters go, and a character the font lacks
         * (a rare 生僻字 outside GBK) shows as □ instead of failing the whole notice. Line feeds are kept for the line
         * breaker.
         */
        String printable(String text) {
            if (text == null) {
                return "";
            }
            StringBuilder out = new StringBuilder(text.length());
            text.codePoints().forEach(codePoint -> {
                if (codePoint == '\n') {
                    out.append('\n');
                } else if (codePoint == '\t') {
                    out.append(' ');
                } else if (!Character.isISOControl(codePoint)) {
                    out.appendCodePoint(face.cmap().getGlyphId(codePoint) != 0 ? codePoint : REPLACEMENT);
                }
            });
            return out.toString();
        }

        private float advance(int codePoint) {
            try {
                int glyph = face.cmap().getGlyphId(codePoint);
                return face.font().getAdvanceWidth(glyph) * 1000f / face.unitsPerEm();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** Back to the pool; only after the document is saved. */
        @Override
        public void close() {
            if (!idle.offer(face)) {
                face.close();
            }
        }
    }
}
