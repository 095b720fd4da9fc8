package io.github.earningscalls.transcript.spark;

import io.github.earningscalls.transcript.TranscriptParseException;
import java.io.FileNotFoundException;
import java.io.IOException;

/**
 * Why one file produced no transcript, worded as the command-line {@code batch} command words it.
 *
 * @param line   the 1-based line of the problem, or 0 when it concerns the whole file
 * @param reason what went wrong, without the file and line
 */
record FileFailure(int line, String reason) {
    /** Describes what reading or parsing a file threw. */
    static FileFailure of(Throwable e) {
        if (e instanceof TranscriptParseException tpe) {
            return new FileFailure(tpe.line(), tpe.reason());
        }
        if (e instanceof FileNotFoundException) {
            return new FileFailure(0, "no such file");
        }
        if (e instanceof IOException) {
            return new FileFailure(0, "cannot read: " + (e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName()));
        }
        // A parser bug must not stop the job; the class name helps whoever reports it.
        return new FileFailure(0, "internal error: " + e.getClass().getName()
                + (e.getMessage() == null ? "" : ": " + e.getMessage()) + " (please report it with this file)");
    }

    /** A file over the parser's size limit, refused before it is opened; worded as the parser words it. */
    static FileFailure tooLarge(long bytes, long maxInputBytes) {
        return new FileFailure(0, "input of " + bytes + " bytes or more exceeds the maximum allowed (" + maxInputBytes
                + ", from TranscriptParser.Builder.maxInputBytes)");
    }
}
