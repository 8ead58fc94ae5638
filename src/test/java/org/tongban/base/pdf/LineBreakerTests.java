package org.tongban.base.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class LineBreakerTests {

    /** A 汉字 is 10 wide, anything below U+2000 (Latin, digits, spaces) 5. */
    private static final LineBreaker.Widths WIDTHS = codePoint -> codePoint < 0x2000 ? 5 : 10;

    private static List<String> wrap(String text, float width) {
        return LineBreaker.wrap(text, width, width, WIDTHS);
    }

    @Test
    void breaksChineseBetweenAnyTwoCharactersWithoutSpaces() {
        assertThat(wrap("最低生活保障申请已受理", 40)).containsExactly("最低生活", "保障申请", "已受理");
    }

    @Test
    void theFirstLineMayBeNarrowerForTheIndent() {
        assertThat(LineBreaker.wrap("最低生活保障申请已受理", 20, 40, WIDTHS)).containsExactly("最低", "生活保障", "申请已受",
                "理");
    }

    @Test
    void keepsLatinWordsAndNumbersWhole() {
        assertThat(wrap("案号QJ-20261124-0001已登记", 90)).containsExactly("案号", "QJ-20261124-0001已", "登记");
        assertThat(wrap("电话 13800138000 联系", 60)).containsExactly("电话", "13800138000", "联系");
    }

    @Test
    void splitsAWordOnlyWhenItIsWiderThanTheLine() {
        assertThat(wrap("ABCDEFGHIJ", 20)).containsExactly("ABCD", "EFGH", "IJ");
    }

    @Test
    void closingPunctuationNeverStartsALine() {
        // The line would break before "，" and "。": the character before goes along with each.
        assertThat(wrap("申请人张三，已受理。", 50)).containsExactly("申请人张", "三，已受", "理。");
        assertThat(wrap("申请人张三。”已受理", 50)).containsExactly("申请人张", "三。”已受", "理");
        // ... and an opening quote before that then goes along too.
        assertThat(wrap("他说：“好。”", 50)).containsExactly("他说：", "“好。”");
    }

    @Test
    void openingPunctuationNeverEndsALine() {
        assertThat(wrap("请携带《身份证》原件", 40)).containsExactly("请携带", "《身份", "证》原件");
    }

    @Test
    void lineFeedsForceABreakAndSpacesDoNotStartALine() {
        assertThat(wrap("第一行\n第二行", 100)).containsExactly("第一行", "第二行");
        assertThat(wrap("word word word", 50)).containsExactly("word word", "word");
        assertThat(wrap("", 50)).containsExactly("");
    }
}
