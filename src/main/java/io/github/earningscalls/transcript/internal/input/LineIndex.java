package io.github.earningscalls.transcript.internal.input;

import java.util.Arrays;

/**
 * The physical lines of a text as bounds into it, made by {@link LineReader}: each line's 1-based
 * number, its start and end offsets (without the break), and whether a form feed put it at the top
 * of a page. A line's characters are copied out only when a caller asks for them, so that splitting
 * a transcript into lines allocates a few arrays rather than an object and a string per line.
 */
public final class LineIndex {
    private final String text;
    private int size;
    private int[] numbers;
    private int[] starts;
    private int[] ends;
    private boolean[] pageStarts;

    LineIndex(String text, int expectedLines) {
        this.text = text;
        int capacity = Math.max(16, expectedLines);
        numbers = new int[capacity];
        starts = new int[capacity];
        ends = new int[capacity];
        pageStarts = new boolean[capacity];
    }

    void add(int number, int start, int end, boolean pageStart) {
        if (size == numbers.length) {
            int capacity = size * 2;
            numbers = Arrays.copyOf(numbers, capacity);
            starts = Arrays.copyOf(starts, capacity);
            ends = Arrays.copyOf(ends, capacity);
            pageStarts = Arrays.copyOf(pageStarts, capacity);
        }
        numbers[size] = number;
        starts[size] = start;
        ends[size] = end;
        pageStarts[size] = pageStart;
        size++;
    }

    /** The text the lines index. */
    public String text() {
        return text;
    }

    /** How many lines there are. */
    public int size() {
        return size;
    }

    /** The 1-based number of line {@code i}, as editors show it (a form feed breaks a line but not the count). */
    public int number(int i) {
        return numbers[check(i)];
    }

    /** The offset in {@link #text()} of line {@code i}'s first character. */
    public int start(int i) {
        return starts[check(i)];
    }

    /** The offset in {@link #text()} just past line {@code i}'s last character, before its break. */
    public int end(int i) {
        return ends[check(i)];
    }

    /** Whether a form feed put line {@code i} at the top of a page. */
    public boolean pageStart(int i) {
        return pageStarts[check(i)];
    }

    /** The characters of line {@code i}, copied out of the text; blank lines share the empty string. */
    public String line(int i) {
        check(i);
        return starts[i] == ends[i] ? "" : text.substring(starts[i], ends[i]);
    }

    /** The length of line {@code i} without the characters up to a space at either end, as {@link String#trim} counts. */
    public int trimmedLength(int i) {
        check(i);
        int a = starts[i];
        int b = ends[i];
        while (a < b && text.charAt(a) <= ' ') {
            a++;
        }
        while (b > a && text.charAt(b - 1) <= ' ') {
            b--;
        }
        return b - a;
    }

    /** Whether every line is blank, so that the input holds no text at all. */
    public boolean isBlank() {
        // The breaks between lines are white space too: the text is blank exactly when every line is.
        return text.isBlank();
    }

    private int check(int i) {
        if (i < 0 || i >= size) {
            throw new IndexOutOfBoundsException("line index " + i + " of " + size);
        }
        return i;
    }
}
