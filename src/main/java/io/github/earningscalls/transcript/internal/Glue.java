package io.github.earningscalls.transcript.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds speaker labels run into the text of a long line, as some scrapes print a whole call on one
 * line ({@code ...please go ahead.Jane DoeThank you, operator.}). A known label counts only where
 * nothing separates it from the text on either side, which ordinary prose never does.
 */
final class Glue {
    private Glue() {
    }

    /** Where a label sits in the text. */
    record Hit(int start, int end) {
    }

    /** The glued labels of {@code text}, in order and not overlapping; empty when there are none. */
    static List<Hit> find(String text, List<String> labels) {
        List<Hit> hits = new ArrayList<>();
        for (String label : labels) {
            if (label.length() < 4) {
                continue;
            }
            int from = 0;
            for (int at; (at = text.indexOf(label, from)) >= 0; from = at + 1) {
                int end = at + label.length();
                if (gluedBefore(text, at) && gluedAfter(text, end)) {
                    hits.add(new Hit(at, end));
                }
            }
        }
        // Longest first at equal starts, then drop what overlaps an earlier hit.
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

    private static boolean gluedBefore(String s, int at) {
        if (at == 0) {
            return true;
        }
        char c = s.charAt(at - 1);
        return c == '.' || c == '?' || c == '!' || c == ')' || c == ']' || c == '"' || c == '\u201D'
                || Character.isLowerCase(c);
    }

    private static boolean gluedAfter(String s, int end) {
        if (end == s.length()) {
            return false;
        }
        char c = s.charAt(end);
        return Character.isUpperCase(c) || c == '[' || c == '(' || c == '"' || c == '\u201C';
    }

    /**
     * Splits run-together paragraphs at a sentence end followed at once by a capitalised word
     * ({@code ...operations.Our results}), returning the end offsets of each piece.
     */
    static List<Integer> paragraphEnds(String s, int from, int to) {
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
