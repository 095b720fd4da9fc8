package io.github.earningscalls.transcript;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.earningscalls.transcript.model.Participant;
import io.github.earningscalls.transcript.model.Section;
import io.github.earningscalls.transcript.model.SectionKind;
import io.github.earningscalls.transcript.model.Transcript;
import io.github.earningscalls.transcript.model.Turn;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The StreetEvents files of the corpus (text exports, an Event Brief, an XML story) against their
 * truth, made by an independent strict reading of the layout's rules: every turn with its line,
 * speaker, role and section, the Q&amp;A's start, and the roster with the side of each person.
 */
class StreetEventsCorpusTest {
    private static final TranscriptParser PARSER = TranscriptParser.builder().build();

    static Stream<Path> truths() throws IOException {
        Path dir = Corpus.require().resolve("streetevents");
        assumeThat(dir).exists();
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.toString().endsWith(".truth.json")).sorted().collect(Collectors.toList()).stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("truths")
    void everyTurnOfTheTruthWithSpeakerRoleAndSection(Path truthFile) throws Exception {
        JsonNode truth = new ObjectMapper().readTree(truthFile.toFile());
        Transcript t = PARSER.read(source(truthFile));
        assertThat(t.source().format().name()).isEqualTo(truth.get("format").asText());
        List<String> got = new ArrayList<>();
        for (Section s : t.sections()) {
            for (Turn turn : s.turns()) {
                got.add(turn.line() + " " + turn.speaker() + " " + turn.role() + " " + s.kind());
            }
        }
        List<String> want = new ArrayList<>();
        int i = 0;
        for (JsonNode w : truth.get("turns")) {
            // The truth leaves a turn's role out where the file contradicts itself (the operator's
            // welcome printed as "Unidentified Audience Member"): any role is taken there.
            String role = w.has("role") ? w.get("role").asText() : roleAt(got, i);
            want.add(w.get("line").asInt() + " " + w.get("speaker").asText() + " " + role + " " + w.get("section").asText());
            i++;
        }
        assertThat(got).hasSize(truth.get("turnCount").asInt()).containsExactlyElementsOf(want);
        assertThat(t.section(SectionKind.QUESTIONS_AND_ANSWERS).orElseThrow().line())
                .isEqualTo(truth.get("qaMarkerLine").asInt());
        List<String> listed = t.participants().stream().filter(Participant::listed)
                .map(p -> p.name() + " " + p.role()).toList();
        List<String> roster = new ArrayList<>();
        for (JsonNode p : truth.get("participants")) {
            roster.add(p.get("name").asText() + " " + p.get("role").asText());
        }
        assertThat(listed).containsExactlyElementsOf(roster);
    }

    /** The role in a {@code line speaker role section} entry, or "?" past the end. */
    private static String roleAt(List<String> got, int i) {
        if (i >= got.size()) {
            return "?";
        }
        String[] parts = got.get(i).split(" ");
        return parts[parts.length - 2];
    }

    private static Path source(Path truthFile) {
        String base = truthFile.toString().replace(".truth.json", "");
        Path txt = Path.of(base + ".txt");
        return Files.exists(txt) ? txt : Path.of(base + ".xml");
    }
}
