package io.github.earningscalls.transcript.internal;

import io.github.earningscalls.transcript.TranscriptFormat;
import io.github.earningscalls.transcript.model.Role;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A layout preset: the words that mark its structure. Keys of the maps and sets are in the form
 * {@link Speakers#letters} gives (lower-case letters only), so spacing, case and punctuation
 * variants match without further rules.
 *
 * @param format          the layout these rules read
 * @param rosterHeadings  roster headings and the role of the people listed under each
 * @param qaMarkers       markers that open the Q&amp;A; the first is the layout's canonical spelling
 * @param prepMarkers     markers that open the prepared remarks
 * @param endMarkers      markers that close the Q&amp;A without opening anything
 * @param footerPrefixes  lower-case prefixes of the lines that start the vendor's closing boilerplate
 * @param printedMarkers  section markers as the layout prints them, to find them where a scrape ran
 *                        them into the text
 */
public record LayoutRules(TranscriptFormat format, Map<String, Role> rosterHeadings, List<String> qaMarkers,
                          Set<String> prepMarkers, Set<String> endMarkers, List<String> footerPrefixes,
                          List<String> printedMarkers) {

    /** The Seeking Alpha article layout. */
    public static final LayoutRules SEEKING_ALPHA = new LayoutRules(
            TranscriptFormat.SEEKING_ALPHA,
            Map.ofEntries(
                    Map.entry("executives", Role.CORPORATE), Map.entry("executive", Role.CORPORATE),
                    Map.entry("companyparticipants", Role.CORPORATE), Map.entry("companyparticipant", Role.CORPORATE),
                    Map.entry("companyrepresentatives", Role.CORPORATE), Map.entry("corporateparticipants", Role.CORPORATE),
                    Map.entry("companyspeakers", Role.CORPORATE), Map.entry("management", Role.CORPORATE),
                    Map.entry("analysts", Role.ANALYST), Map.entry("analyst", Role.ANALYST),
                    Map.entry("conferencecallparticipants", Role.ANALYST),
                    Map.entry("conferencecallparticipant", Role.ANALYST),
                    Map.entry("otherparticipants", Role.ANALYST)),
            List.of("questionandanswersession", "questionsandanswersession", "questionandanswersessions",
                    "questionsandanswerssession", "questionsandanswers", "questionandanswer", "questionandanswers",
                    "qasession", "questionandanswerperiod"),
            Set.of("presentation", "preparedremarks", "managementdiscussionsection", "managementremarks"),
            Set.of("endofqa", "endofquestionandanswersession", "endofquestionandanswer"),
            List.of("copyright policy:", "the information contained here is a textual representation",
                    "if you have any additional questions about our online transcripts",
                    "disclaimer: the information contained here"),
            List.of("Question-and-Answer Session", "Operator"));

    /** The rules for a concrete layout. */
    public static LayoutRules of(TranscriptFormat format) {
        return switch (format) {
            case SEEKING_ALPHA, AUTO -> SEEKING_ALPHA;
        };
    }
}
