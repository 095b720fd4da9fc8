package io.github.earningscalls.transcript.internal.lex;

import io.github.earningscalls.transcript.internal.people.Names;
import io.github.earningscalls.transcript.internal.people.Titles;
import java.util.Arrays;
import java.util.Locale;

/** Tests on the shape of one line of text, shared by the lexer's states: headings, names, sentence ends. */
public final class LineShapes {
    private LineShapes() {
    }

    /** The wrap width assumed when no line is long enough to measure it. */
    private static final int DEFAULT_WRAP_WIDTH = 80;
    /** Lines this short (headings, names, the ends of paragraphs) do not show where the text was wrapped. */
    private static final int MAX_UNMEASURED_LENGTH = 20;
    /** Most wrapped lines fill the width; the longest few may be unwrapped ones, so a percentile, not the maximum. */
    private static final double WRAP_PERCENTILE = 0.9;
    /** A label's first part has a name and a comma at least: {@code A, BC}. */
    private static final int MIN_LABEL_PART_LENGTH = 5;
    /** The colon that ends a label wrapped onto the next line comes before this position in it. */
    private static final int LABEL_TAIL_LENGTH_LIMIT = 80;
    /** Page numbers printed alone have at most this many digits. */
    private static final int MAX_PAGE_NUMBER_DIGITS = 4;
    /** A dotted leader is a long run of dots; a few dots are an ellipsis. */
    private static final int MIN_LEADER_LENGTH = 20;
    /** How many lines a classifier may look ahead for the next non-blank one. */
    private static final int LOOKAHEAD_LINES = 3;
    /** Headings are shorter than this. */
    private static final int HEADING_LENGTH_LIMIT = 60;
    /** A header line longer than this that ends a sentence is speech. */
    private static final int MAX_HEADER_SENTENCE_LENGTH = 60;
    /** Roster title lines are shorter than this; a longer line is prose. */
    private static final int TITLE_LINE_LENGTH_LIMIT = 150;
    /** {@code Jr.}, {@code Inc.}, {@code Corp.}: abbreviations that end a name or firm are this short. */
    private static final int MAX_ABBREVIATION_LENGTH = 5;

    static int wrapWidth(String[] texts) {
        int[] lengths = Arrays.stream(texts).mapToInt(String::length).filter(l -> l > MAX_UNMEASURED_LENGTH).sorted()
                .toArray();
        return lengths.length == 0 ? DEFAULT_WRAP_WIDTH : lengths[(int) (lengths.length * WRAP_PERCENTILE)];
    }

    /** Whether a line of text ends its paragraph: it ends a sentence, or trails off ({@code want to…}). */
    static boolean endsParagraph(String text) {
        char c = text.charAt(text.length() - 1);
        return c == '.' || c == '?' || c == '!' || c == '"' || c == '\u201D' || c == ':' || c == '\u2026';
    }

    /** A capitalised "NAME, TITLE" label whose colon is on the next line. */
    static boolean continuesLabel(String text, String next) {
        // The label's first part is no longer than a whole label may be.
        if (text.length() < MIN_LABEL_PART_LENGTH || text.length() > SpeakerLines.MAX_INLINE_PREFIX || text.indexOf(',') < 0
                || text.indexOf(':') >= 0) {
            return false;
        }
        if (!isCapitals(text, text.length())) {
            return false;
        }
        int colon = next.indexOf(':');
        return colon > 0 && colon < LABEL_TAIL_LENGTH_LIMIT
                && !next.substring(0, colon).chars().anyMatch(Character::isLowerCase);
    }

    /** Whether the first {@code end} characters have no lower-case letter. */
    static boolean isCapitals(String s, int end) {
        for (int i = 0; i < end; i++) {
            if (Character.isLowerCase(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    static boolean isPageNumber(String text) {
        return text.length() <= MAX_PAGE_NUMBER_DIGITS && text.chars().allMatch(Character::isDigit);
    }

    static boolean isLeader(String text) {
        if (text.length() < MIN_LEADER_LENGTH) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != '.' && c != ' ' && c != '\u2026') {
                return false;
            }
        }
        return true;
    }

    static String nextNonBlank(String[] texts, int from) {
        for (int j = from; j < texts.length && j < from + LOOKAHEAD_LINES; j++) {
            if (!texts[j].isEmpty()) {
                return texts[j];
            }
        }
        return null;
    }

    /** White space, and the box-drawing rules some scrapers put around headings ({@code ━━ Q&A ━━}). */
    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || c == '\u00A0' || c == '\uFEFF' || c == '\u200B'
                || c >= '\u2500' && c <= '\u257F';
    }

    /** A heading is a short capitalised line of words, with nothing but an optional colon after them. */
    static boolean isHeadingText(String text) {
        int n = text.length();
        while (n > 0 && (text.charAt(n - 1) == ' ' || text.charAt(n - 1) >= '\u2500' && text.charAt(n - 1) <= '\u257F')) {
            n--;
        }
        // Asked of every line of speech: judged in place, never copied.
        if (n == 0 || n >= HEADING_LENGTH_LIMIT || !Character.isUpperCase(text.charAt(0))) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            boolean decoration = c >= '\u2500' && c <= '\u257F';
            if (!(Character.isLetter(c) || decoration || c == ' ' || c == '&' || c == '-' || c == '\''
                    || c == ':' && i == n - 1)) {
                return false;
            }
        }
        return true;
    }

    /** A header line is a name, a title or a date; a line that ends a sentence is speech. */
    static boolean endsLikeProse(String text) {
        char c = text.charAt(text.length() - 1);
        return text.length() > MAX_HEADER_SENTENCE_LENGTH && (c == '.' || c == '?' || c == '!');
    }

    /** A roster title line: {@code Chief Financial Officer, Acme Corp.} or {@code Analyst, Acme Securities}. */
    static boolean isTitleLine(String next) {
        int comma = next.indexOf(',');
        String head = comma > 0 ? next.substring(0, comma) : next;
        // "CHIEF EXECUTIVE OFFICER" reads like a name in capitals too; only title words make it a title.
        return next.length() < TITLE_LINE_LENGTH_LIMIT && !endsSentence(next) && Titles.looksLikeTitle(head)
                && (!Names.looksLikeName(next, 2) || Titles.isOnlyTitle(head));
    }

    public static boolean looksLikeCompany(String s) {
        String k = " " + s.toLowerCase(Locale.ROOT).replace(",", " ").replace(".", " ") + " ";
        return k.contains(" inc ") || k.contains(" corp ") || k.contains(" corporation ") || k.contains(" co ")
                || k.contains(" llc ") || k.contains(" ltd ") || k.contains(" plc ") || k.contains(" limited ")
                || k.contains(" ag ") || k.contains(" nv ") || k.contains(" sa ") || k.contains(" company ")
                || k.contains(" group ") || k.contains(" holdings ") || k.contains(" lp ");
    }

    static boolean endsSentence(String s) {
        char c = s.charAt(s.length() - 1);
        return c == '?' || c == '!' || c == ',' || c == ';' || c == ':'
                || c == '.' && !(s.length() >= 3 && isAbbreviationEnd(s));
    }

    /** {@code Jr.}, {@code Inc.}, {@code Co.} or an initial end a name or firm, not a sentence. */
    static boolean isAbbreviationEnd(String s) {
        int sp = s.lastIndexOf(' ');
        String last = s.substring(sp + 1);
        return last.length() <= MAX_ABBREVIATION_LENGTH && Character.isUpperCase(last.charAt(0));
    }
}
