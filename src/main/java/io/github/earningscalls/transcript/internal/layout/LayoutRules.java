package io.github.earningscalls.transcript.internal.layout;

import io.github.earningscalls.transcript.TranscriptFormat;
import io.github.earningscalls.transcript.internal.lex.Speakers;
import io.github.earningscalls.transcript.internal.util.LowerCase;
import io.github.earningscalls.transcript.model.Role;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A layout preset: the words that mark its structure and the line forms it uses. Keys of the maps
 * and sets are in the form {@link Speakers#letters} gives (lower-case letters only), so spacing,
 * case and punctuation variants match without further rules. Adding a layout means adding a
 * preset here, never a branch on the format in the lexer or the assembler.
 *
 * @param format          the layout these rules read
 * @param rosterHeadings  roster headings and the role of the people listed under each
 * @param rosterFirst     whether the roster precedes the call, so that a roster heading after the
 *                        turns starts a second copy of the transcript
 * @param qaMarkers       markers that open the Q&amp;A; the first is the layout's canonical spelling
 * @param prepMarkers     markers that open the prepared remarks
 * @param endMarkers      markers that close the Q&amp;A without opening anything
 * @param bodyMarkers     markers before which nothing is part of the call (machine-written summaries)
 * @param contentsHeadings headings of a table of contents whose entries name sections without opening them
 * @param footerPrefixes  lower-case prefixes of the lines that start the vendor's closing boilerplate
 * @param noisePrefixes   lower-case prefixes of single lines of page chrome, dropped wherever they stand
 * @param printedMarkers  section markers as the layout prints them, to find them where a scrape ran
 *                        them into the text
 * @param inlineSpeakers  whether speaker lines are {@code Name: text} with the text on the same line
 * @param wrapped         whether paragraphs are hard-wrapped over several lines
 * @param leaderLines     whether each turn opens with a dotted leader line, a name line and a title line
 *                        that ends in the role letter Q or A
 * @param commaDetail     whether a speaker line alone may carry its firm or title after a comma
 *                        ({@code Jane Doe, Acme Securities})
 */
public record LayoutRules(TranscriptFormat format, Map<String, Role> rosterHeadings, boolean rosterFirst,
                          List<String> qaMarkers, Set<String> prepMarkers, Set<String> endMarkers,
                          Set<String> bodyMarkers, Set<String> contentsHeadings, List<String> footerPrefixes,
                          List<String> noisePrefixes, List<String> printedMarkers, boolean inlineSpeakers,
                          boolean wrapped, boolean leaderLines, boolean commaDetail) {

    private static final List<String> QA = List.of("questionandanswersession", "questionsandanswersession",
            "questionandanswersessions", "questionsandanswerssession", "questionsandanswers", "questionandanswer",
            "questionandanswers", "qasession", "questionandanswerperiod", "questionandanswersection", "qa",
            "analystqa", "questionsandanswerssection", "questionanswersession", "questionanswer");

    /** The same markers with {@code Questions and Answers} as the canonical spelling. */
    private static final List<String> QA_PLURAL = java.util.stream.Stream.concat(
            java.util.stream.Stream.of("questionsandanswers"),
            QA.stream().filter(m -> !m.equals("questionsandanswers"))).toList();

    private static final List<String> MOTLEY_NOISE = List.of("duration:", "image source:", "all earnings call transcripts",
            "need a quote from a motley fool analyst", "=====", "source:", "url:", "scraped:", "characters:",
            "earnings call transcript", "contents:", "date", "takeaways", "risks", "summary", "industry glossary");

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
            true,
            QA,
            Set.of("presentation", "preparedremarks", "managementdiscussionsection", "managementremarks"),
            Set.of("endofqa", "endofquestionandanswersession", "endofquestionandanswer"),
            Set.of(),
            Set.of(),
            List.of("copyright policy:", "the information contained here is a textual representation",
                    "if you have any additional questions about our online transcripts",
                    "disclaimer: the information contained here"),
            List.of(),
            List.of("Question-and-Answer Session", "Operator"),
            false, false, false, false);

    /** The classic Motley Fool layout: {@code Name -- Title} speaker lines, the roster at the end. */
    public static final LayoutRules MOTLEY_FOOL = new LayoutRules(
            TranscriptFormat.MOTLEY_FOOL,
            Map.of("callparticipants", Role.CORPORATE, "callparticipant", Role.CORPORATE),
            false,
            QA_PLURAL,
            Set.of("preparedremarks"),
            Set.of(),
            Set.of(),
            Set.of("contents"),
            List.of("this article is a transcript of this conference call produced for the motley fool",
                    "more ", "premium investing services"),
            MOTLEY_NOISE,
            List.of("Questions and Answers:", "Operator"),
            false, false, false, false);

    /** The Motley Fool layout from 2025: a role-first roster, summaries, then {@code Name:text} turns. */
    public static final LayoutRules MOTLEY_FOOL_2025 = new LayoutRules(
            TranscriptFormat.MOTLEY_FOOL_2025,
            Map.of("callparticipants", Role.CORPORATE, "callparticipant", Role.CORPORATE),
            true,
            QA_PLURAL,
            Set.of("preparedremarks"),
            Set.of(),
            Set.of("fullconferencecalltranscript", "conferencecalltranscript"),
            Set.of("contents"),
            List.of("this article is a transcript of this conference call produced for the motley fool",
                    "premium investing services", "more ", "all earnings call transcripts"),
            MOTLEY_NOISE,
            List.of("Operator"),
            true, false, false, false);

    /** Inline speakers, {@code NAME, TITLE, COMPANY: text}: news wires, Indian filings, bank PDFs. */
    public static final LayoutRules INLINE_SPEAKERS = new LayoutRules(
            TranscriptFormat.INLINE_SPEAKERS,
            Map.ofEntries(
                    Map.entry("management", Role.CORPORATE), Map.entry("companyparticipants", Role.CORPORATE),
                    Map.entry("corporateparticipants", Role.CORPORATE), Map.entry("executives", Role.CORPORATE),
                    Map.entry("speakers", Role.CORPORATE), Map.entry("host", Role.CORPORATE),
                    Map.entry("presenters", Role.CORPORATE), Map.entry("analysts", Role.ANALYST),
                    Map.entry("conferencecallparticipants", Role.ANALYST), Map.entry("otherparticipants", Role.ANALYST)),
            true,
            QA_PLURAL,
            Set.of("presentation", "preparedremarks", "managementdiscussionsection", "managementremarks"),
            Set.of(),
            Set.of(),
            Set.of(),
            List.of("document fndw", "(c) copyright", "this transcript may not be", "disclaimer"),
            List.of("fndw", "english", "financial disclosure wire", "fd (fair disclosure) wire", "cq fd disclosure",
                    "voxant ", "(c) ccbn", "\u00a9 20", "\u00a9 19", "(c) 20", "(c) 19"),
            List.of("Operator", "OPERATOR", "Moderator"),
            true, true, false, false);

    /** FactSet CallStreet PDF text: a dotted leader, the name, then {@code Title, Company Q|A}. */
    public static final LayoutRules FACTSET_CALLSTREET = new LayoutRules(
            TranscriptFormat.FACTSET_CALLSTREET,
            Map.of("corporateparticipants", Role.CORPORATE, "otherparticipants", Role.ANALYST),
            true,
            List.of("questionandanswersection", "questionandanswer"),
            Set.of("managementdiscussionsection"),
            Set.of(),
            Set.of(),
            Set.of(),
            List.of("disclaimer", "the information herein is based on sources we believe to be reliable",
                    "this document contains forward-looking statements"),
            List.of(),
            List.of("Operator"),
            true, true, true, false);

    /** Investor-relations PDF text: the speaker's name alone on a line, then hard-wrapped speech. */
    public static final LayoutRules NAME_LINES = new LayoutRules(
            TranscriptFormat.NAME_LINES,
            Map.ofEntries(
                    Map.entry("presenters", Role.CORPORATE), Map.entry("speakers", Role.CORPORATE),
                    Map.entry("host", Role.CORPORATE), Map.entry("management", Role.CORPORATE),
                    Map.entry("executives", Role.CORPORATE), Map.entry("companyparticipants", Role.CORPORATE),
                    Map.entry("corporateparticipants", Role.CORPORATE), Map.entry("participants", Role.ANALYST),
                    Map.entry("analysts", Role.ANALYST), Map.entry("conferencecallparticipants", Role.ANALYST)),
            true,
            QA_PLURAL,
            Set.of("presentation", "preparedremarks", "managementremarks"),
            Set.of(),
            Set.of(),
            Set.of(),
            List.of("disclaimer"),
            List.of(),
            List.of("Operator"),
            false, true, false, true);

    /** The rules for a concrete layout. */
    public static LayoutRules of(TranscriptFormat format) {
        return switch (format) {
            case SEEKING_ALPHA, AUTO -> SEEKING_ALPHA;
            case MOTLEY_FOOL -> MOTLEY_FOOL;
            case MOTLEY_FOOL_2025 -> MOTLEY_FOOL_2025;
            case INLINE_SPEAKERS -> INLINE_SPEAKERS;
            case FACTSET_CALLSTREET -> FACTSET_CALLSTREET;
            case NAME_LINES -> NAME_LINES;
        };
    }

    /** Whether a line is single-line page chrome under these rules. */
    public boolean isNoise(String text) {
        if (noisePrefixes.isEmpty()) {
            return false;
        }
        if (isTranslationCopy(text)) {
            return true;
        }
        if (text.length() > 200) {
            return false;
        }
        // Indexed loops: asked of every line, and the iterators a for-each makes here were not optimised away.
        for (int i = 0; i < noisePrefixes.size(); i++) {
            String p = noisePrefixes.get(i);
            // Short single words ("english", "date") must match the whole line; longer entries are prefixes.
            char last = p.charAt(p.length() - 1);
            boolean prefix = last == ':' || last == ' ' || Character.isDigit(last) || p.length() >= 12
                    || p.startsWith("=") || p.startsWith("(c)");
            if (prefix ? LowerCase.startsWith(text, p) : LowerCase.equals(text, p)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Machine-translated copies interleave each English line, tagged {@code [  7] [EN]}, with its
     * translation, tagged {@code [中]}, before the plain English line itself; only the plain line is kept.
     */
    private static boolean isTranslationCopy(String text) {
        if (text.startsWith("[\u4e2d]")) {
            return true;
        }
        int close = text.indexOf(']');
        return text.startsWith("[") && close > 0 && close < 8
                && (text.startsWith(" [EN]", close + 1) || text.startsWith(" [en]", close + 1));
    }

    /** The English text of a line an interleaved translation tagged {@code [  7] [EN]}, or the line itself. */
    public static String untagged(String text) {
        int close = text.indexOf(']');
        if (text.startsWith("[") && close > 0 && close < 8 && text.startsWith(" [EN] ", close + 1)) {
            return text.substring(close + 6).trim();
        }
        return text;
    }

    /** Whether a line starts the vendor's closing boilerplate under these rules. */
    public boolean isFooter(String text) {
        if (text.length() < 5) {
            return false;
        }
        for (int i = 0; i < footerPrefixes.size(); i++) {
            String p = footerPrefixes.get(i);
            if (!LowerCase.startsWith(text, p)) {
                continue;
            }
            String lower = text.length() > 120 ? text.substring(0, 120).toLowerCase(Locale.ROOT) : text.toLowerCase(Locale.ROOT);
            if (p.equals("more ") ? lower.startsWith(p) && lower.endsWith(" analysis") : lower.startsWith(p)) {
                return true;
            }
        }
        return false;
    }
}
