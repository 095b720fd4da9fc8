package io.github.earningscalls.transcript.internal.layout.preset;

import io.github.earningscalls.transcript.TranscriptFormat;
import io.github.earningscalls.transcript.internal.layout.LayoutRules;
import io.github.earningscalls.transcript.internal.layout.Signal;
import io.github.earningscalls.transcript.internal.layout.Telltale;
import io.github.earningscalls.transcript.internal.people.Titles;

/**
 * The Motley Fool layout from 2025, derived from {@link MotleyFool}: a role-first roster before the
 * call ({@code Chief Financial Officer — Jane Doe}), machine-written takeaways and risks that are not
 * part of the call, then {@code Full Conference Call Transcript} and turns written {@code Jane Doe:text}.
 */
public final class MotleyFool2025 {
    /** A role-first roster line is short; a longer line with a dash is speech. */
    private static final int MAX_ROLE_FIRST_LENGTH = 100;
    /** Inline turns after the body heading: as many as {@link InlineSpeakers} asks for. */
    private static final int INLINE_TURNS = 3;

    private static final Signal BODY_HEADING = Signal.of("Full Conference Call Transcript",
            l -> l.lettersAre("fullconferencecalltranscript"));
    private static final Signal ROLE_FIRST = Signal.of("a Title — Name roster line", l -> {
        if (l.length() >= MAX_ROLE_FIRST_LENGTH) {
            return false;
        }
        String t = l.text();
        int dash = Math.max(t.indexOf(" \u2014 "), t.indexOf(" \u2013 "));
        return dash >= 0 && Titles.looksLikeTitle(t.substring(0, dash));
    });

    /** The rules and telltales of the layout. */
    public static final LayoutRules RULES = MotleyFool.RULES.derive(TranscriptFormat.MOTLEY_FOOL_2025)
            .rosterFirst(true)
            .bodyMarkers("fullconferencecalltranscript", "conferencecalltranscript")
            .addFooterPrefixes("all earnings call transcripts")
            .printedMarkers("Operator")
            .inlineSpeakers(true)
            .telltale(Telltale.any(BODY_HEADING, 0.6))
            .telltale(Telltale.any(ROLE_FIRST, 0.2))
            .telltale(Telltale.atLeast(INLINE_TURNS, InlineSpeakers.SPEAKER_LINE, 0.3).and(BODY_HEADING))
            .build();

    private MotleyFool2025() {
    }
}
