package org.tongban.base.pdf;

import java.util.ArrayList;
import java.util.List;

/**
 * Breaks Chinese text into lines: between any two Chinese characters, but not inside a Latin word or a number (a case
 * number such as {@code QJ-20261124-0001} stays whole unless it is wider than the line). Closing punctuation never
 * starts a line and opening punctuation never ends one (避头尾): the character before is taken along to the next line.
 */
final class LineBreaker {

    /** Advance width of one code point at the size being set, in points. */
    @FunctionalInterface
    interface Widths {
        float of(int codePoint);
    }

    private static final String NO_LINE_START = "，。、；：？！）》」』】〕〉”’…—·‥,.;:?!)]}%";
    private static final String NO_LINE_END = "（《「『【〔〈“‘([{";
    private static final float TOLERANCE = 0.01f;

    private LineBreaker() {
    }

    /**
     * The lines of {@code text}, the first no wider than {@code firstWidth} (a first-line indent makes it narrower) and
     * the others no wider than {@code width}. A line feed forces a break; an empty text gives one empty line.
     */
    static List<String> wrap(String text, float firstWidth, float width, Widths widths) {
        List<String> lines = new ArrayList<>();
        for (String part : text.split("\r?\n", -1)) {
            new Filler(lines, firstWidth, width, widths).fill(part);
        }
        return lines;
    }

    /** Greedy filling of one paragraph's lines, token by token. */
    private static final class Filler {

        private final List<String> lines;
        private final float firstWidth;
        private final float width;
        private final Widths widths;
        private final List<String> line = new ArrayList<>();
        private float lineWidth;

        Filler(List<String> lines, float firstWidth, float width, Widths widths) {
            this.lines = lines;
            this.firstWidth = firstWidth;
            this.width = width;
            this.widths = widths;
        }

        void fill(String text) {
            int at = 0;
            while (at < text.length()) {
                int end = tokenEnd(text, at);
                String token = text.substring(at, end);
                float tokenWidth = width(token);
                if (isSpace(token)) {
                    if (!line.isEmpty()) {
                        add(token, tokenWidth);
                    }
                } else if (lineWidth + tokenWidth <= available() + TOLERANCE) {
                    add(token, tokenWidth);
                } else if (line.isEmpty()) {
                    splitOversized(token);
                } else {
                    breakBefore(token);
                    continue; // the same token again, now on a fresh line
                }
                at = end;
            }
            emit();
        }

        /** Ends the current line before {@code token}, carrying over what may not stay at the end of the line. */
        private void breakBefore(String token) {
            List<String> carried = new ArrayList<>();
            if (isOne(token, NO_LINE_START)) {
                dropTrailingSpaces();
                if (line.size() > 1) {
                    // Take the character before along, and before that while it is closing punctuation too (。”).
                    do {
                        carried.add(0, line.remove(line.size() - 1));
                    } while (line.size() > 1 && isOne(carried.get(0), NO_LINE_START));
                } else {
                    // Nothing to take along: let the punctuation hang past the edge rather than start a line.
                    add(token, width(token));
                    return;
                }
            }
            while (line.size() > 1 && isOne(line.get(line.size() - 1), NO_LINE_END)) {
                carried.add(0, line.remove(line.size() - 1));
            }
            emit();
            for (String kept : carried) {
                add(kept, width(kept));
            }
        }

        /** A word wider than a whole line: broken between characters after all. */
        private void splitOversized(String token) {
            token.codePoints().forEach(codePoint -> {
                String character = Character.toString(codePoint);
                float characterWidth = widths.of(codePoint);
                if (!line.isEmpty() && lineWidth + characterWidth > available() + TOLERANCE) {
                    emit();
                }
                add(character, characterWidth);
            });
        }

        private float available() {
            return lines.isEmpty() ? firstWidth : width;
        }

        private void add(String token, float tokenWidth) {
            line.add(token);
            lineWidth += tokenWidth;
        }

        private void emit() {
            dropTrailingSpaces();
            lines.add(String.join("", line));
            line.clear();
            lineWidth = 0;
        }

        private void dropTrailingSpaces() {
            while (!line.isEmpty() && isSpace(line.get(line.size() - 1))) {
                lineWidth -= width(line.remove(line.size() - 1));
            }
        }

        private float width(String token) {
            float sum = 0;
            for (int i = 0; i < token.length(); i += Character.charCount(token.codePointAt(i))) {
                sum += widths.of(token.codePointAt(i));
            }
            return sum;
        }
    }

    /** The widest piece of {@code text} that is not broken unless it must be: a Latin word, a number, one 汉字. */
    static float widestUnbreakable(String text, Widths widths) {
        float widest = 0;
        int at = 0;
        while (at < text.length()) {
            int end = tokenEnd(text, at);
            float tokenWidth = 0;
            for (int i = at; i < end; i += Character.charCount(text.codePointAt(i))) {
                tokenWidth += widths.of(text.codePointAt(i));
            }
            widest = Math.max(widest, tokenWidth);
            at = end;
        }
        return widest;
    }

    /** A token is a run of spaces, a run of word characters (Latin, digits), or one other character (汉字, 标点). */
    private static int tokenEnd(String text, int start) {
        int first = text.codePointAt(start);
        int end = start + Character.charCount(first);
        if (isSpace(first)) {
            while (end < text.length() && isSpace(text.codePointAt(end))) {
                end += Character.charCount(text.codePointAt(end));
            }
        } else if (isWordCharacter(first)) {
            while (end < text.length() && isWordCharacter(text.codePointAt(end))) {
                end += Character.charCount(text.codePointAt(end));
            }
        }
        return end;
    }

    /** Latin, Greek, Cyrillic letters, digits and ASCII punctuation; General Punctuation (“”—…) and CJK are not. */
    private static boolean isWordCharacter(int codePoint) {
        return codePoint < 0x2000 && !isSpace(codePoint) && !Character.isISOControl(codePoint)
                && NO_LINE_END.indexOf(codePoint) < 0;
    }

    private static boolean isSpace(int codePoint) {
        return codePoint == ' ' || codePoint == '\t' || codePoint == 0x3000;
    }

    private static boolean isSpace(String token) {
        return isSpace(token.codePointAt(0));
    }

    private static boolean isOne(String token, String characters) {
        return token.codePointCount(0, token.length()) == 1 && characters.indexOf(token.codePointAt(0)) >= 0;
    }
}
