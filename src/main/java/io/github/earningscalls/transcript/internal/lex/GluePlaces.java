package io.github.earningscalls.transcript.internal.lex;

import java.util.Arrays;
import java.util.List;

/**
 * Where glued text could start on each long line ({@link Glue#opensGluedFast}), noted by the lexer
 * while the line is in its array for trimming, so that the glue search checks those places instead of
 * reading the line again. A line not noted (short, or rewritten by repair) is searched in full.
 */
final class GluePlaces {
    /** Index in {@link #places} of each line's first place, or -1 for a line not noted. */
    private final int[] from;
    private final int[] to;
    private int[] places = new int[64];
    private int count;

    GluePlaces(int lines) {
        from = new int[lines];
        to = new int[lines];
        Arrays.fill(from, -1);
    }

    /** Notes the places of line {@code line}, whose trimmed text is {@code cs[start..end)}. */
    void note(int line, char[] cs, int start, int end) {
        from[line] = count;
        for (int k = start + 1; k < end; k++) {
            if (Glue.opensGluedFast(cs[k])) {
                if (count == places.length) {
                    places = Arrays.copyOf(places, places.length * 2);
                }
                places[count++] = k - start;
            }
        }
        to[line] = count;
    }

    /** The glued labels of line {@code line}, whose text is {@code text}, found at its noted places when it has them. */
    List<Glue.Hit> find(Glue glue, int line, String text) {
        return from[line] >= 0 ? glue.find(text, places, from[line], to[line]) : glue.find(text);
    }
}
