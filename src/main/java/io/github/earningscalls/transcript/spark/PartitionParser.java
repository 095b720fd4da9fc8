package io.github.earningscalls.transcript.spark;

import io.github.earningscalls.transcript.TranscriptParser;
import io.github.earningscalls.transcript.model.Transcript;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.Iterator;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
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
        Path path = new Path(URI.create(uri));
        // The name Hadoop and Spark's binaryFile source print: file:/calls/a b.txt rather than file:///calls/a%20b.txt.
        String file = path.toString();
        long bytes = 0;
        try {
            FileSystem fs = path.getFileSystem(conf);
            FileStatus status = fs.getFileStatus(path);
            bytes = status.getLen();
            if (status.isDirectory()) {
                throw new IOException("is a folder");
            }
            if (bytes > parser.maxInputBytes()) {
                FileFailure f = FileFailure.tooLarge(bytes, parser.maxInputBytes());
                return rows.failed(file, bytes, f.line(), f.reason());
            }
            Transcript t;
            try (InputStream in = fs.open(path)) {
                t = parser.read(in, file);
            }
            return rows.parsed(file, bytes, t);
        } catch (Exception | StackOverflowError e) {
            // Out of memory is left to Spark, which retries the task elsewhere; anything else is this file's.
            FileFailure f = FileFailure.of(e);
            return rows.failed(file, bytes, f.line(), f.reason());
        }
    }
}
