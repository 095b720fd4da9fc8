package io.github.earningscalls.transcript.spark;

import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.connector.catalog.Table;
import org.apache.spark.sql.connector.catalog.TableProvider;
import org.apache.spark.sql.connector.expressions.Transform;
import org.apache.spark.sql.connector.metric.CustomSumMetric;
import org.apache.spark.sql.sources.DataSourceRegister;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.sql.util.CaseInsensitiveStringMap;

/**
 * The {@code transcript} data source: transcript files as a table, from any language Spark speaks.
 * Spark finds it by its short name through {@code META-INF/services}; the {@code table} option picks
 * {@code transcripts} (the default), {@code turns}, {@code pairs} or {@code failures}, whose schemas are
 * {@link TranscriptSchemas}'.
 *
 * <pre>{@code
 * Dataset<Row> turns = spark.read().format("transcript")
 *         .option("table", "turns")
 *         .load("s3a://bucket/calls/*.txt");
 * }</pre>
 * <pre>
 * CREATE TEMPORARY VIEW turns USING transcript OPTIONS (path 's3a://bucket/calls', table 'turns');
 * </pre>
 *
 * <p>Options, all optional but the path: {@code layout} (a {@code TranscriptFormat} name; detected by
 * default), {@code strict}, {@code maxInputBytes}, {@code maxLineLength}, {@code maxTurns},
 * {@code maxDiagnostics}, {@code fileNamePattern}, {@code knownMetadata} (a CSV file, as the command
 * line's {@code --known-metadata} reads), {@code pathGlobFilter} and {@code openCostInBytes}. The
 * files are listed when a query is planned and read by the executors, packed whole into partitions by
 * size as Spark packs file splits, about four per core, each file counting its length plus
 * {@code openCostInBytes} (64 KB by default), up to {@code spark.sql.files.maxPartitionBytes}. Only the columns a query uses are built, and filters on the call's columns are
 * decided before its turns' or pairs' rows are built; filters on {@code file} alone leave files unread.
 *
 * <p>Each file is parsed for each query: unlike {@link SparkTranscripts#read}, nothing is persisted,
 * so reading two tables of the same files parses them twice. Cache a DataFrame to reuse it.
 *
 * @since 0.1.0
 */
// Spark's types are on the class path, not in a module this one could export them from (see module-info).
@SuppressWarnings("exports")
public final class TranscriptSource implements TableProvider, DataSourceRegister {
    /** Creates the source; Spark does, when a query names it. */
    public TranscriptSource() {
    }

    /**
     * The name that {@code format(...)} and {@code USING} take.
     *
     * @return {@code transcript}
     */
    @Override
    public String shortName() {
        return "transcript";
    }

    /**
     * The schema of the table the {@code table} option picks.
     *
     * @param options the read's options
     * @return one of {@link TranscriptSchemas}' schemas
     * @throws IllegalArgumentException if {@code table} names no table
     */
    @Override
    public StructType inferSchema(CaseInsensitiveStringMap options) {
        return SourceTable.named(options.get("table")).schema();
    }

    /**
     * The table the options describe. Checks the options, and that each path exists (a glob must
     * match something), as Spark's file sources check them on {@code load}.
     *
     * @param schema       the schema {@link #inferSchema} gave
     * @param partitioning none
     * @param properties   the read's options
     * @return the table
     * @throws IllegalArgumentException naming an option that is wrong or a path that does not exist
     */
    @Override
    public Table getTable(StructType schema, Transform[] partitioning, Map<String, String> properties) {
        CaseInsensitiveStringMap options = new CaseInsensitiveStringMap(properties);
        Configuration hadoop = SparkTranscripts.hadoopConfiguration(SparkSession.active());
        // As Spark's file sources do: an option such as fs.s3a.endpoint reaches the file system.
        properties.forEach(hadoop::set);
        SourceOptions read = SourceOptions.of(options, hadoop);
        FileListing.requireExisting(read.paths(), hadoop);
        return new TranscriptTable(read, hadoop);
    }

    /**
     * A count the source's scans report, summed over their tasks and shown in Spark's SQL UI: files
     * read, turn rows built, transcripts written as JSON. Spark creates it by its class name (with
     * the public constructor) to add up the tasks' values.
     *
     * @since 0.1.0
     */
    public static final class Metric extends CustomSumMetric {
        private final String name;
        private final String description;

        /** Creates the metric Spark sums task values with; its name and description are not used. */
        public Metric() {
            this("", "");
        }

        Metric(String name, String description) {
            this.name = name;
            this.description = description;
        }

        /**
         * The metric's name, as tasks report it.
         *
         * @return such as {@code turnRows}
         */
        @Override
        public String name() {
            return name;
        }

        /**
         * What the SQL UI calls it.
         *
         * @return such as {@code turn rows built}
         */
        @Override
        public String description() {
            return description;
        }
    }
}
