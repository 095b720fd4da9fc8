package io.github.earningscalls.transcript.internal.util;

/** Counts the white-space separated tokens of a text, for texts that are not a turn's paragraphs. */
public final class Tokens {
    private Tokens() {
    }

    /** The number of runs of non-white-space characters. */
    public static int count(String s) {
        int n = 0;
        boolean inToken = false;
        for (int i = 0; i < s.length(); i++) {
            boolean space = Character.isWhitespace(s.charAt(i));
            if (!space && !inToken) {
                n++;
            }
            inToken = !space;
        }
        return n;
    }
}
