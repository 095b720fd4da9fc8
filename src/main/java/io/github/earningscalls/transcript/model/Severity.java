package io.github.earningscalls.transcript.model;

/**
 * How much a {@link Diagnostic} matters.
 *
 * @since 0.1.0
 */
public enum Severity {
    /** Worth knowing; the structure is as printed. */
    INFO,
    /** The parser tolerated an oddity; strict parsers reject it. */
    WARNING,
    /** Part of the input could not be understood and is missing or guessed in the result. */
    ERROR
}
