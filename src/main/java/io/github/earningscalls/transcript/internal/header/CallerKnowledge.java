package io.github.earningscalls.transcript.internal.header;

import io.github.earningscalls.transcript.KnownMetadata;
import io.github.earningscalls.transcript.internal.diagnostic.DiagnosticCode;
import io.github.earningscalls.transcript.internal.diagnostic.DiagnosticCollector;
import io.github.earningscalls.transcript.model.CallMetadata;
import io.github.earningscalls.transcript.model.FiscalPeriod;
import io.github.earningscalls.transcript.model.MetadataField;
import io.github.earningscalls.transcript.model.MetadataSource;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Completes the text's metadata with what the caller knows and what the file name says. The text wins
 * where it states a field, then the caller, then the file name; each disagreement is a
 * {@code METADATA_CONFLICT} warning naming both values.
 */
public final class CallerKnowledge {
    private CallerKnowledge() {
    }

    /**
     * @param text     the metadata read from the text, with its sources
     * @param caller   the caller's knowledge of this file, or null
     * @param fileName what the file name says, or null
     */
    public static CallMetadata merge(CallMetadata text, KnownMetadata caller, KnownMetadata fileName,
                                     DiagnosticCollector diagnostics) {
        if (caller == null && fileName == null) {
            return text;
        }
        Map<MetadataField, MetadataSource> sources = new EnumMap<>(MetadataField.class);
        sources.putAll(text.sources());
        Merge merge = new Merge(text, sources, diagnostics);
        String company = merge.field(MetadataField.COMPANY, text.company(), caller == null ? null : caller.company(),
                fileName == null ? null : fileName.company());
        String ticker = merge.field(MetadataField.TICKER, text.ticker(), caller == null ? null : caller.ticker(),
                fileName == null ? null : fileName.ticker());
        String exchange = merge.field(MetadataField.EXCHANGE, text.exchange(), caller == null ? null : caller.exchange(),
                fileName == null ? null : fileName.exchange());
        LocalDate date = merge.field(MetadataField.DATE, text.date(), caller == null ? null : caller.date(),
                fileName == null ? null : fileName.date());
        FiscalPeriod period = merge.field(MetadataField.FISCAL_PERIOD, text.fiscalPeriod(), period(caller),
                period(fileName));
        OffsetDateTime startsAt = text.startsAt();
        if (startsAt == null && date != null && text.time() != null && text.timeZone() != null) {
            startsAt = EventLine.startsAt(date, text.time(), text.timeZone());
        }
        return new CallMetadata(text.title(), company, ticker, exchange, period, text.eventType(), date, text.time(),
                text.timeZone(), startsAt, text.headline(), text.version(), text.lastUpdate(), text.cusip(), text.isin(),
                text.sedol(), sources);
    }

    private static FiscalPeriod period(KnownMetadata known) {
        if (known == null || known.fiscalQuarter() == null && known.fiscalYear() == null) {
            return null;
        }
        String label = known.fiscalQuarter() == null ? "FY" + known.fiscalYear()
                : "Q" + known.fiscalQuarter() + (known.fiscalYear() == null ? "" : " " + known.fiscalYear());
        return new FiscalPeriod(known.fiscalQuarter(), known.fiscalYear(), label);
    }

    /** Chooses each field's value and source, and reports disagreements. */
    private record Merge(CallMetadata text, Map<MetadataField, MetadataSource> sources, DiagnosticCollector diagnostics) {
        <T> T field(MetadataField field, T fromText, T fromCaller, T fromName) {
            if (fromText != null) {
                int line = text.source(field).map(MetadataSource::line).orElse(0);
                conflict(field, fromText, "the text (line " + line + ")", fromCaller, "the caller", line, "the text's");
                conflict(field, fromText, "the text (line " + line + ")", fromName, "the file name", line, "the text's");
                return fromText;
            }
            if (fromCaller != null) {
                sources.put(field, MetadataSource.CALLER);
                conflict(field, fromCaller, "the caller", fromName, "the file name", 0, "the caller's");
                return fromCaller;
            }
            if (fromName != null) {
                sources.put(field, MetadataSource.FILE_NAME);
            }
            return fromName;
        }

        private void conflict(MetadataField field, Object kept, String keptFrom, Object other, String otherFrom, int line,
                              String whose) {
            if (other != null && !agree(kept, other)) {
                diagnostics.report(DiagnosticCode.METADATA_CONFLICT, line, field.jsonName() + ": " + keptFrom + " says '"
                        + show(kept) + "', " + otherFrom + " says '" + show(other) + "'; " + whose + " value is kept");
            }
        }
    }

    private static String show(Object value) {
        return value instanceof FiscalPeriod p ? p.label() : value.toString();
    }

    /** Whether two values of a field name the same thing: tickers ignoring case, names ignoring form and legal suffix. */
    static boolean agree(Object a, Object b) {
        if (a instanceof FiscalPeriod p && b instanceof FiscalPeriod q) {
            return (p.quarter() == null || q.quarter() == null || p.quarter().equals(q.quarter()))
                    && (p.year() == null || q.year() == null || p.year().equals(q.year()));
        }
        if (a instanceof String s && b instanceof String t) {
            String x = letters(s);
            String y = letters(t);
            return x.equals(y) || !x.isEmpty() && !y.isEmpty() && (x.startsWith(y) || y.startsWith(x));
        }
        return Objects.equals(a, b);
    }

    private static String letters(String s) {
        StringBuilder b = new StringBuilder();
        for (char c : s.toLowerCase(Locale.ROOT).toCharArray()) {
            if (Character.isLetterOrDigit(c)) {
                b.append(c);
            }
        }
        return b.toString();
    }
}
