package io.github.earningscalls.transcript.spark;

import static org.apache.spark.sql.functions.col;

import java.util.Objects;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;

/**
 * What {@link SparkTranscripts} made of a collection of files: four DataFrames (transcripts, turns,
 * Q&amp;A pairs and failures), lazily evaluated like any other, whose schemas are
 * {@link TranscriptSchemas}.
 *
 * <p>All four are cut out of one persisted Dataset of parsed files (storage level
 * {@code MEMORY_AND_DISK}, Spark's default for {@code Dataset.persist()}), so each file is parsed
 * once however many of them are used or written: the first action fills it, later ones read it. Call
 * {@link #unpersist()} when done with them.
 *
 * <pre>{@code
 * TranscriptDatasets parsed = SparkTranscripts.read(spark, "s3a://bucket/calls/*.txt");
 * parsed.transcripts().write().partitionBy("year").parquet("out/transcripts");
 * parsed.turns().write().partitionBy("year").parquet("out/turns");
 * parsed.failures().write().parquet("out/failures");
 * parsed.unpersist();
 * }</pre>
 *
 * @since 0.1.0
 */
// Spark's types are on the class path, not in a module this one could export them from (see module-info).
@SuppressWarnings("exports")
public final class TranscriptDatasets {
    private final Dataset<Row> parsed;
    private final Dataset<Row> transcripts;
    private final Dataset<Row> turns;
    private final Dataset<Row> pairs;
    private final Dataset<Row> failures;

    TranscriptDatasets(Dataset<Row> parsed) {
        this.parsed = Objects.requireNonNull(parsed, "parsed");
        this.transcripts = parsed.select(col("transcript")).flatMap(new Unnest(), Encoders.row(TranscriptSchemas.TRANSCRIPTS));
        this.turns = parsed.select(col("turns")).flatMap(new Unnest(), Encoders.row(TranscriptSchemas.TURNS));
        this.pairs = parsed.select(col("pairs")).flatMap(new Unnest(), Encoders.row(TranscriptSchemas.PAIRS));
        this.failures = parsed.select(col("failure")).flatMap(new Unnest(), Encoders.row(TranscriptSchemas.FAILURES));
    }

    /**
     * One row per file that parsed.
     *
     * @return a DataFrame of schema {@link TranscriptSchemas#TRANSCRIPTS}
     */
    public Dataset<Row> transcripts() {
        return transcripts;
    }

    /**
     * One row per turn of the files that parsed.
     *
     * @return a DataFrame of schema {@link TranscriptSchemas#TURNS}
     */
    public Dataset<Row> turns() {
        return turns;
    }

    /**
     * One row per question of the Q&amp;A of the files that parsed, with the answers that follow it.
     *
     * <pre>{@code
     * parsed.pairs().where("answer_turns > 0").select("ticker", "question", "answer").write().parquet("out/qa");
     * }</pre>
     *
     * @return a DataFrame of schema {@link TranscriptSchemas#PAIRS}
     * @since 0.1.0
     */
    public Dataset<Row> pairs() {
        return pairs;
    }

    /**
     * One row per file that produced no transcript: empty, binary, over the parser's size limit,
     * without speaker structure, unreadable, or (with a strict parser) raising warnings.
     *
     * @return a DataFrame of schema {@link TranscriptSchemas#FAILURES}
     */
    public Dataset<Row> failures() {
        return failures;
    }

    /**
     * Releases the persisted parse. The DataFrames stay usable; an action on them parses again.
     *
     * @return this
     */
    public TranscriptDatasets unpersist() {
        parsed.unpersist();
        return this;
    }

    /** The persisted rows of {@link TranscriptRows#PARSED}, one per file. */
    Dataset<Row> parsed() {
        return parsed;
    }
}
