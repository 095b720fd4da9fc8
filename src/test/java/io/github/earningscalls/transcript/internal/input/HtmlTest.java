package io.github.earningscalls.transcript.internal.input;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The text of an HTML page: block elements as line breaks, translations left out, references decoded. */
class HtmlTest {
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"<br>", "<BR/>", "</p>", "</tr>", "</td>", "</th>", "</div>", "</h2>", "</li>",
            "<p class=\"lead\">", "<p>", "<P>"})
    void blockElementsBreakTheLine(String tag) {
        assertThat(Html.toText("Alpha" + tag + "Beta")).isEqualTo("Alpha\nBeta\n");
    }

    @Test
    void inlineElementsAndSourceLineBreaksDoNot() {
        assertThat(Html.toText("Alpha<span>Beta</span> <b>Gamma</b>\nDelta<pre>Eps</pre><h2>Zeta"))
                .isEqualTo("AlphaBeta Gamma DeltaEps\nZeta\n");
    }

    @Test
    void headStyleAndScriptAreDropped() {
        assertThat(Html.toText("<html><head><title>Acme</title></head><body><p>Alpha</p><style>p { color: red; }</style>"
                + "<script>var x = 1 < 2;</script><p>Beta</p></body></html>")).isEqualTo("Alpha\nBeta\n");
        assertThat(Html.toText("<p>Alpha</p><script>var x = 1;")).isEqualTo("Alpha\n");
        assertThat(Html.toText("<p>Alpha</p><script>var x = 1;</script")).isEqualTo("Alpha\n");
        assertThat(Html.toText("<p>Alpha</p><p")).isEqualTo("Alpha\n");
    }

    @Test
    void aTableRowKeepsOnlyItsFirstCell() {
        assertThat(Html.toText("<table><tr><td>Good morning.</td><td>Buenos dias.</td></tr>"
                + "<tr><th>Welcome.</th><th>Bienvenidos.</th></tr></table>After"))
                .isEqualTo("Good morning.\nWelcome.\nAfter\n");
    }

    @Test
    void cjkLinesInterleavedWithEnglishAreLeftOut() {
        assertThat(Html.toText("<p>Good morning, everyone.</p><p>\u5927\u5bb6\u65e9\u4e0a\u597d\u3002</p>"
                + "<p>Revenue rose 5% (\u8425\u6536).</p>"))
                .isEqualTo("Good morning, everyone.\nRevenue rose 5% (\u8425\u6536).\n");
    }

    @Test
    void aLineIsLeftOutWhenMoreThanThirtyPercentIsCjk() {
        assertThat(Html.toText("<p>abcdefg\u4e00\u4e8c\u4e09</p><p>abcdef\u4e00\u4e8c\u4e09</p>"))
                .isEqualTo("abcdefg\u4e00\u4e8c\u4e09\n");
    }

    @Test
    void aPageInCjkAloneIsKept() {
        assertThat(Html.toText("<p>\u5927\u5bb6\u65e9\u4e0a\u597d\u3002</p><p>\uc548\ub155\ud558\uc138\uc694</p>"))
                .isEqualTo("\u5927\u5bb6\u65e9\u4e0a\u597d\u3002\n\uc548\ub155\ud558\uc138\uc694\n");
        assertThat(Html.toText("<p>2021</p><p>\u6b22\u8fce\u3002</p>")).isEqualTo("2021\n\u6b22\u8fce\u3002\n");
    }

    @ParameterizedTest(name = "U+{0}")
    @ValueSource(ints = {0x4E00, 0x9FFF, 0xAC00, 0xD7A3, 0x3040, 0x30FF})
    void theCjkRangesIncludeTheirEnds(int c) {
        String s = Character.toString(c);
        assertThat(Html.toText("<p>Hello</p><p>" + s + s + "</p>")).isEqualTo("Hello\n");
    }

    @ParameterizedTest(name = "U+{0}")
    @ValueSource(ints = {0x4DFF, 0xA000, 0xABFF, 0xD7A4, 0x303F, 0x3100})
    void charactersJustOutsideTheCjkRangesAreKept(int c) {
        String s = Character.toString(c);
        assertThat(Html.toText("<p>Hello</p><p>\u4f60\u597d</p><p>" + s + "</p>")).isEqualTo("Hello\n" + s + "\n");
    }

    @Test
    void referencesAreDecodedAnywhereUpToTenCharacters() {
        assertThat(Html.unescape("&amp; more")).isEqualTo("& more");
        assertThat(Html.unescape("&#00000039;s")).isEqualTo("'s");
        assertThat(Html.unescape("&#000000039;s")).isEqualTo("&#000000039;s");
        assertThat(Html.toText("<p>Q&amp;A &mdash; Acme</p>")).isEqualTo("Q&A \u2014 Acme\n");
    }
}
