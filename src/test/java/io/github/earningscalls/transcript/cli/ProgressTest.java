package io.github.earningscalls.transcript.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Progress on a terminal redraws one line; in a log it prints whole lines now and then. */
class ProgressTest {
    private static final long SECOND = 1_000_000_000L;

    @Test
    void logLinesAreRateLimitedAndComplete() {
        StringWriter sw = new StringWriter();
        BatchSummary s = new BatchSummary(0);
        Progress p = new Progress(new PrintWriter(sw, true), Progress.Style.LINES, 4, 80, 10 * SECOND, 0);
        s.parsed(1_000_000, 10);
        p.update(s, SECOND);
        assertThat(sw.toString()).isEmpty();
        s.failed(1_000_000);
        p.update(s, 11 * SECOND);
        p.println("x.txt: the input is empty");
        p.finish();
        assertThat(sw.toString().lines()).containsExactly(
                "batch: 2/4 files (50%), 1 failed, 0.2 MB/s",
                "x.txt: the input is empty");
    }

    @Test
    void theBarIsRedrawnInPlaceAndClearedForMessages() {
        StringWriter sw = new StringWriter();
        BatchSummary s = new BatchSummary(0);
        Progress p = new Progress(new PrintWriter(sw, true), Progress.Style.BAR, 2, 80, 1, 0);
        s.parsed(500_000, 3);
        p.update(s, SECOND);
        String bar = "[############------------]  50% 1/2 files, 0 failed, 0.5 MB/s, ETA 0:01";
        assertThat(sw.toString()).isEqualTo("\r" + bar);
        p.println("y.txt: broken symbolic link");
        assertThat(sw.toString()).endsWith("\r" + " ".repeat(bar.length()) + "\ry.txt: broken symbolic link"
                + System.lineSeparator());
        p.finish();
        assertThat(sw.toString()).doesNotContain("\n\r");
    }

    @Test
    void noneShowsNothingButMessages() {
        StringWriter sw = new StringWriter();
        BatchSummary s = new BatchSummary(0);
        Progress p = new Progress(new PrintWriter(sw, true), Progress.Style.NONE, 1, 80, 1, 0);
        s.parsed(1, 1);
        p.update(s, 100 * SECOND);
        p.finish();
        assertThat(sw.toString()).isEmpty();
        assertThat(s.line(2 * SECOND)).isEqualTo("batch: 1 files, 1 parsed (1 clean, 0 to review, 0 with errors), 0 failed, 0 skipped, 1 turns, 0.00 MB, 0.00 MB/s, 2.0 s");
    }

    @Test
    void theBarFitsEveryWidthAndLeavesNothingBehindWhenRedrawn() {
        for (int columns = TerminalWidth.MIN; columns <= 200; columns++) {
            StringWriter sw = new StringWriter();
            BatchSummary s = new BatchSummary(0);
            int total = 12_345;
            Progress p = new Progress(new PrintWriter(sw, true), Progress.Style.BAR, total, columns, 1, 0);
            Terminal term = new Terminal(columns);
            for (int i = 1; i <= 40; i++) {
                // The figures grow and shrink, so a redraw is sometimes shorter than the line before it.
                for (int k = 0; k < (i % 3 == 0 ? 1 : 300); k++) {
                    if (k % 7 == 0) {
                        s.failed(10);
                    } else {
                        s.parsed(1_000_000, 3);
                    }
                }
                sw.getBuffer().setLength(0);
                p.update(s, i * SECOND);
                term.write(sw.toString());
                String bar = p.bar(s, i * SECOND);
                assertThat(bar.length()).as("width %d", columns).isLessThan(columns);
                assertThat(term.line().stripTrailing()).as("width %d", columns).isEqualTo(bar.stripTrailing());
            }
        }
    }

    @Test
    void theBarShedsFiguresBeforeItGetsTooNarrow() {
        BatchSummary s = new BatchSummary(0);
        s.parsed(500_000, 3);
        assertThat(bar(s, 80)).isEqualTo("[############------------]  50% 1/2 files, 0 failed, 0.5 MB/s, ETA 0:01");
        assertThat(bar(s, 60)).isEqualTo("[######------]  50% 1/2 files, 0 failed, 0.5 MB/s, ETA 0:01");
        assertThat(bar(s, 40)).isEqualTo("[######------]  50% 1/2 files, ETA 0:01");
        assertThat(bar(s, 20)).isEqualTo("[####----]  50% 1/2");
        assertThat(bar(s, 10)).isEqualTo("50% 1/2");
        assertThat(bar(s, 5)).isEqualTo("50%");
    }

    @Test
    void theWidthComesFromColumnsWhenSet() {
        assertThat(TerminalWidth.parse("60")).isEqualTo(60);
        assertThat(TerminalWidth.parse(" 0")).isNull();
        assertThat(TerminalWidth.parse("wide")).isNull();
        assertThat(TerminalWidth.detect(Map.of("COLUMNS", "61"))).isEqualTo(61);
    }

    private static String bar(BatchSummary s, int columns) {
        return new Progress(new PrintWriter(new StringWriter()), Progress.Style.BAR, 2, columns, 1, 0).bar(s, SECOND);
    }

    /** A terminal line as a screen shows it: a carriage return goes back, characters overwrite. */
    private static final class Terminal {
        private final int columns;
        private final StringBuilder line = new StringBuilder();
        private int cursor;

        Terminal(int columns) {
            this.columns = columns;
        }

        void write(String text) {
            for (char c : text.toCharArray()) {
                if (c == '\r') {
                    cursor = 0;
                    continue;
                }
                assertThat(c).as("a bar never starts a new line").isNotEqualTo('\n');
                assertThat(cursor).as("the bar wrapped at %d columns", columns).isLessThan(columns - 1);
                if (cursor < line.length()) {
                    line.setCharAt(cursor, c);
                } else {
                    line.append(c);
                }
                cursor++;
            }
        }

        String line() {
            return line.toString();
        }
    }
}
