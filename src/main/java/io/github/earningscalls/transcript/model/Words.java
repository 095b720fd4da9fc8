package io.github.earningscalls.transcript.model;

/** Word counting and white-space tidying shared by the model records. */
final class Words {
    private Words() {
    }

    /** For each ASCII character: 1 white space (as {@link Character#isWhitespace}), 2 letter or digit, else 0. */
    private static final byte[] ASCII = new byte[128];

    static {
        for (char c = 0; c < 128; c++) {
            ASCII[c] = (byte) (Character.isWhitespace(c) ? 1 : Character.isLetterOrDigit(c) ? 2 : 0);
        }
    }

    /** Tokens between white space that hold a letter or a digit. */
    static int count(CharSequence s) {
        int words = 0;
        boolean inToken = false;
        boolean tokenHasWordChar = false;
        for (int i = 0, n = s.length(); i < n; i++) {
            char c = s.charAt(i);
            // A table for ASCII: the Character methods cost more than the rest of the loop, on every character.
            int kind = c < 128 ? ASCII[c] : Character.isWhitespace(c) ? 1 : Character.isLetterOrDigit(c) ? 2 : 0;
            if (kind == 1) {
                if (inToken && tokenHasWordChar) {
                    words++;
                }
                inToken = false;
                tokenHasWordChar = false;
            } else {
                inToken = true;
                tokenHasWordChar |= kind == 2;
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
