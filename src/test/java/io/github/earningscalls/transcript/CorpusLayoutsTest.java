package io.github.earningscalls.transcript;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.earningscalls.transcript.json.TranscriptJson;
import io.github.earningscalls.transcript.json.TranscriptSchema;
import io.github.earningscalls.transcript.model.Exchange;
import io.github.earningscalls.transcript.model.Participant;
import io.github.earningscalls.transcript.model.Role;
import io.github.earningscalls.transcript.model.Section;
import io.github.earningscalls.transcript.model.SectionKind;
import io.github.earningscalls.transcript.model.Transcript;
import io.github.earningscalls.transcript.model.Turn;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every transcript of the shared corpus, folder by folder: it parses as the layout its folder holds,
 * or fails with one of the documented errors. Plus the cross-source checks: Motley Fool's own
 * statement-level truth, and the same call published by two sources.
 */
class CorpusLayoutsTest {
    /** What each corpus folder gives: a layout, or a documented failure. */
    private static final Map<String, String> EXPECTED = Map.ofEntries(
            Map.entry("seeking-alpha", "SEEKING_ALPHA"),
            Map.entry("seeking-alpha-cp1252", "SEEKING_ALPHA"),
            Map.entry("motley-fool", "MOTLEY_FOOL"),
            Map.entry("motley-fool-2025", "MOTLEY_FOOL_2025"),
            Map.entry("factiva-fd-wire", "INLINE_SPEAKERS"),
            Map.entry("india-concall-pdf", "INLINE_SPEAKERS"),
            Map.entry("ir-pdf-citi", "INLINE_SPEAKERS"),
            Map.entry("ir-pdf-hsbc", "INLINE_SPEAKERS"),
            Map.entry("ir-pdf-bnp", "INLINE_SPEAKERS"),
            Map.entry("ir-pdf-jpmorgan", "FACTSET_CALLSTREET"),
            // Text exports, an Event Brief, and an XML story read in place.
            Map.entry("streetevents", "STREETEVENTS"),
            // Layouts with no speaker structure, or one the parser does not read yet: a documented error.
            Map.entry("ectsum-sentences", "UNRECOGNISED"),
            Map.entry("ceo-sentences", "UNRECOGNISED"),
            Map.entry("earningscall-api", "UNRECOGNISED"),
            Map.entry("rev-earnings21-nlp", "UNRECOGNISED"),
            Map.entry("alphamemo-bilingual-md", "UNRECOGNISED"),
            // Containers are unwrapped first: a JSON-LD articleBody, a one-line list, text without line breaks, HTML.
            Map.entry("alphastreet-jsonld", "SEEKING_ALPHA"),
            Map.entry("seeking-alpha-flattened", "SEEKING_ALPHA"),
            Map.entry("fmp-collapsed", "INLINE_SPEAKERS"),
            Map.entry("sa-korean-bilingual-html", "SEEKING_ALPHA"),
            Map.entry("ir-pdf-barclays", "NAME_LINES"),
            Map.entry("ir-pdf-bofa", "NAME_LINES"),
            Map.entry("ir-pdf-td", "NAME_LINES"),
            Map.entry("ir-pdf-ubs", "NAME_LINES"),
            // Name lines in capitals that repeat a speakers list, and a Q&A printed in two columns whose lines
            // open with the speaker's name ("(Firm)" starting the next line).
            Map.entry("ir-pdf-deutschebank", "NAME_LINES"),
            // Machine-translated copies interleave English and Chinese: the English reads as its source layout.
            Map.entry("motley-fool-bilingual/MDB_2025Q1.txt", "MOTLEY_FOOL"),
            Map.entry("motley-fool-bilingual/TAL_2025Q4.txt", "MOTLEY_FOOL_2025"));

    private static final TranscriptParser PARSER = TranscriptParser.builder().build();

    static Stream<Arguments> corpusFiles() throws IOException {
        Path root = Corpus.require();
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(p -> p.toString().endsWith(".txt") || p.toString().endsWith(".xml")).sorted()
                    .map(p -> Arguments.of(root.relativize(p).toString().replace('\\', '/'), p))
                    .collect(Collectors.toList()).stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpusFiles")
    void parsesAsItsLayoutOrFailsWithADocumentedError(String name, Path file) throws Exception {
        String folder = name.substring(0, name.indexOf('/'));
        String expected = EXPECTED.getOrDefault(name, EXPECTED.get(folder));
        assumeThat(expected).as("%s: a folder this test does not know yet", folder).isNotNull();
        if (Files.size(file) == 0) {
            assertThatThrownBy(() -> PARSER.read(file)).isInstanceOf(TranscriptParseException.class)
                    .hasMessageEndingWith(": the input is empty");
            return;
        }
        if (expected.equals("UNRECOGNISED")) {
            assertThatThrownBy(() -> PARSER.read(file)).isInstanceOf(TranscriptParseException.class)
                    .hasMessageContaining("no known transcript layout recognised");
            return;
        }
        Transcript t = PARSER.read(file);
        assertThat(t.source().format().name()).isEqualTo(expected);
        assertThat(t.turns()).isNotEmpty();
        assertThat(t.source().formatConfidence()).isGreaterThanOrEqualTo(0.3);
        for (Turn turn : t.turns()) {
            assertThat(t.participant(turn.speakerId())).as("speaker of the turn at line %d", turn.line()).isPresent();
            if (turn.role() == Role.OPERATOR) {
                assertThat(turn.speakerId()).isEqualTo("operator");
            }
        }
        String json = TranscriptJson.toJson(t);
        assertThat(TranscriptSchema.validate(json)).isEmpty();
        assertThat(TranscriptJson.fromJson(json)).isEqualTo(t);
    }

    /** The scraped Motley Fool pages come with the scraper's statement-level truth; speaker and section must agree on every turn. */
    @Test
    void motleyFoolTruthAgreesOnEveryTurn() throws Exception {
        Path dir = Corpus.require().resolve("motley-fool");
        List<Path> truths;
        try (Stream<Path> s = Files.list(dir)) {
            truths = s.filter(p -> p.toString().endsWith(".truth.json")).sorted().toList();
        }
        assumeThat(truths).isNotEmpty();
        ObjectMapper mapper = new ObjectMapper();
        int total = 0;
        for (Path truthFile : truths) {
            JsonNode truth = mapper.readTree(truthFile.toFile());
            Transcript t = PARSER.read(Path.of(truthFile.toString().replace(".truth.json", ".txt")));
            List<String> got = new ArrayList<>();
            for (Section s : t.sections()) {
                for (Turn turn : s.turns()) {
                    got.add(turn.speaker() + " / " + (s.kind() == SectionKind.PREPARED_REMARKS ? "pres" : "qa"));
                }
            }
            List<String> want = new ArrayList<>();
            for (JsonNode st : truth.get("call_transcript")) {
                want.add(st.get("speaker").asText() + " / " + st.get("section").asText());
            }
            assertThat(got).as(truthFile.getFileName().toString()).containsExactlyElementsOf(want);
            total += want.size();
        }
        assertThat(total).isGreaterThan(300);
    }

    /**
     * The bank PDFs come with speaker truth an LLM extracted (so some of it is wrong): the speaker
     * sequence must agree at least as well as the figure given, and every difference is printed.
     */
    @ParameterizedTest(name = "{0} >= {1}")
    @MethodSource("bankTruth")
    void bankTranscriptsAgreeWithTheirSpeakerTruth(String relative, double minimum) throws Exception {
        Path truthFile = Corpus.require().resolve(relative.replace(".txt", ".truth.json"));
        assumeThat(truthFile).exists();
        Transcript t = parse(relative);
        double agreement = speakerAgreement(t, truthFile);
        System.out.printf(Locale.ROOT, "%s: %d turns, agreement %.3f%n", relative, t.turns().size(), agreement);
        assertThat(agreement).isGreaterThanOrEqualTo(minimum);
    }

    /**
     * How well a bank transcript's sequence of speakers agrees with its utterance truth, by surname:
     * twice their longest common subsequence over the two lengths (1 when they are the same).
     */
    static double speakerAgreement(Transcript t, Path truthFile) throws IOException {
        JsonNode truth = new ObjectMapper().readTree(truthFile.toFile());
        List<String> got = t.turns().stream().map(CorpusLayoutsTest::surname).toList();
        List<String> want = new ArrayList<>();
        for (JsonNode u : truth.get("utterances")) {
            String n = Normalizer.normalize(u.get("speaker").asText(), Normalizer.Form.NFD).replaceAll("[^A-Za-z ]", "")
                    .toLowerCase(Locale.ROOT).trim();
            want.add(n.equals("operator") ? "operator" : n.substring(n.lastIndexOf(' ') + 1));
        }
        return 2.0 * lcs(got, want) / (got.size() + want.size());
    }

    static Stream<Arguments> bankTruth() {
        return Stream.of(Arguments.of("ir-pdf-jpmorgan/JPM_2023Q1.txt", 1.0),
                Arguments.of("ir-pdf-citi/C_2023Q1.txt", 0.95),
                Arguments.of("ir-pdf-hsbc/HSBA_2025Q1.txt", 0.95),
                Arguments.of("ir-pdf-barclays/BARC_2025Q1.txt", 0.95),
                Arguments.of("ir-pdf-deutschebank/DB_2023Q1.txt", 0.95),
                Arguments.of("ir-pdf-bnp/BNP_2025Q1.txt", 0.95),
                Arguments.of("ir-pdf-bofa/BAC_2025Q1.txt", 0.9),
                Arguments.of("ir-pdf-td/TD_2023Q1.txt", 0.95),
                Arguments.of("ir-pdf-ubs/UBS_2023Q1.txt", 0.95));
    }

    /** The same article scraped twice, or machine-translated, gives the same turns. */
    @ParameterizedTest(name = "{0} = {1}")
    @MethodSource("sameArticle")
    void theSameArticleFromTwoScrapesGivesTheSameTurns(String a, String b) throws Exception {
        Transcript x = parse(a);
        Transcript y = parse(b);
        assertThat(speakers(y)).containsExactlyElementsOf(speakers(x));
        assertThat(qaStart(y)).isEqualTo(qaStart(x));
    }

    static Stream<Arguments> sameArticle() {
        return Stream.of(Arguments.of("seeking-alpha/ABT_2018Q1.txt", "seeking-alpha-cp1252/ABT_2018Q1.txt"),
                Arguments.of("seeking-alpha/MSFT_2018Q4.txt", "seeking-alpha-cp1252/MSFT_2018Q4.txt"),
                Arguments.of("motley-fool/MDB_2025Q1.txt", "motley-fool-bilingual/MDB_2025Q1.txt"));
    }

    /**
     * One call from two vendors: the vendors edit differently (one splits an answer in two, another
     * drops an operator line), so the test asks for the same first questioner, the same questioners in
     * the same order, and a speaker sequence that agrees at least 85%; it prints every difference.
     */
    @ParameterizedTest(name = "{0} ~ {1}")
    @MethodSource("sameCallTwoVendors")
    void theSameCallFromTwoVendorsGivesTheSameConversation(String a, String b) throws Exception {
        Transcript x = parse(a);
        Transcript y = parse(b);
        assertThat(qaStart(y)).isEqualTo(qaStart(x));
        assertThat(questioners(y)).containsExactlyElementsOf(questioners(x));
        List<String> sx = speakers(x);
        List<String> sy = speakers(y);
        int common = lcs(sx, sy);
        double agreement = 2.0 * common / (sx.size() + sy.size());
        System.out.printf(Locale.ROOT, "%s ~ %s: %d vs %d turns, agreement %.3f%n", a, b, sx.size(), sy.size(), agreement);
        printDifferences(x, y);
        assertThat(agreement).isGreaterThanOrEqualTo(0.85);
    }

    static Stream<Arguments> sameCallTwoVendors() {
        return Stream.of(Arguments.of("seeking-alpha/JPM_2012Q1.txt", "factiva-fd-wire/JPM_2012Q1.txt"),
                Arguments.of("seeking-alpha/MSFT_2021Q2.txt", "alphastreet-jsonld/MSFT_2021Q2.txt"),
                Arguments.of("seeking-alpha/GE_2018Q1.txt", "seeking-alpha-flattened/GE_2018Q1.txt"),
                Arguments.of("seeking-alpha/JPM_2015Q3.txt", "factiva-fd-wire/JPM_2015Q3.txt"),
                Arguments.of("factiva-fd-wire/JPM_2019Q3.txt", "motley-fool/JPM_2019Q3.txt"),
                Arguments.of("seeking-alpha/MMM_2019Q3.txt", "motley-fool/MMM_2019Q3.txt"));
    }

    private static Transcript parse(String relative) throws Exception {
        Path p = Corpus.require().resolve(relative);
        assumeThat(p).exists();
        return PARSER.read(p);
    }

    /** Speakers by surname (operator as such), with the section, so vendors' spellings compare equal. */
    private static List<String> speakers(Transcript t) {
        List<String> out = new ArrayList<>();
        for (Section s : t.sections()) {
            for (Turn turn : s.turns()) {
                out.add(surname(turn) + "/" + s.kind().name().charAt(0));
            }
        }
        return out;
    }

    private static String surname(Turn turn) {
        if (turn.role() == Role.OPERATOR) {
            return "operator";
        }
        String n = Normalizer.normalize(turn.speaker(), Normalizer.Form.NFD).replaceAll("[^A-Za-z ]", "")
                .toLowerCase(Locale.ROOT).trim();
        return n.substring(n.lastIndexOf(' ') + 1);
    }

    private static String qaStart(Transcript t) {
        Section qa = t.section(SectionKind.QUESTIONS_AND_ANSWERS).orElseThrow();
        Exchange first = qa.exchanges().get(0);
        return t.participant(first.questionerId()).map(CorpusLayoutsTest::lastWord).orElseThrow();
    }

    private static List<String> questioners(Transcript t) {
        List<String> out = new ArrayList<>();
        Section qa = t.section(SectionKind.QUESTIONS_AND_ANSWERS).orElseThrow();
        for (Exchange e : qa.exchanges()) {
            String who = t.participant(e.questionerId()).map(CorpusLayoutsTest::lastWord).orElseThrow();
            if (out.isEmpty() || !out.get(out.size() - 1).equals(who)) {
                out.add(who);
            }
        }
        return out;
    }

    private static String lastWord(Participant p) {
        String n = Normalizer.normalize(p.name(), Normalizer.Form.NFD).replaceAll("[^A-Za-z ]", "")
                .toLowerCase(Locale.ROOT).trim();
        return n.substring(n.lastIndexOf(' ') + 1);
    }

    private static int lcs(List<String> a, List<String> b) {
        int[][] m = new int[a.size() + 1][b.size() + 1];
        for (int i = 1; i <= a.size(); i++) {
            for (int j = 1; j <= b.size(); j++) {
                m[i][j] = a.get(i - 1).equals(b.get(j - 1)) ? m[i - 1][j - 1] + 1 : Math.max(m[i - 1][j], m[i][j - 1]);
            }
        }
        return m[a.size()][b.size()];
    }

    /** Prints each turn one source has and the other lacks, with its line in its own source. */
    private static void printDifferences(Transcript x, Transcript y) {
        List<Turn> tx = x.turns();
        List<Turn> ty = y.turns();
        List<String> sx = tx.stream().map(CorpusLayoutsTest::surname).toList();
        List<String> sy = ty.stream().map(CorpusLayoutsTest::surname).toList();
        int[][] m = new int[sx.size() + 1][sy.size() + 1];
        for (int i = sx.size() - 1; i >= 0; i--) {
            for (int j = sy.size() - 1; j >= 0; j--) {
                m[i][j] = sx.get(i).equals(sy.get(j)) ? m[i + 1][j + 1] + 1 : Math.max(m[i + 1][j], m[i][j + 1]);
            }
        }
        int i = 0;
        int j = 0;
        while (i < sx.size() || j < sy.size()) {
            if (i < sx.size() && j < sy.size() && sx.get(i).equals(sy.get(j))) {
                i++;
                j++;
            } else if (j >= sy.size() || i < sx.size() && m[i + 1][j] >= m[i][j + 1]) {
                System.out.printf("   only in %s: line %d %s%n", x.source().name(), tx.get(i).line(), tx.get(i).speaker());
                i++;
            } else {
                System.out.printf("   only in %s: line %d %s%n", y.source().name(), ty.get(j).line(), ty.get(j).speaker());
                j++;
            }
        }
    }
}
