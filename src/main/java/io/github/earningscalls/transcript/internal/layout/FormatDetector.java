package io.github.earningscalls.transcript.internal.layout;

import io.github.earningscalls.transcript.TranscriptFormat;
import io.github.earningscalls.transcript.internal.header.EventLine;
import io.github.earningscalls.transcript.internal.input.LineReader;
import io.github.earningscalls.transcript.internal.input.Mojibake;
import io.github.earningscalls.transcript.internal.lex.SpeakerLines;
import io.github.earningscalls.transcript.internal.lex.Speakers;
import io.github.earningscalls.transcript.internal.people.Names;
import io.github.earningscalls.transcript.internal.people.ParticipantDirectory;
import io.github.earningscalls.transcript.internal.people.Titles;
import io.github.earningscalls.transcript.internal.util.LowerCase;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Scores every layout on the opening lines of the input and picks the best. Each layout earns
 * points for the telltales only it prints; the score of the winner, capped at 1, is the confidence.
 */
public final class FormatDetector {
    /** Below this score no layout is recognised and parsing stops with an error. */
    public static final double MIN_CONFIDENCE = 0.3;

    /** How many non-blank lines detection reads. */
    static final int OPENING_LINES = 400;

    /** The chosen layout and how sure the choice is. */
    public record Detection(TranscriptFormat format, double confidence) {
    }

    private FormatDetector() {
    }

    /** The name part of a line that may carry a firm after a comma or a dash. */
    private static String nameOf(String t) {
        int comma = t.indexOf(", ");
        int dash = Speakers.findDash(t);
        int cut = comma > 0 && (dash < 0 || comma < dash) ? comma : dash;
        return cut > 0 ? t.substring(0, cut).trim() : t;
    }

    /** Whether the next non-blank line after the one at {@code index} is a long line of speech. */
    private static boolean nextIsLong(List<LineReader.RawLine> lines, int index) {
        for (int i = index + 1; i < lines.size() && i < index + 4; i++) {
            String t = lines.get(i).text().trim();
            if (!t.isEmpty()) {
                return t.length() >= 60;
            }
        }
        return false;
    }

    private static boolean onlyDotsAndSpaces(String t) {
        for (int i = 0; i < t.length(); i++) {
            if (t.charAt(i) != '.' && t.charAt(i) != ' ') {
                return false;
            }
        }
        return true;
    }

    public static Detection detect(List<LineReader.RawLine> lines) {
        Map<TranscriptFormat, Double> score = new EnumMap<>(TranscriptFormat.class);
        SpeakerLines inline = new SpeakerLines(LayoutRules.INLINE_SPEAKERS, new ParticipantDirectory());
        int seen = 0;
        int inlineSpeakers = 0;
        int dashSpeakers = 0;
        int leaders = 0;
        boolean saEvent = false;
        boolean saHeading = false;
        boolean operatorAlone = false;
        boolean saQa = false;
        boolean mfPrepared = false;
        boolean mfQa = false;
        boolean mfRoster = false;
        boolean mfChrome = false;
        boolean mf2025Body = false;
        boolean roleFirst = false;
        boolean wire = false;
        boolean moderator = false;
        boolean csMd = false;
        boolean csQa = false;
        boolean afterBreak = true;
        int nameLines = 0;
        for (int index = 0; index < lines.size(); index++) {
            LineReader.RawLine l = lines.get(index);
            String t = Mojibake.repair(l.text().trim());
            int tag = t.startsWith("[") ? t.indexOf("] [EN] ") : -1;
            if (tag > 0 && tag < 8) {
                // An interleaved translation tags each English line; judge the English.
                t = t.substring(tag + 7).trim();
            }
            if (t.isEmpty()) {
                continue;
            }
            if (++seen > OPENING_LINES) {
                break;
            }
            // Compared only with headings and markers of 28 letters at most: a line with more has no use for them.
            String letters = Speakers.letterCount(t) <= 28 ? Speakers.letters(t) : "";
            if (seen <= 3 && EventLine.isEventLine(t)) {
                saEvent = true;
            }
            if (t.length() < 40 && LayoutRules.SEEKING_ALPHA.rosterHeadings().containsKey(letters)
                    && !letters.equals("management")) {
                saHeading = true;
            }
            operatorAlone |= t.equals("Operator");
            saQa |= letters.equals("questionandanswersession");
            mfPrepared |= t.equals("Prepared Remarks:");
            mfQa |= t.equals("Questions and Answers:");
            mfRoster |= LowerCase.equals(t, "call participants:");
            mfChrome |= LowerCase.startsWith(t, "image source: the motley fool") || LowerCase.startsWith(t, "duration:")
                    || LowerCase.equals(t, "contents:");
            mf2025Body |= letters.equals("fullconferencecalltranscript");
            if (t.length() < 100 && (t.contains(" \u2014 ") || t.contains(" \u2013 ")) && Titles.looksLikeTitle(
                    t.substring(0, Math.max(t.indexOf(" \u2014 "), t.indexOf(" \u2013 "))))) {
                roleFirst = true;
            }
            int dd = t.indexOf("--");
            if (t.length() < 150 && dd > 0 && Names.looksLikeName(t.substring(0, dd).trim(), 2, false)) {
                dashSpeakers++;
            }
            if (inline.isInline(t)) {
                inlineSpeakers++;
            }
            wire |= t.equals("FNDW") || LowerCase.endsWith(t, " words") && Character.isDigit(t.charAt(0))
                    || LowerCase.contains(t, "fair disclosure wire") || LowerCase.equals(t, "financial disclosure wire");
            moderator |= t.startsWith("Moderator:");
            if (t.length() >= 20 && onlyDotsAndSpaces(t)) {
                leaders++;
            }
            if (afterBreak && t.length() <= 100 && !t.contains("--") && nextIsLong(lines, index)
                    && Names.looksLikeName(nameOf(t), 2)) {
                nameLines++;
            }
            char end = t.charAt(t.length() - 1);
            afterBreak = end == '.' || end == '?' || end == '!' || t.length() < 40;
            csMd |= letters.equals("managementdiscussionsection");
            csQa |= letters.equals("questionandanswersection");
        }
        score.put(TranscriptFormat.SEEKING_ALPHA, (saEvent ? 0.5 : 0) + (saHeading ? 0.3 : 0)
                + (operatorAlone ? 0.2 : 0) + (saQa ? 0.2 : 0));
        score.put(TranscriptFormat.MOTLEY_FOOL, (mfPrepared ? 0.4 : 0) + (mfQa ? 0.3 : 0)
                + (dashSpeakers >= 3 ? 0.4 : 0) + (mfRoster ? 0.2 : 0) + (mfChrome ? 0.2 : 0));
        score.put(TranscriptFormat.MOTLEY_FOOL_2025, (mf2025Body ? 0.6 : 0) + (roleFirst ? 0.2 : 0)
                + (inlineSpeakers >= 3 && mf2025Body ? 0.3 : 0));
        score.put(TranscriptFormat.INLINE_SPEAKERS, (inlineSpeakers >= 3 ? 0.5 : 0) + (inlineSpeakers >= 10 ? 0.2 : 0)
                + (wire ? 0.3 : 0) + (moderator ? 0.3 : 0));
        score.put(TranscriptFormat.NAME_LINES, (nameLines >= 5 ? 0.5 : 0) + (nameLines >= 15 ? 0.2 : 0));
        score.put(TranscriptFormat.FACTSET_CALLSTREET, (leaders >= 3 ? 0.6 : 0) + (csMd ? 0.3 : 0) + (csQa ? 0.3 : 0));
        TranscriptFormat best = TranscriptFormat.SEEKING_ALPHA;
        double bestScore = -1;
        for (Map.Entry<TranscriptFormat, Double> e : score.entrySet()) {
            if (e.getValue() > bestScore) {
                best = e.getKey();
                bestScore = e.getValue();
            }
        }
        return new Detection(best, Math.min(1.0, bestScore));
    }
}
