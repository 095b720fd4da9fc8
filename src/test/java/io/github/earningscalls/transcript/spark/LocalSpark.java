package io.github.earningscalls.transcript.spark;

import java.nio.file.Path;
import org.apache.spark.sql.SparkSession;

/**
 * The local Spark session a Spark test class shares among its tests: two cores, no UI, everything on
 * the loopback interface, its warehouse in the test's temporary folder rather than the work tree.
 */
final class LocalSpark {
    private LocalSpark() {
    }

    /** A builder with those settings, for a class to add its own to. */
    static SparkSession.Builder builder(String appName, Path tmp) {
        return SparkSession.builder()
                .master("local[2]")
                .appName(appName)
                .config("spark.ui.enabled", "false")
                .config("spark.sql.shuffle.partitions", "2")
                .config("spark.driver.host", "127.0.0.1")
                .config("spark.driver.bindAddress", "127.0.0.1")
                .config("spark.sql.warehouse.dir", tmp.resolve("warehouse").toString());
    }

    /** Stops a session and, before it, releases what was persisted; either may be null when setting up failed. */
    static void stop(SparkSession spark, TranscriptDatasets persisted) {
        if (persisted != null) {
            persisted.unpersist();
        }
        if (spark != null) {
            spark.stop();
        }
    }
}
