package io.github.earningscalls.transcript.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.earningscalls.transcript.TranscriptParser;
import io.github.earningscalls.transcript.TranscriptParserTest;
import io.github.earningscalls.transcript.model.Transcript;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** JSON export and import. */
class TranscriptJsonTest {
    private static Transcript sample() throws Exception {
        return TranscriptParser.parse(TranscriptParserTest.CALL);
    }

    @Test
    void writesTheContractFieldsAndReadsBackEqual() throws Exception {
        Transcript t = sample();
        String json = TranscriptJson.toJson(t);
        JsonNode root = new ObjectMapper().readTree(json);
        assertThat(root.get("schemaVersion").asText()).isEqualTo(TranscriptJson.SCHEMA_VERSION);
        assertThat(root.get("format").asText()).isEqualTo("SEEKING_ALPHA");
        assertThat(root.at("/metadata/fiscalPeriod/label").asText()).isEqualTo("Q3 2023");
        assertThat(root.at("/metadata/startsAt").asText()).isEqualTo("2023-10-26T10:00:00-04:00");
        assertThat(root.at("/metadata/time").asText()).isEqualTo("10:00");
        JsonNode turn = root.at("/sections/0/turns/1");
        assertThat(turn.fieldNames()).toIterable().contains("speakerId", "speaker", "role", "line", "endLine", "paragraphs");
        assertThat(turn.at("/paragraphs/0").fieldNames()).toIterable().contains("line", "text", "annotations");
        assertThat(turn.at("/paragraphs/0/annotations/0").fieldNames()).toIterable()
                .containsExactly("type", "text", "start", "end");
        assertThat(TranscriptSchema.validate(json)).isEmpty();
        assertThat(TranscriptJson.fromJson(json)).isEqualTo(t);
        assertThat(TranscriptJson.read(new StringReader(json))).isEqualTo(t);
    }

    @Test
    void prettyAndStreamingOutputsAgree() throws Exception {
        Transcript t = sample();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        TranscriptJson.write(t, bytes, true);
        String pretty = bytes.toString(StandardCharsets.UTF_8);
        assertThat(pretty).isEqualTo(TranscriptJson.toJson(t, true)).contains("\n  \"format\" : \"SEEKING_ALPHA\"");
        assertThat(new ObjectMapper().readTree(pretty)).isEqualTo(new ObjectMapper().readTree(TranscriptJson.toJson(t)));
    }

    @Test
    void unknownFieldsAreIgnored() throws Exception {
        ObjectNode root = (ObjectNode) new ObjectMapper().readTree(TranscriptJson.toJson(sample()));
        root.put("addedInALaterVersion", true);
        assertThat(TranscriptJson.fromJson(root.toString())).isEqualTo(sample());
    }

    @Test
    void invalidDocumentsNameThePath() throws Exception {
        ObjectNode root = (ObjectNode) new ObjectMapper().readTree(TranscriptJson.toJson(sample()));
        ((ObjectNode) root.at("/sections/1/turns/2")).remove("speakerId");
        assertThatThrownBy(() -> TranscriptJson.fromJson(root.toString()))
                .isInstanceOf(InvalidTranscriptJsonException.class)
                .hasMessage("$.sections[1].turns[2].speakerId: expected a string");
        assertThatThrownBy(() -> TranscriptJson.fromJson("[1,2]"))
                .isInstanceOf(InvalidTranscriptJsonException.class).hasMessage("$: the document is not a JSON object");
        assertThatThrownBy(() -> TranscriptJson.fromJson("{\"format\": \"NOPE\"}"))
                .isInstanceOf(InvalidTranscriptJsonException.class).hasMessage("$.source: expected an object");
        assertThatThrownBy(() -> TranscriptJson.fromJson("{ not json"))
                .isInstanceOf(java.io.IOException.class);
        String deep = "[".repeat(10_000) + "]".repeat(10_000);
        assertThatThrownBy(() -> TranscriptJson.fromJson(deep))
                .isInstanceOf(java.io.IOException.class).hasMessageContaining("nesting depth");
    }
}
