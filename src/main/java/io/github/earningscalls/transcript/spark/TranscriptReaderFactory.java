package io.github.earningscalls.transcript.spark;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.connector.read.InputPartition;
import org.apache.spark.sql.connector.read.PartitionReader;
import org.apache.spark.sql.connector.read.PartitionReaderFactory;
import org.apache.spark.sql.sources.Filter;
import org.apache.spark.sql.types.StructType;

/** What a scan sends to its executors: enough to read and parse one {@link FileGroup} into rows. */
final class TranscriptReaderFactory implements PartitionReaderFactory {
    private static final long serialVersionUID = 1L;

    private final SourceTable table;
    private final StructType columns;
    private final ArrayList<Filter> filters;
    private final ParserSpec parser;
    private final Broadcast<HadoopConfiguration> hadoop;

    TranscriptReaderFactory(SourceTable table, StructType columns, List<Filter> filters, ParserSpec parser,
                            Broadcast<HadoopConfiguration> hadoop) {
        this.table = table;
        this.columns = columns;
        this.filters = new ArrayList<>(filters);
        this.parser = parser;
        this.hadoop = hadoop;
    }

    @Override
    public PartitionReader<InternalRow> createReader(InputPartition partition) {
        return new TranscriptPartitionReader(((FileGroup) partition).uris(), table, columns, filters, parser.parser(),
                hadoop.value().value());
    }
}
