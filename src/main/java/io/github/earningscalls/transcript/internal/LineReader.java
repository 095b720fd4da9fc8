package io.github.earningscalls.transcript.internal;

import io.github.earningscalls.transcript.TranscriptParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits decoded text into lines at LF, CR and CRLF, once, so that nothing downstream sees a
 * carriage return. Each line keeps its start offset in the text.
 */
public final class LineReader {
    private LineReader() {
    }

    /** A physical line: its 1-based number, its start offset in the text, and its characters without the break. */
    public record RawLine(int number, int start, String text) {
    }

    public static List<RawLine> read(String text, int maxLineLength, String source) throws TranscriptParseException {
        List<RawLine> lines = new ArrayList<>(Math.max(16, text.length() / 80));
        int n = text.length();
        int start = 0;
        int number = 1;
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                lines.add(line(text, number++, start, i, maxLineLength, source));
                i += c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n' ? 2 : 1;
                start = i;
            } else {
                i++;
            }
        }
        if (start < n) {
            lines.add(line(text, number, start, n, maxLineLength, source));
        }
        return lines;
    }

    private static RawLine line(String text, int number, int start, int end, int max, String source)
            throws TranscriptParseException {
        if (end - start > max) {
            throw new TranscriptParseException(source, number, "line is " + (end - start)
                    + " characters long, which exceeds the maximum allowed (" + max
                    + ", from TranscriptParser.Builder.maxLineLength)");
        }
        return new RawLine(number, start, text.substring(start, end));
    }
}
