package io.github.earningscalls.transcript.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.earningscalls.transcript.TranscriptParser;
import io.github.earningscalls.transcript.model.Exchange;
import io.github.earningscalls.transcript.model.Role;
import io.github.earningscalls.transcript.model.Section;
import io.github.earningscalls.transcript.model.Transcript;
import io.github.earningscalls.transcript.model.Turn;
import io.github.earningscalls.transcript.model.TurnKind;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code turns}, {@code calls} and {@code pairs}: tables with the call's keys, the same from
 * transcripts, from folders and from the JSON Lines {@code batch} wrote, in CSV and JSON Lines.
 */
class TableCommandsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    private Path in;
    private Path jsonl;

    /** Two calls in a folder tree, one empty file, and the JSON Lines batch made of them. */
    @BeforeEach
    void inputs() throws Exception {
        in = Files.createDirectories(tmp.resolve("calls"));
        Files.copy(Cli.sample("harbor"), Files.createDirectories(in.resolve("2019")).resolve("harbor.txt"));
        Files.copy(Cli.sample("northwind"), in.resolve("northwind.txt"));
        jsonl = tmp.resolve("out/calls.jsonl");
        Cli.Result batch = Cli.run("batch", in.toString(), "--jsonl", jsonl.toString(), "-q");
        assertThat(batch.exitCode()).isZero();
        Files.createFile(in.resolve("empty.txt"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"turns", "calls", "pairs"})
    void transcriptsFoldersAndBatchJsonLinesGiveTheSameTable(String command) throws Exception {
        Cli.Result files = Cli.run(command, in.resolve("2019/harbor.txt").toString(), in.resolve("northwind.txt").toString());
        assertThat(files.exitCode()).isZero();
        assertThat(files.err()).isEmpty();

        Cli.Result folder = Cli.run(command, in.toString());
        assertThat(folder.exitCode()).as("the empty file fails").isEqualTo(1);
        assertThat(folder.err().strip()).isEqualTo(in.resolve("empty.txt") + ": the input is empty");
        assertThat(folder.out()).isEqualTo(files.out());

        assertThat(Cli.run(command, jsonl.toString()).out()).isEqualTo(files.out());
        Cli.Result outFolder = Cli.run(command, jsonl.getParent().toString());
        assertThat(outFolder.exitCode()).isZero();
        assertThat(outFolder.out()).isEqualTo(files.out());

        Cli.Result stdin = Cli.runWithInput(Files.readAllBytes(jsonl), command, "-");
        assertThat(stdin.out()).isEqualTo(files.out());

        Cli.Result asJson = Cli.run(command, "--jsonl", jsonl.toString());
        assertThat(asJson.out().lines()).hasSize(TurnsCommandTest.readCsv(files.out()).size() - 1);
    }

    @Test
    void turnsCarryTheCallsKeysTheSpeakerAndTheExchange() throws Exception {
        Cli.Result r = Cli.run("turns", "--jsonl", in.resolve("2019/harbor.txt").toString());
        List<JsonNode> rows = jsonRows(r.out());
        Transcript t = TranscriptParser.parse(in.resolve("2019/harbor.txt"));
        assertThat(rows).hasSize(t.turns().size());
        for (JsonNode row : rows) {
            assertThat(fieldNames(row)).containsExactlyElementsOf(TurnsCommand.COLUMNS);
            assertThat(row.get("ticker").asText()).isEqualTo("HLB");
            assertThat(row.get("call_date").asText()).isEqualTo("2019-07-25");
            assertThat(row.get("fiscal_period").asText()).isEqualTo("F3Q19");
            assertThat(row.get("fiscal_year").isInt()).isTrue();
            assertThat(row.get("turn").isInt()).isTrue();
            if (row.get("section").asText().equals("PREPARED_REMARKS")) {
                assertThat(row.get("exchange_index").isNull()).isTrue();
            } else if (!row.get("exchange_index").isNull()) {
                assertThat(row.get("exchange_index").asInt()).isBetween(0, 4);
            }
        }
        assertThat(rows.stream().filter(row -> !row.get("exchange_index").isNull())).hasSizeGreaterThan(20);
        JsonNode analyst = rows.stream().filter(row -> row.get("speaker").asText().equals("Priya Natarajan"))
                .findFirst().orElseThrow();
        assertThat(analyst.get("speaker_id").asText()).isEqualTo("priya-natarajan");
        assertThat(analyst.get("affiliation").asText()).isEqualTo("Dunmore & Co.");
        assertThat(analyst.get("exchange_index").asInt()).isZero();
        assertThat(rows.get(0).get("affiliation").isNull()).as("the operator has none").isTrue();
    }

    @Test
    void callsCountWhatTheTranscriptHolds() throws Exception {
        Cli.Result r = Cli.run("calls", "--jsonl", in.resolve("2019/harbor.txt").toString(),
                in.resolve("northwind.txt").toString());
        List<JsonNode> rows = jsonRows(r.out());
        assertThat(rows).hasSize(2);
        for (JsonNode row : rows) {
            assertThat(fieldNames(row)).containsExactlyElementsOf(CallsCommand.COLUMNS);
            Transcript t = TranscriptParser.parse(Path.of(row.get("file").asText()));
            assertThat(row.get("turns").asInt()).isEqualTo(t.turns().size())
                    .isEqualTo(row.get("prepared_turns").asInt() + row.get("qa_turns").asInt());
            assertThat(row.get("questions").asInt())
                    .isEqualTo(t.turns().stream().filter(x -> x.kind() == TurnKind.QUESTION).count());
            assertThat(row.get("answers").asInt()).isEqualTo(t.turns().stream().filter(x -> x.kind() == TurnKind.ANSWER).count());
            assertThat(row.get("participants").asInt()).isEqualTo(t.participants().size());
            assertThat(row.get("words").asInt()).isEqualTo(row.get("corporate_words").asInt()
                    + row.get("analyst_words").asInt() + row.get("operator_words").asInt() + row.get("unknown_words").asInt());
            assertThat(row.get("analyst_words").asInt())
                    .isEqualTo(t.turns(Role.ANALYST).stream().mapToInt(Turn::wordCount).sum());
            assertThat(row.get("errors").asInt() + row.get("warnings").asInt() + row.get("info").asInt())
                    .isEqualTo(t.diagnostics().size());
            assertThat(row.get("format_confidence").isNumber()).isTrue();
        }
        assertThat(rows.get(0).get("exchange").asText()).isEqualTo("NYSE");
        assertThat(rows.get(0).get("exchanges").asInt()).isEqualTo(5);
    }

    @Test
    void pairsAreQuestionsWithTheAnswersThatFollowThem() throws Exception {
        Path harbor = in.resolve("2019/harbor.txt");
        Cli.Result r = Cli.run("pairs", "--jsonl", harbor.toString());
        List<JsonNode> rows = jsonRows(r.out());

        Transcript t = TranscriptParser.parse(harbor);
        Section qa = t.questionsAndAnswers().orElseThrow();
        List<Map<String, Object>> expected = new ArrayList<>();
        for (int e = 0; e < qa.exchanges().size(); e++) {
            Exchange exchange = qa.exchanges().get(e);
            List<Turn> turns = qa.turns(exchange);
            for (int i = 0; i < turns.size(); i++) {
                if (turns.get(i).kind() != TurnKind.QUESTION) {
                    continue;
                }
                StringBuilder answer = new StringBuilder();
                int answers = 0;
                for (int j = i + 1; j < turns.size() && turns.get(j).kind() != TurnKind.QUESTION; j++) {
                    if (turns.get(j).kind() == TurnKind.ANSWER) {
                        answer.append(answer.length() > 0 ? "\n\n" : "").append(turns.get(j).plainText());
                        answers++;
                    }
                }
                expected.add(Map.of("exchange_index", e, "question_turn", exchange.turnIndices().get(i),
                        "question", turns.get(i).plainText(), "answer_turns", answers, "answer", answer.toString()));
            }
        }
        assertThat(expected).hasSize((int) qa.exchanges().stream().mapToLong(e -> qa.questions(e).size()).sum());
        assertThat(rows).hasSameSizeAs(expected).isNotEmpty();
        for (int i = 0; i < rows.size(); i++) {
            JsonNode row = rows.get(i);
            assertThat(fieldNames(row)).containsExactlyElementsOf(PairsCommand.COLUMNS);
            Map<String, Object> want = expected.get(i);
            assertThat(row.get("exchange_index").asInt()).isEqualTo(want.get("exchange_index"));
            assertThat(row.get("question_turn").asInt()).isEqualTo(want.get("question_turn"));
            assertThat(row.get("question").asText()).isEqualTo(want.get("question"));
            assertThat(row.get("answer_turns").asInt()).isEqualTo(want.get("answer_turns"));
            assertThat(row.get("answer").asText()).isEqualTo(want.get("answer"));
            assertThat(row.get("questioner_role").asText()).isNotEqualTo("CORPORATE");
            assertThat(row.get("ticker").asText()).isEqualTo("HLB");
        }
        JsonNode first = rows.get(0);
        assertThat(first.get("questioner").asText()).isEqualTo("Priya Natarajan");
        assertThat(first.get("questioner_affiliation").asText()).isEqualTo("Dunmore & Co.");
        assertThat(first.get("answerers").asText()).isNotEmpty();
    }

    @Test
    void aDocumentThatIsNotATranscriptFailsAloneAndErrorRecordsAreSkipped() throws Exception {
        List<String> lines = new ArrayList<>(Files.readAllLines(jsonl));
        lines.add(1, "{\"schemaVersion\":\"1.1\",\"format\":\"SEEKING_ALPHA\"}");
        lines.add("{\"file\":\"calls/broken.txt\",\"line\":0,\"error\":\"the input is empty\"}");
        Path mixed = Files.write(tmp.resolve("mixed.jsonl"), lines, StandardCharsets.UTF_8);
        Cli.Result r = Cli.run("calls", mixed.toString());
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(TurnsCommandTest.readCsv(r.out())).hasSize(3);
        assertThat(r.err().lines()).containsExactly(
                mixed + ":2: not a transcript document: " + r.err().lines().findFirst().orElseThrow()
                        .substring((mixed + ":2: not a transcript document: ").length()),
                "calls: skipped 1 batch error record(s): inputs that produced no transcript");
        assertThat(r.err()).contains("$.source");

        Path garbage = Files.writeString(tmp.resolve("garbage.json"), "{\"schemaVersion\": oops");
        Cli.Result bad = Cli.run("turns", garbage.toString());
        assertThat(bad.exitCode()).isEqualTo(1);
        assertThat(bad.err()).startsWith(garbage + ":1: not JSON: ");
    }

    @Test
    void aFolderGivesEachCallOnceWhenItsJsonLiesBesideIt() throws Exception {
        Path harbor = in.resolve("2019/harbor.txt");
        assertThat(Cli.run("parse", "-o", in.resolve("2019/harbor.json").toString(), harbor.toString()).exitCode()).isZero();
        Files.copy(in.resolve("2019/harbor.json"), in.resolve("2019/harbor-copy.json"));
        List<List<String>> rows = TurnsCommandTest.readCsv(Cli.run("calls", in.resolve("2019").toString()).out());
        assertThat(rows).hasSize(3);
        assertThat(rows.get(1)).isEqualTo(rows.get(2));
    }

    @Test
    void aFolderGivesStreetEventsXmlAsBatchDoesAndLeavesOtherXmlOut() throws Exception {
        Path xml = Files.createDirectories(tmp.resolve("xml"));
        Files.copy(Path.of("samples/streetevents/brightwater-orchards-q1-2021.xml"), xml.resolve("story.xml"));
        Files.writeString(xml.resolve("sitemap.xml"), "<?xml version=\"1.0\"?>\n<urlset><url>a</url></urlset>\n");
        Cli.Result r = Cli.run("calls", "--jsonl", xml.toString());
        assertThat(r.exitCode()).isZero();
        List<JsonNode> rows = jsonRows(r.out());
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).get("format").asText()).isEqualTo("STREETEVENTS");
    }

    @Test
    void aPrettyDocumentFromParseReadsToo() throws Exception {
        Path pretty = tmp.resolve("harbor.json");
        assertThat(Cli.run("parse", "--pretty", "-o", pretty.toString(), in.resolve("2019/harbor.txt").toString())
                .exitCode()).isZero();
        assertThat(Cli.run("pairs", pretty.toString()).out())
                .isEqualTo(Cli.run("pairs", in.resolve("2019/harbor.txt").toString()).out());
    }

    @Test
    void layoutsExcludeEachOther() {
        Path harbor = in.resolve("2019/harbor.txt");
        assertThat(Cli.run("calls", "--tsv", "--jsonl", harbor.toString()).exitCode()).isEqualTo(2);
        assertThat(Cli.run("calls", "--jsonl", "--no-header", harbor.toString()).exitCode()).isEqualTo(2);
        Cli.Result tsv = Cli.run("calls", "--tsv", harbor.toString());
        assertThat(tsv.out().lines().findFirst().orElseThrow().split("\t")).containsExactlyElementsOf(CallsCommand.COLUMNS);
    }

    @Test
    void statsReadsFoldersAndJsonLinesToo() throws Exception {
        Cli.Result fromText = Cli.run("stats", in.resolve("2019/harbor.txt").toString(), in.resolve("northwind.txt").toString());
        Cli.Result fromJsonl = Cli.run("stats", jsonl.toString());
        assertThat(fromJsonl.exitCode()).isZero();
        assertThat(fromJsonl.out()).isEqualTo(fromText.out());
        assertThat(Cli.run("stats", in.toString()).out()).isEqualTo(fromText.out());
    }

    private static List<JsonNode> jsonRows(String out) throws Exception {
        List<JsonNode> rows = new ArrayList<>();
        for (String line : out.lines().toList()) {
            rows.add(JSON.readTree(line));
        }
        return rows;
    }

    private static List<String> fieldNames(JsonNode row) {
        List<String> names = new ArrayList<>();
        row.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
