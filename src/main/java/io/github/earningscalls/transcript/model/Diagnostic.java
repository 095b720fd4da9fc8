package io.github.earningscalls.transcript.model;

import java.util.Objects;

/**
 * Something the parser noticed and tolerated while reading a transcript.
 *
 * <p>{@link #toString()} reads like a compiler message:
 * {@code 12: WARNING SPEAKER_NOT_IN_ROSTER 'J. Smith' is not in the roster}.
 *
 * @param severity how much it matters
 * @param code     a stable, machine-readable code; the codes are listed in the documentation (diagnostics.md)
 * @param line     the 1-based source line it concerns, or 0 when it concerns the whole transcript
 * @param message  a sentence a person understands
 * @since 0.1.0
 */
public record Diagnostic(Severity severity, String code, int line, String message) {
    /**
     * Creates a diagnostic.
     *
     * @param severity how much it matters
     * @param code     a stable, machine-readable code
     * @param line     the 1-based line, or 0 for the whole transcript
     * @param message  a sentence a person understands
     * @throws IllegalArgumentException if {@code line} is negative
     */
    public Diagnostic {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
        if (line < 0) {
            throw new IllegalArgumentException("line must not be negative: " + line);
        }
    }

    @Override
    public String toString() {
        return line + ": " + severity + " " + code + " " + message;
    }
}
