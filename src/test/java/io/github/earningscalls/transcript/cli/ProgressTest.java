package io.github.earningscalls.transcript.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** Progress on a terminal redraws one line; in a log it prints whole lines now and then. */
class ProgressTest {
    private static final long SECOND = 1_000_000_000L;

    @Test
    void logLinesAreRateLimitedAndComplete() {
        StringWriter sw = new StringWriter();
        BatchSummary s = new BatchSummary(0);
        Progress p = new Progress(new PrintWriter(sw, true), Progress.Style.LINES, 4, 10 * SECOND, 0);
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
        Progress p = new Progress(new PrintWriter(sw, true), Progress.Style.BAR, 2, 1, 0);
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
        Progress p = new Progress(new PrintWriter(sw, true), Progress.Style.NONE, 1, 1, 0);
        s.parsed(1, 1);
        p.update(s, 100 * SECOND);
        p.finish();
        assertThat(sw.toString()).isEmpty();
        assertThat(s.line(2 * SECOND)).isEqualTo("batch: 1 files, 1 parsed, 0 failed, 1 turns, 0.00 MB, 0.00 MB/s, 2.0 s");
    }
}
