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
        List<String> transcripts = Files.readAllLines(jsonl);
        List<String> errors = Files.readAllLines(tmp.resolve("corpus.errors.jsonl"));
        assertThat(transcripts).hasSize((int) s[1]);
        assertThat(errors).hasSize((int) s[2]);
        for (String line : transcripts) {
            assertThat(line).as("a transcript, not an error record").startsWith("{\"schemaVersion\"");
            assertThat(TranscriptJson.fromJson(line).turns()).isNotEmpty();
        }
        ObjectMapper json = new ObjectMapper();
        for (String line : errors) {
            JsonNode node = json.readTree(line);
            assertThat(ErrorRecordSchema.validate(line)).as(line).isEmpty();
            assertThat(node.get("file").asText()).startsWith(corpus.toString());
            assertThat(r.err()).contains(node.get("file").asText() + ":");
        }
        assertThat(r.err()).doesNotContain("\tat ", "Builder", "best guess");
    }
}
