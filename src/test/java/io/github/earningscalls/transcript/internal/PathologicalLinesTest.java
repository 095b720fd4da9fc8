package io.github.earningscalls.transcript.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.earningscalls.transcript.Inputs;
import io.github.earningscalls.transcript.internal.assemble.Annotations;
import io.github.earningscalls.transcript.internal.assemble.Questions;
import io.github.earningscalls.transcript.internal.header.EventLine;
import io.github.earningscalls.transcript.internal.input.Collapsed;
import io.github.earningscalls.transcript.internal.input.Html;
import io.github.earningscalls.transcript.internal.input.LineIndex;
import io.github.earningscalls.transcript.internal.input.LineReader;
import io.github.earningscalls.transcript.internal.input.ListItems;
import io.github.earningscalls.transcript.internal.input.Mojibake;
import io.github.earningscalls.transcript.internal.input.Unwrapper;
import io.github.earningscalls.transcript.internal.layout.FormatDetector;
import io.github.earningscalls.transcript.internal.layout.preset.InlineSpeakers;
import io.github.earningscalls.transcript.internal.layout.preset.SeekingAlpha;
import io.github.earningscalls.transcript.internal.lex.Glue;
import io.github.earningscalls.transcript.internal.lex.PageFurniture;
import io.github.earningscalls.transcript.internal.lex.SpeakerLines;
import io.github.earningscalls.transcript.internal.lex.Speakers;
import io.github.earningscalls.transcript.internal.people.Introductions;
import io.github.earningscalls.transcript.internal.people.Names;
import io.github.earningscalls.transcript.internal.people.ParticipantDirectory;
import io.github.earningscalls.transcript.internal.people.Person;
import io.github.earningscalls.transcript.internal.people.Titles;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hang guard for each line classifier and splitter, called directly on megabyte lines built to
 * make it backtrack or go quadratic. Each call must finish (generous timeout) and keep its own
 * contract on the result (offsets inside the text, hits in order).
 */
@Timeout(value = 10, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class PathologicalLinesTest {
    private static final int MB = 1 << 20;

    static Stream<Named<Supplier<String>>> lines() {
        return Stream.of(
                named("'(' x 1M", () -> "(".repeat(MB)),
                named("'[' x 1M", () -> "[".repeat(MB)),
                named("nested brackets", () -> "[".repeat(MB / 2) + "]".repeat(MB / 2)),
                named("nested parentheses", () -> "(".repeat(MB / 2) + ")".repeat(MB / 2)),
                named("'Q1 ' repeated", () -> "Q1 ".repeat(MB / 3)),
                named("'Q1 2021 ' repeated", () -> "Q1 2021 FY ".repeat(MB / 11)),
                named("'a - ' repeated", () -> "a - ".repeat(MB / 4)),
                named("' -' repeated", () -> " -".repeat(MB / 2)),
                named("name-like", () -> "Jane Doe ".repeat(MB / 9)),
                named("dots", () -> ".".repeat(MB)),
                named("digits", () -> "9".repeat(MB)),
                named("'Operator' repeated", () -> "Operator".repeat(MB / 8)),
                named("'May 11, ' repeated", () -> "May 11, ".repeat(MB / 8)),
                named("mojibake", () -> "\u00C3\u00A9\u00E2\u20AC\u2122".repeat(MB / 5)),
                named("mojibake leads", () -> "\u00E2".repeat(MB)),
                named("question marks", () -> "Mr.?".repeat(MB / 4)),
                named("letters then a dot", () -> "a".repeat(MB) + ". x"),
                named("ampersands", () -> "&".repeat(MB)),
                named("colons", () -> "Jane Doe:".repeat(MB / 9)),
                named("commas", () -> "Jane Doe - CFO, ".repeat(MB / 16)));
    }

    private static Named<Supplier<String>> named(String name, Supplier<String> line) {
        return Named.of(name, line);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("lines")
    void everyClassifierFinishesOnAMegabyteLine(Supplier<String> make) {
        String s = make.get();
        assertThat(Annotations.find(s)).allSatisfy(a -> assertThat(s.substring(a.start(), a.end())).isEqualTo(a.text()));
        // classify sees a mark's inside (at most 80 characters) and parse a header line (at most 600).
        Annotations.classify(s.substring(0, 80));
        assertThat(EventLine.isEventLine(s)).isFalse();
        assertThat(EventLine.hasTicker(s)).isFalse();
        EventLine.parse(s.substring(0, 600));
        EventLine.period(s);
        EventLine.eventType(s, false);
        assertThat(Names.looksLikeName(s, 1)).as("over 60 characters is never a name").isFalse();
        Names.keyWords(s);
        Names.slug(s);
        assertThat(Names.distance(s, s + "xx", 1)).as("a length gap over the limit ends at once").isEqualTo(2);
        Speakers.split(s);
        Speakers.findDash(s);
        Speakers.stripBrackets(s);
        Speakers.isOperator(s);
        Speakers.genericRole(s);
        assertThat(Speakers.letters(s).length()).isLessThanOrEqualTo(s.length());
        String repaired = Mojibake.repair(s);
        assertThat(Mojibake.offsetMap(s)).hasSize(s.length() + 1);
        assertThat(repaired.length()).isLessThanOrEqualTo(s.length());
        Questions.find(s);
        Introductions.firmOf(s, "Jane Doe");
        Introductions.mentions(s, "Jane Doe Smith");
        Introductions.handsOverToQuestions(s);
        assertThat(Html.unescape(s).length()).isLessThanOrEqualTo(s.length());
        Html.toText(s);
        Collapsed.split(s);
        ListItems.split("[" + s + "]");
        ListItems.rosterEntries(s);
        Titles.looksLikeTitle(s);
        Unwrapper.unwrap(s);
        new SpeakerLines(InlineSpeakers.RULES, new ParticipantDirectory()).find(s, "next");
        new SpeakerLines(SeekingAlpha.RULES, new ParticipantDirectory()).find(s, "next");
        List<Glue.Hit> hits = Glue.find(s, List.of("Jane Doe", "Operator", "Question-and-Answer Session"));
        int last = 0;
        for (Glue.Hit h : hits) {
            assertThat(h.start()).isGreaterThanOrEqualTo(last);
            last = h.end();
        }
        assertThat(Glue.paragraphEnds(s, 0, s.length())).last().isEqualTo(s.length());
    }

    @Test
    void theGlueSplitterFindsEveryCopyOfANameRepeatedWithoutSpaces() {
        String s = "And so." + "JaneDoe".repeat(MB / 7) + "Thanks";
        List<Glue.Hit> hits = Glue.find(s, List.of("JaneDoe"));
        assertThat(hits).hasSize(MB / 7);
        assertThat(hits.get(1).start()).isEqualTo(hits.get(0).end());
    }

    @Test
    void twoHundredThousandShortLinesAreSplitInLinearTime() throws Exception {
        String text = "a\n".repeat(100_000) + "b\r\n".repeat(50_000) + "c\r".repeat(50_000);
        LineIndex lines = LineReader.read(text, 10, "s");
        assertThat(lines.size()).isEqualTo(200_000);
        assertThat(lines.number(199_999)).isEqualTo(200_000);
        assertThat(lines.start(199_999)).isEqualTo(text.length() - 2);
        assertThat(lines.line(199_999)).isEqualTo("c");
        String[] array = new String[200_000];
        for (int i = 0; i < array.length; i++) {
            array[i] = "Page " + i + " of 200000";
        }
        boolean[] furniture = PageFurniture.find(array);
        assertThat(furniture[0]).isTrue();
        assertThat(FormatDetector.detect(lines)).isNotNull();
    }

    @Test
    void aDirectoryOfManyPeopleResolvesEachLabelQuickly() {
        ParticipantDirectory directory = new ParticipantDirectory();
        List<String> names = new ArrayList<>();
        for (int i = 0; i < 100_000; i++) {
            String name = Inputs.personName(i);
            names.add(name);
            // Resolve first, as the assembler does, then add: every add invalidates the cache.
            assertThat(directory.resolve(name).kind()).isEqualTo(ParticipantDirectory.MatchKind.NONE);
            directory.add(new Person(name, null, null, io.github.earningscalls.transcript.model.Role.UNKNOWN, false, i + 1));
        }
        assertThat(directory.people()).hasSize(100_000);
        assertThat(directory.resolve(names.get(500)).kind()).isEqualTo(ParticipantDirectory.MatchKind.EXACT);
        assertThat(directory.resolve(names.get(500).toUpperCase()).person().name()).isEqualTo(names.get(500));
    }
}
