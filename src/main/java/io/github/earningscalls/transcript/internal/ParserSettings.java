package io.github.earningscalls.transcript.internal;

import io.github.earningscalls.transcript.TranscriptFormat;

/**
 * A parser's options, checked by the public builder.
 *
 * @param format         the layout to read, or AUTO
 * @param strict         whether warnings make the parse fail
 * @param maxInputBytes  the largest input accepted
 * @param maxLineLength  the longest line accepted, in characters
 * @param maxTurns       the most turns accepted
 * @param maxDiagnostics the most diagnostics kept
 */
public record ParserSettings(TranscriptFormat format, boolean strict, long maxInputBytes, int maxLineLength,
                             int maxTurns, int maxDiagnostics) {
}
