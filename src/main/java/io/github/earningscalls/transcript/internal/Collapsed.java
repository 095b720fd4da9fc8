package io.github.earningscalls.transcript.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Puts back the line breaks of a transcript whose newlines were all removed, so that
 * {@code ...Please go ahead.Jane Doe: Hello} becomes two lines: a {@code Name:} label counts where a
 * sentence ends right before it with no space between.
 */
final class Collapsed {
    /** The longest label before its colon. */
    private static final int MAX_LABEL = 100;

    private Collapsed() {
    }

    /** The start of every glued {@code Name:} label. */
    static List<Integer> labels(String text) {
        List<Integer> out = new ArrayList<>();
        int n = text.length();
        for (int i = 1; i < n; i++) {
            char prev = text.charAt(i - 1);
            if ((prev == '.' || prev == '?' || prev == '!') && Character.isUpperCase(text.charAt(i)) && isLabel(text, i)) {
                out.add(i);
            }
        }
        return out;
    }

    private static boolean isLabel(String text, int at) {
        int limit = Math.min(text.length(), at + MAX_LABEL);
        int colon = -1;
        for (int j = at; j < limit; j++) {
            char c = text.charAt(j);
            if (c == ':') {
                colon = j;
                break;
            }
            if (!(Character.isLetterOrDigit(c) || c == ' ' || c == '.' || c == '\'' || c == '-' || c == ','
                    || c == '&')) {
                return false;
            }
        }
        if (colon < 0 || colon + 1 >= text.length() || text.charAt(colon + 1) != ' ') {
            return false;
        }
        String label = text.substring(at, colon);
        int dash = Speakers.findDash(label);
        // "Jane Doe - Acme Corp., Inc.:" names the speaker before the dash.
        String name = dash > 0 ? label.substring(0, dash).trim() : label;
        return Speakers.isOperator(name) || Names.looksLikeName(name, 2);
    }

    static String split(String text) {
        StringBuilder out = new StringBuilder(text.length() + 1024);
        int pos = 0;
        for (int at : labels(text)) {
            out.append(text, pos, at).append('\n');
            pos = at;
        }
        return out.append(text, pos, text.length()).toString();
    }
}
