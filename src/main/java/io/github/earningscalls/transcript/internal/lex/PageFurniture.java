package io.github.earningscalls.transcript.internal.lex;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Finds running page headers and footers that a PDF or a news database printed between the lines
 * of a transcript ({@code Page 3 of 11 (c) 2020 Factiva, Inc.}): short lines that carry a number and
 * recur, with only their numbers changing, at least three times.
 */
public final class PageFurniture {
    private static final int MAX_LENGTH = 160;
    private static final int MIN_REPEATS = 3;

    private PageFurniture() {
    }

    /** Which of the lines are page furniture; {@code pageStarts} marks the lines a form feed put on top of a page. */
    public static boolean[] find(String[] lines, boolean[] pageStarts) {
        boolean[] out = find(lines);
        Map<String, Integer> tops = new HashMap<>();
        boolean[] tops0 = topsOfPages(lines, pageStarts);
        for (int i = 0; i < lines.length; i++) {
            if (tops0[i] && lines[i].length() <= MAX_LENGTH) {
                tops.merge(lines[i].toLowerCase(Locale.ROOT), 1, Integer::sum);
            }
        }
        // A running header is the same text at the top of several pages, wherever else it appears.
        for (int i = 0; i < lines.length; i++) {
            if (!tops0[i]) {
                continue;
            }
            Integer n = tops.get(lines[i].toLowerCase(Locale.ROOT));
            if (n != null && n >= MIN_REPEATS) {
                out[i] = true;
            }
        }
        return out;
    }

    /** The first non-blank line of each page, the first page included. */
    private static boolean[] topsOfPages(String[] lines, boolean[] pageStarts) {
        boolean[] tops = new boolean[lines.length];
        boolean waiting = true;
        for (int i = 0; i < lines.length; i++) {
            waiting |= pageStarts[i];
            if (waiting && !lines[i].isEmpty()) {
                tops[i] = true;
                waiting = false;
            }
        }
        return tops;
    }

    /** Which of the lines are page furniture, judged by numbered lines that recur. */
    public static boolean[] find(String[] lines) {
        String[] shapes = new String[lines.length];
        Map<String, Integer> counts = new HashMap<>();
        for (int i = 0; i < lines.length; i++) {
            String s = lines[i];
            if (s.isEmpty() || s.length() > MAX_LENGTH) {
                continue;
            }
            String shape = shape(s);
            if (shape != null) {
                shapes[i] = shape;
                counts.merge(shape, 1, Integer::sum);
            }
        }
        boolean[] out = new boolean[lines.length];
        for (int i = 0; i < lines.length; i++) {
            String shape = shapes[i];
            if (shape != null && (counts.get(shape) >= MIN_REPEATS || isPageCounter(shape))) {
                out[i] = true;
            }
        }
        return out;
    }

    /** The line with each run of digits replaced by '#', or null when it has no digit. */
    private static String shape(String s) {
        if (!hasDigit(s)) {
            return null;
        }
        char[] out = new char[s.length()];
        int n = 0;
        boolean digit = false;
        boolean ascii = true;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isDigit(c)) {
                if (!digit) {
                    out[n++] = '#';
                }
                digit = true;
            } else if (!Character.isWhitespace(c)) {
                out[n++] = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : Character.toLowerCase(c);
                ascii &= c < 0x80;
                digit = false;
            } else {
                digit = false;
            }
        }
        String shape = new String(out, 0, n);
        // Lower-cased character by character already; only other scripts may still change as a whole.
        return ascii ? shape : shape.toLowerCase(Locale.ROOT);
    }

    private static boolean hasDigit(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isDigit(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** {@code Page 3 of 11} alone, or at the end of a header, marks a page even when it appears once. */
    private static boolean isPageCounter(String shape) {
        return shape.equals("page#of#") || shape.equals("page#") || shape.equals("#of#");
    }
}
