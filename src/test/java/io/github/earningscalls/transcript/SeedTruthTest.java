package io.github.earningscalls.transcript;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.earningscalls.transcript.model.Annotation;
import io.github.earningscalls.transcript.model.Exchange;
import io.github.earningscalls.transcript.model.Paragraph;
import io.github.earningscalls.transcript.model.Participant;
import io.github.earningscalls.transcript.model.Section;
import io.github.earningscalls.transcript.model.SectionKind;
import io.github.earningscalls.transcript.model.Transcript;
import io.github.earningscalls.transcript.model.Turn;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The hand-checked truth for the transcript the project started from, compared field by field. */
class SeedTruthTest {
    private static Transcript transcript;
    private static JsonNode truth;

    @BeforeAll
    static void parse() throws Exception {
        Path dir = Corpus.require().resolve("seeking-alpha");
        Path txt = dir.resolve("OCFT_2021Q1.txt");
        Path json = dir.resolve("OCFT_2021Q1.truth.json");
        assumeTrue(Files.exists(txt) && Files.exists(json), "seed transcript not in corpus; skipping");
        transcript = TranscriptParser.parse(txt);
        truth = new ObjectMapper().readTree(json.toFile());
    }

    @Test
    void formatAndMetadata() {
        JsonNode m = truth.get("metadata");
        assertThat(transcript.source().format().name()).isEqualTo(truth.get("format").asText());
        var md = transcript.metadata();
        assertThat(md.title()).isEqualTo(m.get("title").asText());
        assertThat(md.company()).isEqualTo(m.get("company").asText());
        assertThat(md.ticker()).isEqualTo(m.get("ticker").asText());
        assertThat(md.exchange()).isEqualTo(m.get("exchange").asText());
        assertThat(md.fiscalPeriod().quarter()).isEqualTo(m.get("fiscalQuarter").asInt());
        assertThat(md.fiscalPeriod().year()).isEqualTo(m.get("fiscalYear").asInt());
        assertThat(md.eventType().name()).isEqualTo(m.get("eventType").asText());
        assertThat(md.date()).hasToString(m.get("date").asText());
        assertThat(md.time()).hasToString(m.get("time").asText());
        assertThat(md.timeZone()).isEqualTo(m.get("timeZone").asText());
        assertThat(md.startsAt()).hasToString("2021-05-11T21:00-04:00");
    }

    @Test
    void rosterParticipants() {
        List<Participant> listed = transcript.participants().stream().filter(Participant::listed).toList();
        assertThat(listed).hasSize(truth.get("participants").size());
        for (int i = 0; i < listed.size(); i++) {
            JsonNode want = truth.get("participants").get(i);
            Participant got = listed.get(i);
            assertThat(got.name()).isEqualTo(want.get("name").asText());
            assertThat(got.role().name()).isEqualTo(want.get("role").asText());
            assertThat(got.title()).isEqualTo(want.has("title") ? want.get("title").asText() : null);
            assertThat(got.affiliation()).isEqualTo(want.has("affiliation") ? want.get("affiliation").asText() : null);
        }
    }

    @Test
    void everyTurnHasTheRightSpeakerLineAndSection() {
        List<String> got = new ArrayList<>();
        for (Section s : transcript.sections()) {
            for (Turn t : s.turns()) {
                got.add(t.line() + " " + t.speaker() + " " + t.role() + " " + s.kind());
            }
        }
        List<String> want = new ArrayList<>();
        for (JsonNode t : truth.get("turns")) {
            want.add(t.get("line").asInt() + " " + t.get("speaker").asText() + " " + t.get("role").asText() + " "
                    + t.get("section").asText());
        }
        assertThat(got).hasSize(truth.get("turnCount").asInt()).containsExactlyElementsOf(want);
    }

    @Test
    void qaStartsAtTheMarker() {
        Section qa = transcript.section(SectionKind.QUESTIONS_AND_ANSWERS).orElseThrow();
        assertThat(qa.line()).isEqualTo(truth.get("qaMarkerLine").asInt());
    }

    @Test
    void exchangesMatch() {
        Section qa = transcript.section(SectionKind.QUESTIONS_AND_ANSWERS).orElseThrow();
        List<String> got = new ArrayList<>();
        for (Exchange e : qa.exchanges()) {
            got.add(transcript.participant(e.questionerId()).orElseThrow().name() + " " + e.startLine() + "-" + e.endLine());
        }
        List<String> want = new ArrayList<>();
        for (JsonNode e : truth.get("exchanges")) {
            want.add(e.get("questioner").asText() + " " + e.get("firstLine").asInt() + "-" + e.get("lastLine").asInt());
        }
        assertThat(got).containsExactlyElementsOf(want);
    }

    @Test
    void annotationCounts() {
        Map<String, Integer> got = new TreeMap<>();
        for (Turn t : transcript.turns()) {
            for (Paragraph p : t.paragraphs()) {
                for (Annotation a : p.annotations()) {
                    got.merge(a.type().name(), 1, Integer::sum);
                }
            }
        }
        Map<String, Integer> want = new TreeMap<>();
        truth.get("annotations").fields().forEachRemaining(e -> want.put(e.getKey(), e.getValue().asInt()));
        assertThat(got).isEqualTo(want);
    }
}
