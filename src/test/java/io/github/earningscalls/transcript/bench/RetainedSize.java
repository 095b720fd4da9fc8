package io.github.earningscalls.transcript.bench;

import io.github.earningscalls.transcript.TranscriptFormat;
import io.github.earningscalls.transcript.TranscriptParseException;
import io.github.earningscalls.transcript.TranscriptParser;
import io.github.earningscalls.transcript.model.Transcript;
import java.lang.ref.Reference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The heap a parsed {@link Transcript} keeps, against the size of its input: the heap in use after a full
 * collection while several transcripts parsed from the same input are alive, less the heap in use once they
 * are released, divided by their number. Run it with {@code -XX:+UseSerialGC}, whose used-heap figure after
 * {@code System.gc()} is exact:
 *
 * <pre>java -XX:+UseSerialGC -Xmx3g -cp target/benchmarks.jar io.github.earningscalls.transcript.bench.RetainedSize</pre>
 *
 * <p>Given a folder, it measures the transcripts in it instead, grouped by the layout each is read as (files
 * that do not parse are left out): real transcripts, whose turns are longer than the generated ones.
 */
public final class RetainedSize {
    private RetainedSize() {
    }

    public static void main(String[] args) throws Exception {
        TranscriptParser parser = TranscriptParser.builder().build();
        if (args.length > 0) {
            folder(parser, Path.of(args[0]));
            return;
        }
        System.out.println("| Layout | Input bytes | Retained bytes per transcript | Retained / input |");
        System.out.println("|---|---:|---:|---:|");
        for (TranscriptFormat layout : SyntheticTranscripts.LAYOUTS) {
            for (int size : new int[] {60_000, 10_000_000}) {
                byte[] input = SyntheticTranscripts.generate(layout, size, 1);
                String name = layout + "-" + size + ".txt";
                for (int i = 0; i < 3; i++) {
                    parser.read(input, name);
                }
                // About 40 MB of input in all, so that what else the heap holds is small beside it.
                int copies = Math.max(4, 40_000_000 / input.length);
                Transcript[] kept = new Transcript[copies];
                for (int i = 0; i < copies; i++) {
                    kept[i] = parser.read(input, name);
                }
                // Measured with the transcripts alive, then again once they are released, one right after the
                // other, so that nothing else the program did in between counts.
                long alive = usedAfterGc();
                Reference.reachabilityFence(kept);
                kept = null;
                long released = usedAfterGc();
                double retained = (alive - released) / (double) copies;
                System.out.printf("| %s | %,d | %,.0f | %.2f |%n", layout, input.length, retained, retained / input.length);
            }
        }
    }

    private static void folder(TranscriptParser parser, Path dir) throws Exception {
        Map<TranscriptFormat, List<byte[]>> inputs = new TreeMap<>();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : (Iterable<Path>) files.filter(Files::isRegularFile).sorted()::iterator) {
                byte[] bytes = Files.readAllBytes(f);
                try {
                    TranscriptFormat layout = parser.read(bytes, f.toString()).source().format();
                    inputs.computeIfAbsent(layout, k -> new ArrayList<>()).add(bytes);
                } catch (TranscriptParseException e) {
                    // Not a transcript we read (truth files, manifests, unsupported layouts): not measured.
                }
            }
        }
        System.out.println("| Layout | Files | Input bytes | Retained bytes | Retained / input |");
        System.out.println("|---|---:|---:|---:|---:|");
        for (Map.Entry<TranscriptFormat, List<byte[]>> e : inputs.entrySet()) {
            long bytes = 0;
            for (byte[] b : e.getValue()) {
                bytes += b.length;
            }
            int rounds = (int) Math.max(1, 40_000_000 / bytes);
            List<Transcript> kept = new ArrayList<>();
            for (int r = 0; r < rounds; r++) {
                for (byte[] b : e.getValue()) {
                    kept.add(parser.read(b, "input"));
                }
            }
            long alive = usedAfterGc();
            Reference.reachabilityFence(kept);
            kept = null;
            long released = usedAfterGc();
            double retained = (alive - released) / (double) rounds;
            System.out.printf("| %s | %d | %,d | %,.0f | %.2f |%n", e.getKey(), e.getValue().size(), bytes, retained,
                    retained / bytes);
        }
    }

    private static long usedAfterGc() throws InterruptedException {
        Runtime rt = Runtime.getRuntime();
        long used = Long.MAX_VALUE;
        // Collect until the figure stops falling: finalizable and softly reachable leftovers go in later rounds.
        for (int i = 0; i < 10; i++) {
            System.gc();
            Thread.sleep(20);
            long now = rt.totalMemory() - rt.freeMemory();
            if (now >= used) {
                break;
            }
            used = now;
        }
        return used;
    }
}
