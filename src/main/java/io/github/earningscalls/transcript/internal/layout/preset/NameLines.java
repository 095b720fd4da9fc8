package io.github.earningscalls.transcript.internal.layout.preset;

import io.github.earningscalls.transcript.TranscriptFormat;
import io.github.earningscalls.transcript.internal.layout.LayoutRules;
import io.github.earningscalls.transcript.internal.layout.Signal;
import io.github.earningscalls.transcript.internal.layout.Telltale;
import io.github.earningscalls.transcript.internal.lex.Speakers;
import io.github.earningscalls.transcript.internal.people.Names;
import io.github.earningscalls.transcript.internal.people.Titles;
import io.github.earningscalls.transcript.model.Role;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Investor-relations PDF text: the speaker's name alone on a line, possibly with the firm or title
 * after a comma or a dash ({@code Jane Doe, Acme Securities}), then hard-wrapped speech.
 */
public final class NameLines {
    /** A name line, firm and title included, is at most this long. */
    private static final int MAX_NAME_LINE_LENGTH = 100;
    /** The speech after a name line opens with a full line of wrapped text. */
    private static final int MIN_SPEECH_LENGTH = 60;
    /** Headings before long paragraphs look like name lines now and then; five make a layout. */
    private static final int NAME_LINES = 5;
    /** So many name lines leave little doubt. */
    private static final int MANY_NAME_LINES = 15;
    /**
     * Name lines that repeat a name the speakers list gave: two make the layout, even where a slide
     * heading rather than a long line of speech follows each name ({@code Slide 1 – Results}).
     */
    private static final int LISTED_NAME_LINES = 2;
    /** A speakers-list entry, {@code Jane Doe, Chief Financial Officer}, is a short line. */
    private static final int MAX_LIST_ENTRY_LENGTH = 100;

    /**
     * A name alone after the end of a paragraph, before a long line of speech. The double hyphen is
     * the classic Motley Fool's speaker line, not this layout's.
     */
    private static final Signal NAME_LINE = Signal.of("a name alone before speech", l -> {
        if (!l.followsBreak() || l.length() > MAX_NAME_LINE_LENGTH) {
            return false;
        }
        String t = l.text();
        return !t.contains("--") && l.nextLength() >= MIN_SPEECH_LENGTH && Names.looksLikeName(nameOf(t), 2);
    });

    /**
     * A line that is only the name of someone a speakers list named earlier ({@code Jane Doe, Chief
     * Financial Officer}, {@code Jane Doe (CFO)}), in any case ({@code JANE DOE}): the list is the
     * transcript's own evidence that the line heads that person's speech.
     */
    private static final Signal LISTED_NAME_LINE = Signal.perDetection("a name line a speakers list names", () -> {
        Set<String> listed = new HashSet<>();
        return l -> {
            if (l.length() > MAX_LIST_ENTRY_LENGTH) {
                return false;
            }
            String t = l.text();
            String entry = listedName(t);
            if (entry != null) {
                listed.add(Speakers.letters(entry));
                return false;
            }
            return !listed.isEmpty() && listed.contains(l.letters()) && Names.looksLikeName(t, 2, false);
        };
    });

    /** The rules and telltales of the layout. */
    public static final LayoutRules RULES = LayoutRules.builder(TranscriptFormat.NAME_LINES)
            .rosterHeadings(Map.ofEntries(
                    Map.entry("presenters", Role.CORPORATE), Map.entry("speakers", Role.CORPORATE),
                    Map.entry("host", Role.CORPORATE), Map.entry("management", Role.CORPORATE),
                    Map.entry("executives", Role.CORPORATE), Map.entry("companyparticipants", Role.CORPORATE),
                    Map.entry("corporateparticipants", Role.CORPORATE), Map.entry("participants", Role.ANALYST),
                    Map.entry("analysts", Role.ANALYST), Map.entry("conferencecallparticipants", Role.ANALYST)))
            .prepMarkers("presentation", "preparedremarks", "managementremarks")
            .footerPrefixes("disclaimer")
            .wrapped(true)
            .pageFurniture(true)
            .commaDetail(true)
            .leadingNames(true)
            .telltale(Telltale.atLeast(NAME_LINES, NAME_LINE, 0.5))
            .telltale(Telltale.atLeast(MANY_NAME_LINES, NAME_LINE, 0.2))
            .telltale(Telltale.atLeast(LISTED_NAME_LINES, LISTED_NAME_LINE, 0.4))
            .build();

    private NameLines() {
    }

    /**
     * The name of a speakers-list entry, {@code Jane Doe, Chief Financial Officer} or
     * {@code Jane Doe (Chief Financial Officer)}, or null when the line is not one.
     */
    private static String listedName(String t) {
        int comma = t.indexOf(", ");
        int open = t.indexOf(" (");
        String name;
        String title;
        if (comma > 0 && (open < 0 || comma < open)) {
            name = t.substring(0, comma).trim();
            title = t.substring(comma + 2).trim();
        } else if (open > 0 && t.endsWith(")")) {
            name = t.substring(0, open).trim();
            title = t.substring(open + 2, t.length() - 1).trim();
        } else {
            return null;
        }
        // The name first: it fails on most short lines of speech without lower-casing the rest of the line.
        return Names.looksLikeName(name, 2, false) && Titles.looksLikeTitle(title) ? name : null;
    }

    /** The name part of a line that may carry a firm after a comma or a dash. */
    private static String nameOf(String t) {
        int comma = t.indexOf(", ");
        int dash = Speakers.findDash(t);
        int cut = comma > 0 && (dash < 0 || comma < dash) ? comma : dash;
        return cut > 0 ? t.substring(0, cut).trim() : t;
    }
}
