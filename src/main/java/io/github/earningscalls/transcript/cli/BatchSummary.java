package io.github.earningscalls.transcript.cli;

import io.github.earningscalls.transcript.model.Verdict;
import java.util.Locale;

/**
 * Counts what a batch run has done. Every input ends as parsed (by its transcript's {@link Verdict}:
 * clean, to review, or with ERROR diagnostics), failed or skipped, so the number of files is always their sum. Used from one thread only:
 * results are counted as they are collected.
 */
final class BatchSummary {
    private static final double MB = 1_000_000.0;

    private final long startNanos;
    private int clean;
    private int toReview;
    private int withErrors;
    private int failed;
    private int skipped;
    private long turns;
    private long bytes;

    BatchSummary(long startNanos) {
        this.startNanos = startNanos;
    }

    /**
     * Counts an input that parsed and whose output was written.
     *
     * @param verdict its transcript's verdict: one with warnings or errors is written, but not to be
     *                trusted blindly
     */
    void parsed(long inputBytes, int transcriptTurns, Verdict verdict) {
        switch (verdict) {
            case CLEAN -> clean++;
            case REVIEW -> toReview++;
            case BROKEN -> withErrors++;
        }
        bytes += inputBytes;
        turns += transcriptTurns;
    }

    /** Counts an input that parsed cleanly and whose output was written. */
    void parsed(long inputBytes, int transcriptTurns) {
        parsed(inputBytes, transcriptTurns, Verdict.CLEAN);
    }

    /** Counts an input that failed; its bytes still count towards the throughput. */
    void failed(long inputBytes) {
        failed++;
        bytes += inputBytes;
    }

    /** Counts an input that was not read because its output exists. */
    void skip() {
        skipped++;
    }

    int files() {
        return parsed() + failed + skipped;
    }

    int parsed() {
        return clean + toReview + withErrors;
    }

    int withErrors() {
        return withErrors;
    }

    int failed() {
        return failed;
    }

    int skipped() {
        return skipped;
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

    /**
     * The closing line: {@code batch: 5 files, 3 parsed (1 clean, 1 to review, 1 with errors), 1 failed,
     * 1 skipped, 57 turns, 0.05 MB, 0.41 MB/s, 0.1 s}.
     */
    String line(long nowNanos) {
        return String.format(Locale.ROOT, "batch: %d files, %d parsed (%d clean, %d to review, %d with errors), %d failed, "
                        + "%d skipped, %d turns, %.2f MB, %.2f MB/s, %.1f s", files(), parsed(), clean, toReview,
                withErrors, failed, skipped,
                turns, megabytes(), megabytesPerSecond(nowNanos), seconds(nowNanos));
    }
}
