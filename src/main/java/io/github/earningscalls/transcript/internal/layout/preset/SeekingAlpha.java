package io.github.earningscalls.transcript.internal.layout.preset;

import io.github.earningscalls.transcript.TranscriptFormat;
import io.github.earningscalls.transcript.internal.header.EventLine;
import io.github.earningscalls.transcript.internal.layout.LayoutRules;
import io.github.earningscalls.transcript.internal.layout.Signal;
import io.github.earningscalls.transcript.internal.layout.Telltale;
import io.github.earningscalls.transcript.model.Role;
import java.util.Map;

/**
 * The Seeking Alpha article layout: an event line with the ticker and the date, a roster under
 * {@code Executives} and {@code Analysts}, speaker names alone on a line, a
 * {@code Question-and-Answer Session} marker, and the site's copyright notice at the end.
 */
public final class SeekingAlpha {
    /**
     * The event line stands at the top of the article, after at most a short cover or disclaimer that a
     * site or a collection put in front of it.
     */
    private static final int EVENT_LINE_WITHIN = 30;
    /** Roster headings are short lines; a longer one naming "participants" is text. */
    private static final int MAX_HEADING_LENGTH = 40;

    private static final Map<String, Role> ROSTER_HEADINGS = Map.ofEntries(
            Map.entry("executives", Role.CORPORATE), Map.entry("executive", Role.CORPORATE),
            Map.entry("companyparticipants", Role.CORPORATE), Map.entry("companyparticipant", Role.CORPORATE),
            Map.entry("companyrepresentatives", Role.CORPORATE), Map.entry("corporateparticipants", Role.CORPORATE),
            Map.entry("companyspeakers", Role.CORPORATE), Map.entry("management", Role.CORPORATE),
            Map.entry("analysts", Role.ANALYST), Map.entry("analyst", Role.ANALYST),
            Map.entry("conferencecallparticipants", Role.ANALYST),
            Map.entry("conferencecallparticipant", Role.ANALYST),
            Map.entry("otherparticipants", Role.ANALYST));

    private static final Signal EVENT_LINE = Signal.of("an event line (ticker and date)",
            l -> EventLine.isEventLine(l.text())).withinFirst(EVENT_LINE_WITHIN);
    /** "Management" alone is too common a heading in other layouts to count for this one. */
    private static final Signal ROSTER_HEADING = Signal.of("a roster heading other than Management", l -> {
        if (l.length() >= MAX_HEADING_LENGTH) {
            return false;
        }
        String letters = l.letters();
        return !letters.equals("management") && ROSTER_HEADINGS.containsKey(letters);
    });
    private static final Signal OPERATOR = Signal.of("Operator alone on a line", l -> l.text().equals("Operator"));
    private static final Signal QA_SESSION = Signal.of("Question-and-Answer Session",
            l -> l.lettersAre("questionandanswersession"));

    /** The rules and telltales of the layout. */
    public static final LayoutRules RULES = LayoutRules.builder(TranscriptFormat.SEEKING_ALPHA)
            .rosterHeadings(ROSTER_HEADINGS)
            .canonicalQaMarker("questionandanswersession")
            .endMarkers("endofqa", "endofquestionandanswersession", "endofquestionandanswer")
            .footerPrefixes("copyright policy:", "the information contained here is a textual representation",
                    "if you have any additional questions about our online transcripts",
                    "disclaimer: the information contained here")
            .printedMarkers("Question-and-Answer Session", "Operator")
            .telltale(Telltale.any(EVENT_LINE, 0.5))
            .telltale(Telltale.any(ROSTER_HEADING, 0.3))
            .telltale(Telltale.any(OPERATOR, 0.2))
            .telltale(Telltale.any(QA_SESSION, 0.2))
            .build();

    private SeekingAlpha() {
    }
}
