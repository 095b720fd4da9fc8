package io.github.earningscalls.transcript.model;

/** Word counting and white-space tidying shared by the model records. */
final class Words {
    private Words() {
    }

    static int count(CharSequence s) {
        int words = 0;
        boolean inToken = false;
        boolean tokenHasWordChar = false;
        for (int i = 0, n = s.length(); i < n; i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c)) {
                if (inToken && tokenHasWordChar) {
                    words++;
                }
                inToken = false;
                tokenHasWordChar = false;
            } else {
                inToken = true;
                tokenHasWordChar |= Character.isLetterOrDigit(c);
            }
        }
        if (inToken && tokenHasWordChar) {
            words++;
        }
        return words;
    }

    /** Collapses runs of white space to one space and trims, and drops a space before punctuation. */
    static String tidy(CharSequence s) {
        StringBuilder out = new StringBuilder(s.length());
        boolean pendingSpace = false;
        for (int i = 0, n = s.length(); i < n; i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c)) {
                pendingSpace = out.length() > 0;
                continue;
            }
            if (pendingSpace && !isClosingPunctuation(c)) {
                out.append(' ');
            }
            pendingSpace = false;
            out.append(c);
        }
        return out.toString();
    }

    private static boolean isClosingPunctuation(char c) {
        return c == '.' || c == ',' || c == ';' || c == ':' || c == '?' || c == '!' || c == ')';
    }
}
