package io.github.earningscalls.transcript.internal.input;

import io.github.earningscalls.transcript.internal.lex.Speakers;
import io.github.earningscalls.transcript.internal.people.Names;
import java.util.ArrayList;
import java.util.List;

/**
 * Puts back the line breaks of a transcript whose newlines were all removed, so that
 * {@code ...Please go ahead.Jane Doe: Hello} becomes two lines: a {@code Name:} label counts where a
 * sentence ends right before it.
 */
public final class Collapsed {
    /** The longest label before its colon. */
    private static final int MAX_LABEL = 100;

    private Collapsed() {
    }

    /**
     * Writes an inline roster at the start ({@code Executives: Jane Doe - Acme Inc. John Roe - Acme
     * Inc.Analysts: ...}) as a heading and one entry a line; returns where the call itself starts.
     */
    private static int roster(String text, StringBuilder out) {
        int exec = text.indexOf("Executives:");
        int operator = text.indexOf("Operator:");
        if (exec < 0 || exec > 200 || operator < exec) {
            return 0;
        }
        int analysts = text.indexOf("Analysts:", exec);
        out.append(text, 0, exec).append('\n');
        int execEnd = analysts > 0 && analysts < operator ? analysts : operator;
        out.append("Executives\n");
        entries(text.substring(exec + "Executives:".length(), execEnd), out);
        if (analysts > 0 && analysts < operator) {
            out.append("Analysts\n");
            entries(text.substring(analysts + "Analysts:".length(), operator), out);
        }
        return operator;
    }

    /** Entries {@code Name - Firm} run together with spaces: each starts at the name before a dash. */
    private static void entries(String segment, StringBuilder out) {
        List<Integer> starts = new ArrayList<>();
        for (int d = segment.indexOf(" - "); d >= 0; d = segment.indexOf(" - ", d + 3)) {
            // A name is its last two words, three when the middle one is an initial ("Jane Q. Doe").
            int start = d;
            int words = 0;
            boolean initial = false;
            while (words < (initial ? 3 : 2)) {
                int sp = segment.lastIndexOf(' ', start - 2);
                String word = segment.substring(sp + 1, start).trim();
                if (word.isEmpty() || !Character.isUpperCase(word.charAt(0))) {
                    break;
                }
                initial |= words == 1 && word.length() == 2 && word.endsWith(".");
                start = sp + 1;
                words++;
                if (sp < 0) {
                    break;
                }
            }
            if (words >= 1) {
                starts.add(start);
            }
        }
        for (int i = 0; i < starts.size(); i++) {
            int end = i + 1 < starts.size() ? starts.get(i + 1) : segment.length();
            String entry = segment.substring(starts.get(i), end).trim();
            if (!entry.isEmpty()) {
                out.append(entry).append('\n');
            }
        }
    }

    /** The start of every glued {@code Name:} label. */
    static List<Integer> labels(String text) {
        List<Integer> out = new ArrayList<>();
        int n = text.length();
        for (int i = 1; i < n; i++) {
            char prev = text.charAt(i - 1);
            boolean afterSentence = prev == '.' || prev == '?' || prev == '!'
                    || prev == ' ' && i >= 2 && (text.charAt(i - 2) == '.' || text.charAt(i - 2) == '?' || text.charAt(i - 2) == '!');
            if (afterSentence && Character.isUpperCase(text.charAt(i)) && isLabel(text, i)) {
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

    public static String split(String text) {
        StringBuilder out = new StringBuilder(text.length() + 1024);
        int pos = roster(text, out);
        for (int at : labels(text)) {
            if (at < pos) {
                continue;
            }
            out.append(text, pos, at).append('\n');
            pos = at;
        }
        return out.append(text, pos, text.length()).toString();
    }
}
