package io.github.earningscalls.transcript.cli;

import java.io.InputStream;
import java.io.PrintWriter;
import java.util.Objects;

/**
 * The streams one run of the tool reads and writes, passed to every command so that tests can run
 * the tool in-process.
 *
 * @param in         standard input, read by {@code -} arguments
 * @param out        standard output, UTF-8, flushed when the run ends
 * @param err        standard error, UTF-8, flushed on every line
 * @param errConsole whether standard error is the interactive terminal, which enables the progress bar
 */
record StandardStreams(InputStream in, PrintWriter out, PrintWriter err, boolean errConsole) {
    StandardStreams {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(err, "err");
    }

    /**
     * Whether standard output can no longer be written, typically because a pipe reader such as
     * {@code head} went away; loops stop then instead of parsing thousands of files for nobody.
     */
    boolean outClosed() {
        return out.checkError();
    }
}
