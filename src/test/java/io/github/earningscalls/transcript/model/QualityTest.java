package io.github.earningscalls.transcript.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.earningscalls.transcript.TranscriptParseException;
import io.github.earningscalls.transcript.TranscriptParser;
import io.github.earningscalls.transcript.TranscriptParserTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The quality summary: a verdict a batch can be filtered on, and what stayed unresolved. */
class QualityTest {
    /** A listed analyst, then a speaker the roster does not list and nothing places on either side. */
    private static final String UNLISTED_SPEAKER = TranscriptParserTest.HEADER + """
            Question-and-Answer Session
            Operator
            Our first question comes from the line of Sven Larkspur with Alderbrook Partners.
            Sven Larkspur
            How is pulp pricing trending?
            Timothy Okonkwo
            Pulp is stable.
            Wren Halloway
            Freight rates fell in the quarter as new capacity arrived.
            Operator
            That concludes today's call.""";

    @Test
    void aCleanCallHasNothingUnresolved() throws Exception {
        Quality q = TranscriptParser.parse(TranscriptParserTest.CALL).quality();
        assertThat(q.verdict()).isEqualTo(Verdict.CLEAN);
        assertThat(q.errors()).isZero();
        assertThat(q.warnings()).isZero();
        assertThat(q.codes()).isEmpty();
        assertThat(q.speakersUnknownRole()).isZero();
        assertThat(q.turnsUnknownRole()).isZero();
        assertThat(q.wordsUnknownRole()).isZero();
        assertThat(q.turns()).isPositive();
    }

    @Test
    void anUnresolvedSpeakerIsCountedAndPutsTheCallUpForReview() throws Exception {
        Transcript t = TranscriptParser.parse(UNLISTED_SPEAKER);
        Quality q = t.quality();
        assertThat(t.diagnostics()).extracting(Diagnostic::toString).contains(
                "14: WARNING SPEAKER_NOT_IN_ROSTER 'Wren Halloway' is not in the roster",
                "14: WARNING ROLE_INFERRED 'Wren Halloway' taken as UNKNOWN: nothing says which side they are on");
        assertThat(q.verdict()).isEqualTo(Verdict.REVIEW);
        assertThat(q.errors()).isZero();
        assertThat(q.warnings()).isEqualTo(q.codes().values().stream().mapToInt(Integer::intValue).sum());
        assertThat(q.codes()).containsEntry("SPEAKER_NOT_IN_ROSTER", 1).containsEntry("ROLE_INFERRED", 1);
        // Operator, Sven Larkspur, Timothy Okonkwo, Wren Halloway.
        assertThat(q.speakers()).isEqualTo(4);
        assertThat(q.speakersNotListed()).isEqualTo(1);
        assertThat(q.speakersUnknownRole()).isEqualTo(1);
        assertThat(q.turnsUnknownRole()).isEqualTo(1);
        assertThat(q.wordsUnknownRole()).isEqualTo(10);
        assertThat(q.turns()).isEqualTo(t.turns().size());
    }

    @Test
    void withoutARosterNobodyCountsAsUnlisted() throws Exception {
        String noRoster = UNLISTED_SPEAKER.substring(UNLISTED_SPEAKER.indexOf("Question-and-Answer Session"));
        Quality q = TranscriptParser.builder().format(io.github.earningscalls.transcript.TranscriptFormat.SEEKING_ALPHA)
                .build().read(noRoster, "no-roster").quality();
        assertThat(q.speakers()).isEqualTo(4);
        assertThat(q.speakersNotListed()).isZero();
    }

    @Test
    void aStrictParserAcceptsExactlyTheCleanVerdicts() throws Exception {
        TranscriptParser strict = TranscriptParser.builder().strict(true).build();
        List<Path> samples;
        try (Stream<Path> files = Files.walk(Path.of("samples"))) {
            samples = files.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
        }
        assertThat(samples).isNotEmpty();
        for (Path sample : samples) {
            Verdict verdict = TranscriptParser.parse(sample).quality().verdict();
            if (verdict == Verdict.CLEAN) {
                assertThat(strict.read(sample).quality().verdict()).as("%s", sample).isEqualTo(Verdict.CLEAN);
            } else {
                assertThatThrownBy(() -> strict.read(sample)).as("%s", sample)
                        .isInstanceOf(TranscriptParseException.class);
            }
        }
    }

    @Test
    void theVerdictIsTheWorstSeverity() {
        assertThat(Verdict.of(0, 0)).isEqualTo(Verdict.CLEAN);
        assertThat(Verdict.of(0, 3)).isEqualTo(Verdict.REVIEW);
        assertThat(Verdict.of(1, 0)).isEqualTo(Verdict.BROKEN);
        assertThat(Verdict.of(2, 5)).isEqualTo(Verdict.BROKEN);
    }

    @Test
    void codesAreCopiedInCodeOrderAndCountsMustNotBeNegative() {
        Quality q = new Quality(Verdict.REVIEW, 0, 3, 2, 0, 0, 5, 0, 0, Map.of("Z_CODE", 1, "A_CODE", 2));
        assertThat(List.copyOf(q.codes().keySet())).containsExactly("A_CODE", "Z_CODE");
        assertThatThrownBy(() -> q.codes().put("B_CODE", 1)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> new Quality(Verdict.CLEAN, 0, 0, -1, 0, 0, 0, 0, 0, Map.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
