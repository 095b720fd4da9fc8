package io.github.earningscalls.transcript.spark;

import static java.util.Map.entry;

import io.github.earningscalls.transcript.json.TranscriptJson;
import io.github.earningscalls.transcript.model.CallMetadata;
import io.github.earningscalls.transcript.model.Diagnostic;
import io.github.earningscalls.transcript.model.FiscalPeriod;
import io.github.earningscalls.transcript.model.Participant;
import io.github.earningscalls.transcript.model.QaPair;
import io.github.earningscalls.transcript.model.Section;
import io.github.earningscalls.transcript.model.Transcript;
import io.github.earningscalls.transcript.model.Verdict;
import io.github.earningscalls.transcript.model.Turn;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.apache.spark.sql.types.StructType;

/**
 * How each column of one published table ({@link TranscriptSchemas}) is read from what the parser
 * made of a file, one reader per column, so that a row can be built with only the columns a query
 * needs and a pushed filter can look at one column without building the row. Values are plain Java
 * ones ({@code String}, {@code Integer}, {@code Long}, {@code Double}, {@code LocalDate},
 * {@code Instant}, and a list of {@code Object[]} for an array of structs); {@link SparkValues}
 * converts them for Spark.
 *
 * @param <S> what a row is read from
 */
final class Columns<S> {
    /** A file that parsed: the source of a {@code transcripts} row, and of its turns' and pairs' rows. */
    record Call(String file, Transcript transcript) {
        Integer year() {
            LocalDate date = transcript.metadata().date();
            return date == null ? null : date.getYear();
        }

        /** The sources of the call's {@code turns} rows, section by section, in order. */
        Stream<TurnOfCall> turns() {
            return transcript.sections().stream().flatMap(s -> IntStream.range(0, s.turns().size())
                    .mapToObj(i -> new TurnOfCall(this, s, i, s.turns().get(i))));
        }

        /** The sources of the call's {@code pairs} rows, in question order. */
        Stream<PairOfCall> pairs() {
            return transcript.questionsAndAnswers().map(Section::pairs).orElse(List.of()).stream()
                    .map(p -> new PairOfCall(this, p));
        }
    }

    /** One turn of a parsed file: the source of a {@code turns} row. */
    record TurnOfCall(Call call, Section section, int index, Turn turn) {
    }

    /** One question of a parsed file with its answers: the source of a {@code pairs} row. */
    record PairOfCall(Call call, QaPair pair) {
    }

    /** A file that produced no transcript: the source of a {@code failures} row. */
    record Failure(String file, FileFailure failure) {
    }

    private static final DateTimeFormatter HOURS_MINUTES = DateTimeFormatter.ofPattern("HH:mm");

    /** The columns of {@link TranscriptSchemas#TRANSCRIPTS}. */
    static final Columns<Call> TRANSCRIPTS = new Columns<>(TranscriptSchemas.TRANSCRIPTS, Map.ofEntries(
            entry("file", Call::file),
            entry("year", Call::year),
            entry("format", c -> c.transcript().source().format().name()),
            entry("format_confidence", c -> c.transcript().source().formatConfidence()),
            entry("title", c -> c.transcript().metadata().title()),
            entry("company", c -> c.transcript().metadata().company()),
            entry("ticker", c -> c.transcript().metadata().ticker()),
            entry("exchange", c -> c.transcript().metadata().exchange()),
            entry("fiscal_quarter", c -> period(c, FiscalPeriod::quarter)),
            entry("fiscal_year", c -> period(c, FiscalPeriod::year)),
            entry("fiscal_period", c -> period(c, FiscalPeriod::label)),
            entry("event_type", c -> c.transcript().metadata().eventType().name()),
            entry("call_date", c -> c.transcript().metadata().date()),
            entry("call_time", c -> metadata(c).time() == null ? null : HOURS_MINUTES.format(metadata(c).time())),
            entry("time_zone", c -> c.transcript().metadata().timeZone()),
            entry("starts_at", c -> metadata(c).startsAt() == null ? null : metadata(c).startsAt().toInstant()),
            entry("charset", c -> c.transcript().source().charset()),
            entry("bytes", c -> c.transcript().source().byteCount()),
            entry("lines", c -> c.transcript().source().lineCount()),
            entry("sha256", c -> c.transcript().source().sha256()),
            entry("fingerprint", c -> c.transcript().source().fingerprint()),
            entry("participants", c -> c.transcript().participants().size()),
            entry("turns", c -> c.transcript().turns().size()),
            entry("words", c -> c.transcript().sections().stream().mapToInt(Section::wordCount).sum()),
            entry("exchanges", c -> c.transcript().sections().stream().mapToInt(s -> s.exchanges().size()).sum()),
            entry("diagnostics", Columns::diagnostics),
            entry("verdict", c -> Verdict.of(c.transcript().diagnostics()).name()),
            entry("json", c -> TranscriptJson.toJson(c.transcript()))));

    /**
     * The columns of {@link TranscriptSchemas#TURNS} that are the call's, read as {@link #TRANSCRIPTS}
     * reads them: a filter on them is decided once per file.
     */
    static final Set<String> CALL_COLUMNS_OF_TURNS = Set.of("file", "year", "ticker", "call_date");

    /** The columns of {@link TranscriptSchemas#TURNS}. */
    static final Columns<TurnOfCall> TURNS = new Columns<>(TranscriptSchemas.TURNS, withCall(CALL_COLUMNS_OF_TURNS,
            TurnOfCall::call, Map.ofEntries(
            entry("section", t -> t.section().kind().name()),
            entry("turn", TurnOfCall::index),
            entry("speaker_id", t -> t.turn().speakerId()),
            entry("speaker", t -> t.turn().speaker()),
            entry("role", t -> t.turn().role().name()),
            entry("kind", t -> t.turn().kind().name()),
            entry("line", t -> t.turn().line()),
            entry("words", t -> t.turn().wordCount()),
            entry("text", t -> t.turn().plainText()))));

    /**
     * The columns of {@link TranscriptSchemas#PAIRS} that are the call's, read as {@link #TRANSCRIPTS}
     * reads them: a filter on them is decided once per file.
     */
    static final Set<String> CALL_COLUMNS_OF_PAIRS = Set.of("file", "ticker", "call_date", "fiscal_year",
            "fiscal_quarter", "fiscal_period");

    /** The columns of {@link TranscriptSchemas#PAIRS}. */
    static final Columns<PairOfCall> PAIRS = new Columns<>(TranscriptSchemas.PAIRS, withCall(CALL_COLUMNS_OF_PAIRS,
            PairOfCall::call, Map.ofEntries(
            entry("exchange_index", p -> p.pair().exchangeIndex()),
            entry("question_turn", p -> p.pair().questionIndex()),
            entry("questioner_id", p -> p.pair().question().speakerId()),
            entry("questioner", p -> p.pair().question().speaker()),
            entry("questioner_role", p -> p.pair().question().role().name()),
            entry("questioner_affiliation", p -> p.call().transcript().participant(p.pair().question().speakerId())
                    .map(Participant::affiliation).orElse(null)),
            entry("question_line", p -> p.pair().question().line()),
            entry("question_words", p -> p.pair().question().wordCount()),
            entry("question", p -> p.pair().question().plainText()),
            entry("answer_turns", p -> p.pair().answers().size()),
            // The separators are the command line's pairs table's, so that the two tables hold the same values.
            entry("answerer_ids", p -> String.join(";", p.pair().answererIds())),
            entry("answerers", p -> String.join("; ", p.pair().answerers())),
            entry("answer_words", p -> p.pair().answerWordCount()),
            entry("answer", p -> p.pair().answerText()))));

    /** The columns of {@link TranscriptSchemas#FAILURES}. */
    static final Columns<Failure> FAILURES = new Columns<>(TranscriptSchemas.FAILURES, Map.ofEntries(
            entry("file", Failure::file),
            entry("line", f -> f.failure().line()),
            entry("error", f -> f.failure().reason())));

    private final StructType schema;
    private final Map<String, Function<S, Object>> readers;

    /** A row table's own readers, and for each of the call's columns {@link #TRANSCRIPTS}' reader of the row's call. */
    private static <S> Map<String, Function<S, Object>> withCall(Set<String> callColumns, Function<S, Call> call,
                                                                 Map<String, Function<S, Object>> own) {
        Map<String, Function<S, Object>> all = new HashMap<>(own);
        for (String name : callColumns) {
            Function<Call, Object> read = TRANSCRIPTS.reader(name);
            all.put(name, row -> read.apply(call.apply(row)));
        }
        return Map.copyOf(all);
    }

    private Columns(StructType schema, Map<String, Function<S, Object>> readers) {
        if (!readers.keySet().equals(Set.of(schema.fieldNames()))) {
            throw new IllegalStateException("readers " + readers.keySet() + " for columns " + Arrays.toString(schema.fieldNames()));
        }
        this.schema = schema;
        this.readers = readers;
    }

    /** The table's whole schema. */
    StructType schema() {
        return schema;
    }

    /**
     * How one column is read.
     *
     * @throws IllegalArgumentException if the table has no such column
     */
    Function<S, Object> reader(String column) {
        Function<S, Object> reader = readers.get(column);
        if (reader == null) {
            throw new IllegalArgumentException("no column " + column + " in " + schema.simpleString());
        }
        return reader;
    }

    /** The readers of the given columns, in their order. */
    List<Function<S, Object>> readers(StructType columns) {
        List<Function<S, Object>> out = new ArrayList<>();
        for (String name : columns.fieldNames()) {
            out.add(reader(name));
        }
        return out;
    }

    private static CallMetadata metadata(Call c) {
        return c.transcript().metadata();
    }

    private static Object period(Call c, Function<FiscalPeriod, Object> part) {
        FiscalPeriod period = c.transcript().metadata().fiscalPeriod();
        return period == null ? null : part.apply(period);
    }

    /** One {@code Object[]} per diagnostic, in the order of the column's struct fields. */
    private static List<Object[]> diagnostics(Call c) {
        List<Object[]> out = new ArrayList<>();
        for (Diagnostic d : c.transcript().diagnostics()) {
            out.add(new Object[] {d.severity().name(), d.code(), d.line(), d.message()});
        }
        return out;
    }
}
