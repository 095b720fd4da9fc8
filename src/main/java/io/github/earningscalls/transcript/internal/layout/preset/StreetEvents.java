package io.github.earningscalls.transcript.internal.layout.preset;

import io.github.earningscalls.transcript.TranscriptFormat;
import io.github.earningscalls.transcript.internal.layout.LayoutRules;
import io.github.earningscalls.transcript.internal.layout.Signal;
import io.github.earningscalls.transcript.internal.layout.Telltale;
import io.github.earningscalls.transcript.internal.lex.NumberedSpeakerLine;
import io.github.earningscalls.transcript.internal.util.LowerCase;
import io.github.earningscalls.transcript.model.Role;
import java.util.List;
import java.util.Map;

/**
 * Thomson Reuters / Refinitiv StreetEvents: the text export, the Event Brief and the body of the XML
 * feed. Blocks open between rules of {@code =} ({@code Corporate Participants},
 * {@code Conference Call Participiants} as the export spells it, {@code Presentation},
 * {@code Questions and Answers}); roster entries are {@code * Jane Doe} over {@code Acme Corp. - CFO};
 * each turn opens with a header line between rules of {@code -} that ends in the turn's number,
 * {@code Jane Doe,  Acme Corp. - CFO    [3]}. The {@code Definitions} and {@code Disclaimer} blocks at
 * the end are framed like turns but carry no number; an Event Brief's overview, financial data and
 * presentation summary stand before the verbatim Q&amp;A and are no part of the call.
 */
public final class StreetEvents {
    /** A rule is a long run of one character; the export prints 80, a stray character may follow. */
    private static final String EQUALS_RULE = "==========";
    private static final String DASH_RULE = "------------";
    /** One numbered header per turn: three make the layout. */
    private static final int HEADERS = 3;

    /**
     * The vendor's banner heads the document and every page: a generous window spares the other
     * layouts' samples the search for it on hundreds of lines.
     */
    private static final int BANNER_WITHIN = 100;
    private static final Signal HEADER = Signal.of("a numbered turn header, Name,  Company - Title    [n]",
            l -> l.text().endsWith("]") && NumberedSpeakerLine.parse(l.text()) != null);
    private static final Signal VENDOR = Signal.of("the StreetEvents banner", l -> {
        String t = l.text();
        return LowerCase.startsWith(t, "thomson reuters streetevents") || LowerCase.startsWith(t, "refinitiv streetevents")
                || LowerCase.contains(t, "(thomson streetevents)") || LowerCase.startsWith(t, "e d i t e d   v e r s i o n")
                || LowerCase.startsWith(t, "p r e l i m i n a r y");
    }).withinFirst(BANNER_WITHIN);
    private static final Signal MISSPELT_ROSTER = Signal.of("Conference Call Participiants",
            l -> l.lettersAre("conferencecallparticipiants"));
    private static final Signal BULLET = Signal.of("a roster bullet, * Jane Doe",
            l -> l.text().startsWith("* ") || l.text().startsWith("*  "));

    /** The rules and telltales of the layout. */
    public static final LayoutRules RULES = LayoutRules.builder(TranscriptFormat.STREETEVENTS)
            .rosterHeadings(Map.of("corporateparticipants", Role.CORPORATE,
                    "conferencecallparticipiants", Role.ANALYST, "conferencecallparticipants", Role.ANALYST))
            .prepMarkers("presentation")
            .qaMarkers(List.of("questionsandanswers", "questionandanswer", "questionandanswersession",
                    "questionsandanswersession"))
            // An Event Brief summarises the presentation before the verbatim Q&A: nothing before these is spoken.
            .bodyMarkers("presentation", "questionsandanswers")
            .footerLine("definitions", "definitions")
            .footerLine("disclaimer", "disclaimer")
            .noisePrefixes(List.of(EQUALS_RULE, DASH_RULE, "thomson reuters streetevents", "refinitiv streetevents",
                    "e d i t e d   v e r s i o n", "p r e l i m i n a r y   v e r s i o n",
                    "f i n a l   v e r s i o n", "text version of transcript"))
            .printedMarkers()
            .bulletRoster(true)
            .numberedSpeakerLines(true)
            .firmThenTitle(true)
            .telltale(Telltale.atLeast(HEADERS, HEADER, 0.6))
            .telltale(Telltale.atLeast(HEADERS, BULLET, 0.2).and(HEADER))
            // The rest count only beside the headers: a file that names StreetEvents is not one without them.
            .telltale(Telltale.any(VENDOR, 0.2).and(HEADER))
            .telltale(Telltale.any(MISSPELT_ROSTER, 0.2).and(HEADER))
            .build();

    private StreetEvents() {
    }
}
