package io.github.earningscalls.transcript.internal.util;

import java.util.Locale;

/**
 * Tests of text against lower-case ASCII words, as {@code text.toLowerCase(Locale.ROOT)} would answer them,
 * without lower-casing (copying) the text when it is ASCII: the lexer asks them of nearly every line.
 */
public final class LowerCase {
    private LowerCase() {
    }

    /** Whether {@code text.toLowerCase(Locale.ROOT).startsWith(prefix)}, for a lower-case ASCII prefix. */
    public static boolean startsWith(String text, String prefix) {
        int n = Math.min(text.length(), prefix.length());
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c >= 0x80) {
                // Lower-casing may change the length from here on (a dotted capital I): do it as the test says.
                return text.toLowerCase(Locale.ROOT).startsWith(prefix);
            }
            if (c >= 'A' && c <= 'Z') {
                c += 'a' - 'A';
            }
            if (c != prefix.charAt(i)) {
                return false;
            }
        }
        return text.length() >= prefix.length();
    }

    /** Whether {@code text.toLowerCase(Locale.ROOT).equals(word)}, for a lower-case ASCII word. */
    public static boolean equals(String text, String word) {
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c >= 0x80) {
                return text.toLowerCase(Locale.ROOT).equals(word);
            }
            if (c >= 'A' && c <= 'Z') {
                c += 'a' - 'A';
            }
            if (i == word.length() || c != word.charAt(i)) {
                return false;
            }
        }
        return n == word.length();
    }

    /** Whether {@code text.toLowerCase(Locale.ROOT).endsWith(suffix)}, for a lower-case ASCII suffix. */
    public static boolean endsWith(String text, String suffix) {
        if (lowersIntoAscii(text)) {
            return text.toLowerCase(Locale.ROOT).endsWith(suffix);
        }
        return text.length() >= suffix.length() && matchesAt(text, text.length() - suffix.length(), suffix);
    }

    /** Whether {@code text.toLowerCase(Locale.ROOT).contains(word)}, for a lower-case ASCII word. */
    public static boolean contains(String text, String word) {
        if (lowersIntoAscii(text)) {
            return text.toLowerCase(Locale.ROOT).contains(word);
        }
        char first = word.charAt(0);
        char upper = first >= 'a' && first <= 'z' ? (char) (first - ('a' - 'A')) : first;
        for (int i = text.indexOf(first); i >= 0; i = text.indexOf(first, i + 1)) {
            if (i + word.length() <= text.length() && matchesAt(text, i, word)) {
                return true;
            }
        }
        for (int i = upper == first ? -1 : text.indexOf(upper); i >= 0; i = text.indexOf(upper, i + 1)) {
            if (i + word.length() <= text.length() && matchesAt(text, i, word)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the text holds one of the two characters that lower-case into ASCII (a dotted capital I, which
     * also lengthens the text, and the Kelvin sign). Without them, every other character lower-cases into one
     * that is not ASCII, so ASCII words can be matched in place.
     */
    private static boolean lowersIntoAscii(String text) {
        return text.indexOf('\u0130') >= 0 || text.indexOf('\u212A') >= 0;
    }

    private static boolean matchesAt(String text, int at, String word) {
        for (int k = 0; k < word.length(); k++) {
            char c = text.charAt(at + k);
            if (c >= 'A' && c <= 'Z') {
                c += 'a' - 'A';
            }
            if (c != word.charAt(k)) {
                return false;
            }
        }
        return true;
    }
}
