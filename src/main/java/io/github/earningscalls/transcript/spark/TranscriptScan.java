package io.github.earningscalls.transcript.spark;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.connector.metric.CustomMetric;
import org.apache.spark.sql.connector.read.Batch;
import org.apache.spark.sql.connector.read.InputPartition;
import org.apache.spark.sql.connector.read.PartitionReaderFactory;
import org.apache.spark.sql.connector.read.Scan;
import org.apache.spark.sql.internal.SQLConf;
import org.apache.spark.sql.sources.Filter;
import org.apache.spark.sql.types.StructType;

/**
 * A scan of one table over the files: listed and packed into partitions when Spark plans the query
 * (so a view sees the files there are when it is queried), then read and parsed by the executors,
 * one task per partition. Filters on {@code file} alone leave files out of the listing unread.
 */
final class TranscriptScan implements Scan, Batch {
    /** The counts each task reports, which Spark sums per scan and shows in its SQL UI. */
    static final List<CustomMetric> METRICS = List.of(
            new TranscriptSource.Metric(TranscriptPartitionReader.FILES_READ, "files read and parsed"),
            new TranscriptSource.Metric(TranscriptPartitionReader.TURN_ROWS, "turn rows built"),
            new TranscriptSource.Metric(TranscriptPartitionReader.PAIR_ROWS, "pair rows built"),
            new TranscriptSource.Metric(TranscriptPartitionReader.JSON_DOCUMENTS, "transcripts written as JSON"));

    /** Partitions wanted per core, so that a slow file or a slow core evens out. */
    static final int PARTITIONS_PER_CORE = 4;

    private final SourceOptions options;
    private final Configuration hadoop;
    private final StructType columns;
    private final List<Filter> filters;

    /**
     * @param options the data source's options
     * @param hadoop  the Hadoop configuration to list and open the files with
     * @param columns the columns to return, some of the table's
     * @param filters the filters to decide before building rows, each {@link PushedFilters#decidable}
     */
    TranscriptScan(SourceOptions options, Configuration hadoop, StructType columns, List<Filter> filters) {
        this.options = options;
        this.hadoop = hadoop;
        this.columns = columns;
        this.filters = List.copyOf(filters);
    }

    @Override
    public StructType readSchema() {
        return columns;
    }

    @Override
    public String description() {
        return "transcript " + options.table().optionValue() + ", Paths: " + options.paths()
                + ", PushedFilters: " + filters + ", ReadSchema: " + columns.simpleString();
    }

    @Override
    public Batch toBatch() {
        return this;
    }

    @Override
    public CustomMetric[] supportedCustomMetrics() {
        return METRICS.toArray(new CustomMetric[0]);
    }

    @Override
    public InputPartition[] planInputPartitions() {
        List<FileStatus> files = FileListing.list(options.paths(), options.pathGlobFilter(), hadoop);
        List<Filter> byName = filters.stream().filter(f -> PushedFilters.reads(f, Set.of("file"))).toList();
        if (!byName.isEmpty()) {
            files = files.stream()
                    .filter(f -> byName.stream().allMatch(p -> Boolean.TRUE.equals(
                            PushedFilters.evaluate(p, column -> f.getPath().toString()))))
                    .collect(Collectors.toList());
        }
        int partitions = PARTITIONS_PER_CORE * SparkSession.active().sparkContext().defaultParallelism();
        return FileListing.groups(files, SQLConf.get().filesMaxPartitionBytes(), options.openCostInBytes(), partitions)
                .toArray(new InputPartition[0]);
    }

    @Override
    public PartitionReaderFactory createReaderFactory() {
        JavaSparkContext context = JavaSparkContext.fromSparkContext(SparkSession.active().sparkContext());
        return new TranscriptReaderFactory(options.table(), columns, filters, options.parser(),
                context.broadcast(new HadoopConfiguration(hadoop)));
    }
}
