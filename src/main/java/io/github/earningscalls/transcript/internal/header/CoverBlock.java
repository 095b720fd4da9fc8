package io.github.earningscalls.transcript.internal.header;

import io.github.earningscalls.transcript.model.FiscalPeriod;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.commons.lang3.StringUtils;

/**
 * Reads a title block, as cover pages and wire headers print it: a line naming the period and the event
 * ({@code Q3 FY '25 Earnings Conference Call}, {@code First Quarter 2025 Earnings Announcement}), with the
 * company before the period on that line or on the line or two above it, and the date on that line or
 * one of the next three.
 */
final class CoverBlock {
    private static final Pattern EVENT = Pattern.compile(
            "\\b(?:earnings|results|call|conference|review|announcement|update|presentation|webcast|meeting|briefing)\\b",
            Pattern.CASE_INSENSITIVE);
    /** A title line is short; a longer line is prose. */
    private static final int MAX_TITLE_LENGTH = 160;
    /** Lines after the title line searched for its date. */
    private static final int DATE_LINES = 3;

    /** A title block's fields; any but the period may be null, and a line is 0 when its field is. */
    record Found(String title, int titleLine, String company, int companyLine, FiscalPeriod period,
                 EventLine.Dated date, int dateLine) {
    }

    private CoverBlock() {
    }

    /** The first title block among {@code lines} (each already without letter-spacing), or null. */
    static Found find(List<TextLine> lines) {
        for (int i = 0; i < lines.size(); i++) {
            String text = lines.get(i).text();
            if (text.length() > MAX_TITLE_LENGTH || Titles.isNotATitle(text)) {
                continue;
            }
            FiscalPeriod period = EventLine.period(text);
            if (period == null || !(EVENT.matcher(text).find() || i + 1 < lines.size()
                    && EVENT.matcher(lines.get(i + 1).text()).find() && lines.get(i + 1).text().length() < 60)) {
                continue;
            }
            return read(lines, i, period);
        }
        return null;
    }

    private static Found read(List<TextLine> lines, int at, FiscalPeriod period) {
        TextLine line = lines.get(at);
        String text = line.text();
        int periodAt = EventLine.periodStart(text);
        String company = CompanyNames.clean(stripTicker(text.substring(0, periodAt)));
        int companyLine = line.line();
        String title = text;
        if (!company.isEmpty() && !CompanyNames.isName(company)) {
            company = "";
        }
        if (company.isEmpty()) {
            // "Q2 2016 Acme Inc Earnings Call": the company between the period and the event.
            String after = text.substring(periodAt + period.label().length());
            var e = EVENT.matcher(after);
            company = e.find() ? CompanyNames.clean(after.substring(0, e.start())) : "";
        }
        if (company.isEmpty() && at > 0) {
            TextLine above = lines.get(at - 1);
            company = CompanyNames.clean(above.text());
            companyLine = above.line();
            if (CompanyNames.isLegalForm(above.text()) && at > 1) {
                // A name wrapped before its legal form: "Acme Rail Catering and Tourism" / "Limited".
                TextLine first = lines.get(at - 2);
                company = CompanyNames.clean(first.text() + " " + above.text());
                companyLine = first.line();
            }
            if (line.line() - companyLine > 2 || !CompanyNames.isName(company)) {
                company = "";
            } else {
                title = company + " " + text;
            }
        }
        if (!company.isEmpty() && (!CompanyNames.isName(company) || CompanyNames.isJoint(company))) {
            company = "";
        }
        EventLine.Dated date = null;
        int dateLine = 0;
        for (int k = at; k < lines.size() && k <= at + DATE_LINES && date == null; k++) {
            TextLine l = lines.get(k);
            if (l.line() - line.line() > DATE_LINES + 1) {
                break;
            }
            // Of several dates on a line, the one with a clock time is the call's; the others date the page.
            for (EventLine.Dated d : EventLine.dates(l.text())) {
                if (d.date() != null && !DatePhrases.isNotTheCall(l.text(), d.start())
                        && (date == null || date.time() == null && d.time() != null)) {
                    date = d;
                    dateLine = l.line();
                }
            }
            if (date != null && k == at) {
                title = title.substring(0, title.length() - (text.length() - date.start()));
            }
        }
        title = CompanyNames.clean(StringUtils.replaceChars(title, "\u201c\u201d\"", ""));
        return new Found(title, line.line(), company.isEmpty() ? null : company, company.isEmpty() ? 0 : companyLine,
                period, date, dateLine);
    }

    private static String stripTicker(String s) {
        int open = s.indexOf('(');
        return open > 0 && EventLine.hasTicker(s) ? s.substring(0, open) : s;
    }

    /**
     * The line with letter-spacing taken out, as a PDF's cover prints it ({@code 1 Q 2 3  F I N AN C I A L}
     * becomes {@code 1Q23 FINANCIAL}), or the line itself.
     */
    static String unspaced(String text) {
        // Tokens between single spaces, counted without splitting: every line of a preamble comes here.
        String trimmed = text.trim();
        int tokens = 0;
        int shortTokens = 0;
        int start = 0;
        for (int i = 0; i <= trimmed.length(); i++) {
            if (i == trimmed.length() || trimmed.charAt(i) == ' ') {
                tokens++;
                if (i - start <= 2) {
                    shortTokens++;
                }
                start = i + 1;
            }
        }
        if (tokens < 6 || shortTokens * 4 < tokens * 3) {
            return text;
        }
        StringBuilder out = new StringBuilder();
        for (String word : text.trim().split(" {2,}")) {
            if (out.length() > 0) {
                out.append(' ');
            }
            out.append(word.replace(" ", ""));
        }
        return out.toString();
    }
}
