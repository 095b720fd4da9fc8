package io.github.earningscalls.transcript.internal.lex;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Finds speaker labels run into the text of a long line, as some scrapes print a whole call on one
 * line ({@code ...please go ahead.Jane DoeThank you, operator.}). A known label counts only where
 * nothing separates it from the text on either side, which ordinary prose never does.
 */
public final class Glue {
    /** Labels this long or longer are looked for: shorter ones would match inside ordinary words. */
    private static final int MIN_LABEL = 4;
    /** Nor longer ones: names and markers are short, and each length costs a look-up at every candidate place. */
    private static final int MAX_LABEL = 80;
    /** The longest label looked for, for other searches of labels in text. */
    static final int MAX_LABEL_LENGTH = MAX_LABEL;

    /** Bit c set: some label ends in ASCII character c (0-63, then 64-127). */
    private final long asciiEnds0;
    private final long asciiEnds1;
    /** Some label ends in a character beyond ASCII. */
    private final boolean otherEnds;
    /** The distinct lengths of the labels, longest first. */
    private final int[] lengths;
    /**
     * For each of {@link #lengths}, bit c set when some label of that length starts with ASCII character
     * c (0-63, then 64-127), or any character beyond ASCII: tested before a look-up, which must copy the
     * candidate out of the line, since inside words and acronyms most candidate places start no label.
     */
    private final long[] asciiStarts0;
    private final long[] asciiStarts1;
    private final boolean[] otherStarts;
    /**
     * Bit h set when some label's last two characters hash to h ({@link #pairHash}): a second test on the
     * label's end, since capitals inside acronyms pass the test on the last character alone.
     */
    private final long[] endPairs = new long[PAIR_HASHES / 64];
    private static final int PAIR_HASHES = 1 << 16;
    private final Set<String> labels;
    /** The line being searched, copied; grown as needed and kept, since one index serves many lines. */
    private char[] chars = new char[256];
    /** {@link #opensGlued} for each ASCII character. */
    private static final boolean[] OPENS_GLUED = new boolean[128];

    static {
        for (char c = 0; c < 128; c++) {
            OPENS_GLUED[c] = opensGlued(c);
        }
    }

    /** Where a label sits in the text. */
    public record Hit(int start, int end) {
    }

    private Glue(List<String> labels) {
        long ends0 = 0;
        long ends1 = 0;
        boolean other = false;
        Set<String> kept = new HashSet<>();
        TreeSet<Integer> byLength = new TreeSet<>(Comparator.reverseOrder());
        for (String label : labels) {
            if (label.length() < MIN_LABEL || label.length() > MAX_LABEL) {
                continue;
            }
            char last = label.charAt(label.length() - 1);
            if (last < 64) {
                ends0 |= 1L << last;
            } else if (last < 128) {
                ends1 |= 1L << (last - 64);
            } else {
                other = true;
            }
            kept.add(label);
            byLength.add(label.length());
        }
        this.asciiEnds0 = ends0;
        this.asciiEnds1 = ends1;
        this.otherEnds = other;
        this.labels = kept;
        this.lengths = byLength.stream().mapToInt(Integer::intValue).toArray();
        this.asciiStarts0 = new long[lengths.length];
        this.asciiStarts1 = new long[lengths.length];
        this.otherStarts = new boolean[lengths.length];
        for (String label : kept) {
            int h = pairHash(label.charAt(label.length() - 2), label.charAt(label.length() - 1));
            endPairs[h >>> 6] |= 1L << h;
            int k = 0;
            while (lengths[k] != label.length()) {
                k++;
            }
            char first = label.charAt(0);
            if (first < 64) {
                asciiStarts0[k] |= 1L << first;
            } else if (first < 128) {
                asciiStarts1[k] |= 1L << (first - 64);
            } else {
                otherStarts[k] = true;
            }
        }
    }

    /**
     * An index of the labels to look for, built once for many lines: a look-up costs one probe per
     * distinct label length, however many labels there are.
     */
    public static Glue of(List<String> labels) {
        return new Glue(labels);
    }

    /** The glued labels of {@code text}, in order and not overlapping; empty when there are none. */
    public static List<Hit> find(String text, List<String> labels) {
        return of(labels).find(text);
    }

    /** Whether the text is one of the labels (of the lengths looked for), as a whole. */
    public boolean isLabel(String text) {
        return labels.contains(text);
    }

    /** The glued labels of {@code text}, in order and not overlapping; empty when there are none. */
    public List<Hit> find(String text) {
        if (labels.isEmpty()) {
            return List.of();
        }
        int n = text.length();
        if (chars.length < n) {
            chars = new char[Math.max(n, chars.length * 2)];
        }
        // Read from a copy: an array loop costs a fraction of String.charAt's checks on every character.
        char[] cs = chars;
        text.getChars(0, n, cs, 0);
        List<Hit> hits = null;
        for (int end = 1; end < n; end++) {
            if (opensGluedFast(cs[end])) {
                hits = hitsEndingAt(text, end, hits);
            }
        }
        return kept(hits);
    }

    /**
     * As {@link #find(String)}, given the places of {@code text} where the character {@link #opensGlued
     * opens glued text} (in order, none at 0): {@code places[from]} to {@code places[to - 1]}. The lexer
     * finds them in the pass that trims each line, so that a long line is not read again here.
     */
    public List<Hit> find(String text, int[] places, int from, int to) {
        if (labels.isEmpty()) {
            return List.of();
        }
        List<Hit> hits = null;
        for (int k = from; k < to; k++) {
            hits = hitsEndingAt(text, places[k], hits);
        }
        return kept(hits);
    }

    /**
     * Adds to {@code hits} (made when first needed) the labels that end at {@code end}, where glued
     * text starts. A glued label ends where a capital or an opening mark follows it at once: rather than
     * search the line for every label, the text before such a place is looked up, once per label length,
     * after cheap tests on its last two and its first character.
     */
    private List<Hit> hitsEndingAt(String text, int end, List<Hit> hits) {
        char last = text.charAt(end - 1);
        boolean someLabelEndsSo = in(asciiEnds0, asciiEnds1, otherEnds, last);
        // Labels have four characters or more, so none ends at 1.
        if (!someLabelEndsSo || end < 2 || !endsSomeLabel(text.charAt(end - 2), last)) {
            return hits;
        }
        for (int k = 0; k < lengths.length; k++) {
            int at = end - lengths[k];
            if (at < 0) {
                continue;
            }
            char first = text.charAt(at);
            boolean someLabelStartsSo = in(asciiStarts0[k], asciiStarts1[k], otherStarts[k], first);
            if (someLabelStartsSo && gluedBefore(text, at) && labels.contains(text.substring(at, end))) {
                if (hits == null) {
                    hits = new ArrayList<>();
                }
                hits.add(new Hit(at, end));
            }
        }
        return hits;
    }

    /** The hits in order, longest first at equal starts, without those that overlap an earlier one. */
    private static List<Hit> kept(List<Hit> hits) {
        if (hits == null) {
            return List.of();
        }
        hits.sort((a, b) -> a.start() != b.start() ? Integer.compare(a.start(), b.start())
                : Integer.compare(b.end(), a.end()));
        List<Hit> kept = new ArrayList<>(hits.size());
        int last = -1;
        for (Hit h : hits) {
            if (h.start() >= last) {
                kept.add(h);
                last = h.end();
            }
        }
        return kept;
    }

    /**
     * Whether {@code c} is in a set of characters kept as bits: ASCII characters 0-63 in {@code low},
     * 64-127 in {@code high}, and {@code beyondAscii} standing for every other character.
     */
    private static boolean in(long low, long high, boolean beyondAscii, char c) {
        return c < 64 ? (low >>> c & 1) != 0 : c < 128 ? (high >>> (c - 64) & 1) != 0 : beyondAscii;
    }

    /** Whether some label may end with characters {@code a} then {@code b}. */
    private boolean endsSomeLabel(char a, char b) {
        int h = pairHash(a, b);
        return (endPairs[h >>> 6] & 1L << h) != 0;
    }

    /** A hash of two characters into 0 to {@link #PAIR_HASHES}. */
    private static int pairHash(char a, char b) {
        return (a * 31 ^ b) & PAIR_HASHES - 1;
    }

    private static boolean gluedBefore(String s, int at) {
        if (at == 0) {
            return true;
        }
        char c = s.charAt(at - 1);
        return c == '.' || c == '?' || c == '!' || c == ')' || c == ']' || c == '"' || c == '\u201D'
                || Character.isLowerCase(c);
    }

    /** {@link #opensGlued}, by table for ASCII: asked of nearly every character of a long line. */
    public static boolean opensGluedFast(char c) {
        return c < 128 ? OPENS_GLUED[c] : opensGlued(c);
    }

    /** Whether a character may start the text right after a glued label: a capital or an opening mark. */
    private static boolean opensGlued(char c) {
        return Character.isUpperCase(c) || c == '[' || c == '(' || c == '"' || c == '\u201C';
    }

    /**
     * Splits run-together paragraphs at a sentence end followed at once by a capitalised word
     * ({@code ...operations.Our results}), returning the end offsets of each piece.
     */
    public static List<Integer> paragraphEnds(String s, int from, int to) {
        List<Integer> ends = new ArrayList<>();
        for (int i = from + 1; i + 2 < to; i++) {
            char c = s.charAt(i);
            if ((c == '.' || c == '?' || c == '!') && Character.isUpperCase(s.charAt(i + 1))
                    && Character.isLowerCase(s.charAt(i + 2))
                    && (Character.isLowerCase(s.charAt(i - 1)) || Character.isDigit(s.charAt(i - 1))
                    || s.charAt(i - 1) == '%' || s.charAt(i - 1) == ')')) {
                ends.add(i + 1);
            }
        }
        ends.add(to);
        return ends;
    }
}
