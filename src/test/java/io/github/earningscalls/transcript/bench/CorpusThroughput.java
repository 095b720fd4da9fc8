package io.github.earningscalls.transcript.bench;

import io.github.earningscalls.transcript.TranscriptParseException;
import io.github.earningscalls.transcript.TranscriptParser;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;

/**
 * Parse throughput on real transcripts, against the floor of decoding the same bytes and splitting them
 * into lines with {@link BufferedReader#readLine}: both read every {@code .txt} file of the folders given,
 * held in memory, in interleaved rounds in one JVM, so that both see the same machine. Each round reads
 * every file once through a {@link Reader}, as {@code TranscriptParser.parse(Reader)} does; the figures are
 * medians of the rounds after the first third (the warm-up).
 *
 * <pre>java -cp target/benchmarks.jar io.github.earningscalls.transcript.bench.CorpusThroughput 60 ../shared/corpus/seeking-alpha</pre>
 *
 * <p>This is the corpus measure of the performance issue; the JMH {@code ParseBenchmark} measures generated
 * inputs of every layout at two sizes.
 */
public final class CorpusThroughput {
    private CorpusThroughput() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: CorpusThroughput ROUNDS FOLDER...");
            System.exit(2);
        }
        int rounds = Integer.parseInt(args[0]);
        if (rounds < 1) {
            System.err.println("CorpusThroughput: ROUNDS must be 1 or more");
            System.exit(2);
        }
        List<byte[]> files = new ArrayList<>();
        long bytes = 0;
        for (int i = 1; i < args.length; i++) {
            try (Stream<Path> s = Files.list(Path.of(args[i]))) {
                for (Path p : s.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                    byte[] b = Files.readAllBytes(p);
                    files.add(b);
                    bytes += b.length;
                }
            }
        }
        TranscriptParser parser = TranscriptParser.builder().build();
        List<Double> floor = new ArrayList<>();
        List<Double> parse = new ArrayList<>();
        int parsed = 0;
        for (int r = 0; r < rounds; r++) {
            long t0 = System.nanoTime();
            for (byte[] b : files) {
                try (BufferedReader in = reader(b)) {
                    while (in.readLine() != null) {
                        // the floor: decoded and split, nothing more
                    }
                }
            }
            long t1 = System.nanoTime();
            parsed = 0;
            for (byte[] b : files) {
                try (Reader in = reader(b)) {
                    parser.read(in, "corpus");
                    parsed++;
                } catch (TranscriptParseException e) {
                    // a file that fails costs its time all the same
                }
            }
            long t2 = System.nanoTime();
            if (r >= rounds / 3) {
                floor.add(bytes / 1e3 / ((t1 - t0) / 1e6));
                parse.add(bytes / 1e3 / ((t2 - t1) / 1e6));
            }
        }
        double f = median(floor);
        double p = median(parse);
        System.out.printf("%d files (%d parse), %.2f MB, %d rounds: floor %.0f MB/s, parse %.1f MB/s, parse / floor %.1f%n",
                files.size(), parsed, bytes / 1e6, rounds, f, p, f / p);
    }

    private static BufferedReader reader(byte[] b) {
        return new BufferedReader(new InputStreamReader(new ByteArrayInputStream(b), StandardCharsets.UTF_8));
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }
}
