package io.github.earningscalls.transcript;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.earningscalls.transcript.model.Diagnostic;
import io.github.earningscalls.transcript.model.Participant;
import io.github.earningscalls.transcript.model.Section;
import io.github.earningscalls.transcript.model.Transcript;
import io.github.earningscalls.transcript.model.Turn;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One fixture per StreetEvents rule or trap, {@code src/test/resources/streetevents/<case>.txt}, beside
 * {@code <case>.expected.txt}: the layout, the roster (name, role, title, firm), every turn (line,
 * section, role, kind, speaker, the header as printed) and the diagnostics. Each case also runs with
 * CRLF line endings and with a byte-order mark, which must change nothing. A case whose result differs
 * writes it to {@code target/streetevents-cases/} for comparison.
 */
class StreetEventsCasesTest {
    private static final Path CASES = Path.of("src/test/resources/streetevents");

    static List<Path> cases() throws IOException {
        try (Stream<Path> s = Files.list(CASES)) {
            return s.filter(p -> p.toString().endsWith(".txt") && !p.toString().endsWith(".expected.txt")).sorted()
                    .collect(Collectors.toList());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void readsAsExpected(Path fixture) throws Exception {
        String name = fixture.getFileName().toString().replaceFirst("\\.txt$", "");
        String text = Files.readString(fixture, StandardCharsets.UTF_8);
        String got = digest(TranscriptParser.builder().build().read(text, name));
        Path expected = CASES.resolve(name + ".expected.txt");
        if (!Files.exists(expected) || !Files.readString(expected, StandardCharsets.UTF_8).equals(got)) {
            Path out = Files.createDirectories(Path.of("target/streetevents-cases")).resolve(name + ".expected.txt");
            Files.writeString(out, got, StandardCharsets.UTF_8);
        }
        assertThat(expected).as("expected result beside the case").exists();
        assertThat(got).isEqualTo(Files.readString(expected, StandardCharsets.UTF_8));
        assertThat(digest(TranscriptParser.builder().build().read(text.replace("\n", "\r\n"), name)))
                .as("with CRLF line endings").isEqualTo(got);
        assertThat(digest(TranscriptParser.builder().build().read("\uFEFF" + text, name)))
                .as("with a byte-order mark").isEqualTo(got);
    }

    /** What the case asserts, one line per fact. */
    static String digest(Transcript t) {
        StringBuilder b = new StringBuilder();
        b.append("format ").append(t.source().format()).append('\n');
        for (Participant p : t.participants()) {
            b.append("participant ").append(p.name()).append(" | ").append(p.role()).append(" | ").append(p.title())
                    .append(" | ").append(p.affiliation()).append(p.listed() ? " | listed" : " | not listed").append('\n');
        }
        for (Section s : t.sections()) {
            b.append("section ").append(s.kind()).append(' ').append(s.line()).append('\n');
            for (Turn turn : s.turns()) {
                b.append("turn ").append(turn.line()).append(' ').append(turn.role()).append(' ').append(turn.kind())
                        .append(' ').append(turn.speaker()).append(" | ").append(turn.speakerLabel()).append(" | ")
                        .append(turn.paragraphs().size()).append(" paragraph(s)").append('\n');
            }
        }
        for (Diagnostic d : t.diagnostics()) {
            b.append("diagnostic ").append(d).append('\n');
        }
        return b.toString();
    }
}
