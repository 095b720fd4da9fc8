package io.github.earningscalls.transcript;

import io.github.earningscalls.transcript.model.Diagnostic;
import java.util.List;

/**
 * Thrown when a transcript cannot be parsed: the input is empty, binary, over a configured limit,
 * or (in strict mode) raised warnings.
 *
 * <p>The message names the source and, where there is one, the line:
 * {@code calls/acme.txt:12: speaker line without text}.
 *
 * @since 0.1.0
 */
public final class TranscriptParseException extends Exception {
    private static final long serialVersionUID = 1L;

    /** The source name, as given to the parser. */
    private final String sourceName;
    /** The 1-based line, or 0 when the problem concerns the whole input. */
    private final int line;
    /** What is wrong, without the source and line. */
    private final String reason;
    /** The diagnostics that caused a strict parser to reject the input. */
    private final transient List<Diagnostic> diagnostics;

    /**
     * Creates an exception for a problem at one line.
     *
     * @param sourceName the source's name
     * @param line       the 1-based line, or 0 for the whole input
     * @param reason     what is wrong, without the source and line
     */
    public TranscriptParseException(String sourceName, int line, String reason) {
        this(sourceName, line, reason, List.of());
    }

    /**
     * Creates an exception carrying the diagnostics that a strict parser rejected.
     *
     * @param sourceName  the source's name
     * @param line        the 1-based line of the first problem, or 0 for the whole input
     * @param reason      what is wrong, without the source and line
     * @param diagnostics the diagnostics behind it
     */
    public TranscriptParseException(String sourceName, int line, String reason, List<Diagnostic> diagnostics) {
        super(sourceName + (line > 0 ? ":" + line : "") + ": " + reason);
        this.sourceName = sourceName;
        this.line = line;
        this.reason = reason;
        this.diagnostics = List.copyOf(diagnostics);
    }

    /**
     * The name of the source that failed.
     *
     * @return the source name given to the parser
     */
    public String sourceName() {
        return sourceName;
    }

    /**
     * The line the problem is on.
     *
     * @return the 1-based line, or 0 when the problem concerns the whole input
     */
    public int line() {
        return line;
    }

    /**
     * What is wrong, for callers that print the source and line their own way (the message has both in front).
     *
     * @return the reason given when the exception was made
     * @since 0.1.0
     */
    public String reason() {
        return reason;
    }

    /**
     * The diagnostics that made a strict parser reject the input.
     *
     * @return an unmodifiable list, empty unless the parser was strict
     */
    public List<Diagnostic> diagnostics() {
        return diagnostics == null ? List.of() : diagnostics;
    }
}
