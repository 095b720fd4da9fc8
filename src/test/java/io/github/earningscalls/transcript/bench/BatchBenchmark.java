package io.github.earningscalls.transcript.bench;

import io.github.earningscalls.transcript.TranscriptFormat;
import io.github.earningscalls.transcript.cli.Main;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The command-line batch over a folder of generated transcripts, every layout, 40 to 80 KB each, into one
 * JSON Lines file, on 1 and on 2 threads: the ratio of the two scores is the speedup.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
public class BatchBenchmark {
    /** The batch's {@code --threads}. */
    @Param({"1", "2"})
    public int threads;

    /** How many files the folder holds. */
    @Param({"300"})
    public int files;

    private Path root;
    private String[] args;
    private final PrintStream discard = new PrintStream(OutputStream.nullOutputStream());

    @Setup(Level.Trial)
    public void writeFolder() throws IOException {
        root = Files.createTempDirectory("batch-bench");
        Path in = Files.createDirectories(root.resolve("in"));
        long bytes = 0;
        for (int i = 0; i < files; i++) {
            TranscriptFormat layout = SyntheticTranscripts.LAYOUTS.get(i % SyntheticTranscripts.LAYOUTS.size());
            byte[] text = SyntheticTranscripts.generate(layout, 40_000 + (i * 7919) % 40_000, i);
            Files.write(in.resolve(String.format("call-%03d.txt", i)), text);
            bytes += text.length;
        }
        System.out.printf("%n%d files, %,d bytes%n", files, bytes);
        args = new String[] {"batch", in.toString(), "--jsonl", root.resolve("out.jsonl").toString(),
            "--threads", Integer.toString(threads), "--overwrite", "--quiet"};
    }

    @Benchmark
    public int batch() {
        int status = Main.run(args, discard, discard);
        if (status != 0) {
            throw new IllegalStateException("batch exited with " + status);
        }
        return status;
    }

    @TearDown(Level.Trial)
    public void deleteFolder() throws IOException {
        try (Stream<Path> all = Files.walk(root)) {
            for (Path p : (Iterable<Path>) all.sorted(Comparator.reverseOrder())::iterator) {
                Files.delete(p);
            }
        }
    }
}
