package io.github.earningscalls.transcript;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.earningscalls.transcript.json.TranscriptJson;
import io.github.earningscalls.transcript.json.TranscriptSchema;
import io.github.earningscalls.transcript.model.Diagnostic;
import io.github.earningscalls.transcript.model.Paragraph;
import io.github.earningscalls.transcript.model.Participant;
import io.github.earningscalls.transcript.model.Role;
import io.github.earningscalls.transcript.model.SectionKind;
import io.github.earningscalls.transcript.model.Transcript;
import io.github.earningscalls.transcript.model.Turn;
import io.github.earningscalls.transcript.model.TurnKind;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Invariants on every Seeking Alpha transcript of the shared corpus. */
class SeekingAlphaCorpusTest {
    private static final TranscriptParser PARSER = TranscriptParser.builder().build();

    static Stream<Path> transcripts() throws IOException {
        return Corpus.files("seeking-alpha").stream().filter(p -> !isEmptyFile(p));
    }

    private static boolean isEmptyFile(Path p) {
        try {
            return Files.size(p) == 0;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void theEmptyFileFailsWithAClearMessage() throws IOException {
        for (Path p : Corpus.files("seeking-alpha")) {
            if (isEmptyFile(p)) {
                assertThatThrownBy(() -> PARSER.read(p))
                        .isInstanceOf(TranscriptParseException.class)
                        .hasMessage(p + ": the input is empty");
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("transcripts")
    void parsesWithConsistentStructure(Path file) throws Exception {
        Transcript t = PARSER.read(file);
        assertThat(t.turns()).isNotEmpty();
        assertThat(t.source().format()).isEqualTo(TranscriptFormat.SEEKING_ALPHA);
        Turn previous = null;
        for (Turn turn : t.turns()) {
            if (previous != null) {
                // Turns a scrape ran together on one line share it; their text offsets still follow each other.
                assertThat(turn.line()).as("turn at %d starts after the previous turn", turn.line())
                        .isGreaterThanOrEqualTo(previous.endLine());
                if (turn.line() == previous.endLine() && !turn.paragraphs().isEmpty() && !previous.paragraphs().isEmpty()) {
                    assertThat(turn.paragraphs().get(0).start()).as("turn at %d follows on its line", turn.line())
                            .isGreaterThanOrEqualTo(previous.paragraphs().get(previous.paragraphs().size() - 1).end());
                } else if (turn.line() == previous.endLine()) {
                    assertThat(t.diagnostics()).extracting(Diagnostic::code).contains("GLUED_TEXT_SPLIT");
                }
            }
            assertThat(turn.endLine()).isGreaterThanOrEqualTo(turn.line());
            assertThat(t.participant(turn.speakerId())).as("speaker of turn at line %d", turn.line()).isPresent();
            previous = turn;
        }
        Set<String> normalizedNames = new HashSet<>();
        for (Participant p : t.participants()) {
            assertThat(normalizedNames.add(p.name().toLowerCase().replaceAll("[^a-z]", "")))
                    .as("two participants share the name %s", p.name()).isTrue();
        }
        t.section(SectionKind.QUESTIONS_AND_ANSWERS).ifPresent(qa -> {
            Set<Integer> inExchange = new HashSet<>();
            qa.exchanges().forEach(e -> inExchange.addAll(e.turnIndices()));
            for (int i = 0; i < qa.turns().size(); i++) {
                if (qa.turns().get(i).kind() == TurnKind.QUESTION) {
                    assertThat(inExchange).as("question turn at line %d is in an exchange", qa.turns().get(i).line())
                            .contains(i);
                }
            }
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("transcripts")
    void everyRosterNameOrOperatorLineOpensATurnAndNoNameIsLeftAsText(Path file) throws Exception {
        Transcript t = PARSER.read(file);
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        Set<String> names = new HashSet<>();
        int lastRosterLine = 0;
        for (Participant p : t.participants()) {
            if (p.listed()) {
                names.add(p.name());
            }
        }
        for (int i = 0; i < lines.size(); i++) {
            String s = lines.get(i).strip();
            if (names.stream().anyMatch(n -> s.startsWith(n + " -") || s.startsWith(n + " \u2013"))) {
                lastRosterLine = Math.max(lastRosterLine, i + 1);
            }
            if (t.turns().isEmpty() || i + 1 >= t.turns().get(0).line()) {
                break;
            }
        }
        int stop = t.diagnostics().stream().filter(d -> d.code().equals("REPEATED_TRANSCRIPT"))
                .mapToInt(Diagnostic::line).findFirst().orElse(lines.size() + 1);
        Set<Integer> turnLines = new HashSet<>();
        t.turns().forEach(turn -> turnLines.add(turn.line()));
        names.add("Operator");
        for (int i = lastRosterLine; i < stop - 1; i++) {
            String s = lines.get(i).strip();
            if (names.contains(s)) {
                assertThat(turnLines).as("line %d '%s' opens a turn", i + 1, s).contains(i + 1);
            }
        }
        for (Turn turn : t.turns()) {
            for (Paragraph p : turn.paragraphs()) {
                assertThat(names).as("paragraph at line %d is a speaker name", p.line()).doesNotContain(p.text());
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("transcripts")
    void paragraphOffsetsPointIntoTheSource(Path file) throws Exception {
        Transcript t = PARSER.read(file);
        String source = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        for (Turn turn : t.turns()) {
            for (Paragraph p : turn.paragraphs()) {
                String slice = source.substring(p.start(), p.end());
                assertThat(io.github.earningscalls.transcript.internal.input.Mojibake.repair(slice))
                        .as("paragraph at line %d", p.line()).isEqualTo(p.text());
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("transcripts")
    void crlfAndByteOrderMarkGiveTheSameStructure(Path file) throws Exception {
        byte[] bytes = Files.readAllBytes(file);
        String text = new String(bytes, StandardCharsets.UTF_8);
        Transcript lf = PARSER.read(bytes, "x");
        Transcript crlf = PARSER.read(text.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8), "x");
        byte[] bom = new byte[bytes.length + 3];
        bom[0] = (byte) 0xEF;
        bom[1] = (byte) 0xBB;
        bom[2] = (byte) 0xBF;
        System.arraycopy(bytes, 0, bom, 3, bytes.length);
        Transcript withBom = PARSER.read(bom, "x");
        assertThat(shape(crlf)).isEqualTo(shape(lf));
        assertThat(shape(withBom)).isEqualTo(shape(lf));
        assertThat(crlf.source().fingerprint()).isEqualTo(lf.source().fingerprint());
        assertThat(crlf.participants()).isEqualTo(lf.participants());
        assertThat(withBom.metadata()).isEqualTo(lf.metadata());
    }

    private static List<String> shape(Transcript t) {
        return t.turns().stream().map(x -> x.line() + " " + x.speakerId() + " " + x.kind() + " " + x.endLine()
                + " " + x.paragraphs().size()).toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("transcripts")
    void jsonIsValidAndReadsBackEqual(Path file) throws Exception {
        Transcript t = PARSER.read(file);
        String json = TranscriptJson.toJson(t);
        assertThat(TranscriptSchema.validate(json)).isEmpty();
        assertThat(TranscriptJson.fromJson(json)).isEqualTo(t);
        assertThat(TranscriptJson.toJson(PARSER.read(file))).isEqualTo(json);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("transcripts")
    void aQaSectionWithoutTheUsualMarkerSaysSo(Path file) throws Exception {
        Transcript t = PARSER.read(file);
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        t.section(SectionKind.QUESTIONS_AND_ANSWERS).ifPresent(qa -> {
            if (!lines.get(qa.line() - 1).strip().equals("Question-and-Answer Session")) {
                assertThat(t.diagnostics()).extracting(Diagnostic::code)
                        .containsAnyOf("QA_MARKER_MISSING", "QA_MARKER_VARIANT", "GLUED_TEXT_SPLIT");
            }
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("transcripts")
    void listedAnalystsAskAndCompanySpeakersAnswer(Path file) throws Exception {
        Transcript t = PARSER.read(file);
        for (Turn turn : t.turns()) {
            if (turn.role() == Role.OPERATOR) {
                assertThat(turn.kind()).isEqualTo(TurnKind.OPERATOR);
            } else if (turn.kind() == TurnKind.QUESTION) {
                assertThat(turn.role()).isIn(Role.ANALYST, Role.UNKNOWN);
            }
        }
    }
}
