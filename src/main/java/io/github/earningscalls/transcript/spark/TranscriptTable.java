package io.github.earningscalls.transcript.spark;

import java.util.EnumSet;
import java.util.Set;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.sql.connector.catalog.SupportsRead;
import org.apache.spark.sql.connector.catalog.TableCapability;
import org.apache.spark.sql.connector.read.ScanBuilder;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.sql.util.CaseInsensitiveStringMap;

/** One table of the {@code transcript} data source over some files: what {@code load(path)} returns. */
final class TranscriptTable implements SupportsRead {
    private final SourceOptions options;
    private final Configuration hadoop;

    /**
     * @param options the data source's options
     * @param hadoop  the Hadoop configuration to list and open the files with
     */
    TranscriptTable(SourceOptions options, Configuration hadoop) {
        this.options = options;
        this.hadoop = hadoop;
    }

    @Override
    public String name() {
        return "transcript " + options.table().optionValue() + " " + String.join(", ", options.paths());
    }

    @Override
    public StructType schema() {
        return options.table().schema();
    }

    @Override
    public Set<TableCapability> capabilities() {
        return EnumSet.of(TableCapability.BATCH_READ);
    }

    @Override
    public ScanBuilder newScanBuilder(CaseInsensitiveStringMap scanOptions) {
        return new TranscriptScanBuilder(options, hadoop);
    }
}
