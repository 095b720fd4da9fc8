package io.github.earningscalls.transcript;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.earningscalls.transcript.json.TranscriptJson;
import io.github.earningscalls.transcript.model.Annotation;
import io.github.earningscalls.transcript.model.Diagnostic;
import io.github.earningscalls.transcript.model.Exchange;
import io.github.earningscalls.transcript.model.Paragraph;
import io.github.earningscalls.transcript.model.Participant;
import io.github.earningscalls.transcript.model.Section;
import io.github.earningscalls.transcript.model.Transcript;
import io.github.earningscalls.transcript.model.Turn;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Inputs for the robustness tests (the bundled samples and, when present, the real corpus) and the
 * contract every parse must keep: a {@link Transcript} or a {@link TranscriptParseException} whose
 * message starts with the source name, nothing else; and a transcript that is structurally sound.
 */
public final class Inputs {
    private Inputs() {
    }

    /** The bundled samples, {@code samples/**}{@code /*.txt} and the StreetEvents {@code .xml} ones, sorted. */
    public static List<Path> samples() {
        return txtFiles(Path.of("samples"));
    }

    /** Every {@code .txt} and {@code .xml} file of the shared corpus, sorted; empty when the corpus is absent. */
    public static List<Path> corpus() {
        Path root = Corpus.root();
        return Files.isDirectory(root) ? txtFiles(root) : List.of();
    }

    /** The samples, then the corpus files when the corpus is present. */
    public static List<Path> documents() {
        List<Path> all = new ArrayList<>(samples());
        all.addAll(corpus());
        return all;
    }

    /** The file's text, read as UTF-8 with malformed bytes replaced (for mutation, not for checking decoding). */
    public static String text(Path p) {
        try {
            return new String(Files.readAllBytes(p), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Path> txtFiles(Path dir) {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(p -> (p.toString().endsWith(".txt") || p.toString().endsWith(".xml")) && Files.isRegularFile(p))
                    .sorted()
                    .collect(Collectors.toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What a parse gave: exactly one of the two is set. */
    public record Outcome(Transcript transcript, TranscriptParseException failure) {
    }

    /** A parse that may fail only with a {@link TranscriptParseException}. */
    public interface Parse {
        Transcript run() throws TranscriptParseException, IOException;
    }

    /**
     * Runs a parse and checks the contract: it returns a transcript or throws a
     * {@link TranscriptParseException} whose message starts with {@code source + ":"}; any other
     * exception or error fails the test, with the input's description.
     */
    public static Outcome parse(String source, String what, Parse parse) {
        try {
            Transcript t = parse.run();
            assertThat(t).as("parse of %s", what).isNotNull();
            return new Outcome(t, null);
        } catch (TranscriptParseException e) {
            assertThat(e.getMessage()).as("message of the failure on %s", what).startsWith(source + ":");
            assertThat(e.sourceName()).isEqualTo(source);
            assertThat(e.line()).isNotNegative();
            return new Outcome(null, e);
        } catch (IOException | RuntimeException | StackOverflowError | OutOfMemoryError e) {
            throw new AssertionError("parse of " + what + " broke the contract with " + e, e);
        }
    }

    /** Parses text with the parser, checks the contract and, for a transcript, its soundness and JSON round trip. */
    public static Outcome check(TranscriptParser parser, String source, String text) {
        Outcome o = parse(source, describe(text), () -> parser.read(text, source));
        if (o.transcript() != null) {
            assertSound(o.transcript(), text.length());
        }
        return o;
    }

    /** Parses bytes with the parser, checks the contract and, for a transcript, its soundness and JSON round trip. */
    public static Outcome check(TranscriptParser parser, String source, byte[] bytes) {
        Outcome o = parse(source, bytes.length + " bytes", () -> parser.read(bytes, source));
        if (o.transcript() != null) {
            assertSound(o.transcript(), -1);
        }
        return o;
    }

    private static String describe(String text) {
        String head = text.length() > 300 ? text.substring(0, 300) + "..." : text;
        return text.length() + " chars: \"" + head.replace("\n", "\\n").replace("\r", "\\r") + "\"";
    }

    /**
     * Structural sanity: turns in source order, every speaker a participant, line and offset ranges
     * inside the source, annotations inside their paragraph, exchanges pointing at their section's
     * turns, unique participant ids, and an equal transcript after a JSON round trip.
     *
     * @param textLength the decoded source length, or -1 when unknown; offsets of an unwrapped
     *                   container refer to the unwrapped text and are then checked only for order
     */
    public static void assertSound(Transcript t, int textLength) {
        boolean unwrapped = t.diagnostics().stream().anyMatch(d -> d.code().equals("UNWRAPPED"));
        int lines = t.source().lineCount();
        Set<String> ids = new HashSet<>();
        for (Participant p : t.participants()) {
            assertThat(ids.add(p.id())).as("participant id %s is unique", p.id()).isTrue();
        }
        Turn previous = null;
        for (Turn turn : t.turns()) {
            assertThat(ids).as("speaker of the turn at line %d", turn.line()).contains(turn.speakerId());
            assertThat(turn.line()).as("turn line").isBetween(1, lines);
            assertThat(turn.endLine()).as("turn end line").isBetween(turn.line(), lines);
            if (previous != null) {
                assertThat(turn.line()).as("turn at %d follows the previous turn", turn.line())
                        .isGreaterThanOrEqualTo(previous.line());
            }
            for (Paragraph p : turn.paragraphs()) {
                assertThat(p.line()).as("paragraph line").isBetween(turn.line(), turn.endLine());
                assertThat(p.start()).as("paragraph start").isNotNegative().isLessThanOrEqualTo(p.end());
                if (textLength >= 0 && !unwrapped) {
                    assertThat(p.end()).as("paragraph end at line %d", p.line()).isLessThanOrEqualTo(textLength);
                }
                int from = 0;
                for (Annotation a : p.annotations()) {
                    assertThat(a.start()).as("annotation start").isGreaterThanOrEqualTo(from);
                    assertThat(a.end()).as("annotation end").isLessThanOrEqualTo(p.text().length());
                    assertThat(p.text().substring(a.start(), a.end())).isEqualTo(a.text());
                    from = a.end();
                }
                assertThat(p.wordCount()).isNotNegative();
            }
            previous = turn;
        }
        for (Section s : t.sections()) {
            for (Exchange e : s.exchanges()) {
                assertThat(ids).contains(e.questionerId());
                for (int i : e.turnIndices()) {
                    assertThat(i).as("exchange turn index").isBetween(0, s.turns().size() - 1);
                }
            }
        }
        for (Diagnostic d : t.diagnostics()) {
            assertThat(d.line()).as("line of %s", d).isBetween(0, lines);
        }
        try {
            assertThat(TranscriptJson.fromJson(TranscriptJson.toJson(t))).as("JSON round trip").isEqualTo(t);
        } catch (IOException e) {
            throw new AssertionError("the JSON of a parsed transcript does not read back", e);
        }
    }

    /** A distinct two-word name for each number: capitalised letters only, as names are. */
    public static String personName(int i) {
        StringBuilder first = new StringBuilder("B");
        StringBuilder last = new StringBuilder("K");
        int k = i;
        for (int j = 0; j < 4; j++) {
            first.append((char) ('a' + k % 26));
            k /= 26;
        }
        k = i * 7 + 3;
        for (int j = 0; j < 4; j++) {
            last.append((char) ('a' + k % 26));
            k /= 26;
        }
        return first + " " + last;
    }
}
