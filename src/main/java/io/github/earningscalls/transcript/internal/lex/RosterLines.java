package io.github.earningscalls.transcript.internal.lex;

import io.github.earningscalls.transcript.internal.people.Names;
import io.github.earningscalls.transcript.internal.people.Titles;

/**
 * Reads one roster line into a name and its title or firm, forgiving what transcribers do to roster
 * lines: a period after the title ({@code Jane Roe - Some Bank.}), a hyphen that touches the title or
 * the name ({@code Jane Roe -Some Bank}, {@code Jane Roe- CFO}), and the two parts printed the other
 * way round ({@code Chief Financial Officer - Jane Roe}, {@code Some Securities - Jane Roe}).
 */
final class RosterLines {
    /** A title or firm after a name is one clause; a longer detail ending in a period is a sentence. */
    private static final int MAX_DETAIL_WORDS = 12;

    private RosterLines() {
    }

    /** A roster line read: its name and detail, and the line to judge, without a period that closed the detail. */
    record Entry(String name, String detail, String text) {
    }

    /**
     * Reads a roster line. {@code roleFirst} says the layout prints the title before the name.
     */
    static Entry read(String text, boolean roleFirst) {
        return read(text, roleFirst, false);
    }

    /**
     * Reads a roster line. {@code roleFirst} says the layout prints the title before the name;
     * {@code commaDetail} that it may print it after the name and a comma ({@code Jane Roe, Chief
     * Financial Officer}).
     */
    static Entry read(String text, boolean roleFirst, boolean commaDetail) {
        String line = text;
        Speakers.Label label = Speakers.split(line);
        if (label.detail() == null && Speakers.findDash(line) < 0) {
            label = oneSidedHyphen(line);
        }
        if (label.detail() == null && commaDetail) {
            label = commaDetail(line, label);
        }
        String name = label.name();
        String detail = label.detail();
        if (detail != null && detail.endsWith(".") && detail.indexOf(". ") < 0 && words(detail) <= MAX_DETAIL_WORDS
                && !LineShapes.isAbbreviationEnd(detail) && Names.looksLikeName(name, 1, false)) {
            // "Jane Roe - Some Bank.": the period closes the entry, not a sentence.
            detail = detail.substring(0, detail.length() - 1).trim();
            line = line.substring(0, line.length() - 1).trim();
        }
        if (detail != null && Names.looksLikeName(detail, 2, false) && !Titles.looksLikeTitle(detail)
                && !Titles.looksLikeFirm(detail)
                && (roleFirst && Titles.looksLikeTitle(name) || Titles.looksLikeFirm(name))) {
            // "Chief Financial Officer - Jane Doe" or "Some Securities - Jane Doe": the name comes second.
            String t = name;
            name = detail;
            detail = t;
        }
        return new Entry(name, detail, line);
    }

    /**
     * {@code Jane Roe, Chief Financial Officer}: a name of two words or more, a comma, then a title or
     * a firm; {@code label} as it was for any other line.
     */
    private static Speakers.Label commaDetail(String text, Speakers.Label label) {
        int comma = text.indexOf(", ");
        if (comma <= 0) {
            return label;
        }
        String name = text.substring(0, comma).trim();
        String detail = text.substring(comma + 2).trim();
        return !detail.isEmpty() && Names.looksLikeName(name, 2) && Titles.looksLikeTitleOrFirm(detail)
                ? new Speakers.Label(name, detail, RoleMark.NONE) : label;
    }

    /**
     * {@code Jane Roe -Some Bank} or {@code Jane Roe- CFO}: a hyphen with a space on one side only, after
     * a name of two words or more; a hyphen inside a name ({@code Jean-Luc}) has no space at all.
     */
    private static Speakers.Label oneSidedHyphen(String text) {
        for (int i = 1; i + 1 < text.length(); i++) {
            if (text.charAt(i) != '-') {
                continue;
            }
            boolean spaceBefore = text.charAt(i - 1) == ' ';
            boolean spaceAfter = text.charAt(i + 1) == ' ';
            if (spaceBefore == spaceAfter) {
                continue;
            }
            String name = text.substring(0, i).trim();
            String detail = text.substring(i + 1).trim();
            if (!detail.isEmpty() && Names.looksLikeName(name, 2, false)) {
                return new Speakers.Label(Speakers.stripBrackets(name), detail, RoleMark.NONE);
            }
            return new Speakers.Label(Speakers.stripBrackets(text), null, RoleMark.NONE);
        }
        return new Speakers.Label(Speakers.stripBrackets(text), null, RoleMark.NONE);
    }

    private static int words(String s) {
        return Names.lowerCaseWords(s).size();
    }
}
