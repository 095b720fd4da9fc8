package io.github.earningscalls.transcript.internal.layout.preset;

import io.github.earningscalls.transcript.TranscriptFormat;
import io.github.earningscalls.transcript.internal.layout.LayoutRules;
import io.github.earningscalls.transcript.internal.layout.Signal;
import io.github.earningscalls.transcript.internal.layout.Telltale;
import io.github.earningscalls.transcript.internal.people.Names;
import io.github.earningscalls.transcript.internal.util.LowerCase;
import io.github.earningscalls.transcript.model.Role;
import java.util.List;
import java.util.Map;

/**
 * The classic Motley Fool layout: {@code Prepared Remarks:} and {@code Questions and Answers:}
 * headings, speaker lines {@code Jane Doe -- Chief Financial Officer}, the {@code Call participants:}
 * roster after the turns, and the site's chrome (image credits, durations, contents, links) around them.
 */
public final class MotleyFool {
    /** A {@code Name -- Title} speaker line is short; a longer line with a double hyphen is speech. */
    private static final int MAX_DASH_SPEAKER_LENGTH = 150;
    /** Speech uses a double hyphen now and then; three name-first ones make a layout. */
    private static final int DASH_SPEAKERS = 3;

    /**
     * The site's page chrome, shared with {@link MotleyFool2025}: its headings of the machine-written
     * summary ({@code Takeaways}, {@code Risks}, {@code Summary}) among them.
     */
    static final List<String> NOISE = List.of("duration:", "image source:", "all earnings call transcripts",
            "need a quote from a motley fool analyst", "=====", "source:", "url:", "scraped:", "characters:",
            "earnings call transcript", "contents:", "date", "takeaways", "risks", "summary", "industry glossary");

    private static final Signal PREPARED = Signal.of("Prepared Remarks:", l -> l.text().equals("Prepared Remarks:"));
    private static final Signal QA = Signal.of("Questions and Answers:", l -> l.text().equals("Questions and Answers:"));
    private static final Signal DASH_SPEAKER = Signal.of("a Name -- Title speaker line", l -> {
        if (l.length() >= MAX_DASH_SPEAKER_LENGTH) {
            return false;
        }
        String t = l.text();
        int dd = t.indexOf("--");
        return dd > 0 && Names.looksLikeName(t.substring(0, dd).trim(), 2, false);
    });
    private static final Signal ROSTER = Signal.of("Call participants:",
            l -> LowerCase.equals(l.text(), "call participants:"));
    private static final Signal CHROME = Signal.of("the site's page chrome", l -> {
        String t = l.text();
        return LowerCase.startsWith(t, "image source: the motley fool") || LowerCase.startsWith(t, "duration:")
                || LowerCase.equals(t, "contents:");
    });

    /** The rules and telltales of the layout. */
    public static final LayoutRules RULES = LayoutRules.builder(TranscriptFormat.MOTLEY_FOOL)
            .rosterHeadings(Map.of("callparticipants", Role.CORPORATE, "callparticipant", Role.CORPORATE))
            .rosterFirst(false)
            .prepMarkers("preparedremarks")
            .contentsHeadings("contents")
            .footerPrefixes("this article is a transcript of this conference call produced for the motley fool",
                    "premium investing services")
            .footerLine("more ", " analysis")
            .noisePrefixes(NOISE)
            .translationCopies(true)
            .printedMarkers("Questions and Answers:", "Operator")
            .telltale(Telltale.any(PREPARED, 0.4))
            .telltale(Telltale.any(QA, 0.3))
            .telltale(Telltale.atLeast(DASH_SPEAKERS, DASH_SPEAKER, 0.4))
            .telltale(Telltale.any(ROSTER, 0.2))
            .telltale(Telltale.any(CHROME, 0.2))
            .build();

    private MotleyFool() {
    }
}
