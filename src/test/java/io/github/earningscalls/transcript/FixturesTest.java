package io.github.earningscalls.transcript;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.earningscalls.transcript.model.Participant;
import io.github.earningscalls.transcript.model.Section;
import io.github.earningscalls.transcript.model.Transcript;
import io.github.earningscalls.transcript.model.Turn;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Small fictional transcripts, each showing one way a speaker, roster line or role can be misread:
 * {@code src/test/resources/fixtures/<layout>/<case>.txt} parses, in that layout ({@code auto}: as
 * detected), to the people and turns in {@code <case>.json} beside it, compared as trees. The JSON
 * holds only what the fixtures are about: the layout, each participant, and each section's turns as
 * {@code "line speaker-id"}. It holds with CRLF line endings and a byte-order mark too.
 *
 * <p>Run with {@code -Dfixtures.update=true} to write the expected files from the parser's output;
 * read each one before committing it.
 */
class FixturesTest {
    private static final Path FIXTURES = Path.of("src/test/resources/fixtures");
    private static final ObjectMapper MAPPER = new ObjectMapper();

    static List<Path> fixtures() throws IOException {
        try (Stream<Path> s = Files.walk(FIXTURES)) {
            return s.filter(p -> p.toString().endsWith(".txt")).sorted().collect(Collectors.toList());
        }
    }

    private static TranscriptParser parser(Path fixture) {
        String layout = fixture.getParent().getFileName().toString().toUpperCase(Locale.ROOT).replace('-', '_');
        return TranscriptParser.builder().format(TranscriptFormat.valueOf(layout)).build();
    }

    /** What a fixture's expected file holds of a transcript. */
    static ObjectNode summary(Transcript t) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("format", t.source().format().name());
        ArrayNode people = root.putArray("participants");
        for (Participant p : t.participants()) {
            ObjectNode o = people.addObject();
            o.put("id", p.id());
            o.put("name", p.name());
            o.put("title", p.title());
            o.put("affiliation", p.affiliation());
            o.put("role", p.role().name());
            o.put("listed", p.listed());
        }
        ArrayNode sections = root.putArray("sections");
        for (Section s : t.sections()) {
            ObjectNode o = sections.addObject();
            o.put("kind", s.kind().name());
            ArrayNode turns = o.putArray("turns");
            for (Turn turn : s.turns()) {
                turns.add(turn.line() + " " + turn.speakerId());
            }
        }
        return root;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void parsesToTheExpectedPeopleAndTurns(Path fixture) throws Exception {
        Path expected = Path.of(fixture.toString().replaceFirst("\\.txt$", ".json"));
        String text = Files.readString(fixture, StandardCharsets.UTF_8);
        JsonNode got = summary(parser(fixture).read(text, fixture.getFileName().toString()));
        if (Boolean.getBoolean("fixtures.update")) {
            Files.writeString(expected, MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(got) + "\n");
        }
        assertThat(expected).as("expected JSON beside the fixture").exists();
        JsonNode want = MAPPER.readTree(expected.toFile());
        assertThat(got).isEqualTo(want);
        String crlf = "\uFEFF" + text.replace("\n", "\r\n");
        assertThat(summary(parser(fixture).read(crlf, fixture.getFileName().toString()))).as("with CRLF and a BOM")
                .isEqualTo(want);
    }
}
