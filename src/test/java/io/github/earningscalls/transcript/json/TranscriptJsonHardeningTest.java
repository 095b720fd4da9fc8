package io.github.earningscalls.transcript.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.earningscalls.transcript.TranscriptParser;
import io.github.earningscalls.transcript.TranscriptParserTest;
import io.github.earningscalls.transcript.model.Transcript;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Reading JSON is hardened: stream limits on nesting, number and string length, and a document
 * that is well-formed but wrong fails with an {@link InvalidTranscriptJsonException} naming the
 * JSON path, never with an unchecked exception.
 */
class TranscriptJsonHardeningTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String JSON = json();

    private static String json() {
        try {
            return TranscriptJson.toJson(TranscriptParser.parse(TranscriptParserTest.CALL));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void nestingDeeperThanSixtyFourFails() throws Exception {
        String ok = "[".repeat(64) + "]".repeat(64);
        assertThatThrownBy(() -> TranscriptJson.fromJson(ok))
                .isInstanceOf(InvalidTranscriptJsonException.class).hasMessage("$: the document is not a JSON object");
        assertThatThrownBy(() -> TranscriptJson.fromJson("[".repeat(65) + "]".repeat(65)))
                .isInstanceOf(IOException.class).isNotInstanceOf(InvalidTranscriptJsonException.class)
                .hasMessageContaining("Document nesting depth (65) exceeds the maximum allowed (64");
    }

    @Test
    void longNumbersFail() {
        String doc = JSON.replaceFirst("\"bytes\":\\d+", "\"bytes\":" + "9".repeat(40));
        assertThatThrownBy(() -> TranscriptJson.fromJson(doc))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("Number value length (40) exceeds the maximum allowed (32");
        String big = JSON.replaceFirst("\"lines\":\\d+", "\"lines\":" + "9".repeat(30));
        assertThatThrownBy(() -> TranscriptJson.fromJson(big))
                .isInstanceOf(InvalidTranscriptJsonException.class)
                .hasMessage("$.source.lines: the number " + "9".repeat(30) + " is out of range");
    }

    @Test
    @Timeout(30)
    void stringsLongerThanSixtyFourMebibytesFail() {
        // Streamed, so the test does not hold the document itself in memory.
        Reader endless = new Reader() {
            private long sent;

            @Override
            public int read(char[] cbuf, int off, int len) {
                String head = "{\"x\":\"";
                for (int i = 0; i < len; i++, sent++) {
                    cbuf[off + i] = sent < head.length() ? head.charAt((int) sent) : 'a';
                }
                return len;
            }

            @Override
            public void close() {
            }
        };
        assertThatThrownBy(() -> TranscriptJson.read(endless))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("String value length")
                .hasMessageContaining("exceeds the maximum allowed (67108864");
    }

    @Test
    void wrongTypesAndValuesNameTheirPath() throws Exception {
        assertInvalid("/source", "lines", "\"many\"", "$.source.lines: expected a whole number");
        assertInvalid("", "format", "\"NOPE\"", "$.format: unknown value 'NOPE'");
        assertInvalid("/metadata", "date", "\"2021-02-30\"", "$.metadata.date: '2021-02-30' is not a valid value");
        assertInvalid("/metadata", "time", "\"25:00\"", "$.metadata.time: '25:00' is not a valid value");
        assertInvalid("/metadata", "eventType", "1", "$.metadata.eventType: expected a string");
        assertInvalid("/participants/0", "listed", "\"yes\"", "$.participants[0].listed: expected true or false");
        assertInvalid("/sections/0/turns/1", "line", "0", "$.sections[0].turns[1]: bad line range 0..10");
        assertInvalid("/sections/0/turns/1/paragraphs/0", "start", "-1", "$.sections[0].turns[1].paragraphs[0]: bad offsets -1..432");
        assertInvalid("/sections/1/exchanges/0", "turnIndices", "[]", "$.sections[1].exchanges[0]: an exchange has at least one turn");
        assertInvalid("", "sections", "{}", "$.sections: expected an array");
    }

    @Test
    void outOfRangeValuesInUnguardedRecordsNameTheirPath() throws Exception {
        assertInvalid("", "formatConfidence", "2.5", "$: formatConfidence must be within 0..1: 2.5");
        assertInvalid("/diagnostics/0", "line", "-3", "$.diagnostics[0]: line must not be negative: -3");
    }

    @Test
    void annotationsOutsideTheirParagraphAreInvalid() throws Exception {
        ObjectNode root = (ObjectNode) MAPPER.readTree(JSON);
        ObjectNode a = (ObjectNode) root.at("/sections/0/turns/0/paragraphs/0/annotations/0");
        int len = root.at("/sections/0/turns/0/paragraphs/0/text").asText().length();
        a.put("start", len + 5).put("end", len + 5 + a.get("text").asText().length());
        assertThatThrownBy(() -> TranscriptJson.fromJson(root.toString()))
                .isInstanceOf(InvalidTranscriptJsonException.class)
                .hasMessageStartingWith("$.sections[0].turns[0].paragraphs[0].annotations[0]: ");
    }

    private static void assertInvalid(String pointer, String field, String value, String message) throws Exception {
        ObjectNode root = (ObjectNode) MAPPER.readTree(JSON);
        ObjectNode parent = pointer.isEmpty() ? root : (ObjectNode) root.at(pointer);
        parent.set(field, MAPPER.readTree(value));
        assertThatThrownBy(() -> TranscriptJson.fromJson(root.toString()))
                .isInstanceOf(InvalidTranscriptJsonException.class).hasMessage(message);
    }

    /**
     * Any one value of a valid document replaced by a value of another kind, or removed: reading
     * gives an equal transcript, another transcript, or an {@link IOException}, never an unchecked
     * exception; and whatever it gives writes back to JSON.
     */
    @Property(tries = 200)
    void corruptedDocumentsFailOnlyWithIoExceptions(@ForAll long seed) throws Exception {
        Random random = new Random(seed);
        JsonNode root = MAPPER.readTree(JSON);
        List<JsonNode> containers = new ArrayList<>();
        collect(root, containers);
        for (int k = 0; k < 1 + random.nextInt(3); k++) {
            corrupt(containers.get(random.nextInt(containers.size())), random);
        }
        String doc = root.toString();
        Transcript t;
        try {
            t = TranscriptJson.fromJson(doc);
        } catch (IOException e) {
            assertThat(e.getMessage()).isNotBlank();
            return;
        } catch (RuntimeException e) {
            throw new AssertionError("reading " + doc + " threw " + e, e);
        }
        assertThat(TranscriptJson.fromJson(TranscriptJson.toJson(t))).isEqualTo(t);
    }

    private static void collect(JsonNode node, List<JsonNode> out) {
        if (node.isContainerNode() && node.size() > 0) {
            out.add(node);
        }
        for (Iterator<JsonNode> it = node.elements(); it.hasNext(); ) {
            collect(it.next(), out);
        }
    }

    private static final List<JsonNode> REPLACEMENTS = List.of(MAPPER.nullNode(), MAPPER.getNodeFactory().numberNode(-1),
            MAPPER.getNodeFactory().numberNode(Long.MAX_VALUE), MAPPER.getNodeFactory().numberNode(1.5),
            MAPPER.getNodeFactory().textNode(""), MAPPER.getNodeFactory().textNode("x"),
            MAPPER.getNodeFactory().booleanNode(true), MAPPER.createArrayNode(), MAPPER.createObjectNode(),
            MAPPER.getNodeFactory().numberNode(2_147_483_648L), MAPPER.getNodeFactory().numberNode(100_000));

    private static void corrupt(JsonNode container, Random random) {
        if (container.size() == 0) {
            // An earlier corruption emptied it.
            return;
        }
        JsonNode replacement = REPLACEMENTS.get(random.nextInt(REPLACEMENTS.size()));
        if (container instanceof ObjectNode o) {
            List<String> names = new ArrayList<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = o.fields(); it.hasNext(); ) {
                names.add(it.next().getKey());
            }
            String name = names.get(random.nextInt(names.size()));
            if (random.nextInt(4) == 0) {
                o.remove(name);
            } else {
                o.set(name, replacement);
            }
        } else if (container instanceof ArrayNode a) {
            int i = random.nextInt(a.size());
            if (random.nextInt(4) == 0) {
                a.remove(i);
            } else {
                a.set(i, replacement);
            }
        }
    }
}
