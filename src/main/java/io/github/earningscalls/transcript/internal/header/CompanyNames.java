package io.github.earningscalls.transcript.internal.header;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Cleans a company name taken from a header, a cover page or a welcome, and tells a name from other short lines. */
final class CompanyNames {
    private static final Pattern RUNS_OF_SPACES = Pattern.compile(" {2,}");

    /** Words a cover page prints near its title that are not a company. */
    private static final Set<String> NOT_NAMES = Set.of("transcript", "edited transcript", "results", "presentation",
            "investor relations", "earnings", "call", "conference call", "earnings call", "webcast", "participants",
            "presenters", "management", "date", "contents", "speakers", "host", "disclaimer", "copyright", "final",
            "analyst and investor call", "earnings call transcript", "investor presentation", "press release",
            "news release", "today", "everyone", "everybody", "all", "us", "you", "this", "the", "our", "investor", "investors",
            "analyst", "analysts", "financial", "interim", "annual", "quarterly", "preliminary", "full year", "fiscal",
            "unaudited", "business", "operating", "trading", "company", "group");
    /** Words and phrases that show a line is speech, a greeting, chrome or a legal notice rather than a name. */
    private static final String[] NOT_IN_NAMES = {"welcome", "thank", "good morning", "good afternoon", "good evening",
            "good day", "ladies", "image source", "page ", "regulation", "copyright", "rights reserved", "http",
            "www.", "@", "transcript", "forward-looking", "disclaimer", "registered office", "dear "};
    /** Lower-case words a name may hold ({@code Bank of America}); any other shows a phrase, not a name. */
    private static final Set<String> CONNECTORS = Set.of("and", "of", "the", "de", "des", "du", "la", "le", "y", "et",
            "for", "in", "&", "an", "a");
    /** Longest company name, in words. */
    private static final int MAX_WORDS = 9;
    private static final int MAX_LENGTH = 90;

    private CompanyNames() {
    }

    /**
     * The name without quotes, a trailing dash or colon, a ticker or alias in parentheses
     * ({@code MongoDB (MongoDB)}), or a possessive ({@code Acme's}, {@code Acme'}).
     */
    static String clean(String text) {
        if (text == null) {
            return null;
        }
        String s = text.strip();
        for (int pass = 0; pass < 3; pass++) {
            s = stripEnds(s);
            if (s.endsWith(")") && s.lastIndexOf('(') > 0) {
                s = s.substring(0, s.lastIndexOf('(')).strip();
            }
            for (String possessive : new String[] {"'s", "\u2019s", "'", "\u2019"}) {
                if (s.endsWith(possessive) && s.length() > possessive.length() + 1) {
                    s = s.substring(0, s.length() - possessive.length()).strip();
                    break;
                }
            }
        }
        return s.contains("  ") ? RUNS_OF_SPACES.matcher(s).replaceAll(" ") : s;
    }

    private static String stripEnds(String s) {
        int from = 0;
        int to = s.length();
        while (from < to && "\"\u201c\u201d\u2018\u2019'\u2013\u2014-:|,* ".indexOf(s.charAt(from)) >= 0) {
            from++;
        }
        while (to > from && "\"\u201c\u201d\u2018\u2013\u2014-:|,* ".indexOf(s.charAt(to - 1)) >= 0) {
            to--;
        }
        return s.substring(from, to).strip();
    }

    /** Whether the (cleaned) text reads like a company's name: short, capitalised, not a heading, a page number or speech. */
    static boolean isName(String s) {
        if (s == null || s.length() < 2 || s.length() > MAX_LENGTH) {
            return false;
        }
        char first = s.charAt(0);
        if (!(Character.isUpperCase(first) || Character.isDigit(first))) {
            return false;
        }
        String lower = s.toLowerCase(Locale.ROOT);
        if (NOT_NAMES.contains(lower) || lower.endsWith(" call") || lower.endsWith(" results")) {
            return false;
        }
        for (String bad : NOT_IN_NAMES) {
            if (lower.contains(bad)) {
                return false;
            }
        }
        String[] words = s.split(" ");
        if (words.length > MAX_WORDS || s.indexOf(':') >= 0 || s.endsWith(".") && !lower.endsWith("inc.")
                && !lower.endsWith("co.") && !lower.endsWith("corp.") && !lower.endsWith("ltd.")) {
            return false;
        }
        for (String w : words) {
            if (!w.isEmpty() && w.chars().allMatch(Character::isDigit)
                    || !w.isEmpty() && Character.isLowerCase(w.charAt(0)) && !CONNECTORS.contains(w)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether a name lists several companies ({@code Acme, Bolt and Crane Limited}), as a joint call's
     * title does: it names none of them alone.
     */
    static boolean isJoint(String s) {
        int comma = s.indexOf(", ");
        return comma > 0 && s.indexOf(" and ", comma) > 0;
    }

    /** Whether a line is only a legal form that a wrapped name left on its own line ({@code Limited}). */
    static boolean isLegalForm(String s) {
        String lower = stripEnds(s).toLowerCase(Locale.ROOT);
        return lower.equals("limited") || lower.equals("ltd") || lower.equals("ltd.") || lower.equals("inc.")
                || lower.equals("inc") || lower.equals("plc") || lower.equals("corporation") || lower.equals("ag")
                || lower.equals("n.v.") || lower.equals("s.a.");
    }
}
