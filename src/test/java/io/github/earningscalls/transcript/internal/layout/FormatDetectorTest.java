package io.github.earningscalls.transcript.internal.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.earningscalls.transcript.TranscriptFormat;
import io.github.earningscalls.transcript.internal.input.LineReader;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Layout detection: which telltales each layout earns points for, and how the points add up. */
class FormatDetectorTest {
    private static final String FILLER = "Revenue grew in every region this quarter and margins held up well.";
    private static final String EVENT = "Acme Widgets (NYSE:ACW) Q1 2021 Earnings Call May 11, 2021 9:00 AM ET";

    private static FormatDetector.Detection detect(List<String> lines) throws Exception {
        return FormatDetector.detect(LineReader.read(String.join("\n", lines), 100_000, "test"));
    }

    private static FormatDetector.Detection detect(String... lines) throws Exception {
        return detect(List.of(lines));
    }

    private static void assertDetected(FormatDetector.Detection d, TranscriptFormat format, double confidence) {
        assertThat(d.format()).isEqualTo(format);
        assertThat(d.confidence()).isCloseTo(confidence, within(1e-9));
    }

    private static List<String> times(int n, String... lines) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Collections.addAll(out, lines);
        }
        return out;
    }

    /** A line of speech of exactly {@code length} characters, ending with {@code end}. */
    private static String speech(int length, char end) {
        StringBuilder sb = new StringBuilder("We shipped more widgets than ever");
        while (sb.length() < length - 1) {
            sb.append(sb.length() % 5 == 0 ? ' ' : 'w');
        }
        return sb.append(end).toString();
    }

    @Test
    void textWithNoTelltaleFallsBackToTheFirstLayoutWithNoConfidence() throws Exception {
        assertDetected(detect(FILLER, FILLER), TranscriptFormat.SEEKING_ALPHA, 0);
        assertDetected(detect("Management"), TranscriptFormat.SEEKING_ALPHA, 0);
    }

    @Test
    void seekingAlphaTelltalesAddUp() throws Exception {
        assertDetected(detect(EVENT), TranscriptFormat.SEEKING_ALPHA, 0.5);
        assertDetected(detect(EVENT, "Company Participants"), TranscriptFormat.SEEKING_ALPHA, 0.8);
        assertDetected(detect(EVENT, "Operator"), TranscriptFormat.SEEKING_ALPHA, 0.7);
        assertDetected(detect("Question-and-Answer Session"), TranscriptFormat.SEEKING_ALPHA, 0.2);
        assertDetected(detect(EVENT, "Executives", "Operator", "Question-and-Answer Session"),
                TranscriptFormat.SEEKING_ALPHA, 1.0);
    }

    @Test
    void theEventLineCountsOnlyAmongTheFirstThirtyNonBlankLines() throws Exception {
        List<String> cover = times(29, FILLER, "");
        cover.add(EVENT);
        assertDetected(detect(cover), TranscriptFormat.SEEKING_ALPHA, 0.5);
        cover.add(0, FILLER);
        assertDetected(detect(cover), TranscriptFormat.SEEKING_ALPHA, 0);
    }

    @Test
    void aRosterHeadingIsShorterThanFortyCharacters() throws Exception {
        String padded39 = "Company" + " ".repeat(20) + "Participants";
        assertThat(padded39).hasSize(39);
        assertDetected(detect(padded39), TranscriptFormat.SEEKING_ALPHA, 0.3);
        assertDetected(detect(padded39.replace("Company ", "Company  ")), TranscriptFormat.SEEKING_ALPHA, 0);
    }

    @Test
    void onlyTheOpeningFourHundredNonBlankLinesAreRead() throws Exception {
        List<String> lines = times(399, FILLER, "");
        lines.add("Operator");
        assertDetected(detect(lines), TranscriptFormat.SEEKING_ALPHA, 0.2);
        lines.add(0, FILLER);
        assertDetected(detect(lines), TranscriptFormat.SEEKING_ALPHA, 0);
    }

    @Test
    void anInterleavedTranslationIsJudgedOnItsEnglishLines() throws Exception {
        assertDetected(detect("[0:01] [EN] Operator"), TranscriptFormat.SEEKING_ALPHA, 0.2);
        assertDetected(detect("[0:00:01] [EN] Operator"), TranscriptFormat.SEEKING_ALPHA, 0);
        assertDetected(detect("Note] [EN] Operator"), TranscriptFormat.SEEKING_ALPHA, 0);
    }

    @Test
    void motleyFoolTelltalesAddUp() throws Exception {
        assertDetected(detect("Prepared Remarks:"), TranscriptFormat.MOTLEY_FOOL, 0.4);
        assertDetected(detect("Questions and Answers:"), TranscriptFormat.MOTLEY_FOOL, 0.3);
        assertDetected(detect("Call participants:"), TranscriptFormat.MOTLEY_FOOL, 0.2);
        assertDetected(detect("Questions and Answers:", "CALL PARTICIPANTS:", "Duration: 61 minutes"),
                TranscriptFormat.MOTLEY_FOOL, 0.7);
        assertDetected(detect("Prepared Remarks:", "Questions and Answers:", "Call Participants:", "Contents:"),
                TranscriptFormat.MOTLEY_FOOL, 1.0);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Image source: The Motley Fool.", "Duration: 61 minutes", "Contents:"})
    void motleyFoolPageChromeIsATelltale(String line) throws Exception {
        assertDetected(detect(FILLER, line), TranscriptFormat.MOTLEY_FOOL, 0.2);
    }

    @Test
    void pageChromeMustBeExact() throws Exception {
        assertDetected(detect("Contents", "Image: The Motley Fool", "Runtime: 61 minutes"), TranscriptFormat.SEEKING_ALPHA, 0);
    }

    @Test
    void threeShortDoubleDashSpeakerLinesMarkTheOldMotleyFool() throws Exception {
        String speaker = "Jane Roe -- Chief Executive Officer";
        assertDetected(detect(speaker, FILLER, "Sam Poe -- Analyst", FILLER, speaker), TranscriptFormat.MOTLEY_FOOL, 0.4);
        assertDetected(detect(speaker, FILLER, "Sam Poe -- Analyst"), TranscriptFormat.SEEKING_ALPHA, 0);
        assertDetected(detect("revenue -- up", "margin -- flat", "-- Jane Roe"), TranscriptFormat.SEEKING_ALPHA, 0);
        String long149 = speaker + " " + "x".repeat(149 - speaker.length() - 1);
        assertThat(long149).hasSize(149);
        assertDetected(detect(times(3, long149)), TranscriptFormat.MOTLEY_FOOL, 0.4);
        assertDetected(detect(times(3, long149 + "x")), TranscriptFormat.SEEKING_ALPHA, 0);
    }

    @Test
    void motleyFool2025IsMarkedByItsBodyHeadingAndRoleFirstLines() throws Exception {
        String body = "Full Conference Call Transcript";
        assertDetected(detect(body), TranscriptFormat.MOTLEY_FOOL_2025, 0.6);
        assertDetected(detect("Chief Financial Officer \u2014 Jane Roe"), TranscriptFormat.MOTLEY_FOOL_2025, 0.2);
        assertDetected(detect("Chief Financial Officer \u2013 Jane Roe"), TranscriptFormat.MOTLEY_FOOL_2025, 0.2);
        assertDetected(detect("Acme Widgets \u2014 Jane Roe"), TranscriptFormat.SEEKING_ALPHA, 0);
        String roleFirst = "Chief Financial Officer \u2014 Jane Roe ";
        String long99 = roleFirst + "x".repeat(99 - roleFirst.length());
        assertDetected(detect(long99), TranscriptFormat.MOTLEY_FOOL_2025, 0.2);
        assertDetected(detect(long99 + "x"), TranscriptFormat.SEEKING_ALPHA, 0);
        assertDetected(detect(body, "Jane Roe: Thanks.", "Sam Poe: Hello."), TranscriptFormat.MOTLEY_FOOL_2025, 0.6);
        assertDetected(detect(body, "Jane Roe: Thanks.", "Sam Poe: Hello.", "Jane Roe: Sure."),
                TranscriptFormat.MOTLEY_FOOL_2025, 0.9);
    }

    @Test
    void inlineSpeakersCountFromThreeAndMoreFromTen() throws Exception {
        assertDetected(detect("Jane Roe: Thanks.", "Sam Poe: Hello."), TranscriptFormat.SEEKING_ALPHA, 0);
        assertDetected(detect(times(3, "Jane Roe: Thanks.")), TranscriptFormat.INLINE_SPEAKERS, 0.5);
        assertDetected(detect(times(9, "Jane Roe: Thanks.")), TranscriptFormat.INLINE_SPEAKERS, 0.5);
        assertDetected(detect(times(10, "Jane Roe: Thanks.")), TranscriptFormat.INLINE_SPEAKERS, 0.7);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"FNDW", "2,345 words", "Acme Q1 call - Fair Disclosure Wire", "Financial Disclosure Wire"})
    void newsWireMarksAreATelltaleOfInlineSpeakers(String line) throws Exception {
        assertDetected(detect(line), TranscriptFormat.INLINE_SPEAKERS, 0.3);
    }

    @Test
    void wireMarksMustBeExact() throws Exception {
        assertDetected(detect("about 2,345 words", "FNDW daily", "Financial Disclosure Wires"),
                TranscriptFormat.SEEKING_ALPHA, 0);
    }

    @Test
    void aModeratorAndAWireMarkAddUp() throws Exception {
        assertDetected(detect("Moderator: Welcome to the call."), TranscriptFormat.INLINE_SPEAKERS, 0.3);
        assertDetected(detect("FNDW", "Moderator: Welcome to the call."), TranscriptFormat.INLINE_SPEAKERS, 0.6);
    }

    @Test
    void dotLeadersAndSectionHeadingsMarkCallStreet() throws Exception {
        String leader20 = ". . . . . . . . . ..";
        assertThat(leader20).hasSize(20);
        assertDetected(detect(times(3, leader20)), TranscriptFormat.FACTSET_CALLSTREET, 0.6);
        assertDetected(detect(times(2, leader20)), TranscriptFormat.SEEKING_ALPHA, 0);
        assertDetected(detect(times(3, leader20.substring(1))), TranscriptFormat.SEEKING_ALPHA, 0);
        assertDetected(detect(times(3, "....................x")), TranscriptFormat.SEEKING_ALPHA, 0);
        assertDetected(detect(times(3, "..........x.........")), TranscriptFormat.SEEKING_ALPHA, 0);
        assertDetected(detect("MANAGEMENT DISCUSSION SECTION"), TranscriptFormat.FACTSET_CALLSTREET, 0.3);
        assertDetected(detect("MANAGEMENT DISCUSSION SECTION", "QUESTION AND ANSWER SECTION"),
                TranscriptFormat.FACTSET_CALLSTREET, 0.6);
    }

    @Test
    void fiveNamesAloneBeforeLongSpeechMarkNameLines() throws Exception {
        String speech = speech(70, '.');
        List<String> names = List.of("Jane Roe", "Sam Poe, Big Bank", "Ann Lee - Chief Financial Officer",
                "Tom Kay - Acme, Inc.", "Eve Fox, Analyst - Big Bank");
        List<String> lines = new ArrayList<>();
        for (String name : names) {
            lines.add(name);
            lines.add(speech);
        }
        assertDetected(detect(lines), TranscriptFormat.NAME_LINES, 0.5);
        assertDetected(detect(lines.subList(2, 10)), TranscriptFormat.SEEKING_ALPHA, 0);
        assertDetected(detect(times(14, "Jane Roe", speech)), TranscriptFormat.NAME_LINES, 0.5);
        assertDetected(detect(times(15, "Jane Roe", speech)), TranscriptFormat.NAME_LINES, 0.7);
    }

    @Test
    void twoNameLinesThatASpeakersListNamesMarkNameLinesWhateverFollowsThem() throws Exception {
        List<String> lines = List.of("Speakers:", "Jane Roe, Chief Executive Officer", "Sam Poe (Chief Financial Officer)",
                "JANE ROE", "Slide 1 – Results", "- Thank you, and welcome", "SAM POE", "Slide 5 – Capital");
        assertDetected(detect(lines), TranscriptFormat.NAME_LINES, 0.4);
        // One name line is not yet a layout; a name no list gave is no evidence; nor is a list entry itself.
        assertDetected(detect(lines.subList(0, 6)), TranscriptFormat.SEEKING_ALPHA, 0);
        assertDetected(detect("Jane Roe, Chief Executive Officer", "JANE ROE", "TOM KAY", "Slide 1"),
                TranscriptFormat.SEEKING_ALPHA, 0);
        assertDetected(detect("Jane Roe, Chief Executive Officer", "Jane Roe, Chief Executive Officer", "Slide 1"),
                TranscriptFormat.SEEKING_ALPHA, 0);
        // The list names people with their titles: a firm after the comma, or speech, lists nobody.
        assertDetected(detect("Jane Roe, Some Bank", "Sam Poe, I agree", "JANE ROE", "SAM POE", "Slide 1"),
                TranscriptFormat.SEEKING_ALPHA, 0);
    }

    @Test
    void aNameLineIsFollowedWithinThreeLinesBySpeechOfSixtyCharactersOrMore() throws Exception {
        assertDetected(detect(times(5, "Jane Roe", "", "", speech(70, '.'))), TranscriptFormat.NAME_LINES, 0.5);
        assertDetected(detect(times(5, "Jane Roe", "", "", "", speech(70, '.'))), TranscriptFormat.SEEKING_ALPHA, 0);
        assertDetected(detect(times(5, "Jane Roe", speech(60, '.'))), TranscriptFormat.NAME_LINES, 0.5);
        assertDetected(detect(times(5, "Jane Roe", speech(59, '.'))), TranscriptFormat.SEEKING_ALPHA, 0);
        assertDetected(detect(times(5, "Jane Roe")), TranscriptFormat.SEEKING_ALPHA, 0);
        assertDetected(detect(times(5, "revenue was strong", speech(70, '.'))), TranscriptFormat.SEEKING_ALPHA, 0);
    }

    @Test
    void aNameLineIsAtMostOneHundredCharacters() throws Exception {
        String name = "Jane Roe, ";
        String long100 = name + "B".repeat(100 - name.length());
        assertDetected(detect(times(5, long100, speech(70, '.'))), TranscriptFormat.NAME_LINES, 0.5);
        assertDetected(detect(times(5, long100 + "B", speech(70, '.'))), TranscriptFormat.SEEKING_ALPHA, 0);
    }

    @ParameterizedTest(name = "speech ending with {0}")
    @ValueSource(chars = {'.', '?', '!'})
    void aNameLineFollowsTheEndOfASentence(char end) throws Exception {
        assertDetected(detect(times(5, "Jane Roe", speech(70, end))), TranscriptFormat.NAME_LINES, 0.5);
    }

    @Test
    void aNameLineDoesNotFollowSpeechCutMidSentence() throws Exception {
        assertDetected(detect(times(5, "Jane Roe", speech(70, ','))), TranscriptFormat.SEEKING_ALPHA, 0);
        String short39 = "and that is what we expect for the year";
        assertThat(short39).hasSize(39);
        assertDetected(detect(times(5, "Jane Roe", speech(70, ','), short39)), TranscriptFormat.NAME_LINES, 0.5);
        assertDetected(detect(times(5, "Jane Roe", speech(70, ','), short39 + "s")), TranscriptFormat.SEEKING_ALPHA, 0);
    }

    /** A signal matching lines equal to {@code text}, counting how often it is asked. */
    private static final class Probe {
        int asked;
        final Signal signal;

        Probe(String text) {
            signal = Signal.of(text, l -> {
                asked++;
                return l.text().equals(text);
            });
        }
    }

    private static FormatDetector.Detection detect(List<LayoutRules> presets, String... lines) throws Exception {
        return FormatDetector.detect(LineReader.read(String.join("\n", lines), 100_000, "test"), presets);
    }

    private static LayoutRules preset(TranscriptFormat format, Telltale... telltales) {
        LayoutRules.Builder b = LayoutRules.builder(format);
        for (Telltale t : telltales) {
            b.telltale(t);
        }
        return b.build();
    }

    @Test
    void theWeightsOfTheTelltalesMetAddUpAndTheFirstOfEqualScoresWins() throws Exception {
        Signal x = new Probe("X").signal;
        Signal y = new Probe("Y").signal;
        List<LayoutRules> presets = List.of(
                preset(TranscriptFormat.NAME_LINES, Telltale.any(x, 0.2), Telltale.atLeast(3, y, 0.4)),
                preset(TranscriptFormat.FACTSET_CALLSTREET, Telltale.atLeast(2, y, 0.2)));
        assertDetected(detect(presets, "X", "Y", "Y"), TranscriptFormat.NAME_LINES, 0.2);
        assertDetected(detect(presets, "Y", "Y"), TranscriptFormat.FACTSET_CALLSTREET, 0.2);
        assertDetected(detect(presets, "X", "Y", "Y", "Y"), TranscriptFormat.NAME_LINES, 0.6);
        assertDetected(detect(presets, "nothing"), TranscriptFormat.NAME_LINES, 0);
    }

    @Test
    void theConfidenceIsTheWinningScoreCappedAtOneButScoresAreComparedUncapped() throws Exception {
        Signal x = new Probe("X").signal;
        List<LayoutRules> presets = List.of(preset(TranscriptFormat.NAME_LINES, Telltale.any(x, 0.7), Telltale.any(x, 0.7)),
                preset(TranscriptFormat.FACTSET_CALLSTREET, Telltale.any(x, 1.2)));
        assertDetected(detect(presets, "X"), TranscriptFormat.NAME_LINES, 1.0);
    }

    @Test
    void aTelltaleWithTwoSignalsIsEarnedOnlyWhenBothAreSeen() throws Exception {
        Signal x = new Probe("X").signal;
        Signal y = new Probe("Y").signal;
        List<LayoutRules> presets = List.of(preset(TranscriptFormat.NAME_LINES, Telltale.atLeast(2, x, 0.5).and(y)));
        assertDetected(detect(presets, "X", "X"), TranscriptFormat.NAME_LINES, 0);
        assertDetected(detect(presets, "X", "Y"), TranscriptFormat.NAME_LINES, 0);
        assertDetected(detect(presets, "X", "Y", "X"), TranscriptFormat.NAME_LINES, 0.5);
    }

    @Test
    void aSignalSharedByTwoPresetsIsTestedOncePerLineUntilTheMostDemandingTelltaleHasItsLines() throws Exception {
        Probe x = new Probe("X");
        Probe y = new Probe("Y");
        List<LayoutRules> presets = List.of(
                preset(TranscriptFormat.NAME_LINES, Telltale.atLeast(3, x.signal, 0.5), Telltale.any(y.signal, 0.1)),
                preset(TranscriptFormat.INLINE_SPEAKERS, Telltale.atLeast(2, x.signal, 0.4)));
        detect(presets, "X", "a", "X", "X", "X", "b", "Y", "c");
        assertThat(x.asked).as("X lines, up to the third").isEqualTo(4);
        assertThat(y.asked).as("Y until seen").isEqualTo(7);
    }

    @Test
    void aSignalCountedWithinTheFirstLinesIsNotTestedAfterThem() throws Exception {
        Probe x = new Probe("X");
        Probe y = new Probe("Y");
        List<LayoutRules> presets = List.of(preset(TranscriptFormat.NAME_LINES, Telltale.any(x.signal.withinFirst(2), 0.5),
                Telltale.any(y.signal, 0.1)));
        assertDetected(detect(presets, "a", "", "b", "X", "Y"), TranscriptFormat.NAME_LINES, 0.1);
        assertThat(x.asked).as("blank lines do not count").isEqualTo(2);
        assertDetected(detect(presets, "a", "X"), TranscriptFormat.NAME_LINES, 0.5);
    }

    @Test
    void readingStopsWhenEverySignalHasItsLines() throws Exception {
        Probe x = new Probe("X");
        Probe y = new Probe("Y");
        List<LayoutRules> presets = List.of(preset(TranscriptFormat.NAME_LINES, Telltale.any(x.signal, 0.5)),
                preset(TranscriptFormat.FACTSET_CALLSTREET, Telltale.any(y.signal.withinFirst(1), 0.5)));
        detect(presets, "Y", "a", "X", "b", "c");
        assertThat(x.asked).isEqualTo(3);
        assertThat(y.asked).isEqualTo(1);
    }

    @Test
    void theSampleLineSeesTrimmedRepairedEnglishTextAndWhatFollows() throws Exception {
        List<String> seen = new ArrayList<>();
        Signal record = Signal.of("any line", l -> {
            seen.add(l.ordinal() + ":" + l.text() + ":" + l.followsBreak() + ":" + l.nextLength());
            return false;
        });
        detect(List.of(preset(TranscriptFormat.NAME_LINES, Telltale.any(record, 0.1))),
                "  Caf\u00c3\u00a9 talk  ", "", "[0:01] [EN] A line of speech that goes on and on and on,", "", "", "", "End.");
        assertThat(seen).containsExactly("1:Caf\u00e9 talk:true:56", "2:A line of speech that goes on and on and on,:true:0",
                "3:End.:false:0");
    }
}
