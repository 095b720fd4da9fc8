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
        // A glued label ends where a capital or an opening mark follows it at once: rather than search the
        // line for every label, try the labels that end in the character before such a place (rarely any).
        long asciiEnds0 = 0;
        long asciiEnds1 = 0;
        boolean otherEnds = false;
        for (String label : labels) {
            if (label.length() >= 4) {
                char last = label.charAt(label.length() - 1);
                if (last < 64) {
                    asciiEnds0 |= 1L << last;
                } else if (last < 128) {
                    asciiEnds1 |= 1L << (last - 64);
                } else {
                    otherEnds = true;
                }
            }
        }
        List<Hit> hits = null;
        for (int end = 1; end < text.length(); end++) {
            char last = text.charAt(end - 1);
            boolean someLabelEndsSo = last < 64 ? (asciiEnds0 >>> last & 1) != 0
                    : last < 128 ? (asciiEnds1 >>> (last - 64) & 1) != 0 : otherEnds;
            if (!someLabelEndsSo || !gluedAfter(text, end)) {
                continue;
            }
            for (String label : labels) {
                int at = end - label.length();
                if (label.length() >= 4 && at >= 0 && label.charAt(label.length() - 1) == last
                        && text.startsWith(label, at) && gluedBefore(text, at)) {
                    if (hits == null) {
                        hits = new ArrayList<>();
                    }
                    hits.add(new Hit(at, end));
                }
            }
        }
        if (hits == null) {
            return List.of();
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
