package io.github.earningscalls.transcript.internal.assemble;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Picks the sentences that ask out of a question turn's plain text. */
public final class Questions {
    private static final Set<String> ABBREVIATIONS = Set.of("mr", "mrs", "ms", "dr", "vs", "st", "inc", "co", "corp",
            "no", "jr", "sr", "e.g", "i.e", "u.s", "etc", "approx", "est");
    private static final int LONGEST_ABBREVIATION = 6;

    private Questions() {
    }

    public static List<String> find(String text) {
        if (text.indexOf('?') < 0) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        int n = text.length();
        int start = 0;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                add(out, text, start, i);
                start = i + 1;
                continue;
            }
            if (c != '.' && c != '?' && c != '!') {
                continue;
            }
            int j = i + 1;
            while (j < n && (text.charAt(j) == '"' || text.charAt(j) == '\u201D' || text.charAt(j) == ')')) {
                j++;
            }
            if (j < n && text.charAt(j) != ' ') {
                continue;
            }
            if (c == '.' && isAbbreviation(text, i)) {
                continue;
            }
            add(out, text, start, j);
            start = j;
        }
        add(out, text, start, n);
        return out;
    }

    private static void add(List<String> out, String text, int from, int to) {
        // Trimmed as String.trim does, but copied only when the sentence asks.
        int a = from;
        int b = to;
        while (a < b && text.charAt(a) <= ' ') {
            a++;
        }
        while (b > a && text.charAt(b - 1) <= ' ') {
            b--;
        }
        char last = b > a ? text.charAt(b - 1) : 0;
        char beforeLast = b - 1 > a ? text.charAt(b - 2) : 0;
        if (last == '?' || (last == '"' || last == '\u201D') && beforeLast == '?') {
            out.add(text.substring(a, b));
        }
    }

    private static boolean isAbbreviation(String text, int dot) {
        // Every sentence end asks this: read back no further than the longest abbreviation, and copy the
        // word out only when its length allows one.
        int k = dot - 1;
        while (k >= 0 && dot - k <= LONGEST_ABBREVIATION + 1
                && (Character.isLetter(text.charAt(k)) || text.charAt(k) == '.')) {
            k--;
        }
        if (dot - k - 1 > LONGEST_ABBREVIATION) {
            // Lower-casing never shortens a word, so a longer one is neither one letter nor listed.
            return false;
        }
        String word = text.substring(k + 1, dot).toLowerCase(java.util.Locale.ROOT);
        return word.length() == 1 || ABBREVIATIONS.contains(word);
    }
}
