package io.github.earningscalls.transcript.spark;

import io.github.earningscalls.transcript.TranscriptParser;
import java.util.Iterator;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Row;

/**
 * Runs on the executors: reads and parses the files of one partition of the listing, one
 * {@link TranscriptParser} for the whole partition, and yields one {@link TranscriptRows#PARSED} row
 * per file, lazily, so a partition's transcripts are never all in memory at once. A file that cannot
 * be read or parsed becomes a failure row; nothing a file holds makes the task fail.
 */
final class PartitionParser implements MapPartitionsFunction<String, Row> {
    private static final long serialVersionUID = 1L;

    private final ParserSpec spec;
    private final Broadcast<HadoopConfiguration> hadoop;
    private final boolean javaTime;

    /**
     * @param spec     the parser's settings
     * @param hadoop   the driver's Hadoop configuration, to open the files with
     * @param javaTime whether the row encoder expects {@code java.time} dates and timestamps
     */
    PartitionParser(ParserSpec spec, Broadcast<HadoopConfiguration> hadoop, boolean javaTime) {
        this.spec = spec;
        this.hadoop = hadoop;
        this.javaTime = javaTime;
    }

    /** @param listing the files' URIs */
    @Override
    public Iterator<Row> call(Iterator<String> listing) {
        TranscriptParser parser = spec.parser();
        TranscriptRows rows = new TranscriptRows(javaTime);
        Configuration conf = hadoop.value().value();
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return listing.hasNext();
            }

            @Override
            public Row next() {
                return parse(parser, rows, conf, listing.next());
            }
        };
    }

    private static Row parse(TranscriptParser parser, TranscriptRows rows, Configuration conf, String uri) {
        FileOutcome outcome = FileOutcome.read(parser, conf, uri);
        return outcome.transcript() != null
                ? rows.parsed(outcome.file(), outcome.bytes(), outcome.transcript())
                : rows.failed(outcome.file(), outcome.bytes(), outcome.failure());
    }
}
