package io.github.earningscalls.transcript.internal.layout.preset;

import io.github.earningscalls.transcript.TranscriptFormat;
import io.github.earningscalls.transcript.internal.layout.LayoutRules;
import io.github.earningscalls.transcript.internal.layout.Signal;
import io.github.earningscalls.transcript.internal.layout.Telltale;
import io.github.earningscalls.transcript.internal.lex.SpeakerLines;
import io.github.earningscalls.transcript.internal.people.ParticipantDirectory;
import io.github.earningscalls.transcript.internal.util.LowerCase;
import io.github.earningscalls.transcript.model.Role;
import java.util.List;
import java.util.Map;

/**
 * Inline speakers, {@code NAME, TITLE, COMPANY: text}, with hard-wrapped paragraphs and page
 * furniture: news-wire transcripts (with the wire's marks and copyright lines), exchange filings,
 * many bank PDFs.
 */
public final class InlineSpeakers {
    /** A call has many turns; a few colons after a name happen in any text. */
    private static final int SPEAKER_LINES = 3;
    /** So many inline turns leave little doubt. */
    private static final int MANY_SPEAKER_LINES = 10;
    /**
     * A wire's marks head each story, in its first few lines; a generous window still spares the
     * case-blind search for them on the hundreds of lines of every other layout's sample.
     */
    private static final int WIRE_MARK_WITHIN = 100;

    /**
     * A {@code Name: text} line, as this layout's speaker rules read it with an empty roster. Shared
     * with {@link MotleyFool2025}, whose turns have the same form; it is counted once for both.
     */
    public static final Signal SPEAKER_LINE = Signal.perDetection("a Name: text speaker line", () -> {
        // SpeakerLines caches its judgement of each name, so each detection gets its own.
        SpeakerLines speakers = new SpeakerLines(InlineSpeakers.RULES, new ParticipantDirectory());
        return l -> colonEndsPrefix(l.text()) && speakers.isInline(l.text());
    });
    private static final Signal WIRE = Signal.of("a news wire's mark", l -> {
        String t = l.text();
        return t.equals("FNDW") || Character.isDigit(t.charAt(0)) && LowerCase.endsWith(t, " words")
                || LowerCase.equals(t, "financial disclosure wire") || LowerCase.contains(t, "fair disclosure wire");
    }).withinFirst(WIRE_MARK_WITHIN);
    private static final Signal MODERATOR = Signal.of("Moderator: speaking", l -> l.text().startsWith("Moderator:"));

    /** The rules and telltales of the layout. */
    public static final LayoutRules RULES = LayoutRules.builder(TranscriptFormat.INLINE_SPEAKERS)
            .rosterHeadings(Map.ofEntries(
                    Map.entry("management", Role.CORPORATE), Map.entry("companyparticipants", Role.CORPORATE),
                    Map.entry("corporateparticipants", Role.CORPORATE), Map.entry("executives", Role.CORPORATE),
                    Map.entry("speakers", Role.CORPORATE), Map.entry("host", Role.CORPORATE),
                    Map.entry("presenters", Role.CORPORATE), Map.entry("analysts", Role.ANALYST),
                    Map.entry("conferencecallparticipants", Role.ANALYST), Map.entry("otherparticipants", Role.ANALYST)))
            .footerPrefixes("document fndw", "(c) copyright", "this transcript may not be", "disclaimer")
            .noisePrefixes(List.of("fndw", "english", "financial disclosure wire", "fd (fair disclosure) wire",
                    "cq fd disclosure", "voxant ", "(c) ccbn", "\u00a9 20", "\u00a9 19", "(c) 20", "(c) 19"))
            .translationCopies(true)
            .printedMarkers("Operator", "OPERATOR", "Moderator")
            .inlineSpeakers(true)
            .wrapped(true)
            .pageFurniture(true)
            .telltale(Telltale.atLeast(SPEAKER_LINES, SPEAKER_LINE, 0.5))
            .telltale(Telltale.atLeast(MANY_SPEAKER_LINES, SPEAKER_LINE, 0.2))
            .telltale(Telltale.any(WIRE, 0.3))
            .telltale(Telltale.any(MODERATOR, 0.3))
            .build();

    private InlineSpeakers() {
    }

    /**
     * Whether the line's first colon comes after something and within the longest speaker label: a
     * look at the line's start only, before the speaker rules cut and judge the label.
     */
    private static boolean colonEndsPrefix(String t) {
        int n = Math.min(t.length(), SpeakerLines.MAX_INLINE_PREFIX + 1);
        for (int i = 0; i < n; i++) {
            if (t.charAt(i) == ':') {
                return i > 0;
            }
        }
        return false;
    }
}
