package io.github.earningscalls.transcript.internal.header;

import java.util.Objects;

/**
 * A line of text the metadata may be read from, with its 1-based line number: a line before the first
 * speaker, or an opening paragraph of the call (where the welcome names company and period).
 *
 * @param line the 1-based line
 * @param text the text, trimmed
 */
public record TextLine(int line, String text) {
    public TextLine {
        Objects.requireNonNull(text, "text");
    }
}
