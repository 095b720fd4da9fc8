package io.github.earningscalls.transcript.spark;

import io.github.earningscalls.transcript.TranscriptParser;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.connector.metric.CustomTaskMetric;
import org.apache.spark.sql.connector.read.PartitionReader;
import org.apache.spark.sql.sources.Filter;
import org.apache.spark.sql.types.StructType;

/**
 * Reads the files of one partition, one at a time, and yields the rows of one table: a file is
 * parsed, its pushed filters decided on the call, and only then are rows built, with only the
 * columns asked for. A file that cannot be read or parsed is a {@code failures} row, never an error.
 */
final class TranscriptPartitionReader implements PartitionReader<InternalRow> {
    /** Metric: files read and parsed, whatever became of them. */
    static final String FILES_READ = "filesRead";
    /** Metric: rows of the turns table built. */
    static final String TURN_ROWS = "turnRows";
    /** Metric: rows of the pairs table built. */
    static final String PAIR_ROWS = "pairRows";
    /** Metric: transcripts serialized for the {@code json} column. */
    static final String JSON_DOCUMENTS = "jsonDocuments";

    private final Iterator<String> uris;
    private final TranscriptParser parser;
    private final Configuration conf;
    private final Function<FileOutcome, Iterator<InternalRow>> rows;
    private Iterator<InternalRow> pending = Collections.emptyIterator();
    private InternalRow current;
    private long filesRead;
    private long turnRows;
    private long pairRows;
    private long jsonDocuments;

    TranscriptPartitionReader(List<String> uris, SourceTable table, StructType columns, List<Filter> filters,
                              TranscriptParser parser, Configuration conf) {
        this.uris = uris.iterator();
        this.parser = parser;
        this.conf = conf;
        this.rows = switch (table) {
            case TRANSCRIPTS -> transcripts(columns, filters);
            case TURNS -> ofCall(Columns.TURNS, Columns.CALL_COLUMNS_OF_TURNS, columns, filters,
                    Columns.Call::turns, () -> turnRows++);
            case PAIRS -> ofCall(Columns.PAIRS, Columns.CALL_COLUMNS_OF_PAIRS, columns, filters,
                    Columns.Call::pairs, () -> pairRows++);
            case FAILURES -> failures(columns, filters);
        };
    }

    @Override
    public boolean next() {
        while (!pending.hasNext()) {
            if (!uris.hasNext()) {
                return false;
            }
            filesRead++;
            pending = rows.apply(FileOutcome.read(parser, conf, uris.next()));
        }
        current = pending.next();
        return true;
    }

    @Override
    public InternalRow get() {
        return current;
    }

    @Override
    public CustomTaskMetric[] currentMetricsValues() {
        return new CustomTaskMetric[] {
            new Count(FILES_READ, filesRead), new Count(TURN_ROWS, turnRows), new Count(PAIR_ROWS, pairRows),
            new Count(JSON_DOCUMENTS, jsonDocuments)};
    }

    @Override
    public void close() {
        // Each file is closed as soon as it is read.
    }

    private Function<FileOutcome, Iterator<InternalRow>> transcripts(StructType columns, List<Filter> filters) {
        RowValues<Columns.Call> values = RowValues.internal(Columns.TRANSCRIPTS, columns);
        Predicate<Columns.Call> wanted = PushedFilters.all(filters, Columns.TRANSCRIPTS);
        boolean json = List.of(columns.fieldNames()).contains("json");
        return outcome -> {
            if (outcome.transcript() == null) {
                return Collections.emptyIterator();
            }
            Iterator<InternalRow> row = single(new Columns.Call(outcome.file(), outcome.transcript()), wanted, values);
            if (json && row.hasNext()) {
                jsonDocuments++;
            }
            return row;
        };
    }

    /**
     * The rows of a table with several rows per call (turns, pairs): filters on the call's columns are
     * decided once per file, before any of its rows' sources is looked at.
     *
     * @param table       the table's columns
     * @param callColumns those of its columns that are the call's, as {@link Columns#TRANSCRIPTS} reads them
     * @param sources     the sources of a call's rows, in order
     * @param built       counts a row built
     */
    private static <S> Function<FileOutcome, Iterator<InternalRow>> ofCall(
            Columns<S> table, Set<String> callColumns, StructType columns, List<Filter> filters,
            Function<Columns.Call, Stream<S>> sources, Runnable built) {
        RowValues<S> values = RowValues.internal(table, columns);
        Predicate<Columns.Call> callWanted = PushedFilters.all(
                filters.stream().filter(f -> PushedFilters.reads(f, callColumns)).toList(), Columns.TRANSCRIPTS);
        Predicate<S> rowWanted = PushedFilters.all(
                filters.stream().filter(f -> !PushedFilters.reads(f, callColumns)).toList(), table);
        return outcome -> {
            if (outcome.transcript() == null) {
                return Collections.emptyIterator();
            }
            Columns.Call call = new Columns.Call(outcome.file(), outcome.transcript());
            if (!callWanted.test(call)) {
                return Collections.emptyIterator();
            }
            return sources.apply(call)
                    .filter(rowWanted)
                    .map(source -> {
                        built.run();
                        return values.internalRow(source);
                    })
                    .iterator();
        };
    }

    private Function<FileOutcome, Iterator<InternalRow>> failures(StructType columns, List<Filter> filters) {
        RowValues<Columns.Failure> values = RowValues.internal(Columns.FAILURES, columns);
        Predicate<Columns.Failure> wanted = PushedFilters.all(filters, Columns.FAILURES);
        return outcome -> {
            if (outcome.failure() == null) {
                return Collections.emptyIterator();
            }
            return single(new Columns.Failure(outcome.file(), outcome.failure()), wanted, values);
        };
    }

    /** The row of a file's one source, or none when a pushed filter rules it out. */
    private static <S> Iterator<InternalRow> single(S source, Predicate<S> wanted, RowValues<S> values) {
        return wanted.test(source)
                ? Collections.singletonList(values.internalRow(source)).iterator()
                : Collections.emptyIterator();
    }

    /** One count a task reports. */
    private record Count(String name, long value) implements CustomTaskMetric {
    }
}
