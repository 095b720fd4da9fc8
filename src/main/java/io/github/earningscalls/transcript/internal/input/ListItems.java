package io.github.earningscalls.transcript.internal.input;

import io.github.earningscalls.transcript.internal.layout.preset.SeekingAlpha;
import io.github.earningscalls.transcript.internal.lex.Speakers;
import io.github.earningscalls.transcript.internal.people.Names;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Splits a transcript stored as one list of items joined by {@code ", "}
 * ({@code [Header, Executives, Jane Doe - CFO, Operator, Good morning., ...]}) back into one item a
 * line. Commas inside a paragraph stay: an item ends only after a sentence, at a heading, at a
 * speaker the roster listed, or, inside the roster, before the next {@code Name - Title} entry.
 */
public final class ListItems {
    private ListItems() {
    }

    public static String split(String list) {
        String body = list;
        if (body.startsWith("[")) {
            body = body.substring(1);
        }
        int close = body.lastIndexOf(']');
        if (close >= 0 && body.substring(close + 1).isBlank()) {
            body = body.substring(0, close);
        }
        String[] pieces = body.split(", ", -1);
        List<String> items = new ArrayList<>();
        Set<String> names = new HashSet<>();
        boolean inRoster = false;
        StringBuilder current = null;
        for (String piece : pieces) {
            String p = piece.trim();
            boolean heading = isHeading(p);
            boolean operator = p.equals("Operator");
            boolean entry = inRoster && isEntry(p);
            boolean name = names.contains(p);
            // Headings, roster names and "Operator" are short: a long item is none of them, and is not
            // copied for every piece added to it (which made a list with no sentence ends quadratic).
            String shortItem = current == null || current.length() > 200 ? null : current.toString();
            boolean startsNew = current == null || heading || operator || entry || name || endsItem(current)
                    || shortItem != null && (isHeading(shortItem) || names.contains(shortItem)
                    || shortItem.equals("Operator"));
            if (heading) {
                inRoster = SeekingAlpha.RULES.rosterHeadings().containsKey(Speakers.letters(p));
            } else if (operator) {
                inRoster = false;
            }
            if (entry) {
                names.add(Speakers.split(p).name());
            }
            if (startsNew) {
                if (current != null) {
                    items.add(current.toString());
                }
                current = new StringBuilder(p);
            } else {
                current.append(", ").append(p);
            }
        }
        if (current != null) {
            items.add(current.toString());
        }
        return String.join("\n", items) + "\n";
    }

    /** Roster entries run together with commas, {@code Jane Doe - Acme, Inc., John Roe - CFO}. */
    public static List<String> rosterEntries(String segment) {
        List<String> out = new ArrayList<>();
        StringBuilder current = null;
        for (String piece : segment.split(", ")) {
            String p = piece.trim();
            if (p.isEmpty()) {
                continue;
            }
            if (current == null || isEntry(p)) {
                if (current != null) {
                    out.add(trimComma(current.toString()));
                }
                current = new StringBuilder(p);
            } else {
                current.append(", ").append(p);
            }
        }
        if (current != null && !current.toString().isBlank()) {
            out.add(trimComma(current.toString()));
        }
        return out;
    }

    private static String trimComma(String s) {
        String t = s.trim();
        while (t.endsWith(",")) {
            t = t.substring(0, t.length() - 1).trim();
        }
        return t;
    }

    private static boolean isEntry(String p) {
        int d = Speakers.findDash(p);
        return d > 0 && Names.looksLikeName(p.substring(0, d).trim(), 2, false);
    }

    private static boolean isHeading(String p) {
        String letters = Speakers.letters(p);
        return p.length() < 60 && (SeekingAlpha.RULES.rosterHeadings().containsKey(letters)
                || SeekingAlpha.RULES.qaMarkers().contains(letters));
    }

    private static boolean endsItem(CharSequence s) {
        if (s.length() == 0) {
            return false;
        }
        char c = s.charAt(s.length() - 1);
        return c == '.' || c == '?' || c == '!' || c == '"' || c == '\u201D' || c == ']';
    }
}
