package io.github.earningscalls.transcript;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * One sample cut short at every line and at a few hundred byte offsets: each prefix parses to a
 * sound transcript or fails with a {@link TranscriptParseException} naming the source, and once a
 * prefix holds the first speaker line, every longer prefix parses.
 */
class TruncationTest {
    private static final TranscriptParser PARSER = TranscriptParser.builder().build();
    private static final Path SAMPLE = Path.of("samples/seeking-alpha/northwind-robotics-q2-2024.txt");

    @Test
    void everyLinePrefixKeepsTheContract() {
        String text = Inputs.text(SAMPLE);
        int parsed = 0;
        int failed = 0;
        boolean parsedOnce = false;
        for (int end = text.indexOf('\n'); end >= 0; end = text.indexOf('\n', end + 1)) {
            Inputs.Outcome o = Inputs.check(PARSER, "prefix.txt", text.substring(0, end));
            if (o.transcript() != null) {
                parsed++;
                parsedOnce = true;
                assertThat(o.transcript().source().lineCount()).isLessThanOrEqualTo(text.substring(0, end).split("\n", -1).length);
            } else {
                failed++;
                assertThat(parsedOnce).as("a longer prefix fails after a shorter one parsed: %s", o.failure()).isFalse();
            }
        }
        assertThat(parsed).as("prefixes that parse").isGreaterThan(50);
        assertThat(failed).as("prefixes with no speaker turn yet fail").isPositive();
    }

    @Test
    void byteOffsetPrefixesKeepTheContract() {
        byte[] bytes = Inputs.text(SAMPLE).getBytes(StandardCharsets.UTF_8);
        int step = Math.max(1, bytes.length / 300);
        int parsed = 0;
        for (int cut = 0; cut <= bytes.length; cut += step) {
            Inputs.Outcome o = Inputs.check(PARSER, "cut.txt", Arrays.copyOf(bytes, cut));
            if (o.failure() == null) {
                parsed++;
            } else if (cut == 0) {
                assertThat(o.failure()).hasMessage("cut.txt: the input is empty");
            }
        }
        assertThat(parsed).isGreaterThan(250);
    }

    @Test
    void prefixesOfEveryDocumentCutAtTenPointsKeepTheContract() {
        for (Path doc : Inputs.documents()) {
            byte[] bytes = Inputs.text(doc).getBytes(StandardCharsets.UTF_8);
            for (int k = 1; k <= 10; k++) {
                Inputs.check(PARSER, doc.getFileName().toString(), Arrays.copyOf(bytes, (int) ((long) bytes.length * k / 10)));
            }
        }
    }
}
