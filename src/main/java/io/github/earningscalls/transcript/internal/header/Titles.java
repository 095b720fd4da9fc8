package io.github.earningscalls.transcript.internal.header;

import java.util.Locale;

/** Tells a title from the other short lines before a call: a greeting, a disclaimer, a regulation's name, a cut-off phrase. */
final class Titles {
    private static final String[] NOT_IN_TITLES = {"welcome", "good morning", "good afternoon", "good evening",
            "good day", "ladies and gentlemen", "thank you", "forward-looking", "information contained", "copyright",
            "rights reserved", "disclaimer", "regulation", "requirements)", "dear sir", "dear madam", "please "};
    private static final String[] CUT_OFF = {" the", " of", " for", " and", " to", " on", " in", " a", " with", " at",
            ","};
    /** A title is one line; a longer line is prose. */
    private static final int MAX_LENGTH = 200;

    private Titles() {
    }

    /** Whether the line cannot be a title: speech, a greeting, legal text, or a phrase cut off mid-sentence. */
    static boolean isNotATitle(String text) {
        if (text.length() > MAX_LENGTH || text.isEmpty() || Character.isLowerCase(text.charAt(0))) {
            return true;
        }
        String lower = text.toLowerCase(Locale.ROOT);
        for (String bad : NOT_IN_TITLES) {
            if (lower.contains(bad)) {
                return true;
            }
        }
        if (lower.endsWith(".") && !(lower.endsWith("inc.") || lower.endsWith("co.") || lower.endsWith("corp.")
                || lower.endsWith("ltd."))) {
            // A sentence, such as a cover letter's subject line.
            return true;
        }
        for (String end : CUT_OFF) {
            if (lower.endsWith(end)) {
                return true;
            }
        }
        return false;
    }
}
