package io.github.earningscalls.transcript.bench;

import io.github.earningscalls.transcript.TranscriptFormat;
import io.github.earningscalls.transcript.TranscriptParseException;
import io.github.earningscalls.transcript.TranscriptParser;
import io.github.earningscalls.transcript.json.TranscriptJson;
import io.github.earningscalls.transcript.model.Transcript;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * Parsing speed against its floor, on the same bytes in the same run: {@link #floor} decodes the bytes and
 * splits them into lines, {@link #parse} reads them into a transcript, {@link #parseAndWrite} also writes its
 * JSON to a discarding stream, and {@link #write} writes the JSON of a transcript parsed in the set-up.
 * Run with {@code -prof gc} for the bytes allocated per parse ({@code gc.alloc.rate.norm}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class ParseBenchmark {
    /** The layout of the input. */
    @Param({"SEEKING_ALPHA", "MOTLEY_FOOL", "MOTLEY_FOOL_2025", "INLINE_SPEAKERS", "FACTSET_CALLSTREET", "NAME_LINES", "STREETEVENTS"})
    public TranscriptFormat layout;

    /** The size of the input in bytes, at least. */
    @Param({"60000", "10000000"})
    public int size;

    private byte[] input;
    private String name;
    private TranscriptParser parser;
    private Transcript parsed;

    @Setup(Level.Trial)
    public void generate() throws TranscriptParseException {
        input = SyntheticTranscripts.generate(layout, size, 1);
        name = layout + "-" + size + ".txt";
        // The default parser, as TranscriptParser.parse uses it: the layout is detected, not given.
        parser = TranscriptParser.builder().build();
        parsed = parser.read(input, name);
        if (parsed.source().format() != layout) {
            throw new IllegalStateException(name + " was read as " + parsed.source().format());
        }
        System.out.printf("%n%s: %,d bytes, %,d lines, %,d turns, %,d participants%n", name, input.length,
                parsed.source().lineCount(), parsed.turns().size(), parsed.participants().size());
    }

    /** The floor: UTF-8 decoding and line splitting, as {@code BufferedReader.readLine} does them. */
    @Benchmark
    public long floor() throws IOException {
        BufferedReader r = new BufferedReader(new InputStreamReader(new ByteArrayInputStream(input),
                StandardCharsets.UTF_8));
        long chars = 0;
        for (String line; (line = r.readLine()) != null; ) {
            chars += line.length();
        }
        return chars;
    }

    @Benchmark
    public Transcript parse() throws TranscriptParseException {
        return parser.read(input, name);
    }

    @Benchmark
    public Transcript parseAndWrite() throws IOException, TranscriptParseException {
        Transcript t = parser.read(input, name);
        TranscriptJson.write(t, OutputStream.nullOutputStream(), false);
        return t;
    }

    @Benchmark
    public Transcript write() throws IOException {
        TranscriptJson.write(parsed, OutputStream.nullOutputStream(), false);
        return parsed;
    }
}
