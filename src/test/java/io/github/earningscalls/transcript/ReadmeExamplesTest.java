package io.github.earningscalls.transcript;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.earningscalls.transcript.json.TranscriptJson;
import io.github.earningscalls.transcript.model.CallMetadata;
import io.github.earningscalls.transcript.model.Exchange;
import io.github.earningscalls.transcript.model.Participant;
import io.github.earningscalls.transcript.model.QaPair;
import io.github.earningscalls.transcript.model.Quality;
import io.github.earningscalls.transcript.model.Role;
import io.github.earningscalls.transcript.model.Section;
import io.github.earningscalls.transcript.model.Transcript;
import io.github.earningscalls.transcript.model.Turn;
import io.github.earningscalls.transcript.model.Verdict;
import io.github.earningscalls.transcript.spark.SparkTranscripts;
import io.github.earningscalls.transcript.spark.TranscriptDatasets;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The Java examples of README and of the pages under {@code src/site/markdown} are copied from the marked
 * regions below, which compile with every build; these tests fail when the docs and the code drift apart,
 * so the examples cannot rot.
 */
class ReadmeExamplesTest {
    private static final Path README = Path.of("README.md");
    private static final Path SITE = Path.of("src/site/markdown");
    private static final Path THIS_FILE =
            Path.of("src/test/java/io/github/earningscalls/transcript/ReadmeExamplesTest.java");

    // Compiled, never run: call.txt does not exist here. The samples and the consumer integration
    // test (src/it/consumer) run the same calls on real files.
    @SuppressWarnings("unused")
    static void quickStart() throws Exception {
        // README: quick start
        Transcript t = TranscriptParser.parse(Path.of("call.txt"));
        CallMetadata m = t.metadata();              // a field the header does not print is null
        System.out.println(m.ticker() + " " + m.date() + ": " + t.participants().size() + " participants");
        t.turns().forEach(turn -> System.out.println(turn.line() + " " + turn.speaker() + " " + turn.kind()));
        String json = TranscriptJson.toJson(t);     // or TranscriptJson.write(t, writer, true)
        // README: end
    }

    @SuppressWarnings("unused")
    static void configuredParser() throws Exception {
        // README: builder
        TranscriptParser parser = TranscriptParser.builder()
                .strict(true)                       // warnings become a TranscriptParseException
                .format(TranscriptFormat.SEEKING_ALPHA)   // skip detection
                .maxInputBytes(16 << 20)
                .build();
        Transcript t = parser.read(Path.of("call.txt"));
        // README: end
    }

    @SuppressWarnings("unused")
    static void quality() throws Exception {
        // README: quality
        Transcript t = TranscriptParser.parse(Path.of("call.txt"));
        Quality q = t.quality();                    // CLEAN, REVIEW (warnings) or BROKEN (errors)
        if (q.verdict() != Verdict.CLEAN || q.wordsUnknownRole() > 0) {
            t.diagnostics().forEach(System.out::println);   // 112: WARNING SPEAKER_NOT_IN_ROSTER ...
        }
        // README: end
    }

    @SuppressWarnings("unused")
    static void walkTheQa() throws Exception {
        // README: q&a
        Transcript t = TranscriptParser.parse(Path.of("call.txt"));
        Section qa = t.questionsAndAnswers().orElseThrow();
        for (Exchange e : qa.exchanges()) {
            String analyst = t.participant(e.questionerId()).map(Participant::name).orElse("?");
            List<Turn> questions = qa.questions(e);  // the analyst's QUESTION turns
            List<Turn> answers = qa.answers(e);      // the replies; "Thank you." turns are ACKNOWLEDGMENT
        }
        List<QaPair> pairs = qa.pairs();             // each QUESTION with the ANSWER turns after it, up to the next
        List<Turn> company = t.turns(Role.CORPORATE); // what the company said, prepared remarks included
        // README: end
    }

    // Compiled, never run here: SparkTranscriptsTest runs the same calls on a local session.
    @SuppressWarnings("unused")
    static void onSpark(SparkSession spark) {
        // README: spark
        TranscriptDatasets parsed = SparkTranscripts.read(spark, "s3a://bucket/calls/*.txt");   // or a folder
        parsed.transcripts().write().partitionBy("year").parquet("out/transcripts");
        parsed.turns().write().partitionBy("year").parquet("out/turns");
        parsed.pairs().write().parquet("out/pairs");         // each Q&A question with its answers
        parsed.failures().write().parquet("out/failures");   // file, line, error: never lost
        parsed.unpersist();                                   // each file was parsed once, for all four
        // README: end
    }

    // Compiled, never run here: TranscriptSourceTest runs the same calls on a local session.
    @SuppressWarnings("unused")
    static void sparkSource(SparkSession spark) {
        // README: spark source
        Dataset<Row> turns = spark.read().format("transcript").option("table", "turns").load("s3a://bucket/calls/");
        turns.where("ticker = 'ACME' AND year >= 2020").write().parquet("out/acme-turns");
        // README: end
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"quick start", "builder", "quality", "q&a", "spark", "spark source"})
    void readmeShowsTheCompiledExample(String name) throws IOException {
        assertThat(javaBlocks(docs())).contains(region(name));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"quick start", "builder", "quality", "q&a"})
    void theLibraryQuickStartIsInReadmeItself(String name) throws IOException {
        assertThat(javaBlocks(Files.readString(README))).contains(region(name));
    }

    @Test
    void readmeLinksEveryReferencePageAndOnlyPagesThatExist() throws IOException {
        String readme = Files.readString(README);
        List<String> linked = new ArrayList<>();
        Matcher m = Pattern.compile("\\]\\((src/site/markdown/[^)#]*\\.md)[)#]").matcher(readme);
        while (m.find()) {
            linked.add(m.group(1));
            assertThat(Path.of(m.group(1))).as(m.group(1)).isRegularFile();
        }
        for (Path page : sitePages()) {
            assertThat(linked).as("README links %s", page).contains(page.toString().replace('\\', '/'));
        }
    }

    /**
     * PySpark cannot run here, so its lines are checked against the Java ones they translate: the same
     * calls, with Python's properties for Java's {@code read()} and {@code write()}.
     */
    @Test
    void thePySparkLinesAreTheJavaExampleInPython() throws IOException {
        StringBuilder python = new StringBuilder();
        for (String line : region("spark source").lines().toList()) {
            python.append(line.replace("Dataset<Row> ", "").replace(".read()", ".read").replace(".write()", ".write")
                    .replaceAll(";$", "")).append('\n');
        }
        assertThat(blocks(docs(), "python")).contains(python.toString());
    }

    @Test
    void quickStartIsFiveLines() throws IOException {
        assertThat(region("quick start").lines()).hasSize(5);
    }

    @Test
    void readmeCoordinatesNameThisVersion() throws IOException {
        String version = projectVersion();
        String readme = Files.readString(README);
        assertThat(readme)
                .contains("<groupId>io.github.earningscalls</groupId>\n"
                        + "  <artifactId>transcript-parser</artifactId>\n"
                        + "  <version>" + version + "</version>")
                .contains("implementation(\"io.github.earningscalls:transcript-parser:" + version + "\")");
    }

    /** The lines between {@code // README: name} and the next {@code // README: end}, unindented. */
    private static String region(String name) throws IOException {
        List<String> lines = Files.readAllLines(THIS_FILE);
        int start = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).trim().equals("// README: " + name)) {
                start = i + 1;
                break;
            }
        }
        assertThat(start).as("region %s in %s", name, THIS_FILE).isPositive();
        List<String> region = new ArrayList<>();
        for (int i = start; !lines.get(i).trim().equals("// README: end"); i++) {
            region.add(lines.get(i));
        }
        int indent = region.stream().mapToInt(l -> l.length() - l.stripLeading().length()).min().orElse(0);
        StringBuilder sb = new StringBuilder();
        for (String l : region) {
            sb.append(l.substring(indent)).append('\n');
        }
        return sb.toString();
    }

    /** README followed by every page under {@code src/site/markdown}, where the reference material lives. */
    private static String docs() throws IOException {
        StringBuilder sb = new StringBuilder(Files.readString(README));
        for (Path page : sitePages()) {
            sb.append('\n').append(Files.readString(page));
        }
        return sb.toString();
    }

    private static List<Path> sitePages() throws IOException {
        try (Stream<Path> pages = Files.list(SITE)) {
            List<Path> found = pages.filter(p -> p.toString().endsWith(".md")).sorted().toList();
            assertThat(found).as("pages in %s", SITE).isNotEmpty();
            return found;
        }
    }

    private static List<String> javaBlocks(String markdown) {
        return blocks(markdown, "java");
    }

    private static List<String> blocks(String markdown, String language) {
        Matcher m = Pattern.compile("```" + language + "\n(.*?)```", Pattern.DOTALL).matcher(markdown);
        List<String> blocks = new ArrayList<>();
        while (m.find()) {
            blocks.add(m.group(1));
        }
        return blocks;
    }

    /** The version Maven filtered into the command-line tool's resource. */
    private static String projectVersion() throws IOException {
        try (InputStream in = ReadmeExamplesTest.class
                .getResourceAsStream("/io/github/earningscalls/transcript/cli/version.properties")) {
            assertThat(in).as("version.properties").isNotNull();
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return p.getProperty("version");
        }
    }
}
