package io.github.earningscalls.transcript.internal.lex;

import io.github.earningscalls.transcript.internal.people.Names;
import io.github.earningscalls.transcript.internal.people.Titles;
import java.util.Arrays;
import java.util.Locale;

/** Tests on the shape of one line of text, shared by the lexer's states: headings, names, sentence ends. */
public final class LineShapes {
    private LineShapes() {
    }

    static int wrapWidth(String[] texts) {
        int[] lengths = Arrays.stream(texts).mapToInt(String::length).filter(l -> l > 20).sorted().toArray();
        return lengths.length == 0 ? 80 : lengths[(int) (lengths.length * 0.9)];
    }

    /** Whether a line of text ends its paragraph: it ends a sentence. */
    static boolean endsParagraph(String text) {
        char c = text.charAt(text.length() - 1);
        return c == '.' || c == '?' || c == '!' || c == '"' || c == '\u201D' || c == ':';
    }

    /** A capitalised "NAME, TITLE" label whose colon is on the next line. */
    static boolean continuesLabel(String text, String next) {
        if (text.length() < 5 || text.length() > 120 || text.indexOf(',') < 0 || text.indexOf(':') >= 0) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            if (Character.isLowerCase(text.charAt(i))) {
                return false;
            }
        }
        int colon = next.indexOf(':');
        return colon > 0 && colon < 80 && !next.substring(0, colon).chars().anyMatch(Character::isLowerCase);
    }

    static boolean isPageNumber(String text) {
        return text.length() <= 4 && text.chars().allMatch(Character::isDigit);
    }

    static boolean isLeader(String text) {
        if (text.length() < 20) {
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
        for (int j = from; j < texts.length && j < from + 3; j++) {
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
        text = text.substring(0, n);
        if (n == 0 || n >= 60 || !Character.isUpperCase(text.charAt(0))) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean decoration = c >= '\u2500' && c <= '\u257F';
            if (!(Character.isLetter(c) || decoration || c == ' ' || c == '&' || c == '-' || c == '\''
                    || c == ':' && i == text.length() - 1)) {
                return false;
            }
        }
        return true;
    }

    /** A header line is a name, a title or a date; a line that ends a sentence is speech. */
    static boolean endsLikeProse(String text) {
        char c = text.charAt(text.length() - 1);
        return text.length() > 60 && (c == '.' || c == '?' || c == '!');
    }

    /** A roster title line: {@code Chief Financial Officer, Acme Corp.} or {@code Analyst, Acme Securities}. */
    static boolean isTitleLine(String next) {
        int comma = next.indexOf(',');
        String head = comma > 0 ? next.substring(0, comma) : next;
        return next.length() < 150 && !endsSentence(next) && Titles.looksLikeTitle(head)
                && !Names.looksLikeName(next, 2);
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
        return last.length() <= 5 && Character.isUpperCase(last.charAt(0));
    }
}
