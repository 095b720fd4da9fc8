package io.github.earningscalls.transcript.internal.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Containers scrapers store transcripts in, and the plain text recovered from each. */
class UnwrapperTest {
    private static final String PARAGRAPH = "We shipped more widgets than ever, and margins held up well.";

    private static String container(String text) {
        Unwrapper.Unwrapped u = Unwrapper.unwrap(text);
        return u == null ? null : u.container();
    }

    @Test
    void plainTextIsNotAContainer() {
        assertThat(Unwrapper.unwrap("Operator\nGood morning.\nJane Roe: Thanks, everyone.\n")).isNull();
        assertThat(Unwrapper.unwrap("Revenue rose <br> as planned.")).as("one tag is not a page").isNull();
        assertThat(Unwrapper.unwrap("Is 3 < 4? Yes, 3 <")).as("a '<' at the very end").isNull();
    }

    @Test
    void theArticleBodyOfJsonLdIsDecoded() {
        Unwrapper.Unwrapped u = Unwrapper.unwrap("  \n{\"@type\": \"NewsArticle\", \"articleBody\": "
                + "\"Acme Widgets call.\\nRevenue &amp; margins rose.\"}");
        assertThat(u.container()).isEqualTo("JSON-LD articleBody");
        assertThat(u.text()).isEqualTo("Acme Widgets call. Revenue & margins rose.");
    }

    @Test
    void theArticleBodyIsFoundAnywhereInTheJson() {
        Unwrapper.Unwrapped u = Unwrapper.unwrap("[{\"@graph\": [{\"name\": \"Acme\", \"articleBody\": 7}, "
                + "{\"headline\": \"Q1\"}, {\"articleBody\": \"Hello from Acme.\"}]}]");
        assertThat(u.container()).isEqualTo("JSON-LD articleBody");
        assertThat(u.text()).isEqualTo("Hello from Acme.");
    }

    @Test
    void jsonWithoutATextArticleBodyIsPlainText() {
        assertThat(Unwrapper.unwrap("{\"page\": {\"articleBody\": 7, \"tags\": [1, 2]}}")).isNull();
        assertThat(Unwrapper.unwrap("{\"articleBody\": \"unterminated")).isNull();
        assertThat(Unwrapper.unwrap("Note: \"articleBody\" is where {the text} goes.")).isNull();
    }

    @Test
    void tenTagsMakeAnHtmlPage() {
        Unwrapper.Unwrapped u = Unwrapper.unwrap("<p>Line</p>".repeat(10));
        assertThat(u.container()).isEqualTo("HTML");
        assertThat(u.text()).isEqualTo("Line\n".repeat(10));
        assertThat(Unwrapper.unwrap("<p>Line</p>".repeat(9))).isNull();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Line<br>", "Line<BR/>", "<P>Line</P>", "<p class=\"x\">Line</p>", "<TD>Line",
            "<Div>Line</Div>", "<html>Line"})
    void tagsAreCountedWhateverTheirCase(String piece) {
        assertThat(container(piece.repeat(10))).isEqualTo("HTML");
    }

    @Test
    void aTagCutOffAtTheEndStillCounts() {
        assertThat(container("<p>Line</p>".repeat(9) + "Last<br")).isEqualTo("HTML");
        assertThat(container("<p>Line</p>".repeat(9) + "Last<b")).isNull();
    }

    /** A Python list of paragraphs on one line, longer than 2,000 characters. */
    private static String list(String marker, int length) {
        StringBuilder sb = new StringBuilder("[Acme Widgets Q1 2021 Earnings Call, " + marker + ", Jane Roe - Chief Executive Officer, ");
        while (sb.length() + PARAGRAPH.length() + 2 < length) {
            sb.append(PARAGRAPH).append(' ');
        }
        while (sb.length() < length - 1) {
            sb.append('!');
        }
        return sb.append(']').toString();
    }

    @Test
    void aLongPythonListBecomesOneItemALine() {
        String list = "[Acme Widgets Q1 2021 Earnings Call, Executives, Jane Roe - Chief Executive Officer, Operator, "
                + "Good morning, and welcome., Jane Roe, " + (PARAGRAPH + " ").repeat(40).trim() + "]";
        Unwrapper.Unwrapped u = Unwrapper.unwrap("Source: a scrape\n" + list + "\n");
        assertThat(u.container()).isEqualTo("list of paragraphs");
        assertThat(u.text().split("\n")).containsExactly("Source: a scrape", "Acme Widgets Q1 2021 Earnings Call",
                "Executives", "Jane Roe - Chief Executive Officer", "Operator", "Good morning, and welcome.", "Jane Roe",
                (PARAGRAPH + " ").repeat(40).trim());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Operator", "Executives", "Analysts"})
    void aListNeedsAHeadingOrTheOperatorAsAnItem(String marker) {
        Unwrapper.Unwrapped u = Unwrapper.unwrap(list(marker, 2_500));
        assertThat(u.container()).isEqualTo("list of paragraphs");
        assertThat(u.text()).startsWith("Acme Widgets Q1 2021 Earnings Call\n" + marker + "\n");
        assertThat(Unwrapper.unwrap(list(marker.toLowerCase(Locale.ROOT), 2_500))).isNull();
    }

    @Test
    void aListIsLongerThanTwoThousandCharactersAndClosed() {
        assertThat(list("Operator", 2_001)).hasSize(2_001);
        assertThat(container(list("Operator", 2_001))).isEqualTo("list of paragraphs");
        assertThat(container(list("Operator", 2_000))).isNull();
        String open = list("Operator", 2_500);
        assertThat(container(open.substring(0, open.length() - 1) + "!")).isNull();
    }

    @Test
    void aListOnTheFirstLineHasNothingBeforeIt() {
        assertThat(Unwrapper.unwrap(list("Operator", 2_500)).text()).startsWith("Acme Widgets");
        assertThat(Unwrapper.unwrap("\n" + list("Operator", 2_500)).text()).startsWith("\nAcme Widgets");
    }

    /** A call of five glued speaker turns, padded to {@code length} characters on one line. */
    private static String collapsed(int length) {
        String turns = "Welcome.Jane Roe: Hello all.Sam Poe: Hi.Jane Roe: Thanks.Sam Poe: Sure.Jane Roe: Bye";
        return turns + " now".repeat((length - turns.length()) / 4) + "!".repeat((length - turns.length()) % 4);
    }

    @Test
    void aLongLineWithFiveGluedLabelsGetsItsBreaksBack() {
        String text = collapsed(5_000);
        assertThat(text).hasSize(5_000);
        Unwrapper.Unwrapped u = Unwrapper.unwrap(text);
        assertThat(u.container()).isEqualTo("text without line breaks");
        assertThat(u.text()).startsWith("Welcome.\nJane Roe: Hello all.\nSam Poe: Hi.\n");
        assertThat(Unwrapper.unwrap(collapsed(4_999))).isNull();
        assertThat(Unwrapper.unwrap(collapsed(5_000).replace("Sure.", "Sure,"))).as("four labels").isNull();
    }

    @Test
    void aCollapsedTextHasTwentyLinesAtMost() {
        assertThat(container("Header\n".repeat(19) + collapsed(5_000))).isEqualTo("text without line breaks");
        assertThat(container("Header\n".repeat(20) + collapsed(5_000))).isNull();
        assertThat(container("Header\n" + collapsed(4_999))).isNull();
    }

    @Test
    void manyShortLinesAreNotCollapsedWhateverTheirLabels() {
        String line = "Welcome.Jane Roe: Hello all.Sam Poe: Hi.Jane Roe: Thanks.Sam Poe: Sure.Jane Roe: Bye"
                + " now".repeat(50) + "\n";
        assertThat(Unwrapper.unwrap(line.repeat(20).trim())).isNull();
    }

    private static final String ROSTER = "Acme Widgets Q1 2021 Earnings Call Executives Jane Roe - Chief Executive Officer, "
            + "Tom Kay - Chief Financial Officer Analysts Sam Poe - Big Bank ";

    @Test
    void anInlineArticleGetsOneLineForEachHeadingEntryLabelAndSpeech() {
        String body = ROSTER + "Operator - Good morning, and welcome.\nJane Roe - Chief Executive Officer Thanks, everyone. "
                + "Sam Poe - Big Bank How were margins? Tom Kay - Chief Financial Officer Up a little.";
        assertThat(Unwrapper.inlineArticle(body).split("\n", -1)).containsExactly("Acme Widgets Q1 2021 Earnings Call",
                "Executives", "Jane Roe - Chief Executive Officer", "Tom Kay - Chief Financial Officer", "Analysts",
                "Sam Poe - Big Bank", "Operator", "Good morning, and welcome.", "Jane Roe - Chief Executive Officer",
                "Thanks, everyone.", "Sam Poe - Big Bank", "How were margins?", "Tom Kay - Chief Financial Officer",
                "Up a little.", "");
    }

    @Test
    void aLabelIsOnlyALabelWithSpacesAroundIt() {
        String body = ROSTER + "Operator - Welcome. Tom Kay - Chief Financial Officer";
        assertThat(Unwrapper.inlineArticle(body)).endsWith("\nOperator\nWelcome. Tom Kay - Chief Financial Officer\n");
        assertThat(Unwrapper.inlineArticle(body + " ")).endsWith("\nOperator\nWelcome.\nTom Kay - Chief Financial Officer\n");
    }

    @Test
    void analystsAfterTheOperatorAreNotARosterHeading() {
        String body = "Acme Executives Jane Roe - Chief Executive Officer Operator - Welcome. "
                + "Jane Roe - Chief Executive Officer Analysts asked about margins.";
        assertThat(Unwrapper.inlineArticle(body).split("\n")).containsExactly("Acme", "Executives",
                "Jane Roe - Chief Executive Officer", "Operator", "Welcome.", "Jane Roe - Chief Executive Officer",
                "Analysts asked about margins.");
    }

    @Test
    void aRosterAtTheVeryStartIsStillSplit() {
        assertThat(Unwrapper.inlineArticle(" Executives Jane Roe - Chief Executive Officer Operator - Welcome."))
                .isEqualTo("\nExecutives\nJane Roe - Chief Executive Officer\nOperator\nWelcome.\n");
    }

    @Test
    void anArticleWithoutRosterOrOperatorOnlyLosesItsLineBreaks() {
        assertThat(Unwrapper.inlineArticle("Acme Widgets call.\nRevenue rose.")).isEqualTo("Acme Widgets call. Revenue rose.");
        assertThat(Unwrapper.inlineArticle("Operator - Welcome. Executives Jane Roe - Chief Executive Officer"))
                .isEqualTo("Operator - Welcome. Executives Jane Roe - Chief Executive Officer");
    }
}
