package io.github.earningscalls.transcript.internal.header;

import io.github.earningscalls.transcript.model.EventType;
import io.github.earningscalls.transcript.model.FiscalPeriod;
import io.github.earningscalls.transcript.model.MetadataField;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the company's own people say in the opening turns, for the company and period no header, cover
 * page or welcome gave: the firm the company's speakers are labelled with, the company an officer is
 * introduced with ({@code Jane Roe, Acme's Chief Executive Officer}) or the investor website names
 * ({@code www.acme.com}, and "Acme" in the opening), and the period they report ({@code Q4 2025 was a
 * record quarter}, or {@code a strong start to fiscal 2026} said of the quarter a welcome named).
 * Speech names other periods too (a year ago, the next call), so a period is taken only from a sentence
 * that compares with nothing, and only within a year of the call's date where the date is known.
 */
final class Remarks {
    /** {@code 's Chief}: an officer's title after a possessive ({@code Acme's}, {@code Acme Works'}), the company before it. */
    private static final Pattern OFFICER = Pattern.compile(
            "['\u2019]s? (?:Co-)?(?:Chairman|Chairwoman|Chair|President|Chief Executive|CEO)\\b");
    /** {@code CEO of }: a chief executive's title before the company's name. */
    private static final Pattern CHIEF_OF = Pattern.compile("\\b(?:Chief Executive Officer|CEO) of (?=[A-Z0-9])");
    /** A quarter named alone: {@code Q1}, {@code first quarter}, {@code third-quarter}. */
    private static final Pattern QUARTER = Pattern.compile("\\bQ([1-4])\\b|\\b(first|second|third|fourth)[ -]quarter\\b",
            Pattern.CASE_INSENSITIVE);
    /** A fiscal year named alone: {@code fiscal 2026}, {@code fiscal year 2015}, {@code FY25}. */
    private static final Pattern FISCAL_YEAR = Pattern.compile("\\b(?:fiscal(?: year)?|FY) ?'?(\\d{4}|\\d{2})\\b",
            Pattern.CASE_INSENSITIVE);
    /** Words before a period that make it another period than the call's: a comparison or a past or future one. */
    private static final String[] ELSEWHERE = {"compar", "versus", " vs", "than", "from", "over ", "relative",
            "prior", "previous", "last", "ago", "since", "next", "until", "through", "against", "same", "follow",
            "after"};
    /**
     * Times the opening must name an officer's company: the company's own name recurs as its people speak of
     * it, a division's ({@code CEO of Acme Services}) is named once as its head is introduced.
     */
    private static final int MIN_MENTIONS = 2;
    /** Company speakers labelled with one firm needed before that firm is taken as the company. */
    private static final int MIN_SPEAKERS_OF_A_FIRM = 2;

    /** A value and the line it was read from. */
    record Stated<T>(T value, int line) {
    }

    private Remarks() {
    }

    /**
     * Offers the company and period the company's own people give in the opening, each read only when
     * nothing more trusted gave it; a period only for a call that reports one, not a talk at a conference.
     *
     * @param preamble the lines before the first speaker, where a cover may give the investor website
     */
    static void fill(List<TextLine> preamble, Opening opening, EventType type, Candidates found, int rank) {
        if (!found.has(MetadataField.COMPANY)) {
            Stated<String> company = speakersFirm(opening.firms());
            if (company == null) {
                company = officersCompany(opening.paragraphs());
            }
            if (company == null) {
                company = websitesCompany(preamble, opening.paragraphs());
            }
            if (company != null) {
                found.offer(MetadataField.COMPANY, company.value(), company.line(), rank);
            }
        }
        FiscalPeriod known = found.value(MetadataField.FISCAL_PERIOD);
        boolean reported = type == EventType.EARNINGS_CALL || type == EventType.BUSINESS_UPDATE || type == EventType.OTHER;
        if (!reported || known != null && (known.year() != null || known.quarter() == null)) {
            return;
        }
        Object date = found.value(MetadataField.DATE);
        Stated<FiscalPeriod> period = period(opening.paragraphs(), known, date instanceof LocalDate d ? d : null);
        if (period != null) {
            // A year found for the welcome's quarter completes that period rather than competing with it.
            found.replace(MetadataField.FISCAL_PERIOD, period.value(), period.line(), rank);
        }
    }

    /**
     * The company the first officer introduced in the opening is named with, {@code Acme's Chairman} or
     * {@code CEO of Acme}, or null; {@code the Bank's CEO} names no company.
     */
    static Stated<String> officersCompany(List<TextLine> opening) {
        for (TextLine l : opening) {
            String text = l.text();
            // Most paragraphs hold neither a possessive nor a chief executive: they are spared the patterns.
            boolean possessive = text.indexOf('\'') >= 0 || text.indexOf('\u2019') >= 0;
            if (!possessive && text.indexOf(" of ") < 0) {
                continue;
            }
            Matcher before = OFFICER.matcher(text);
            Matcher after = CHIEF_OF.matcher(text);
            int beforeAt = possessive && before.find() ? before.start() : Integer.MAX_VALUE;
            int afterAt = after.find() ? after.end() : Integer.MAX_VALUE;
            if (beforeAt == Integer.MAX_VALUE && afterAt == Integer.MAX_VALUE) {
                continue;
            }
            String name = beforeAt < afterAt ? capitalisedRunBefore(text, beforeAt) : capitalisedRunFrom(text, afterAt);
            name = CompanyNames.clean(name);
            return CompanyNames.isName(name) && mentions(opening, name) >= MIN_MENTIONS ? new Stated<>(name, l.line()) : null;
        }
        return null;
    }

    /** How often the opening names {@code name}. */
    private static int mentions(List<TextLine> opening, String name) {
        int n = 0;
        for (TextLine l : opening) {
            for (int at = l.text().indexOf(name); at >= 0; at = l.text().indexOf(name, at + name.length())) {
                n++;
            }
        }
        return n;
    }

    /**
     * The company an investor website given before the call or in its opening names ({@code www.acme.com}),
     * as the opening speaks of it: one to three capitalised words whose letters spell the site's name
     * ({@code Acme}, {@code ACME}, {@code Acme Works} for {@code acmeworks}), said at least twice; or null.
     */
    static Stated<String> websitesCompany(List<TextLine> preamble, List<TextLine> opening) {
        for (List<TextLine> lines : List.of(preamble, opening)) {
            for (TextLine l : lines) {
                String text = l.text();
                int at = text.indexOf("www.");
                if (at < 0) {
                    continue;
                }
                int end = at + 4;
                while (end < text.length() && (Character.isLetterOrDigit(text.charAt(end)) || text.charAt(end) == '-')) {
                    end++;
                }
                if (end - at - 4 >= 2 && end < text.length() && text.charAt(end) == '.') {
                    Stated<String> name = spokenAs(opening, text.substring(at + 4, end).replace("-", "").toLowerCase(Locale.ROOT));
                    if (name != null) {
                        return name;
                    }
                }
            }
        }
        return null;
    }

    /** The first run of one to three capitalised words in the opening that spells {@code site}, if said twice. */
    private static Stated<String> spokenAs(List<TextLine> opening, String site) {
        for (TextLine l : opening) {
            String[] words = l.text().split(" ");
            for (int i = 0; i < words.length; i++) {
                StringBuilder letters = new StringBuilder();
                StringBuilder name = new StringBuilder();
                for (int k = i; k < Math.min(words.length, i + 3) && letters.length() < site.length(); k++) {
                    String word = CompanyNames.clean(words[k]);
                    // A full stop after the name ends the sentence; one inside ("A.B.") belongs to it.
                    if (word.endsWith(".") && word.indexOf('.') == word.length() - 1) {
                        word = word.substring(0, word.length() - 1);
                    }
                    if (word.isEmpty() || !(Character.isUpperCase(word.charAt(0)) || Character.isDigit(word.charAt(0)))) {
                        break;
                    }
                    word.codePoints().filter(Character::isLetterOrDigit).map(Character::toLowerCase)
                            .forEach(letters::appendCodePoint);
                    name.append(name.length() == 0 ? "" : " ").append(word);
                    if (letters.toString().equals(site)) {
                        String company = name.toString();
                        return CompanyNames.isName(company) && mentions(opening, company) >= MIN_MENTIONS
                                ? new Stated<>(company, l.line()) : null;
                    }
                }
            }
        }
        return null;
    }

    /**
     * The capitalised words that end at {@code end}, with the lower-case words a name may hold between
     * them ({@code Bank of Westfield}); a comma or any other lower-case word ends the run.
     */
    private static String capitalisedRunBefore(String text, int end) {
        int from = end;
        int start = end;
        while (from > 0) {
            int space = text.lastIndexOf(' ', from - 1);
            String word = text.substring(space + 1, from);
            // A word ending a sentence ends the run; an initial or an abbreviation ("J.P.", "Co.") does not.
            boolean sentenceEnd = from != end && word.endsWith(".") && word.indexOf('.') == word.length() - 1
                    && word.length() > 3;
            if (word.isEmpty() || word.endsWith(",") || sentenceEnd) {
                break;
            }
            boolean capital = Character.isUpperCase(word.charAt(0)) || Character.isDigit(word.charAt(0));
            if (!capital && !word.equals("of") && !word.equals("and") && !word.equals("&")) {
                break;
            }
            if (capital) {
                start = space + 1;
            }
            if (space < 0) {
                break;
            }
            from = space;
        }
        // "the Bank's CEO" speaks of the company without naming it.
        return text.startsWith("the ", Math.max(0, start - 4)) && start >= 4 ? "" : text.substring(start, end);
    }

    /** The capitalised words from {@code start}, with the lower-case words a name may hold; punctuation ends them. */
    private static String capitalisedRunFrom(String text, int start) {
        int end = start;
        int at = start;
        while (at < text.length()) {
            int space = text.indexOf(' ', at);
            int wordEnd = space < 0 ? text.length() : space;
            String word = text.substring(at, wordEnd);
            boolean capital = !word.isEmpty() && (Character.isUpperCase(word.charAt(0)) || Character.isDigit(word.charAt(0)));
            if (!capital && !word.equals("of") && !word.equals("and") && !word.equals("&")) {
                break;
            }
            char last = word.isEmpty() ? ' ' : word.charAt(word.length() - 1);
            boolean closes = last == ',' || last == ';' || last == ':' || last == ')'
                    || last == '.' && word.indexOf('.') == word.length() - 1;
            if (capital) {
                end = closes && last != '.' ? wordEnd - 1 : wordEnd;
            }
            if (closes) {
                break;
            }
            at = wordEnd + 1;
        }
        return text.substring(start, end);
    }

    /**
     * The firm most of the company's own speakers in the opening are labelled with ({@code JANE ROE, CFO,
     * ACME CORP}), where at least two share it and no other firm is as common; the last part of each
     * affiliation is its firm.
     *
     * @param affiliations each speaker's affiliation once, on the line of the speaker's first turn
     */
    static Stated<String> speakersFirm(List<TextLine> affiliations) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        Map<String, Integer> firstLine = new HashMap<>();
        for (TextLine affiliation : affiliations) {
            String text = affiliation.text();
            int comma = text.lastIndexOf(',');
            // "Acme Co., Inc.": a legal form after the last comma belongs to the name before it.
            if (comma > 0 && CompanyNames.isLegalForm(text.substring(comma + 1))) {
                comma = text.lastIndexOf(',', comma - 1);
            }
            String firm = CompanyNames.clean(text.substring(comma + 1));
            counts.merge(firm, 1, Integer::sum);
            firstLine.putIfAbsent(firm, affiliation.line());
        }
        String best = null;
        int most = 0;
        boolean tie = false;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            tie = e.getValue() == most || tie && e.getValue() < most;
            if (e.getValue() > most) {
                best = e.getKey();
                most = e.getValue();
            }
        }
        return tie || most < MIN_SPEAKERS_OF_A_FIRM || !CompanyNames.isName(best) || CompanyNames.isLegalForm(best) ? null
                : new Stated<>(best, firstLine.get(best));
    }

    /**
     * The period the opening reports, or the year of the quarter {@code known} names, or null: the first
     * sentence naming a quarter and its year that compares with nothing; with a quarter known, also a
     * sentence naming that quarter and a fiscal year ({@code our Q1 results ... a strong start to fiscal 2015}).
     *
     * @param known what the header or welcome gave, a quarter without its year, or null
     * @param date  the call's date, or null
     */
    static Stated<FiscalPeriod> period(List<TextLine> opening, FiscalPeriod known, LocalDate date) {
        for (TextLine l : opening) {
            String text = l.text();
            // A quarter is written with a Q or as a "quarter": most paragraphs are spared the patterns.
            if (text.indexOf('Q') < 0 && text.indexOf("uarter") < 0) {
                continue;
            }
            int from = 0;
            while (from < text.length()) {
                int end = sentenceEnd(text, from);
                FiscalPeriod p = inSentence(text.substring(from, end), known);
                if (p != null && (date == null || Math.abs(p.year() - date.getYear()) <= 1)) {
                    return new Stated<>(p, l.line());
                }
                from = end + 1;
            }
        }
        return null;
    }

    private static FiscalPeriod inSentence(String sentence, FiscalPeriod known) {
        int at = EventLine.periodStart(sentence);
        FiscalPeriod p = at < 0 ? null : EventLine.period(sentence);
        if (p != null && p.quarter() != null && p.year() != null && !elsewhere(sentence, at)) {
            return known == null || known.quarter().equals(p.quarter()) ? p : null;
        }
        if (known == null) {
            return null;
        }
        Matcher q = QUARTER.matcher(sentence);
        if (!q.find() || quarter(q) != known.quarter() || elsewhere(sentence, q.start())) {
            return null;
        }
        Matcher y = FISCAL_YEAR.matcher(sentence);
        if (!y.find() || elsewhere(sentence, y.start())) {
            return null;
        }
        return new FiscalPeriod(known.quarter(), EventLine.year(y.group(1)), known.label() + " " + y.group());
    }

    private static int quarter(Matcher q) {
        return q.group(1) != null ? q.group(1).charAt(0) - '0' : EventLine.ordinal(q.group(2));
    }

    /** Whether the words just before {@code at} make the period there another than the call's. */
    private static boolean elsewhere(String sentence, int at) {
        String before = sentence.substring(Math.max(0, at - 40), at).toLowerCase(Locale.ROOT);
        for (String cue : ELSEWHERE) {
            if (before.contains(cue)) {
                return true;
            }
        }
        return false;
    }

    /** Where the sentence that starts at {@code from} ends: at a full stop, question or exclamation mark before a space. */
    private static int sentenceEnd(String text, int from) {
        for (int i = from; i < text.length() - 1; i++) {
            char c = text.charAt(i);
            if ((c == '.' || c == '?' || c == '!') && text.charAt(i + 1) == ' ') {
                return i;
            }
        }
        return text.length();
    }
}
