package io.github.earningscalls.transcript.spark;

import io.github.earningscalls.transcript.TranscriptParser;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.internal.SQLConf;
import org.apache.spark.storage.StorageLevel;
import scala.jdk.javaapi.CollectionConverters;

/**
 * Parses a collection of transcript files on Apache Spark: every file that Spark can list (a local
 * folder, HDFS, S3 through the session's own Hadoop configuration) becomes a row of
 * {@link TranscriptDatasets#transcripts()}, its turns rows of {@link TranscriptDatasets#turns()} and
 * its Q&amp;A's questions, with their answers, rows of {@link TranscriptDatasets#pairs()}; or, when
 * it cannot be read or parsed, a row of {@link TranscriptDatasets#failures()}. A bad file never
 * fails the job.
 *
 * <pre>{@code
 * SparkSession spark = SparkSession.builder().master("local[*]").getOrCreate();
 * TranscriptDatasets parsed = SparkTranscripts.read(spark, "calls/*.txt");
 * parsed.transcripts().write().partitionBy("year").parquet("out/transcripts");
 * }</pre>
 *
 * <p>Spark lists the files, with its {@code binaryFile} source, on the driver as it does for any
 * file source; the executors read and parse them, one {@link TranscriptParser} per partition, and
 * nothing is collected to the driver. Each executor opens its files itself through Hadoop's
 * {@code FileSystem} rather than through the source's {@code content} column, for three reasons: a
 * file that cannot be read is then that file's failure rather than the task's, a file over
 * {@link TranscriptParser#maxInputBytes()} is refused without being read, and an empty file, which
 * Spark's file scans skip, still gets its failure row. The bytes go to the parser as they are, which
 * decodes them as on one machine (UTF-8, UTF-16 with a byte-order mark, Windows-1252).
 *
 * <p>Spark is not a dependency of this library: add {@code spark-sql_2.13} 4.x yourself (usually
 * as {@code provided}); nothing here is loaded unless you use it. Spark reads its classes from the
 * class path (its jars are not modules), which is how {@code spark-submit} runs applications.
 *
 * @since 0.1.0
 */
// Spark's types are on the class path, not in a module this one could export them from (see module-info).
@SuppressWarnings("exports")
public final class SparkTranscripts {
    /** At most this many files go into one partition (one task): a task then takes seconds, not minutes. */
    static final int FILES_PER_PARTITION = 1000;

    private SparkTranscripts() {
    }

    /**
     * Parses files with default parser settings.
     *
     * @param spark the session
     * @param path  a file, a folder (read recursively, every file in it) or a glob
     *              (<code>calls/*&#47;*.txt</code>) in any file system the session can read; Spark
     *              skips files whose names start with {@code _} or {@code .}
     * @return the transcripts, turns, pairs and failures
     * @see #read(SparkSession, String, TranscriptParser)
     */
    public static TranscriptDatasets read(SparkSession spark, String path) {
        return read(spark, path, TranscriptParser.builder().build());
    }

    /**
     * Parses files with a configured parser's settings (layout, strictness, limits). The files are
     * listed now, on the driver (a path that does not exist fails here, with Spark's
     * {@code AnalysisException}); they are read and parsed by the first action on a result.
     *
     * @param spark  the session
     * @param path   a file, a folder (read recursively, every file in it) or a glob
     * @param parser the settings to parse with; each executor builds its own parser from them
     * @return the transcripts, turns, pairs and failures
     */
    public static TranscriptDatasets read(SparkSession spark, String path, TranscriptParser parser) {
        Objects.requireNonNull(spark, "spark");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(parser, "parser");
        return parse(spark.read().format("binaryFile").option("recursiveFileLookup", "true").load(path), parser);
    }

    /**
     * Parses the files a DataFrame of the {@code binaryFile} source lists, for listings that need the
     * source's other options ({@code pathGlobFilter}, {@code modifiedAfter}, several paths):
     * <pre>{@code
     * Dataset<Row> files = spark.read().format("binaryFile")
     *         .option("pathGlobFilter", "*.txt").option("recursiveFileLookup", "true")
     *         .load("s3a://bucket/calls/");
     * TranscriptDatasets parsed = SparkTranscripts.parse(files, TranscriptParser.builder().build());
     * }</pre>
     *
     * @param files  a DataFrame that reads files, such as the {@code binaryFile} source gives; its
     *               files ({@link Dataset#inputFiles()}) are parsed, its rows are never read
     * @param parser the settings to parse with; each executor builds its own parser from them
     * @return the transcripts, turns, pairs and failures
     */
    public static TranscriptDatasets parse(Dataset<Row> files, TranscriptParser parser) {
        Objects.requireNonNull(files, "files");
        Objects.requireNonNull(parser, "parser");
        SparkSession spark = files.sparkSession();
        JavaSparkContext context = JavaSparkContext.fromSparkContext(spark.sparkContext());
        // The file index's listing, held on the driver by Spark anyway; sorted, so that partitions and row order
        // are the same on every run.
        List<String> uris = Arrays.stream(files.inputFiles()).sorted().toList();
        Dataset<String> listing = spark.createDataset(context.parallelize(uris, slices(uris.size(), context)).rdd(),
                Encoders.STRING());
        Broadcast<HadoopConfiguration> hadoop = context.broadcast(new HadoopConfiguration(hadoopConfiguration(spark)));
        // Spark's row encoder expects java.time or java.sql dates as this setting says; read it as Encoders.row does.
        boolean javaTime = SQLConf.get().datetimeJava8ApiEnabled();
        Dataset<Row> parsed = listing
                .mapPartitions(new PartitionParser(ParserSpec.of(parser), hadoop, javaTime), Encoders.row(TranscriptRows.PARSED))
                .persist(StorageLevel.MEMORY_AND_DISK());
        return new TranscriptDatasets(parsed);
    }

    /**
     * How many partitions to parse {@code files} files in: four per core at least, so that a slow
     * file or a slow executor evens out, and at most {@value #FILES_PER_PARTITION} files in each.
     */
    static int slices(int files, JavaSparkContext context) {
        int wanted = Math.max(4 * context.defaultParallelism(), (files + FILES_PER_PARTITION - 1) / FILES_PER_PARTITION);
        return Math.max(1, Math.min(files, wanted));
    }

    /** The Hadoop configuration Spark's own file sources use: the context's, plus the session's settings. */
    static Configuration hadoopConfiguration(SparkSession spark) {
        Configuration conf = new Configuration(spark.sparkContext().hadoopConfiguration());
        CollectionConverters.asJava(spark.conf().getAll()).forEach((key, value) -> {
            if (value != null) {
                conf.set(key, value);
            }
        });
        return conf;
    }
}
