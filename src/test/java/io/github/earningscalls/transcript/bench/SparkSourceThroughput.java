package io.github.earningscalls.transcript.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerTaskEnd;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;

/**
 * The data source's throughput on one machine: reads the {@code turns} table of a folder through the
 * {@code transcript} data source and writes it as Parquet with {@code local[2]}, as the target
 * measures it against {@code batch --threads 2}. Prints the session's start, the job's time, the tasks'
 * run and CPU time, and (on Linux) the CPU time of the JVM's threads by name, which shows what the JIT
 * compilers and the driver cost beside the tasks.
 *
 * <pre>
 * java SPARK_JVM_OPTIONS -cp target/classes:target/test-classes:DEPENDENCIES \
 *     io.github.earningscalls.transcript.bench.SparkSourceThroughput INPUT_DIR OUTPUT_DIR
 * </pre>
 */
public final class SparkSourceThroughput {
    private SparkSourceThroughput() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: SparkSourceThroughput INPUT_DIR OUTPUT_DIR");
            System.exit(2);
        }
        long start = System.nanoTime();
        SparkSession spark = SparkSession.builder().master("local[2]").appName("SparkSourceThroughput")
                .config("spark.ui.enabled", "false").getOrCreate();
        spark.sparkContext().setLogLevel("WARN");
        AtomicLong tasks = new AtomicLong();
        AtomicLong runMillis = new AtomicLong();
        AtomicLong cpuNanos = new AtomicLong();
        spark.sparkContext().addSparkListener(new SparkListener() {
            @Override
            public void onTaskEnd(SparkListenerTaskEnd end) {
                tasks.incrementAndGet();
                runMillis.addAndGet(end.taskMetrics().executorRunTime());
                cpuNanos.addAndGet(end.taskMetrics().executorCpuTime());
            }
        });
        long ready = System.nanoTime();
        spark.read().format("transcript").option("table", "turns").load(args[0])
                .write().mode(SaveMode.Overwrite).parquet(args[1]);
        long done = System.nanoTime();
        System.err.printf(Locale.ROOT, "session %.1f s, turns to Parquet %.1f s; %d tasks, run %.1f s, CPU %.1f s%n",
                (ready - start) / 1e9, (done - ready) / 1e9, tasks.get(), runMillis.get() / 1e3, cpuNanos.get() / 1e9);
        threadCpu().forEach((name, seconds) -> System.err.printf(Locale.ROOT, "  %-18s %6.1f s CPU%n", name, seconds));
        spark.stop();
    }

    /** CPU seconds per thread name (digits folded), from /proc; empty where there is none. */
    private static Map<String, Double> threadCpu() throws IOException {
        Map<String, Double> byName = new TreeMap<>();
        Path tasks = Path.of("/proc/self/task");
        if (!Files.isDirectory(tasks)) {
            return byName;
        }
        try (var threads = Files.list(tasks)) {
            for (Path t : threads.toList()) {
                String stat;
                try {
                    stat = Files.readString(t.resolve("stat"));
                } catch (IOException gone) {
                    continue;
                }
                String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')')).replaceAll("[0-9]+", "N");
                String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                // utime and stime, in clock ticks of 1/100 s.
                double seconds = (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / 100.0;
                byName.merge(name, seconds, Double::sum);
            }
        }
        byName.values().removeIf(s -> s < 0.5);
        return byName;
    }
}
