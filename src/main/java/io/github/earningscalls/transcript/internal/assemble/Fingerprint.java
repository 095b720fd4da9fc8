package io.github.earningscalls.transcript.internal.assemble;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.apache.commons.lang3.StringUtils;

/**
 * SHA-256 of the letters and digits of the spoken text, lower case, accents removed, fed one paragraph at
 * a time so that the text is never copied whole.
 *
 * <p>The digest is the one of {@code StringUtils.stripAccents} applied to the whole text, then filtered:
 * ASCII characters are left alone by accent stripping and never combine with a neighbour, so only each run
 * of other characters, together with the character before it, needs folding.
 */
final class Fingerprint {
    /** Folds and copies text in chunks of this many characters. */
    private static final int CHUNK = 4096;
    /** For each ASCII character, its lower-case form when it is a letter or a digit, else 0. */
    private static final byte[] ASCII_FOLD = new byte[128];
    /** Which Latin-1 and which General Punctuation characters fold to nothing: see {@link #isNeutral}. */
    private static final boolean[] NEUTRAL_LATIN1 = neutral(0, 0x100);
    private static final boolean[] NEUTRAL_PUNCTUATION = neutral(0x2000, 0x2070);

    static {
        for (char c = '0'; c <= '9'; c++) {
            ASCII_FOLD[c] = (byte) c;
        }
        for (char c = 'a'; c <= 'z'; c++) {
            ASCII_FOLD[c] = (byte) c;
            ASCII_FOLD[c - 'a' + 'A'] = (byte) c;
        }
    }

    private final MessageDigest digest;
    private final byte[] buffer = new byte[8192];
    private final char[] chars = new char[CHUNK + 1];
    private int length;

    Fingerprint() {
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    /** Adds a piece of text; pieces are read as if separated by a line break. */
    void add(String text) {
        int n = text.length();
        int i = 0;
        while (i < n) {
            // Characters [i, end) are read from a copy, with one more to look ahead at.
            int end = Math.min(n, i + CHUNK);
            int base = i;
            text.getChars(i, Math.min(n, end + 1), chars, 0);
            while (i < end) {
                i = foldAscii(i, end, n, base);
                if (i < end) {
                    i = foldRun(text, i);
                }
            }
        }
    }

    /**
     * Folds the ASCII characters from {@code i} on, up to {@code end} or to the first one that starts or
     * precedes a non-ASCII run; returns where it stopped. The buffer and its length are kept in locals here,
     * the loop every character of the call goes through.
     */
    private int foldAscii(int i, int end, int n, int base) {
        char[] cs = chars;
        byte[] out = buffer;
        int len = length;
        while (i < end) {
            char c = cs[i - base];
            if (c >= 0x80 || i + 1 < n && cs[i + 1 - base] >= 0x80) {
                break;
            }
            byte folded = ASCII_FOLD[c];
            if (folded != 0) {
                if (len == out.length) {
                    length = len;
                    flush();
                    len = 0;
                }
                out[len++] = folded;
            }
            i++;
        }
        length = len;
        return i;
    }

    /**
     * Folds the run of non-ASCII characters at or just after {@code i}, with the character before it, as
     * folding the whole text would; returns the index after the run.
     */
    private int foldRun(String text, int i) {
        int n = text.length();
        int j = i + 1;
        while (j < n && text.charAt(j) >= 0x80) {
            j++;
        }
        if (foldNeutral(text, i, j)) {
            return j;
        }
        String folded = StringUtils.stripAccents(text.substring(i, j));
        for (int k = 0; k < folded.length(); k++) {
            char f = folded.charAt(k);
            if (Character.isLetterOrDigit(f)) {
                put(Character.toLowerCase(f));
            }
        }
        return j;
    }

    /**
     * Folds a run whose non-ASCII characters are all punctuation or spaces that accent stripping leaves
     * alone (curly quotes, dashes, no-break spaces: nearly every run in English text) without calling
     * {@code stripAccents}, which normalises through a regular expression; returns false, having added
     * nothing, for any other run.
     */
    private boolean foldNeutral(String text, int i, int j) {
        for (int k = i; k < j; k++) {
            char c = text.charAt(k);
            if (c >= 0x80 && !isNeutral(c)) {
                return false;
            }
        }
        for (int k = i; k < j; k++) {
            char c = text.charAt(k);
            if (c < 0x80 && ASCII_FOLD[c] != 0) {
                put((char) ASCII_FOLD[c]);
            }
        }
        return true;
    }

    /**
     * Latin-1 and General Punctuation characters whose own folding keeps nothing. Folding is character by
     * character (compatibility decomposition, accent marks dropped, letters and digits kept), so such a
     * character drops out whatever its neighbours, and they fold as they would alone.
     */
    private static boolean isNeutral(char c) {
        return c < 0x100 ? NEUTRAL_LATIN1[c] : c >= 0x2000 && c < 0x2070 && NEUTRAL_PUNCTUATION[c - 0x2000];
    }

    /** Asks {@code stripAccents} itself which characters fold to nothing ('¹' folds to '1', '´' to nothing). */
    private static boolean[] neutral(int from, int to) {
        boolean[] out = new boolean[to - from];
        for (int c = from; c < to; c++) {
            String folded = StringUtils.stripAccents(String.valueOf((char) c));
            out[c - from] = folded.chars().noneMatch(Character::isLetterOrDigit);
        }
        return out;
    }

    /** The hex digest of everything added. */
    String hex() {
        flush();
        return HexFormat.of().formatHex(digest.digest());
    }

    private void flush() {
        digest.update(buffer, 0, length);
        length = 0;
    }

    /** Appends a character's UTF-8 bytes; it is never a surrogate, since surrogates are not letters. */
    private void put(char c) {
        if (length + 3 > buffer.length) {
            flush();
        }
        if (c < 0x80) {
            buffer[length++] = (byte) c;
        } else if (c < 0x800) {
            buffer[length++] = (byte) (0xC0 | c >> 6);
            buffer[length++] = (byte) (0x80 | c & 0x3F);
        } else {
            buffer[length++] = (byte) (0xE0 | c >> 12);
            buffer[length++] = (byte) (0x80 | c >> 6 & 0x3F);
            buffer[length++] = (byte) (0x80 | c & 0x3F);
        }
    }
}
