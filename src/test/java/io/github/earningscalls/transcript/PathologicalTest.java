package io.github.earningscalls.transcript;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.earningscalls.transcript.json.TranscriptJson;
import io.github.earningscalls.transcript.model.Diagnostic;
import io.github.earningscalls.transcript.model.Transcript;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hang guard (as commonmark-java's): inputs built to make a line classifier, a splitter or the
 * speaker resolution go quadratic or backtrack. The timeouts are generous; they catch a hang, they
 * do not measure speed: the slowest cases took 10 seconds on a 2-core machine that other builds were
 * sharing, while a quadratic pass over these inputs would take many minutes.
 */
@Timeout(value = 30, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class PathologicalTest {
    private static final int MB = 1 << 20;
    private static final TranscriptParser PARSER = TranscriptParser.builder().build();
    static final String HEADER = """
            Acme Corp. (NYSE:ACME) Q1 2021 Earnings Conference Call May 11, 2021 9:00 PM ET
            Company Participants
            Jane Doe - Chief Executive Officer
            John Roe - Chief Financial Officer
            Conference Call Participants
            Sam Poe - Big Bank
            Operator
            Welcome to the call.
            Jane Doe
            """;

    static Stream<Named<Supplier<String>>> megabyteLines() {
        return Stream.of(
                line("1 MB of '('", () -> "(".repeat(MB)),
                line("1 MB of '['", () -> "[".repeat(MB)),
                line("nested brackets", () -> "[(".repeat(MB / 4) + ")]".repeat(MB / 4)),
                line("'Q1 ' repeated", () -> "Q1 ".repeat(MB / 3)),
                line("'a - ' repeated", () -> "a - ".repeat(MB / 4)),
                line("' -' repeated", () -> " -".repeat(MB / 2)),
                line("a huge name-like line", () -> "Jane Doe ".repeat(MB / 9)),
                line("one capitalised word per word", () -> "Aa ".repeat(MB / 3)),
                line("dots", () -> ".".repeat(MB)),
                line("dot space", () -> ". ".repeat(MB / 2)),
                line("digits", () -> "9".repeat(MB)),
                line("'Operator' repeated with spaces", () -> "Operator ".repeat(MB / 9)),
                line("a roster name glued a thousand times", () -> "And then." + "Jane Doe".repeat(1000) + "x".repeat(MB)),
                line("mojibake-looking characters", () -> "\u00C3\u00A9\u00E2\u20AC\u2122".repeat(MB / 5)),
                line("mojibake lead bytes only", () -> "\u00C3".repeat(MB)),
                line("question marks", () -> "a?".repeat(MB / 2)),
                line("one long word then a question", () -> "a".repeat(MB) + ". Why?"),
                line("quotes after a dot", () -> "." + "\"".repeat(MB)),
                line("colons", () -> "Jane Doe:".repeat(MB / 9)),
                line("ampersands", () -> "&".repeat(MB)),
                line("angle brackets", () -> "<".repeat(MB)),
                line("commas", () -> ", ".repeat(MB / 2)),
                line("dashes", () -> "\u2014".repeat(MB)),
                line("a month name and digits", () -> "May 11, 2021 9:00 PM ".repeat(MB / 21)),
                line("a ticker without a close", () -> "(NYSE:ACME ".repeat(MB / 11)));
    }

    private static Named<Supplier<String>> line(String name, Supplier<String> text) {
        return Named.of(name, text);
    }

    @ParameterizedTest(name = "{0} inside a turn")
    @MethodSource("megabyteLines")
    void aMegabyteLineInsideATurnFinishes(Supplier<String> line) {
        Inputs.Outcome o = Inputs.check(PARSER, "long.txt", HEADER + line.get() + "\nOperator\nThank you.\n");
        assertThat(o.transcript()).as("the header and speakers are still read").isNotNull();
        assertThat(o.transcript().turns()).hasSizeGreaterThanOrEqualTo(3);
    }

    @ParameterizedTest(name = "{0} as the whole input")
    @MethodSource("megabyteLines")
    void aMegabyteLineAloneFinishes(Supplier<String> line) {
        Inputs.check(PARSER, "alone.txt", line.get());
    }

    @ParameterizedTest(name = "{0} in the roster")
    @MethodSource("megabyteLines")
    void aMegabyteLineInTheRosterFinishes(Supplier<String> line) {
        Inputs.check(PARSER, "roster.txt", "Company Participants\n" + line.get() + "\nOperator\nWelcome.\n");
    }

    @Test
    void aMegabyteLineOfOneRosterNameGluedFinishes() {
        // The glue splitter finds the name at every position; the turn limit stops the flood.
        assertThatThrownBy(() -> PARSER.read(HEADER + "x" + "Jane Doe".repeat(MB / 8), "glued.txt"))
                .isInstanceOf(TranscriptParseException.class)
                .hasMessageContaining("exceeds the maximum allowed (100000, from TranscriptParser.Builder.maxTurns)");
    }

    @Test
    void twoHundredThousandShortLinesFinish() {
        Transcript t = Inputs.check(PARSER, "short.txt", HEADER + "Revenue grew.\n".repeat(200_000)).transcript();
        assertThat(t.turns()).hasSize(2);
        assertThat(t.turns().get(1).endLine()).isEqualTo(200_009);
    }

    @Test
    void twoHundredThousandDistinctShortLinesAfterALargeRosterFinish() {
        StringBuilder sb = new StringBuilder("Company Participants\n");
        for (int i = 0; i < 5_000; i++) {
            sb.append(Inputs.personName(i)).append(" - Vice President\n");
        }
        sb.append("Operator\nWelcome.\n");
        for (int i = 0; i < 200_000; i++) {
            sb.append(Inputs.personName(i + 10_000)).append(" said\n");
        }
        Transcript t = Inputs.check(PARSER, "roster.txt", sb.toString()).transcript();
        assertThat(t.participants()).hasSizeGreaterThanOrEqualTo(5_000);
    }

    @Test
    void oneHundredThousandTurnsOfDistinctSpeakersFinish() throws Exception {
        StringBuilder sb = new StringBuilder(HEADER).append("Hello.\n");
        for (int i = 0; i < 99_990; i++) {
            sb.append(Inputs.personName(i)).append("\nHi.\n");
        }
        Transcript t = PARSER.read(sb.toString(), "many.txt");
        assertThat(t.turns()).hasSize(99_992);
        assertThat(t.participants()).hasSize(99_994);
        assertThat(t.diagnostics()).hasSize(1001).last().extracting(Diagnostic::code).isEqualTo("DIAGNOSTICS_TRUNCATED");
        assertThat(TranscriptJson.fromJson(TranscriptJson.toJson(t)).participants()).hasSize(99_994);
    }

    @Test
    void ninetyThousandSpeakersSharingOneSurnameFinish() throws Exception {
        StringBuilder sb = new StringBuilder(HEADER).append("Hello.\n");
        for (int i = 0; i < 90_000; i++) {
            sb.append(Inputs.personName(i).substring(0, 5)).append(" Smith\nHi.\n");
        }
        Transcript t = PARSER.read(sb.toString(), "surname.txt");
        assertThat(t.turns()).hasSize(90_002);
        assertThat(t.participants()).hasSizeGreaterThan(80_000);
    }

    @Test
    void oneTurnOverTheLimitFailsNamingTheSetting() {
        StringBuilder sb = new StringBuilder(HEADER).append("Hello.\n");
        for (int i = 0; i < 100_000; i++) {
            sb.append(i % 2 == 0 ? "Operator" : "Jane Doe").append("\nHi.\n");
        }
        assertThatThrownBy(() -> PARSER.read(sb.toString(), "turns.txt"))
                .isInstanceOf(TranscriptParseException.class)
                .hasMessageStartingWith("turns.txt:")
                .hasMessageContaining("more than 100000 turns")
                .hasMessageContaining("from TranscriptParser.Builder.maxTurns");
    }

    @Test
    void aHugeRosterFinishes() {
        StringBuilder sb = new StringBuilder("Company Participants\n");
        for (int i = 0; i < 50_000; i++) {
            sb.append(Inputs.personName(i)).append(" - Chief Officer\n");
        }
        sb.append("Operator\nWelcome.\n").append(Inputs.personName(7)).append("\nThanks.\n");
        Transcript t = Inputs.check(PARSER, "roster.txt", sb.toString()).transcript();
        assertThat(t.participants()).hasSize(50_001);
        assertThat(t.turns().get(1).speaker()).isEqualTo(Inputs.personName(7));
    }

    @Test
    void aHugeRosterBeforeManyLongLinesWithGlueLikePlacesFinishes() {
        // Every long line is searched for roster names run into the text; each lower-case letter followed at
        // once by a capital is a place a name could end, and every roster name ends in a lower-case letter.
        StringBuilder sb = new StringBuilder("Company Participants\n");
        for (int i = 0; i < 50_000; i++) {
            sb.append(Inputs.personName(i)).append(" - Chief Officer\n");
        }
        sb.append("Operator\nWelcome.\n").append(Inputs.personName(7)).append('\n');
        String line = "Demand held up in every regionToday we raise the outlookAnd margins ".repeat(4);
        for (int i = 0; i < 20_000; i++) {
            sb.append(line).append('\n');
        }
        Transcript t = Inputs.check(PARSER, "roster.txt", sb.toString()).transcript();
        assertThat(t.turns()).hasSize(2);
        assertThat(t.turns().get(1).paragraphs()).hasSize(20_000);
    }

    @Test
    void deeplyNestedJsonLikeInputFinishes() {
        Inputs.check(PARSER, "nested.json", "{\"articleBody\": " + "[".repeat(MB / 2) + "]".repeat(MB / 2) + "}");
        Inputs.check(PARSER, "nested.json", "[{\"articleBody\": \"x\"," + "{\"a\":".repeat(MB / 6));
    }

    @Test
    void htmlLikeInputsFinish() {
        Inputs.check(PARSER, "page.html", "<br>".repeat(20) + "&".repeat(MB));
        Inputs.check(PARSER, "page.html", "<br>".repeat(20) + "<head>".repeat(MB / 6));
        Inputs.check(PARSER, "page.html", "<p>".repeat(MB / 3));
        Inputs.check(PARSER, "page.html", "<td>".repeat(20) + "<tr><td>a</td><td>b</td></tr>".repeat(MB / 29));
    }

    @Test
    void oneLineListsAndCollapsedTextFinish() {
        Inputs.check(PARSER, "list.txt", "[Operator, Executives, " + "x, ".repeat(MB / 3) + "]");
        Inputs.check(PARSER, "list.txt", "[Executives, " + "Jane Doe - CFO, ".repeat(MB / 16) + "Operator, Hi.]");
        Inputs.check(PARSER, "collapsed.txt", "Operator: Welcome." + "Jane Doe: Hello there.".repeat(MB / 22));
        Inputs.check(PARSER, "collapsed.txt", "a.".repeat(MB / 2) + "\n");
    }
}
