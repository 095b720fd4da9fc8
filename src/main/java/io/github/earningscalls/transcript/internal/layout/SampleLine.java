package io.github.earningscalls.transcript.internal.layout;

import io.github.earningscalls.transcript.internal.input.LineIndex;
import io.github.earningscalls.transcript.internal.lex.Speakers;

/**
 * The non-blank line of the opening sample that detection is judging, as signals see it: trimmed,
 * double-encoded UTF-8 repaired, and, in an interleaved translation, its English part only. One
 * instance moves over the sample; a signal must not keep it.
 */
public final class SampleLine {
    /** A line shorter than this ends its paragraph however it ends: headings, names and fragments. */
    static final int SHORT_LINE = 40;
    /** How many lines after this one {@link #nextLength()} looks at. */
    static final int LOOKAHEAD = 3;

    private final LineIndex lines;
    private int index;
    private String text;
    private int ordinal;
    private boolean followsBreak = true;
    private String letters;

    SampleLine(LineIndex lines) {
        this.lines = lines;
    }

    /** Moves to the line at {@code index} of the input, the {@code ordinal}-th non-blank one. */
    void moveTo(int index, String text, int ordinal) {
        this.index = index;
        this.text = text;
        this.ordinal = ordinal;
        this.letters = null;
    }

    /** Remembers whether this line ended a paragraph, for {@link #followsBreak()} on the next. */
    void leave() {
        char end = text.charAt(text.length() - 1);
        followsBreak = end == '.' || end == '?' || end == '!' || text.length() < SHORT_LINE;
    }

    /** The line's text, never empty. */
    public String text() {
        return text;
    }

    /** The length of {@link #text()}. */
    public int length() {
        return text.length();
    }

    /** Which non-blank line this is, from 1. */
    public int ordinal() {
        return ordinal;
    }

    /**
     * Whether the non-blank line before this one ended a sentence or was short, so that this one may
     * start a turn (true on the first line).
     */
    public boolean followsBreak() {
        return followsBreak;
    }

    /** The line's lower-case letters only ({@link Speakers#letters}), made once when first asked for. */
    public String letters() {
        if (letters == null) {
            letters = Speakers.letters(text);
        }
        return letters;
    }

    /** Whether the line's letters are {@code key}, without making them: most lines fail on their first letter. */
    public boolean lettersAre(String key) {
        return letters != null ? letters.equals(key) : Speakers.lettersEqual(text, key);
    }

    /**
     * The trimmed length of the next non-blank line of the input within {@value #LOOKAHEAD} lines, as
     * read (not repaired or untagged), or 0 when they are all blank.
     */
    public int nextLength() {
        for (int i = index + 1; i < lines.size() && i <= index + LOOKAHEAD; i++) {
            int length = lines.trimmedLength(i);
            if (length > 0) {
                return length;
            }
        }
        return 0;
    }
}
