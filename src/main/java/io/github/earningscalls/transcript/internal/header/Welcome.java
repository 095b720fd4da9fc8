package io.github.earningscalls.transcript.internal.header;

import io.github.earningscalls.transcript.model.FiscalPeriod;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the operator's or host's welcome, {@code welcome to the Acme first quarter fiscal 2021 earnings
 * call}, which names the company and the period where no header does.
 */
final class Welcome {
    private static final Pattern WELCOME = Pattern.compile(
            "\\bwelcome (?:you )?to (?:the |our |today's |this )?", Pattern.CASE_INSENSITIVE);
    /** What a welcome names after the company when it names no period: {@code Acme Conference Call}. */
    private static final Pattern EVENT = Pattern.compile(
            " (?:earnings|conference call|conference|call|results|teleconference|webcast|business review|investor"
                    + "|analyst|annual|quarterly)\\b", Pattern.CASE_INSENSITIVE);
    /** The part of a sentence a welcome's company and period are read from. */
    private static final int MAX_SPAN = 160;

    /** The company (or null) and period (or null) a welcome names. */
    record Named(String company, FiscalPeriod period) {
    }

    private Welcome() {
    }

    /** What the first welcome in {@code text} names, or null when it has none or names nothing. */
    static Named read(String text) {
        Matcher m = WELCOME.matcher(text);
        if (!m.find()) {
            return null;
        }
        String rest = text.substring(m.end(), Math.min(text.length(), m.end() + MAX_SPAN));
        int end = sentenceEnd(rest);
        rest = rest.substring(0, end);
        FiscalPeriod period = EventLine.periodOrQuarter(rest);
        String company;
        if (period != null) {
            company = rest.substring(0, EventLine.periodStart(rest));
        } else {
            Matcher e = EVENT.matcher(rest);
            company = e.find() ? rest.substring(0, e.start()) : null;
        }
        company = CompanyNames.clean(company);
        if (company != null && company.toLowerCase(Locale.ROOT).startsWith("our ")) {
            company = null;
        }
        if (company != null && (!CompanyNames.isName(company) || CompanyNames.isJoint(company))) {
            company = null;
        }
        return company == null && period == null ? null : new Named(company, period);
    }

    /** Where the sentence ends: a full stop before a space (not after a one-letter initial or a known abbreviation). */
    private static int sentenceEnd(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ((c == '!' || c == '?') || c == '.' && (i + 1 == s.length() || s.charAt(i + 1) == ' ')
                    && !abbreviation(s, i)) {
                return i;
            }
        }
        return s.length();
    }

    private static boolean abbreviation(String s, int dot) {
        int from = s.lastIndexOf(' ', dot) + 1;
        String word = s.substring(from, dot).toLowerCase(Locale.ROOT);
        return word.length() == 1 || word.equals("inc") || word.equals("co") || word.equals("corp")
                || word.equals("ltd") || word.contains(".");
    }
}
