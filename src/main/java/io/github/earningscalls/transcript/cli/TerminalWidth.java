package io.github.earningscalls.transcript.cli;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * How many columns the terminal has, so that the progress bar never wraps: a wrapped bar cannot be
 * redrawn in place, and every redraw would leave a stale line behind.
 */
final class TerminalWidth {
    /** When nothing says: the classic terminal width. */
    static final int DEFAULT = 80;
    /** Below this, the bar is cut rather than laid out. */
    static final int MIN = 20;

    private TerminalWidth() {
    }

    /**
     * The width from {@code COLUMNS} when it is set (shells set it but seldom export it), else from
     * {@code stty size} on the controlling terminal, else {@link #DEFAULT}.
     */
    static int detect(Map<String, String> env) {
        Integer columns = parse(env.get("COLUMNS"));
        if (columns == null) {
            columns = fromStty();
        }
        return columns == null ? DEFAULT : columns;
    }

    /** A positive number of columns, or null. */
    static Integer parse(String value) {
        if (value == null) {
            return null;
        }
        try {
            int n = Integer.parseInt(value.trim());
            return n > 0 ? n : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Asks {@code stty size} ("rows columns") about /dev/tty; null where there is none or it fails. */
    private static Integer fromStty() {
        File tty = new File("/dev/tty");
        if (!tty.exists()) {
            return null;
        }
        try {
            Process p = new ProcessBuilder("stty", "size").redirectInput(tty)
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            String answer;
            try (InputStream in = p.getInputStream()) {
                answer = new String(in.readNBytes(64), StandardCharsets.US_ASCII).trim();
            }
            if (!p.waitFor(1, TimeUnit.SECONDS) || p.exitValue() != 0) {
                p.destroy();
                return null;
            }
            String[] rowsColumns = answer.split("\\s+");
            return rowsColumns.length == 2 ? parse(rowsColumns[1]) : null;
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }
}
