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

    private Titles() {
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
