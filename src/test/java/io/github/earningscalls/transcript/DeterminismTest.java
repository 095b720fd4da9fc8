package io.github.earningscalls.transcript;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.earningscalls.transcript.json.TranscriptJson;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Parsing is a function of the bytes: the same bytes give the same JSON, byte for byte, on a
 * second run and when one shared parser serves many threads at once.
 */
class DeterminismTest {
    private static final TranscriptParser PARSER = TranscriptParser.builder().build();

    /** The JSON of every document, or the failure message, parsed on this thread. */
    private static String result(Path doc) throws Exception {
        try {
            return TranscriptJson.toJson(PARSER.read(Files.readAllBytes(doc), doc.toString()), true);
        } catch (TranscriptParseException e) {
            return "failed: " + e.getMessage();
        }
    }

    @Test
    void theSameBytesGiveTheSameJsonTwice() throws Exception {
        for (Path doc : Inputs.documents()) {
            byte[] bytes = Files.readAllBytes(doc);
            String first = result(doc);
            String second = result(doc);
            assertThat(second).as("second parse of %s", doc).isEqualTo(first);
            if (!first.startsWith("failed: ")) {
                // A fresh copy of the bytes and a fresh parser change nothing either.
                String fresh = TranscriptJson.toJson(TranscriptParser.builder().build().read(bytes.clone(), doc.toString()), true);
                assertThat(fresh).isEqualTo(first);
            }
        }
    }

    @Test
    @Timeout(120)
    void oneParserSharedByEightThreadsGivesTheSingleThreadedJson() throws Exception {
        List<Path> docs = Inputs.documents();
        Map<Path, String> expected = new LinkedHashMap<>();
        for (Path doc : docs) {
            expected.put(doc, result(doc));
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Map.Entry<Path, String>>> tasks = new ArrayList<>();
            for (int round = 0; round < 4; round++) {
                for (Path doc : docs) {
                    tasks.add(() -> Map.entry(doc, result(doc)));
                }
            }
            for (Future<Map.Entry<Path, String>> f : pool.invokeAll(tasks)) {
                Map.Entry<Path, String> e = f.get();
                assertThat(e.getValue()).as("JSON of %s parsed concurrently", e.getKey()).isEqualTo(expected.get(e.getKey()));
            }
        } finally {
            pool.shutdownNow();
            assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(expected).isNotEmpty();
    }
}
