package io.github.earningscalls.transcript.internal.layout;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.earningscalls.transcript.internal.input.LineIndex;
import io.github.earningscalls.transcript.internal.input.LineReader;
import io.github.earningscalls.transcript.internal.lex.PreparedLines;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

/** Detection on lines prepared once for the lexer decides as detection on the raw lines does. */
class PreparedDetectionTest {
    /** Lines of every layout's samples, and edges where the lexer's trim and String.trim differ. */
    private static final List<String> LINES = sampleLines();
    private static final String[] EDGES = {"", " ", "\u00A0", "\u0001", "\t", "\u2500", "\u200B"};

    private static List<String> sampleLines() {
        List<String> out = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("samples"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                out.addAll(Files.readAllLines(f, StandardCharsets.UTF_8));
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        out.add("Cr\u00C3\u00A9dit Agricole \u00E2\u20AC\u201D Analyst");
        out.add("[  7] [EN] Operator");
        return out;
    }

    private static void assertSameDetection(String text) throws Exception {
        LineIndex raw = LineReader.read(text, 100_000, "test");
        assertThat(FormatDetector.detect(raw, PreparedLines.of(raw))).isEqualTo(FormatDetector.detect(raw));
    }

    @Property(tries = 200)
    void anyMixOfLinesAndEdgesIsDetectedAlike(@ForAll @Size(max = 120) List<@IntRange(max = 100_000) Integer> picks)
            throws Exception {
        StringBuilder sb = new StringBuilder();
        for (int k : picks) {
            sb.append(EDGES[k % EDGES.length]).append(LINES.get(k % LINES.size())).append(EDGES[k / 7 % EDGES.length])
                    .append('\n');
        }
        assertSameDetection(sb.toString());
    }

    @Test
    void everySampleIsDetectedAlike() throws Exception {
        assertSameDetection(String.join("\n", LINES));
        try (Stream<Path> files = Files.walk(Path.of("samples"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".txt")).toList()) {
                assertSameDetection(Files.readString(f, StandardCharsets.UTF_8));
            }
        }
    }
}
