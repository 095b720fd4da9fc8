package io.github.earningscalls.transcript.internal.layout.preset;

import io.github.earningscalls.transcript.TranscriptFormat;
import io.github.earningscalls.transcript.internal.layout.LayoutRules;
import io.github.earningscalls.transcript.internal.layout.Signal;
import io.github.earningscalls.transcript.internal.layout.Telltale;
import io.github.earningscalls.transcript.internal.lex.Speakers;
import io.github.earningscalls.transcript.internal.people.Names;
import io.github.earningscalls.transcript.model.Role;
import java.util.Map;

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
            .telltale(Telltale.atLeast(NAME_LINES, NAME_LINE, 0.5))
            .telltale(Telltale.atLeast(MANY_NAME_LINES, NAME_LINE, 0.2))
            .build();

    private NameLines() {
    }

    /** The name part of a line that may carry a firm after a comma or a dash. */
    private static String nameOf(String t) {
        int comma = t.indexOf(", ");
        int dash = Speakers.findDash(t);
        int cut = comma > 0 && (dash < 0 || comma < dash) ? comma : dash;
        return cut > 0 ? t.substring(0, cut).trim() : t;
    }
}
