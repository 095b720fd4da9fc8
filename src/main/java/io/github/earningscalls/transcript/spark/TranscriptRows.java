package io.github.earningscalls.transcript.spark;

import io.github.earningscalls.transcript.model.Transcript;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * Turns one file's outcome into one row of {@link #PARSED}: the transcript's row, its turns' and
 * pairs' rows and no failure, or a failure alone. The public DataFrames of {@link SparkTranscripts} are cut
 * out of these rows, so a file is parsed once whichever of them is used.
 */
final class TranscriptRows {
    /** One row per file: where it came from, and either its transcript, turns and pairs or its failure. */
    static final StructType PARSED = new StructType(new StructField[] {
        DataTypes.createStructField("file", DataTypes.StringType, false),
        DataTypes.createStructField("bytes", DataTypes.LongType, false),
        DataTypes.createStructField("transcript", TranscriptSchemas.TRANSCRIPTS, true),
        DataTypes.createStructField("turns", DataTypes.createArrayType(TranscriptSchemas.TURNS, false), true),
        DataTypes.createStructField("pairs", DataTypes.createArrayType(TranscriptSchemas.PAIRS, false), true),
        DataTypes.createStructField("failure", TranscriptSchemas.FAILURES, true)});

    private final RowValues<Columns.Call> transcripts;
    private final RowValues<Columns.TurnOfCall> turns;
    private final RowValues<Columns.PairOfCall> pairs;
    private final RowValues<Columns.Failure> failures;

    /**
     * @param javaTime whether dates and timestamps are {@code java.time} values: Spark's row encoder
     *                 expects them when {@code spark.sql.datetime.java8API.enabled} is on, {@code java.sql}
     *                 ones otherwise
     */
    TranscriptRows(boolean javaTime) {
        transcripts = RowValues.external(Columns.TRANSCRIPTS, javaTime);
        turns = RowValues.external(Columns.TURNS, javaTime);
        pairs = RowValues.external(Columns.PAIRS, javaTime);
        failures = RowValues.external(Columns.FAILURES, javaTime);
    }

    /** The row of a file that parsed. */
    Row parsed(String file, long bytes, Transcript t) {
        Columns.Call call = new Columns.Call(file, t);
        return RowFactory.create(file, bytes, transcripts.row(call), call.turns().map(turns::row).toArray(Row[]::new),
                call.pairs().map(pairs::row).toArray(Row[]::new), null);
    }

    /** The row of a file that produced no transcript. */
    Row failed(String file, long bytes, FileFailure failure) {
        return RowFactory.create(file, bytes, null, null, null, failures.row(new Columns.Failure(file, failure)));
    }
}
