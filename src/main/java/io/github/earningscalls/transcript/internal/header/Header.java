package io.github.earningscalls.transcript.internal.header;

import io.github.earningscalls.transcript.internal.diagnostic.DiagnosticCode;
import io.github.earningscalls.transcript.internal.diagnostic.DiagnosticCollector;
import io.github.earningscalls.transcript.internal.lex.Line;
import io.github.earningscalls.transcript.internal.lex.LineKind;
import io.github.earningscalls.transcript.model.CallMetadata;
import io.github.earningscalls.transcript.model.EventType;
import io.github.earningscalls.transcript.model.FiscalPeriod;
import io.github.earningscalls.transcript.model.Severity;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;

/**
 * Builds {@link CallMetadata} from the header lines before the call, wherever the layout prints each
 * field (one event line, or company, period and date on lines of their own), reporting what cannot
 * be read.
 */
public final class Header {
    private Header() {
    }

    public static CallMetadata metadata(List<Line> lines, DiagnosticCollector diagnostics) {
        if (lines.isEmpty()) {
            diagnostics.report(DiagnosticCode.HEADER_MISSING, 0, "the transcript has no header");
            return CallMetadata.EMPTY;
        }
        String title = null;
        String company = null;
        String ticker = null;
        String exchange = null;
        FiscalPeriod period = null;
        EventType type = EventType.OTHER;
        String dateText = null;
        LocalDate date = null;
        LocalTime time = null;
        String zone = null;
        OffsetDateTime startsAt = null;
        int line = lines.get(0).number();
        for (Line l : lines) {
            String text = l.text();
            String key = field(text);
            if (key != null) {
                String value = text.substring(text.indexOf(':') + 1).trim();
                switch (key) {
                    case "company" -> company = company == null ? value : company;
                    case "ticker" -> ticker = ticker == null ? value.toUpperCase(Locale.ROOT) : ticker;
                    case "quarter" -> period = period == null ? EventLine.period(value) : period;
                    default -> {
                        // Other "Key: value" fields of a scraper's banner carry nothing for the metadata.
                    }
                }
                continue;
            }
            EventLine.Parsed e = EventLine.parse(text);
            if (title == null && (l.kind() == LineKind.TITLE || l.kind() == LineKind.EVENT_LINE) && namesTheCall(text)) {
                title = l.kind() == LineKind.EVENT_LINE ? e.titleText() : text;
            }
            if (e.ticker() != null) {
                company = company == null ? e.company() : company;
                ticker = ticker == null ? e.ticker() : ticker;
                exchange = exchange == null ? e.exchange() : exchange;
            } else if (ticker == null && isExchangeTicker(text)) {
                exchange = text.substring(0, text.indexOf(':')).trim().toUpperCase(Locale.ROOT);
                ticker = text.substring(text.indexOf(':') + 1).trim().toUpperCase(Locale.ROOT);
            }
            if (period == null && e.period() != null) {
                period = e.period();
            }
            if (type == EventType.OTHER) {
                type = EventLine.eventType(text, false);
            }
            if (dateText == null && e.dateText() != null) {
                dateText = e.dateText();
                date = e.date();
                line = l.number();
            }
            if (time == null && e.time() != null) {
                time = e.time();
                zone = e.timeZone();
            }
        }
        if (type == EventType.OTHER && period != null) {
            type = EventType.EARNINGS_CALL;
        }
        if (title == null) {
            for (Line l : lines) {
                if (namesTheCall(l.text()) && field(l.text()) == null) {
                    title = l.text();
                    break;
                }
            }
        }
        if (company == null && title != null && period != null && title.startsWith(period.label())) {
            // "Q4 2019 Acme Corp Earnings Call - Final": the company stands between the period and the event.
            String rest = title.substring(period.label().length()).trim();
            int cut = rest.length();
            for (String word : new String[] {" Earnings", " Conference", " Results", " Call", " -"}) {
                int at = rest.indexOf(word);
                if (at > 0) {
                    cut = Math.min(cut, at);
                }
            }
            String lower = rest.toLowerCase(Locale.ROOT);
            boolean eventFirst = lower.startsWith("earnings") || lower.startsWith("conference") || lower.startsWith("results")
                    || lower.startsWith("call") || lower.startsWith("-");
            company = cut < rest.length() && !eventFirst ? rest.substring(0, cut).trim() : null;
        }
        if (date != null && time != null && zone != null) {
            startsAt = EventLine.startsAt(date, time, zone);
        }
        if (dateText == null) {
            diagnostics.report(DiagnosticCode.HEADER_MISSING, line, "the header gives no date for the call");
        } else if (date == null) {
            diagnostics.report(DiagnosticCode.HEADER_FIELD_UNPARSABLE, line, "the call date '" + dateText
                    + "' is not a valid date");
        }
        // Only the start instant depends on the time and zone, not the call's identity: INFO, not WARNING.
        if (dateText != null && time == null) {
            diagnostics.reportAs(Severity.INFO, DiagnosticCode.HEADER_FIELD_UNPARSABLE, line,
                    "the header gives no start time");
        } else if (time != null && startsAt == null && date != null) {
            diagnostics.reportAs(Severity.INFO, DiagnosticCode.HEADER_FIELD_UNPARSABLE, line,
                    "time zone '" + (zone == null ? "" : zone) + "' is not one the parser knows");
        }
        if (period == null) {
            diagnostics.report(DiagnosticCode.HEADER_FIELD_UNPARSABLE, line, "the header names no fiscal period");
        } else if (date != null && period.year() != null && Math.abs(date.getYear() - period.year()) > 1) {
            diagnostics.report(DiagnosticCode.DATE_CONTRADICTS_PERIOD, line, "the call date " + date
                    + " is more than a year from fiscal year " + period.year());
        }
        return new CallMetadata(title, company, ticker, exchange, period, type, date, time, zone, startsAt);
    }

    /** The key of a scraper banner's {@code Key: value} line, lower case, or null. */
    private static String field(String text) {
        int colon = text.indexOf(':');
        if (colon <= 0 || colon > 12 || colon + 1 < text.length() && text.charAt(colon + 1) != ' ') {
            return null;
        }
        String key = text.substring(0, colon).trim().toLowerCase(Locale.ROOT);
        for (int i = 0; i < key.length(); i++) {
            if (!Character.isLetter(key.charAt(i))) {
                return null;
            }
        }
        // A scraper's banner ("Scraped: 2026-05-30T...") says when the page was saved, not when the call was held.
        return key.equals("date") || key.equals("time") ? null : key;
    }

    /** Whether a header line reads like a title: it names the event, not only a date or a ticker. */
    private static boolean namesTheCall(String text) {
        String k = text.toLowerCase(Locale.ROOT);
        return k.contains("call") || k.contains("earnings") || k.contains("results") || k.contains("conference")
                || k.contains("transcript") || k.contains("presents") || k.contains("meeting");
    }

    /** {@code NASDAQ:META} alone on a line. */
    private static boolean isExchangeTicker(String text) {
        int colon = text.indexOf(':');
        if (colon <= 1 || colon > 10 || text.length() > 24 || text.indexOf(' ') >= 0) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (i != colon && !(Character.isUpperCase(c) || c == '.')) {
                return false;
            }
        }
        return true;
    }
}
