package io.github.earningscalls.transcript.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.earningscalls.transcript.Corpus;
import io.github.earningscalls.transcript.json.TranscriptJson;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code batch} over the real corpus (skipped when it is absent): every file accounted for exactly once. */
class CorpusBatchTest {
    @TempDir
    Path tmp;

    @Test
    void everyCorpusFileBecomesOneRecord() throws Exception {
        Path corpus = Corpus.require();
        Path jsonl = tmp.resolve("corpus.jsonl");
        Cli.Result r = Cli.run("batch", corpus.toString(), "--jsonl", jsonl.toString(), "--threads", "2", "--quiet");
        long[] s = r.summary();
        assertThat(s[0]).isPositive().isEqualTo(s[1] + s[2]);
        assertThat(r.exitCode()).isEqualTo(s[2] == 0 ? 0 : 1);
        List<String> lines = Files.readAllLines(jsonl);
        assertThat(lines).hasSize((int) s[0]);
        ObjectMapper json = new ObjectMapper();
        long failed = 0;
        for (String line : lines) {
            JsonNode node = json.readTree(line);
            if (node.has("error")) {
                failed++;
                assertThat(node.get("file").asText()).startsWith(corpus.toString());
                assertThat(r.err()).contains(node.get("file").asText() + ":");
            } else {
                assertThat(TranscriptJson.fromJson(line).turns()).isNotEmpty();
            }
        }
        assertThat(failed).isEqualTo(s[2]);
        assertThat(r.err()).doesNotContain("\tat ");
    }
}
