package io.github.earningscalls.transcript.internal.assemble;

import io.github.earningscalls.transcript.internal.people.Introductions;
import io.github.earningscalls.transcript.internal.people.Names;
import io.github.earningscalls.transcript.internal.people.Person;
import io.github.earningscalls.transcript.internal.people.Titles;
import io.github.earningscalls.transcript.internal.util.LowerCase;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the prepared remarks for the company's people introduced with their titles, as hosts and
 * operators do where no roster is printed: {@code joining me are Jane Roe, our CFO; and John Doe,
 * Director of Investor Relations}, {@code We have with us Mr. Jane Roe – CFO}, {@code our Chief
 * Financial Officer, Jane Roe}.
 */
final class CompanyIntroductions {
    /** How far after a name its title may end, and how far before it a title may start. */
    private static final int WINDOW = 80;
    /** A real call has a few people a surname; more (a crafted input) would make the search quadratic. */
    private static final int MAX_SHARED_SURNAME = 256;
    /** A title is a few words; a longer clause is a sentence that happens to hold a title word. */
    private static final int MAX_TITLE_WORDS = 8;
    /** Surnames looked for one by one before a turn is split into words; more are left to the split. */
    private static final int MAX_SCANNED_SURNAMES = 16;

    /** What may stand between a name and the title after it. */
    private static final String[] LEADS = {", who is our ", ", who is the ", ", who is ", ", our ", ", the ", ", ",
        " \u2013 ", " \u2014 ", " - ", " -- ", " (", " who is our ", " who is ", " our ", " as our "};

    /** Where a title after a name ends. */
    private static final String[] CLAUSE_ENDS = {",", ";", ".", ")", ":", " and ", " who ", " will ", " is ",
        " to ", " as "};

    private CompanyIntroductions() {
    }

    /**
     * The title the prepared remarks give each of these people, for those they introduce with one; the
     * Q&amp;A is not read, where the operator introduces questioners with their firms.
     */
    static Map<Person, String> find(List<TurnDraft> drafts, Set<Person> people) {
        Map<Person, String> found = new HashMap<>();
        // Each person under their surname, so a turn is compared only with the people whose surname it holds:
        // a call of many speakers and long remarks would otherwise take the product of the two.
        Map<String, List<Person>> bySurname = new HashMap<>();
        for (Person p : people) {
            List<String> words = Names.lowerCaseWords(p.name());
            if (p.wordCount() >= 2 && !words.isEmpty()) {
                bySurname.computeIfAbsent(words.get(words.size() - 1), k -> new ArrayList<>()).add(p);
            }
        }
        if (bySurname.isEmpty()) {
            return found;
        }
        for (TurnDraft d : drafts) {
            if (d.inQa()) {
                break;
            }
            String text = d.text();
            if (!mayName(text, bySurname.keySet())) {
                continue;
            }
            Set<Person> named = new LinkedHashSet<>();
            for (String word : Names.lowerCaseWords(text)) {
                List<Person> bucket = bySurname.get(word);
                if (bucket != null && bucket.size() <= MAX_SHARED_SURNAME) {
                    named.addAll(bucket);
                }
            }
            for (Person p : named) {
                if (found.containsKey(p)) {
                    continue;
                }
                int[] at = Introductions.where(text, p.name());
                if (at == null) {
                    continue;
                }
                String title = titleAfter(text, at[1]);
                if (title == null) {
                    title = titleBefore(text, at[0]);
                }
                if (title != null) {
                    found.put(p, title);
                }
            }
        }
        return found;
    }

    /**
     * Whether the text may hold one of the surnames as a word, without splitting it into words: most
     * turns of the remarks name none of the few people whose role is still open. A surname that is not
     * ASCII, a text holding a character that lower-cases into ASCII from outside it, or more surnames
     * than {@link #MAX_SCANNED_SURNAMES} make the answer yes, so that the split decides.
     */
    private static boolean mayName(String text, Set<String> surnames) {
        // Splitting lower-cases character by character, where a dotted capital I and the Kelvin sign become ASCII.
        if (surnames.size() > MAX_SCANNED_SURNAMES || text.indexOf('\u0130') >= 0 || text.indexOf('\u212A') >= 0) {
            return true;
        }
        for (String surname : surnames) {
            if (!Names.isAscii(surname) || LowerCase.contains(text, surname)) {
                return true;
            }
        }
        return false;
    }

    /** {@code Jane Roe, our CFO;} or {@code Jane Roe – Director of Investor Relations}. */
    private static String titleAfter(String text, int end) {
        String after = text.substring(end, Math.min(text.length(), end + WINDOW));
        for (String lead : LEADS) {
            if (after.startsWith(lead)) {
                String rest = after.substring(lead.length());
                int stop = rest.length();
                for (String e : CLAUSE_ENDS) {
                    int k = rest.indexOf(e);
                    if (k >= 0 && k < stop) {
                        stop = k;
                    }
                }
                return companyTitle(rest.substring(0, stop).trim());
            }
        }
        return null;
    }

    /** {@code our Chief Financial Officer, Jane Roe}: the title words just before the name. */
    private static String titleBefore(String text, int start) {
        String before = text.substring(Math.max(0, start - WINDOW), start).stripTrailing();
        if (before.endsWith(",")) {
            before = before.substring(0, before.length() - 1);
        }
        String[] words = before.split(" ");
        int from = words.length;
        while (from > 0 && isTitlePart(words[from - 1])) {
            from--;
        }
        return from == words.length ? null : companyTitle(String.join(" ", List.of(words).subList(from, words.length)));
    }

    private static boolean isTitlePart(String word) {
        // "the company's Chief Financial Officer": the title starts after the possessive.
        return !word.isEmpty() && !word.endsWith("'s") && !word.endsWith("\u2019s")
                && (Character.isUpperCase(word.charAt(0)) || word.equals("of") || word.equals("and")
                || word.equals("&"))
                && word.indexOf(',') < 0 && word.indexOf(';') < 0 && !word.endsWith(".");
    }

    /** The clause when it is a company title: title words, no analyst, no firm. */
    private static String companyTitle(String clause) {
        if (clause.isEmpty() || clause.split(" ").length > MAX_TITLE_WORDS || !Titles.isCompanyTitle(clause)) {
            return null;
        }
        return clause;
    }
}
