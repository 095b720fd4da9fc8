package io.github.earningscalls.transcript.cli;

import java.util.Locale;

/**
 * Counts what a batch run has done. Every input ends as either parsed or failed, so the number of
 * files is always their sum. Used from one thread only: results are counted as they are collected.
 */
final class BatchSummary {
    private static final double MB = 1_000_000.0;

    private final long startNanos;
    private int parsed;
    private int failed;
    private long turns;
    private long bytes;

    BatchSummary(long startNanos) {
        this.startNanos = startNanos;
    }

    /** Counts an input that parsed and whose output was written. */
    void parsed(long inputBytes, int transcriptTurns) {
        parsed++;
        bytes += inputBytes;
        turns += transcriptTurns;
    }

    /** Counts an input that failed; its bytes still count towards the throughput. */
    void failed(long inputBytes) {
        failed++;
        bytes += inputBytes;
    }

    int files() {
        return parsed + failed;
    }

    int parsed() {
        return parsed;
    }

    int failed() {
        return failed;
    }

    long turns() {
        return turns;
    }

    double megabytes() {
        return bytes / MB;
    }

    double seconds(long nowNanos) {
        return Math.max(1, nowNanos - startNanos) / 1e9;
    }

    double megabytesPerSecond(long nowNanos) {
        return megabytes() / seconds(nowNanos);
    }

    /** The closing line: {@code batch: 3 files, 2 parsed, 1 failed, 57 turns, 0.05 MB, 0.41 MB/s, 0.1 s}. */
    String line(long nowNanos) {
        return String.format(Locale.ROOT, "batch: %d files, %d parsed, %d failed, %d turns, %.2f MB, %.2f MB/s, %.1f s",
                files(), parsed, failed, turns, megabytes(), megabytesPerSecond(nowNanos), seconds(nowNanos));
    }
}
