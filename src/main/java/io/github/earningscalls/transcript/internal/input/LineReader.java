package io.github.earningscalls.transcript.internal.input;

import io.github.earningscalls.transcript.TranscriptParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits decoded text into lines at LF, CR, CRLF and form feeds, once, so that nothing downstream
 * sees a carriage return or a form feed. Each line keeps its start offset in the text, and whether it
 * starts a page (follows a form feed, as PDF converters print between pages).
 */
public final class LineReader {
    private LineReader() {
    }

    /**
     * A physical line: its 1-based number, its start offset in the text, its characters without the
     * break, and whether a form feed put it at the top of a page.
     */
    public record RawLine(int number, int start, String text, boolean pageStart) {
        /** A line that does not start a page. */
        public RawLine(int number, int start, String text) {
            this(number, start, text, false);
        }
    }

    public static List<RawLine> read(String text, int maxLineLength, String source) throws TranscriptParseException {
        List<RawLine> lines = new ArrayList<>(Math.max(16, text.length() / 80));
        int n = text.length();
        int start = 0;
        int number = 1;
        boolean pageStart = false;
        // The next of each break character, found with String.indexOf (vectorised) rather than char by char.
        int lf = text.indexOf('\n');
        int cr = text.indexOf('\r');
        int ff = text.indexOf('\f');
        while (true) {
            int i = nearest(nearest(lf, cr), ff);
            if (i < 0) {
                break;
            }
            char c = text.charAt(i);
            if (c != '\f' || i > start) {
                // A form feed breaks the line but not the numbering, so numbers match what editors show.
                lines.add(line(text, c == '\f' ? number : number++, start, i, pageStart, maxLineLength, source));
                pageStart = false;
            }
            pageStart |= c == '\f';
            start = i + (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n' ? 2 : 1);
            lf = lf >= 0 && lf < start ? text.indexOf('\n', start) : lf;
            cr = cr >= 0 && cr < start ? text.indexOf('\r', start) : cr;
            ff = ff >= 0 && ff < start ? text.indexOf('\f', start) : ff;
        }
        if (start < n) {
            lines.add(line(text, number, start, n, pageStart, maxLineLength, source));
        }
        return lines;
    }

    /** The smaller of two positions, -1 standing for none. */
    private static int nearest(int a, int b) {
        return a < 0 ? b : b < 0 ? a : Math.min(a, b);
    }

    private static RawLine line(String text, int number, int start, int end, boolean pageStart, int max, String source)
            throws TranscriptParseException {
        if (end - start > max) {
            throw new TranscriptParseException(source, number, "line is " + (end - start)
                    + " characters long, which exceeds the maximum allowed (" + max
                    + ", from TranscriptParser.Builder.maxLineLength)");
        }
        // Blank lines are common (some layouts put one between all lines): share the empty string.
        return new RawLine(number, start, start == end ? "" : text.substring(start, end), pageStart);
    }
}
