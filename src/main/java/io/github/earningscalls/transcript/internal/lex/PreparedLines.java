package io.github.earningscalls.transcript.internal.lex;

import io.github.earningscalls.transcript.internal.input.LineIndex;
import io.github.earningscalls.transcript.internal.input.Mojibake;

/**
 * Every physical line trimmed and repaired once, for layout detection and the lexer alike: each line
 * is copied into one array, where a single pass trims it, tests it for mis-decoded characters and
 * notes where glued text could start.
 */
public final class PreparedLines {
    /** Lines shorter than this are never searched for run-together speakers. */
    static final int GLUE_MIN_LENGTH = 200;

    /** Each line trimmed of white space ({@link LineShapes#isSpace}) and repaired. */
    final String[] texts;
    /** Each line trimmed, as read. */
    final String[] rawTexts;
    /** Offsets of each trimmed line's first character and just past its last, in the decoded text. */
    final int[] starts;
    final int[] ends;
    final GluePlaces gluePlaces;
    /** How many lines were repaired, and the number of the first. */
    final int repaired;
    final int firstRepaired;
    /** Whether {@link String#trim} gives each line the same bounds as the lexer's trim. */
    private final boolean[] trimsAsString;

    private PreparedLines(int repaired, int firstRepaired, String[] texts, String[] rawTexts, int[] starts,
                          int[] ends, GluePlaces gluePlaces, boolean[] trimsAsString) {
        this.texts = texts;
        this.rawTexts = rawTexts;
        this.starts = starts;
        this.ends = ends;
        this.gluePlaces = gluePlaces;
        this.repaired = repaired;
        this.firstRepaired = firstRepaired;
        this.trimsAsString = trimsAsString;
    }

    /** Prepares the lines of a text. */
    public static PreparedLines of(LineIndex lines) {
        String text = lines.text();
        int n = lines.size();
        String[] texts = new String[n];
        String[] rawTexts = new String[n];
        int[] starts = new int[n];
        int[] ends = new int[n];
        boolean[] trimsAsString = new boolean[n];
        GluePlaces gluePlaces = new GluePlaces(n);
        int repaired = 0;
        int firstRepaired = 0;
        char[] cs = new char[256];
        for (int i = 0; i < n; i++) {
            int start = lines.start(i);
            int length = lines.end(i) - start;
            if (cs.length < length) {
                cs = new char[Math.max(length, cs.length * 2)];
            }
            text.getChars(start, start + length, cs, 0);
            int a = 0;
            int b = length;
            while (a < b && LineShapes.isSpace(cs[a])) {
                a++;
            }
            while (b > a && LineShapes.isSpace(cs[b - 1])) {
                b--;
            }
            trimsAsString[i] = trimsAsString(cs, length, a, b);
            // The one copy of the line the lexer reads: the index only holds its bounds.
            rawTexts[i] = a == b ? "" : text.substring(start + a, start + b);
            texts[i] = Mojibake.repairable(cs, a, b) ? Mojibake.repair(rawTexts[i]) : rawTexts[i];
            if (texts[i] != rawTexts[i] && repaired++ == 0) {
                firstRepaired = lines.number(i);
            }
            if (b - a >= GLUE_MIN_LENGTH && texts[i] == rawTexts[i]) {
                gluePlaces.note(i, cs, a, b);
            }
            starts[i] = start + a;
            ends[i] = start + b;
        }
        return new PreparedLines(repaired, firstRepaired, texts, rawTexts, starts, ends, gluePlaces, trimsAsString);
    }

    /** Whether {@link String#trim}, which drops every character up to a space, also keeps {@code [a, b)}. */
    private static boolean trimsAsString(char[] cs, int length, int a, int b) {
        int c = 0;
        int d = length;
        while (c < d && cs[c] <= ' ') {
            c++;
        }
        while (d > c && cs[d - 1] <= ' ') {
            d--;
        }
        return c == a && d == b;
    }

    /**
     * Line {@code i} trimmed as {@link String#trim} trims and repaired, as detection reads the opening
     * lines; {@code null} where that trim keeps other characters than the lexer's, so that the caller
     * trims the line itself.
     */
    public String trimmedAndRepaired(int i) {
        return trimsAsString[i] ? texts[i] : null;
    }
}
