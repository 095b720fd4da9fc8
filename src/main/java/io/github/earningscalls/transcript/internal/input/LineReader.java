package io.github.earningscalls.transcript.internal.input;

import io.github.earningscalls.transcript.TranscriptParseException;

/**
 * Splits decoded text into lines at LF, CR, CRLF and form feeds, once, so that nothing downstream
 * sees a carriage return or a form feed. Each line keeps its bounds in the text, and whether it
 * starts a page (follows a form feed, as PDF converters print between pages): a {@link LineIndex}.
 */
public final class LineReader {
    private LineReader() {
    }

    /**
     * The lines of {@code text}; a line longer than {@code maxLineLength} characters is an error that
     * names {@code source} and the line.
     */
    public static LineIndex read(String text, int maxLineLength, String source) throws TranscriptParseException {
        LineIndex lines = new LineIndex(text, text.length() / 80);
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
                add(lines, c == '\f' ? number : number++, start, i, pageStart, maxLineLength, source);
                pageStart = false;
            }
            pageStart |= c == '\f';
            start = i + (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n' ? 2 : 1);
            lf = lf >= 0 && lf < start ? text.indexOf('\n', start) : lf;
            cr = cr >= 0 && cr < start ? text.indexOf('\r', start) : cr;
            ff = ff >= 0 && ff < start ? text.indexOf('\f', start) : ff;
        }
        if (start < n) {
            add(lines, number, start, n, pageStart, maxLineLength, source);
        }
        return lines;
    }

    /** The smaller of two positions, -1 standing for none. */
    private static int nearest(int a, int b) {
        return a < 0 ? b : b < 0 ? a : Math.min(a, b);
    }

    private static void add(LineIndex lines, int number, int start, int end, boolean pageStart, int max, String source)
            throws TranscriptParseException {
        if (end - start > max) {
            throw new TranscriptParseException(source, number, "line is " + (end - start)
                    + " characters long, which exceeds the maximum allowed (" + max
                    + ", from TranscriptParser.Builder.maxLineLength)");
        }
        lines.add(number, start, end, pageStart);
    }
}
