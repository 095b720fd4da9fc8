package io.github.earningscalls.transcript.internal;

import io.github.earningscalls.transcript.model.CallMetadata;
import io.github.earningscalls.transcript.model.EventType;
import io.github.earningscalls.transcript.model.FiscalPeriod;

/** Builds {@link CallMetadata} from the title and event lines, reporting what cannot be read. */
final class Header {
    private Header() {
    }

    static CallMetadata metadata(Line titleLine, Line eventLine, DiagnosticCollector diagnostics) {
        if (eventLine == null && titleLine == null) {
            diagnostics.warn(DiagnosticCodes.HEADER_MISSING, 0, "the transcript has no header line with a ticker and date");
            return CallMetadata.EMPTY;
        }
        Line source = eventLine != null ? eventLine : titleLine;
        EventLine.Parsed e = EventLine.parse(source.text());
        EventLine.Parsed t = titleLine != null && titleLine != source ? EventLine.parse(titleLine.text()) : null;
        String title = titleLine != null ? titleLine.text() : e.titleText();
        FiscalPeriod period = e.period() != null ? e.period() : t != null ? t.period() : null;
        EventType type = e.eventType() != EventType.OTHER || t == null ? e.eventType() : t.eventType();
        int line = source.number();
        if (eventLine == null) {
            diagnostics.warn(DiagnosticCodes.HEADER_MISSING, line, "the header gives no date for the call");
        } else if (e.date() == null) {
            diagnostics.warn(DiagnosticCodes.HEADER_FIELD_UNPARSABLE, line,
                    "the call date '" + e.dateText() + "' is not a valid date");
        }
        if (eventLine != null && e.time() == null) {
            diagnostics.info(DiagnosticCodes.HEADER_FIELD_UNPARSABLE, line, "the header gives no start time");
        } else if (e.time() != null && e.startsAt() == null) {
            diagnostics.info(DiagnosticCodes.HEADER_FIELD_UNPARSABLE, line,
                    "time zone '" + (e.timeZone() == null ? "" : e.timeZone()) + "' is not one the parser knows");
        }
        if (period == null) {
            diagnostics.warn(DiagnosticCodes.HEADER_FIELD_UNPARSABLE, line, "the header names no fiscal period");
        } else if (e.date() != null && period.year() != null
                && Math.abs(e.date().getYear() - period.year()) > 1) {
            diagnostics.warn(DiagnosticCodes.DATE_CONTRADICTS_PERIOD, line, "the call date " + e.date()
                    + " is more than a year from fiscal year " + period.year());
        }
        String company = e.company() != null ? e.company() : t != null ? t.company() : null;
        String ticker = e.ticker() != null ? e.ticker() : t != null ? t.ticker() : null;
        String exchange = e.exchange() != null ? e.exchange() : t != null ? t.exchange() : null;
        return new CallMetadata(title, company, ticker, exchange, period, type, e.date(), e.time(), e.timeZone(),
                e.startsAt());
    }
}
