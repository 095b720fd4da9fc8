package io.github.earningscalls.transcript.cli;

import io.github.earningscalls.transcript.model.CallMetadata;
import io.github.earningscalls.transcript.model.FiscalPeriod;
import io.github.earningscalls.transcript.model.Participant;
import io.github.earningscalls.transcript.model.Transcript;
import java.util.List;

/**
 * The columns that say which call a row belongs to, the same in every table so that tables join:
 * the file (the transcript's {@code source.name}), then the ticker, the call's date and its fiscal
 * period, each empty when the header does not give it. Names follow the Spark DataFrames'.
 */
final class CallKeys {
    /** The key columns, after {@code file}. */
    static final List<String> COLUMNS = List.of("ticker", "call_date", "fiscal_year", "fiscal_quarter", "fiscal_period");

    private CallKeys() {
    }

    /** The values of {@link #COLUMNS} for a transcript. */
    static Object[] values(Transcript t) {
        CallMetadata m = t.metadata();
        FiscalPeriod p = m.fiscalPeriod();
        return new Object[] {m.ticker(), m.date(), p == null ? null : p.year(), p == null ? null : p.quarter(),
            p == null ? null : p.label()};
    }

    /** The participant's affiliation (firm or company), or null for an unknown speaker or one without. */
    static String affiliation(Transcript t, String participantId) {
        return t.participant(participantId).map(Participant::affiliation).orElse(null);
    }

    /** Concatenates rows of values. */
    static Object[] concat(Object[]... parts) {
        int n = 0;
        for (Object[] p : parts) {
            n += p.length;
        }
        Object[] all = new Object[n];
        int i = 0;
        for (Object[] p : parts) {
            System.arraycopy(p, 0, all, i, p.length);
            i += p.length;
        }
        return all;
    }

    /** Concatenates column lists. */
    @SafeVarargs
    static List<String> concat(List<String>... parts) {
        return java.util.Arrays.stream(parts).flatMap(List::stream).toList();
    }
}
