package io.github.earningscalls.transcript.internal.people;

import io.github.earningscalls.transcript.internal.lex.LineShapes;
import java.util.Locale;
import java.util.Set;

/** Recognises job titles, to tell a role-first roster entry ({@code Chief Financial Officer - Jane Doe}) from a name-first one. */
public final class Titles {
    private static final Set<String> WORDS = Set.of("chief", "officer", "president", "vice", "ceo", "cfo", "coo", "cto",
            "director", "head", "chairman", "chairwoman", "chair", "relations", "investor", "manager", "treasurer",
            "legal", "counsel", "founder", "cofounder", "executive", "analyst", "secretary", "controller", "partner",
            "managing", "general", "senior", "svp", "evp", "vp", "ir", "md", "principal", "strategy", "finance",
            "financial", "accounting", "operating", "technology", "communications", "corporate", "global", "group");

    /** Small words a title or a firm's name writes in lower case ({@code Head of Investor Relations}). */
    private static final Set<String> CONNECTORS = Set.of("of", "and", "the", "for", "de", "du", "des", "la", "le",
            "di", "da", "del", "van", "von", "in", "at", "on", "y", "e", "et", "und", "to", "&");

    /** What a firm's name ends with after a comma ({@code Acme Securities, LLC}), as letters. */
    private static final Set<String> COMPANY_SUFFIXES = Set.of("llc", "inc", "incorporated", "ltd", "limited", "lp",
            "llp", "co", "corp", "plc", "sa", "ag", "nv", "na", "se", "gmbh", "bv", "spa", "ab", "asa");

    /** Words that make a name-like string a firm's name ({@code Harbour Securities}), as no person is called so. */
    private static final Set<String> FIRM_WORDS = Set.of("securities", "capital", "partners", "bank", "banking",
            "research", "advisors", "advisers", "asset", "assets", "management", "investments", "investment",
            "markets", "equities", "equity", "brokerage", "broking", "fund", "funds", "associates",
            "bancorp", "brothers", "group", "holdings", "trust", "ventures", "wealth", "insurance");

    /** Words only a company's own officer's title holds, never a broker's analyst's. */
    private static final Set<String> OFFICER_WORDS = Set.of("chief", "officer", "president", "ceo", "cfo", "coo",
            "cto", "cio", "chairman", "chairwoman", "chair", "treasurer", "controller", "founder", "cofounder",
            "secretary", "counsel", "relations");

    /** Words of a company officer's title that an analyst's title may hold too ({@code Director}, {@code MD}). */
    private static final Set<String> SHARED_TITLE_WORDS = Set.of("director", "head", "evp", "svp", "vp", "md");

    private Titles() {
    }

    /** Whether a name-like string is a firm's: a legal suffix or a word that names firms, not people. */
    public static boolean looksLikeFirm(String s) {
        if (LineShapes.looksLikeCompany(s)) {
            return true;
        }
        for (String w : Names.lowerCaseWords(s)) {
            if (FIRM_WORDS.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a clause is a company officer's title ({@code CFO}, {@code Director of Investor Relations},
     * {@code President of the Retail Bank}): a word only such titles hold, no analyst, no firm's name.
     */
    public static boolean isCompanyTitle(String clause) {
        boolean titleWord = false;
        for (String w : Names.lowerCaseWords(clause)) {
            if (w.equals("analyst") || w.equals("research")) {
                return false;
            }
            titleWord |= OFFICER_WORDS.contains(w) || SHARED_TITLE_WORDS.contains(w);
        }
        return titleWord && Character.isUpperCase(clause.charAt(0)) && !LineShapes.looksLikeCompany(clause);
    }

    /** Whether a title names an office only the company's people hold ({@code CFO}, {@code Treasurer}). */
    public static boolean isOfficerTitle(String title) {
        for (String w : Names.lowerCaseWords(title)) {
            if (OFFICER_WORDS.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code s} is only the legal suffix of a firm's name ({@code LLC}, {@code Inc.}). */
    public static boolean isCompanySuffix(String s) {
        StringBuilder letters = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetter(c)) {
                letters.append(Character.toLowerCase(c));
            } else if (c != '.' && c != ' ') {
                return false;
            }
        }
        return COMPANY_SUFFIXES.contains(letters.toString());
    }

    /**
     * Whether {@code s} can be the title or firm printed after a name ({@code Chief Executive Officer},
     * {@code Head of Investor Relations}, {@code Fenwick Partners}) rather than speech that starts after a name
     * and a comma ({@code I'm hearing a lot of caution}, {@code will take you through}): every word is
     * capitalised, a number, a title word, or a small connecting word.
     */
    public static boolean looksLikeTitleOrFirm(String s) {
        int n = s.length();
        int i = 0;
        boolean any = false;
        while (i < n) {
            while (i < n && s.charAt(i) == ' ') {
                i++;
            }
            int start = i;
            while (i < n && s.charAt(i) != ' ') {
                i++;
            }
            if (i == start) {
                break;
            }
            any = true;
            String word = s.substring(start, i);
            char first = word.charAt(0);
            if (Character.isUpperCase(first) || Character.isDigit(first) || !Character.isLetter(first)) {
                continue;
            }
            StringBuilder bare = new StringBuilder(word.length());
            for (int k = 0; k < word.length(); k++) {
                char c = word.charAt(k);
                if (Character.isLetter(c) || c == '&') {
                    bare.append(Character.toLowerCase(c));
                }
            }
            if (!CONNECTORS.contains(bare.toString()) && !WORDS.contains(bare.toString())) {
                return false;
            }
        }
        return any;
    }

    /**
     * Splits {@code Chief Financial Officer, Acme Corp.} (or {@code Acme Bank, Chief Financial Officer})
     * into the title and the company; null when the two parts are not a title and a company
     * ({@code Vice President, Investor Relations}).
     */
    public static String[] titleAndCompany(String detail) {
        int comma = detail.indexOf(',');
        if (comma <= 0) {
            return null;
        }
        String first = detail.substring(0, comma).trim();
        String rest = detail.substring(comma + 1).trim();
        if (looksLikeTitle(first) && LineShapes.looksLikeCompany(rest)) {
            return new String[] {first, rest};
        }
        // "Acme Bank, Chief Financial Officer": the company first, then the title.
        if (!looksLikeTitle(first) && looksLikeTitle(rest) && rest.indexOf(',') < 0) {
            return new String[] {rest, first};
        }
        return null;
    }

    /**
     * Where a title written in several parts ends in {@code PRESIDENT, CEO, COO, ACME BANCORP}: the comma after
     * the last of two or more leading parts made of title words only, among them an officer's, when a part
     * that is not a title nor a legal suffix alone follows; -1 otherwise.
     */
    public static int titleRunEnd(String detail) {
        int parts = 0;
        int end = -1;
        boolean officer = false;
        int from = 0;
        for (int comma = detail.indexOf(','); comma > 0; comma = detail.indexOf(',', from)) {
            String part = detail.substring(from, comma);
            if (!isOnlyTitle(part)) {
                break;
            }
            parts++;
            end = comma;
            officer |= isOfficerTitle(part);
            from = comma + 1;
        }
        String rest = end < 0 ? "" : detail.substring(end + 1).trim();
        return parts >= 2 && officer && !rest.isEmpty() && !isOnlyTitle(rest) && !isCompanySuffix(rest) ? end : -1;
    }

    /**
     * Splits {@code Acme Corp., Research Division - Senior Analyst} into the title and the firm at the
     * last dash between spaces: firms and titles both have commas, titles rarely a dash. Either part is
     * null when empty; without a dash the detail is the firm.
     */
    public static String[] titleAfterFirm(String detail) {
        int dash = -1;
        for (int i = detail.length() - 2; i >= 0; i--) {
            if (detail.charAt(i) == '-' && (i == 0 || detail.charAt(i - 1) == ' ')
                    && (i + 1 == detail.length() || detail.charAt(i + 1) == ' ')) {
                dash = i;
                break;
            }
        }
        if (detail.endsWith(" -") || detail.equals("-")) {
            dash = detail.length() - 1;
        }
        String firm = (dash < 0 ? detail : detail.substring(0, dash)).trim();
        String title = dash < 0 ? "" : detail.substring(dash + 1).trim();
        return new String[] {title.isEmpty() ? null : title, firm.isEmpty() ? null : firm};
    }

    /** Whether most of the words are job-title words. */
    public static boolean looksLikeTitle(String s) {
        return titleShare(s, false);
    }

    /** Whether every word is a job-title word ("Chief Executive Officer"); a name has a word of its own. */
    public static boolean isOnlyTitle(String s) {
        return titleShare(s, true);
    }

    private static boolean titleShare(String s, boolean all) {
        // The words are the runs of a-z in the lower-cased text; found by hand, as no regex is needed for that.
        String lower = s.toLowerCase(Locale.ROOT);
        int hits = 0;
        int total = 0;
        int n = lower.length();
        for (int i = 0; i < n; ) {
            if (!isAsciiLower(lower.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < n && isAsciiLower(lower.charAt(i))) {
                i++;
            }
            String w = lower.substring(start, i);
            if (w.equals("and") || w.equals("of") || w.equals("the")) {
                continue;
            }
            total++;
            if (WORDS.contains(w)) {
                hits++;
            }
        }
        return total > 0 && (all ? hits == total : hits * 2 >= total);
    }

    private static boolean isAsciiLower(char c) {
        return c >= 'a' && c <= 'z';
    }
}
