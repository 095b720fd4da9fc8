package io.github.earningscalls.transcript.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import org.apache.spark.sql.sources.And;
import org.apache.spark.sql.sources.EqualNullSafe;
import org.apache.spark.sql.sources.EqualTo;
import org.apache.spark.sql.sources.Filter;
import org.apache.spark.sql.sources.GreaterThan;
import org.apache.spark.sql.sources.GreaterThanOrEqual;
import org.apache.spark.sql.sources.In;
import org.apache.spark.sql.sources.IsNull;
import org.apache.spark.sql.sources.LessThan;
import org.apache.spark.sql.sources.Not;
import org.apache.spark.sql.sources.Or;
import org.apache.spark.sql.sources.StringStartsWith;
import org.junit.jupiter.api.Test;

/**
 * {@link PushedFilters} decides filters as SQL does, nulls included, and takes only those it decides
 * exactly: a wrong "false" would lose rows that Spark's own filter, applied after the scan, would keep.
 */
class PushedFiltersTest {
    private static final Filter TICKER_IS_ACME = new EqualTo("ticker", "ACME");

    @Test
    void takesFiltersOnPlainColumnsWithValuesOfTheirType() {
        assertThat(PushedFilters.decidable(TICKER_IS_ACME, TranscriptSchemas.TRANSCRIPTS)).isTrue();
        assertThat(PushedFilters.decidable(new GreaterThan("call_date", java.sql.Date.valueOf("2024-01-01")),
                TranscriptSchemas.TRANSCRIPTS)).isTrue();
        assertThat(PushedFilters.decidable(new Not(new In("year", new Object[] {2020, null})),
                TranscriptSchemas.TURNS)).isTrue();
        // A double's -0.0 and NaN order differently in Java and in Spark; an array is not a plain value.
        assertThat(PushedFilters.decidable(new GreaterThan("format_confidence", 0.5), TranscriptSchemas.TRANSCRIPTS))
                .isFalse();
        assertThat(PushedFilters.decidable(new IsNull("diagnostics"), TranscriptSchemas.TRANSCRIPTS)).isFalse();
        assertThat(PushedFilters.decidable(new EqualTo("year", "2020"), TranscriptSchemas.TRANSCRIPTS)).isFalse();
        assertThat(PushedFilters.decidable(new EqualTo("speaker", "Ann"), TranscriptSchemas.TRANSCRIPTS)).isFalse();
        assertThat(PushedFilters.decidable(new Or(TICKER_IS_ACME, new GreaterThan("format_confidence", 0.5)),
                TranscriptSchemas.TRANSCRIPTS)).isFalse();
    }

    @Test
    void aNullColumnMakesAComparisonUnknownAndItsNegationToo() {
        Function<String, Object> noTicker = row(null, 2024);
        assertThat(PushedFilters.evaluate(TICKER_IS_ACME, noTicker)).isNull();
        assertThat(PushedFilters.evaluate(new Not(TICKER_IS_ACME), noTicker)).isNull();
        assertThat(PushedFilters.evaluate(new EqualNullSafe("ticker", null), noTicker)).isTrue();
        assertThat(PushedFilters.evaluate(new IsNull("ticker"), noTicker)).isTrue();
        assertThat(PushedFilters.evaluate(new And(TICKER_IS_ACME, new EqualTo("year", 2023)), noTicker)).isFalse();
        assertThat(PushedFilters.evaluate(new Or(TICKER_IS_ACME, new EqualTo("year", 2024)), noTicker)).isTrue();
        assertThat(PushedFilters.evaluate(new Or(TICKER_IS_ACME, new EqualTo("year", 2023)), noTicker)).isNull();
    }

    @Test
    void inWithANullIsUnknownUnlessAValueMatches() {
        Filter in = new In("ticker", new Object[] {"ACME", null});
        assertThat(PushedFilters.evaluate(in, row("ACME", 2024))).isTrue();
        assertThat(PushedFilters.evaluate(in, row("BOLT", 2024))).isNull();
        assertThat(PushedFilters.evaluate(new In("ticker", new Object[] {"ACME"}), row("BOLT", 2024))).isFalse();
    }

    @Test
    void stringsOrderByTheirUtf8BytesAndDatesInEitherForm() {
        // U+1F600 is after U+FFFD in UTF-8, before it in Java's UTF-16 order.
        assertThat(PushedFilters.evaluate(new GreaterThan("ticker", "\uFFFD"), row("\uD83D\uDE00", 2024))).isTrue();
        assertThat(PushedFilters.evaluate(new StringStartsWith("ticker", "AC"), row("ACME", 2024))).isTrue();
        Map<String, Object> values = new HashMap<>();
        values.put("call_date", LocalDate.of(2024, 8, 6));
        assertThat(PushedFilters.evaluate(new GreaterThanOrEqual("call_date", java.sql.Date.valueOf("2024-08-06")),
                values::get)).isTrue();
        assertThat(PushedFilters.evaluate(new LessThan("call_date", LocalDate.of(2024, 8, 6)), values::get)).isFalse();
    }

    private static Function<String, Object> row(String ticker, Integer year) {
        Map<String, Object> values = new HashMap<>();
        values.put("ticker", ticker);
        values.put("year", year);
        return values::get;
    }
}
