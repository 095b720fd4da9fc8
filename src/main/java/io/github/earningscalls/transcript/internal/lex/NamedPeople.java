package io.github.earningscalls.transcript.internal.lex;

import io.github.earningscalls.transcript.internal.people.Names;
import io.github.earningscalls.transcript.internal.people.Titles;
import java.util.HashSet;
import java.util.Set;

/**
 * The people a transcript of inline speakers names outside any roster: in a cover list
 * ({@code Jane Roe (Group CEO)}) or as an inline label ({@code Jane Roe:}, {@code Jane Roe (Acme):}).
 * In a mixed layout such a name alone on a line, over a title line, heads that person's speech.
 */
final class NamedPeople {
    /** A cover-list entry, {@code Jane Roe (Group Chief Executive Officer)}, is a short line. */
    private static final int MAX_ENTRY_LENGTH = 100;

    private NamedPeople() {
    }

    /** The keys ({@link Names#key}) of the names the text gives, skipping the lines marked {@code skip}. */
    static Set<String> find(String[] texts, boolean[] skip) {
        Set<String> names = new HashSet<>();
        for (int i = 0; i < texts.length; i++) {
            String t = texts[i];
            if (skip[i] || t.isEmpty()) {
                continue;
            }
            String name = labelName(t);
            if (name == null) {
                name = coverEntry(t);
            }
            if (name != null) {
                names.add(Names.key(name));
            }
        }
        return names;
    }

    /** The name of an inline label, {@code Jane Roe:} or {@code Jane Roe (Acme Securities):}, or null. */
    private static String labelName(String t) {
        int colon = t.indexOf(':');
        if (colon <= 0 || colon > SpeakerLines.MAX_INLINE_PREFIX) {
            return null;
        }
        String name = t.substring(0, colon).trim();
        int open = name.indexOf(" (");
        if (open > 0 && name.endsWith(")")) {
            name = name.substring(0, open).trim();
        }
        return Names.looksLikeName(name, 2) ? name : null;
    }

    /** The name of a cover-list entry, {@code Jane Roe (Group CEO)}, or null. */
    private static String coverEntry(String t) {
        int open = t.indexOf(" (");
        if (t.length() > MAX_ENTRY_LENGTH || open <= 0 || !t.endsWith(")")) {
            return null;
        }
        String name = t.substring(0, open).trim();
        String title = t.substring(open + 2, t.length() - 1);
        return Names.looksLikeName(name, 2) && Titles.looksLikeTitle(title) ? name : null;
    }
}
