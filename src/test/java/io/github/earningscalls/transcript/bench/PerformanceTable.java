package io.github.earningscalls.transcript.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.earningscalls.transcript.TranscriptFormat;
import java.io.File;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Turns the JSON results of {@link ParseBenchmark} (run with {@code -prof gc -rf json}) into the performance page's
 * table: parse time over the line-splitting floor, throughput, and bytes allocated per input byte; and, when
 * the results hold {@link BatchBenchmark}, its speedup on two threads.
 *
 * <pre>java -cp target/benchmarks.jar io.github.earningscalls.transcript.bench.PerformanceTable target/jmh.json</pre>
 */
public final class PerformanceTable {
    private PerformanceTable() {
    }

    public static void main(String[] args) throws Exception {
        JsonNode results = new ObjectMapper().readTree(new File(args.length > 0 ? args[0] : "target/jmh.json"));
        // layout/size -> benchmark -> [score in us, allocated bytes per op]
        Map<String, Map<String, double[]>> rows = new LinkedHashMap<>();
        Map<String, Double> batch = new LinkedHashMap<>();
        for (JsonNode r : results) {
            String bench = r.path("benchmark").asText();
            bench = bench.substring(bench.lastIndexOf('.') + 1);
            if (r.path("params").has("threads")) {
                batch.put(r.path("params").path("threads").asText(), r.path("primaryMetric").path("score").asDouble());
                continue;
            }
            if (!r.path("params").has("layout")) {
                continue;
            }
            String key = r.path("params").path("layout").asText() + "/" + r.path("params").path("size").asText();
            double score = r.path("primaryMetric").path("score").asDouble();
            double alloc = r.path("secondaryMetrics").path("gc.alloc.rate.norm").path("score").asDouble(Double.NaN);
            rows.computeIfAbsent(key, k -> new LinkedHashMap<>()).put(bench, new double[] {score, alloc});
        }
        System.out.println("| Layout | Input | Floor µs | Parse µs | Parse / floor | Parse MB/s | Parse + JSON µs "
                + "| Parse + JSON MB/s | Allocated B per input B |");
        System.out.println("|---|---:|---:|---:|---:|---:|---:|---:|---:|");
        for (Map.Entry<String, Map<String, double[]>> row : rows.entrySet()) {
            String[] key = row.getKey().split("/");
            double[] floor = row.getValue().get("floor");
            double[] parse = row.getValue().get("parse");
            double[] both = row.getValue().get("parseAndWrite");
            if (floor == null || parse == null) {
                continue;
            }
            int bytes = SyntheticTranscripts.generate(TranscriptFormat.valueOf(key[0]), Integer.parseInt(key[1]), 1).length;
            System.out.printf("| %s | %s | %,.0f | %,.0f | %.2f | %.0f | %s | %s | %.2f |%n", key[0], size(bytes), floor[0],
                    parse[0], parse[0] / floor[0], bytes / parse[0],
                    both == null ? "" : String.format("%,.0f", both[0]),
                    both == null ? "" : String.format("%.0f", bytes / both[0]), parse[1] / bytes);
        }
        printBatch(batch);
    }

    private static void printBatch(Map<String, Double> batch) {
        if (batch.containsKey("1") && batch.containsKey("2")) {
            System.out.printf("%nBatch: 1 thread %,.0f ms, 2 threads %,.0f ms, speedup %.2f%n", batch.get("1"),
                    batch.get("2"), batch.get("1") / batch.get("2"));
        }
    }

    private static String size(int bytes) {
        return bytes >= 1_000_000 ? String.format("%.1f MB", bytes / 1e6) : String.format("%.0f KB", bytes / 1e3);
    }
}
