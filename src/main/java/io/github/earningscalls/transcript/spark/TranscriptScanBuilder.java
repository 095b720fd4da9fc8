package io.github.earningscalls.transcript.spark;

import java.util.Arrays;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.sql.connector.read.Scan;
import org.apache.spark.sql.connector.read.SupportsPushDownFilters;
import org.apache.spark.sql.connector.read.SupportsPushDownRequiredColumns;
import org.apache.spark.sql.sources.Filter;
import org.apache.spark.sql.types.StructType;

/**
 * Takes the columns a query needs and the filters it can decide early ({@link PushedFilters}). Every
 * filter is still handed back to Spark to apply after the scan: the pushed ones only save work.
 */
final class TranscriptScanBuilder implements SupportsPushDownRequiredColumns, SupportsPushDownFilters {
    private final SourceOptions options;
    private final Configuration hadoop;
    private StructType columns;
    private Filter[] pushed = new Filter[0];

    TranscriptScanBuilder(SourceOptions options, Configuration hadoop) {
        this.options = options;
        this.hadoop = hadoop;
        this.columns = options.table().schema();
    }

    @Override
    public void pruneColumns(StructType requiredSchema) {
        columns = requiredSchema;
    }

    @Override
    public Filter[] pushFilters(Filter[] filters) {
        StructType schema = options.table().schema();
        pushed = Arrays.stream(filters).filter(f -> PushedFilters.decidable(f, schema)).toArray(Filter[]::new);
        return filters;
    }

    @Override
    public Filter[] pushedFilters() {
        return pushed.clone();
    }

    @Override
    public Scan build() {
        return new TranscriptScan(options, hadoop, columns, List.of(pushed));
    }
}
