package io.github.earningscalls.transcript.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.core.config.Configurator;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.AnalysisException;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;

/**
 * A Spark application that parses transcript files and writes three Parquet datasets under an
 * output folder: {@code transcripts/} and {@code turns/}, partitioned by {@code year} (transcripts
 * without a date go to {@code year=__HIVE_DEFAULT_PARTITION__}), and {@code failures/}. The schemas
 * are {@link TranscriptSchemas}. A closing summary goes to standard error.
 *
 * <pre>
 * spark-submit --class io.github.earningscalls.transcript.spark.SparkParseJob \
 *     transcript-parser-VERSION.jar INPUT OUTPUT_DIR [--overwrite]
 * </pre>
 *
 * <p>{@code INPUT} is what {@link SparkTranscripts#read(SparkSession, String)} takes: a file, a
 * folder or a glob. An existing {@code OUTPUT_DIR} is replaced only with {@code --overwrite}. The
 * master is {@code local[*]} unless {@code spark.master} is set ({@code spark-submit --master} sets
 * it). Exit codes are those of the command-line {@code batch} command: 0 when every file parsed, 1
 * when some failed (the others were written), 2 for a usage error or an existing output.
 *
 * @since 0.1.0
 */
public final class SparkParseJob {
    private static final String USAGE = "Usage: SparkParseJob INPUT OUTPUT_DIR [--overwrite]";

    private SparkParseJob() {
    }

    /**
     * Runs the job.
     *
     * @param args {@code INPUT OUTPUT_DIR [--overwrite]}
     */
    public static void main(String[] args) {
        boolean overwrite = args.length == 3 && "--overwrite".equals(args[2]);
        if (args.length < 2 || args.length > 3 || args.length == 3 && !overwrite) {
            System.err.println(USAGE);
            System.exit(2);
        }
        SparkSession.Builder builder = SparkSession.builder().appName("transcript-parser");
        if (!new SparkConf().contains("spark.master")) {
            builder.master("local[*]");
        }
        SparkSession spark = builder.getOrCreate();
        int exitCode;
        try {
            spark.sparkContext().setLogLevel("WARN");
            // Spark warns, with a stack trace, that a glob is not a folder a streaming sink wrote; it never is here.
            Configurator.setLevel("org.apache.spark.sql.execution.streaming.sinks.FileStreamSink", Level.ERROR);
            exitCode = run(spark, args[0], args[1], overwrite, System.err);
        } finally {
            spark.stop();
        }
        if (exitCode != 0) {
            System.exit(exitCode);
        }
    }

    /**
     * Parses {@code input} and writes the datasets under {@code output}.
     *
     * @return the exit code
     */
    static int run(SparkSession spark, String input, String output, boolean overwrite, PrintStream err) {
        long start = System.nanoTime();
        Path out = new Path(output);
        if (!overwrite && exists(spark, out)) {
            err.println("spark-parse: OUTPUT_DIR " + output + " exists (use --overwrite to replace it)");
            return 2;
        }
        SaveMode mode = overwrite ? SaveMode.Overwrite : SaveMode.ErrorIfExists;
        TranscriptDatasets parsed;
        try {
            parsed = SparkTranscripts.read(spark, input);
        } catch (Exception e) {
            if (e instanceof AnalysisException) {
                // No such path, or a glob that matches nothing: Spark's message names it.
                err.println("spark-parse: INPUT " + input + ": " + e.getMessage());
                return 2;
            }
            throw e;
        }
        try {
            parsed.transcripts().write().mode(mode).partitionBy("year").parquet(new Path(out, "transcripts").toString());
            parsed.turns().write().mode(mode).partitionBy("year").parquet(new Path(out, "turns").toString());
            parsed.failures().write().mode(mode).parquet(new Path(out, "failures").toString());
            Row totals = parsed.parsed()
                    .agg(count(lit(1)), count(col("transcript")), sum(col("transcript.turns")), sum(col("bytes")))
                    .first();
            long files = totals.getLong(0);
            long ok = totals.getLong(1);
            long turns = totals.isNullAt(2) ? 0 : totals.getLong(2);
            long bytes = totals.isNullAt(3) ? 0 : totals.getLong(3);
            double seconds = (System.nanoTime() - start) / 1e9;
            double megabytes = bytes / 1e6;
            err.println(String.format(Locale.ROOT, "spark-parse: %d files, %d parsed, %d failed, %d turns, %.2f MB, "
                    + "%.2f MB/s, %.1f s", files, ok, files - ok, turns, megabytes, megabytes / seconds, seconds));
            return files == ok ? 0 : 1;
        } finally {
            parsed.unpersist();
        }
    }

    private static boolean exists(SparkSession spark, Path path) {
        try {
            FileSystem fs = path.getFileSystem(spark.sparkContext().hadoopConfiguration());
            return fs.exists(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
