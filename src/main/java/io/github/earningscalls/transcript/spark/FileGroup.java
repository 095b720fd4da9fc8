package io.github.earningscalls.transcript.spark;

import java.util.List;
import org.apache.spark.sql.connector.read.InputPartition;

/**
 * One partition of the data source's scan: the files one task reads and parses, in order.
 *
 * @param uris  the files' URIs
 * @param bytes their total length
 */
record FileGroup(List<String> uris, long bytes) implements InputPartition {
    private static final long serialVersionUID = 1L;

    FileGroup {
        uris = List.copyOf(uris);
    }
}
