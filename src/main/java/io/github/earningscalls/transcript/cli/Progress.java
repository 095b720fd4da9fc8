package io.github.earningscalls.transcript.cli;

import java.io.PrintWriter;
import java.util.Locale;

/**
 * Shows how far a batch run has got on standard error: a bar redrawn in place when standard error
 * is a terminal, a plain line every few seconds when it is a log file or a pipe (where carriage
 * returns would make a mess), or nothing.
 */
final class Progress {
    /** How progress is shown. */
    enum Style {
        /** A one-line bar redrawn with carriage returns. */
        BAR,
        /** A complete line now and then, for logs. */
        LINES,
        /** Nothing; messages still go through. */
        NONE
    }

    private static final long BAR_INTERVAL_NANOS = 100_000_000L;
    private static final long LINE_INTERVAL_NANOS = 10_000_000_000L;
    /** The widest bar, between its brackets. */
    private static final int BAR_WIDTH = 24;
    /** A narrower bar than this says too little: the figures go first, then the bar. */
    private static final int MIN_BAR_WIDTH = 8;

    private final PrintWriter err;
    private final Style style;
    private final int total;
    private final int columns;
    private final long intervalNanos;
    private long lastNanos;
    private int drawnWidth;

    /**
     * @param err           where progress goes
     * @param style         how it is shown
     * @param total         the number of inputs
     * @param columns       the terminal's width, which the bar never reaches (a terminal may wrap a
     *                      line that fills its last column)
     * @param intervalNanos the least time between two updates; 0 for the style's default
     * @param startNanos    when the run started
     */
    Progress(PrintWriter err, Style style, int total, int columns, long intervalNanos, long startNanos) {
        this.err = err;
        this.style = style;
        this.total = total;
        this.columns = columns;
        this.intervalNanos = intervalNanos > 0 ? intervalNanos : style == Style.BAR ? BAR_INTERVAL_NANOS : LINE_INTERVAL_NANOS;
        this.lastNanos = startNanos;
    }

    /** Shows the counts if the last update is old enough. */
    void update(BatchSummary s, long nowNanos) {
        if (style == Style.NONE || nowNanos - lastNanos < intervalNanos) {
            return;
        }
        lastNanos = nowNanos;
        if (style == Style.BAR) {
            draw(bar(s, nowNanos));
        } else {
            err.println(String.format(Locale.ROOT, "batch: %d/%d files (%d%%), %d failed, %.1f MB/s",
                    s.files(), total, percent(s.files()), s.failed(), s.megabytesPerSecond(nowNanos)));
        }
    }

    /** Prints a whole line, such as an input's error, without tearing the bar. */
    void println(String line) {
        clear();
        err.println(line);
    }

    /** Removes the bar, so the summary line starts on a clean line. */
    void finish() {
        clear();
        err.flush();
    }

    /**
     * The bar, fitted to the width: as much as fits of {@code [####----] 50% 1/2 files, 0 failed,
     * 0.5 MB/s, ETA 0:01}, the rate going first, then the failures, the time left, and the bar last.
     */
    String bar(BatchSummary s, long nowNanos) {
        int room = Math.max(1, columns - 1);
        int done = s.files();
        double rate = done / s.seconds(nowNanos);
        long etaSeconds = rate > 0 ? Math.round((total - done) / rate) : 0;
        String counts = String.format(Locale.ROOT, "%3d%% %d/%d", percent(done), done, total);
        String eta = String.format(Locale.ROOT, "ETA %d:%02d", etaSeconds / 60, etaSeconds % 60);
        String[] tails = {
            String.format(Locale.ROOT, "%s files, %d failed, %.1f MB/s, %s", counts, s.failed(),
                    s.megabytesPerSecond(nowNanos), eta),
            String.format(Locale.ROOT, "%s files, %d failed, %s", counts, s.failed(), eta),
            counts + " files, " + eta,
            counts};
        for (String tail : tails) {
            int width = Math.min(BAR_WIDTH, room - tail.length() - 3);
            if (width >= MIN_BAR_WIDTH) {
                int filled = total == 0 ? width : (int) ((long) done * width / total);
                return "[" + "#".repeat(filled) + "-".repeat(width - filled) + "] " + tail;
            }
        }
        String bare = counts.strip();
        return bare.length() <= room ? bare : bare.substring(0, room).strip();
    }

    private int percent(int done) {
        return total == 0 ? 100 : (int) ((long) done * 100 / total);
    }

    private void draw(String text) {
        // Padding covers the tail of a longer previous line, since \r does not erase it.
        err.print("\r" + text + " ".repeat(Math.max(0, drawnWidth - text.length())));
        err.flush();
        drawnWidth = text.length();
    }

    private void clear() {
        if (drawnWidth > 0) {
            err.print("\r" + " ".repeat(drawnWidth) + "\r");
            drawnWidth = 0;
        }
    }
}
