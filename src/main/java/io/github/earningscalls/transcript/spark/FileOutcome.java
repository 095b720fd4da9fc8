package io.github.earningscalls.transcript.spark;

import io.github.earningscalls.transcript.TranscriptParser;
import io.github.earningscalls.transcript.model.Transcript;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * What became of one file on an executor: its transcript, or why there is none. Reading never throws
 * for what a file holds or whether it can be opened; either is the file's failure.
 *
 * @param file       the file as Spark names it ({@code file:/calls/a b.txt})
 * @param bytes      its length, 0 when unknown
 * @param transcript the transcript, or null when it failed
 * @param failure    why it failed, or null when it parsed
 */
record FileOutcome(String file, long bytes, Transcript transcript, FileFailure failure) {
    /**
     * Opens a file through Hadoop's {@code FileSystem} and parses it; a file over the parser's size
     * limit is refused without being read.
     *
     * @param uri the file's URI as a listing gives it
     */
    static FileOutcome read(TranscriptParser parser, Configuration conf, String uri) {
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
                return new FileOutcome(file, bytes, null, FileFailure.tooLarge(bytes, parser.maxInputBytes()));
            }
            try (InputStream in = fs.open(path)) {
                return new FileOutcome(file, bytes, parser.read(in, file), null);
            }
        } catch (Exception | StackOverflowError e) {
            // Out of memory is left to Spark, which retries the task elsewhere; anything else is this file's.
            return new FileOutcome(file, bytes, null, FileFailure.of(e));
        }
    }
}
