package io.github.earningscalls.transcript.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.earningscalls.transcript.Corpus;
import io.github.earningscalls.transcript.cli.Main;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.execution.SparkPlan;
import org.apache.spark.sql.execution.datasources.v2.BatchScanExec;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import scala.jdk.javaapi.CollectionConverters;

/**
 * The {@code transcript} data source on a local Spark session ({@code local[2]}): found by its short
 * name from Java and from SQL, the same rows as {@link SparkTranscripts#read} on the same files,
 * failures as rows, the parser's options, and pruning and pushed filters by what they save (the
 * scan's metrics: files read, turn rows built, JSON documents written). One session serves the class.
 */
class TranscriptSourceTest {
    private static final Path SAMPLES = Path.of("samples");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path tmp;

    private static SparkSession spark;
    /** The samples, one folder down, and three files that fail. */
    private static Path folder;
    private static int samples;
    private static TranscriptDatasets expected;

    @BeforeAll
    static void start() throws IOException {
        spark = LocalSpark.builder("TranscriptSourceTest", tmp)
                // The scans' metrics are read from the executed plan, which adaptive execution would wrap.
                .config("spark.sql.adaptive.enabled", "false")
                .getOrCreate();
        spark.sparkContext().setLogLevel("WARN");

        folder = Files.createDirectories(tmp.resolve("calls"));
        try (Stream<Path> layouts = Files.list(SAMPLES)) {
            for (Path layout : layouts.filter(Files::isDirectory).toList()) {
                Path into = Files.createDirectories(folder.resolve(layout.getFileName().toString()));
                try (Stream<Path> files = Files.list(layout)) {
                    for (Path sample : files.filter(p -> p.toString().endsWith(".txt")).toList()) {
                        Files.copy(sample, into.resolve(sample.getFileName()));
                        samples++;
                    }
                }
            }
        }
        Files.createFile(folder.resolve("empty.txt"));
        byte[] garbage = new byte[4096];
        new Random(7).nextBytes(garbage);
        Files.write(folder.resolve("garbage.txt"), garbage);
        Files.writeString(folder.resolve("no-speakers.txt"), "Revenue rose on higher volumes.\n".repeat(40),
                StandardCharsets.UTF_8);
        // Hidden, as Spark's file sources hide them: never read.
        Files.writeString(folder.resolve("_notes.txt"), "not a transcript");
        Files.writeString(Files.createDirectories(folder.resolve(".cache")).resolve("old.txt"), "not a transcript");

        expected = SparkTranscripts.read(spark, folder.toString());
    }

    @AfterAll
    static void stop() {
        LocalSpark.stop(spark, expected);
    }

    @Test
    void eachTableHasThePublishedSchemaAndTheRowsOfSparkTranscripts() {
        for (String table : List.of("transcripts", "turns", "pairs", "failures")) {
            Dataset<Row> read = spark.read().format("transcript").option("table", table).load(folder.toString());
            Dataset<Row> existing = switch (table) {
                case "transcripts" -> expected.transcripts();
                case "turns" -> expected.turns();
                case "pairs" -> expected.pairs();
                default -> expected.failures();
            };
            assertThat(read.schema()).as(table).isEqualTo(existing.schema());
            assertThat(sorted(read)).as(table).isEqualTo(sorted(existing));
        }
        assertThat(spark.read().format("transcript").load(folder.toString()).count()).isEqualTo(samples);
    }

    @Test
    void sqlReadsAViewOverTheSource() {
        spark.sql("CREATE OR REPLACE TEMPORARY VIEW sample_turns USING transcript OPTIONS (path '" + folder
                + "', table 'turns')");
        List<Row> byRole = spark.sql("SELECT role, count(*) AS turns, sum(words) AS words FROM sample_turns "
                + "GROUP BY role ORDER BY role").collectAsList();
        List<Row> existing = expected.turns().groupBy("role").agg(
                org.apache.spark.sql.functions.count("*"), org.apache.spark.sql.functions.sum("words"))
                .orderBy("role").collectAsList();
        assertThat(byRole).isEqualTo(existing).isNotEmpty();

        spark.sql("CREATE OR REPLACE TEMPORARY VIEW sample_failures USING transcript OPTIONS (path '" + folder
                + "', table 'failures')");
        assertThat(spark.sql("SELECT file, line, error FROM sample_failures ORDER BY file").collectAsList())
                .extracting(r -> Path.of(new org.apache.hadoop.fs.Path(r.getString(0)).toUri()).getFileName().toString(),
                        r -> r.getInt(1), r -> r.getString(2).substring(0, 18))
                .containsExactly(tuple("empty.txt", 0, "the input is empty"), tuple("garbage.txt", 1, "the input is binar"),
                        tuple("no-speakers.txt", 0, "no known transcrip"));
    }

    @Test
    void countOnTranscriptsBuildsNoTurnRowsAndNoJson() {
        // What Dataset.count() runs, kept as a Dataset so that its executed plan can be read.
        Dataset<Row> count = spark.read().format("transcript").load(folder.toString()).groupBy().count();
        assertThat(count.collectAsList().get(0).getLong(0)).isEqualTo(samples);
        assertThat(metrics(count)).containsEntry("filesRead", samples + 3L).containsEntry("turnRows", 0L)
                .containsEntry("jsonDocuments", 0L);
    }

    @Test
    void onlyTheColumnsAQueryUsesAreBuilt() {
        Dataset<Row> tickers = spark.read().format("transcript").load(folder.toString()).select("ticker");
        assertThat(tickers.collectAsList()).hasSize(samples);
        assertThat(metrics(tickers)).containsEntry("jsonDocuments", 0L);

        Dataset<Row> json = spark.read().format("transcript").load(folder.toString()).select("file", "json");
        assertThat(json.collectAsList()).hasSize(samples);
        assertThat(metrics(json)).containsEntry("jsonDocuments", (long) samples);
    }

    @Test
    void aFilterOnTheCallBuildsOnlyThatCallsTurns() {
        Dataset<Row> turns = spark.read().format("transcript").option("table", "turns").load(folder.toString())
                .where("ticker = 'NWRB' AND year = 2024");
        long expectedTurns = expected.turns().where("ticker = 'NWRB' AND year = 2024").count();
        assertThat(expectedTurns).isPositive();
        assertThat(turns.collectAsList()).hasSize((int) expectedTurns);
        assertThat(metrics(turns)).containsEntry("turnRows", expectedTurns).containsEntry("filesRead", samples + 3L);
        assertThat(scan(turns).scan().description())
                .contains("PushedFilters: [IsNotNull(ticker), IsNotNull(year), EqualTo(ticker,NWRB), EqualTo(year,2024)]");
    }

    @Test
    void pairsHaveTheValuesOfTheCommandLinesPairsTable() throws IOException {
        List<Row> read = spark.read().format("transcript").option("table", "pairs").load(folder.toString())
                .orderBy("file", "exchange_index", "question_turn").collectAsList();
        List<String> files = new ArrayList<>();
        try (Stream<Path> all = Files.walk(folder)) {
            // The samples, one folder down; not the broken files, nor what is hidden.
            all.filter(p -> Files.isRegularFile(p) && p.getParent().getParent().equals(folder)
                    && !p.getParent().getFileName().toString().startsWith(".")).map(Path::toString).sorted()
                    .forEach(files::add);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<String> args = new ArrayList<>(List.of("pairs", "--jsonl"));
        args.addAll(files);
        assertThat(Main.run(args.toArray(String[]::new), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8))).isZero();
        List<JsonNode> cli = new ArrayList<>();
        for (String line : out.toString(StandardCharsets.UTF_8).split("\n")) {
            cli.add(JSON.readTree(line));
        }

        assertThat(read).hasSameSizeAs(cli).hasSizeGreaterThan(samples);
        String[] columns = TranscriptSchemas.PAIRS.fieldNames();
        assertThat(cli.get(0).fieldNames()).toIterable().containsExactly(columns);
        for (int i = 0; i < read.size(); i++) {
            Row row = read.get(i);
            JsonNode want = cli.get(i);
            // The command line names a file as it was given, Spark as a URI.
            assertThat(Path.of(new org.apache.hadoop.fs.Path(row.getString(0)).toUri()))
                    .hasToString(want.get("file").asText());
            for (int c = 1; c < columns.length; c++) {
                Object value = row.get(c);
                JsonNode expectedValue = want.get(columns[c]);
                assertThat(value == null ? expectedValue.isNull()
                        : value instanceof Integer n ? expectedValue.isInt() && expectedValue.intValue() == n
                        : expectedValue.isTextual() && expectedValue.textValue().equals(value.toString()))
                        .as("%s of %s, pair %d: %s against %s", columns[c], want.get("file"), i, value, expectedValue)
                        .isTrue();
            }
        }
    }

    @Test
    void aFilterOnTheCallBuildsOnlyThatCallsPairs() {
        Dataset<Row> pairs = spark.read().format("transcript").option("table", "pairs").load(folder.toString())
                .where("ticker = 'NWRB'").select("question", "answer");
        long expectedPairs = expected.pairs().where("ticker = 'NWRB'").count();
        assertThat(expectedPairs).isPositive();
        assertThat(pairs.collectAsList()).hasSize((int) expectedPairs);
        assertThat(metrics(pairs)).containsEntry("pairRows", expectedPairs).containsEntry("turnRows", 0L)
                .containsEntry("filesRead", samples + 3L);
        assertThat(scan(pairs).scan().description()).contains("PushedFilters: [IsNotNull(ticker), EqualTo(ticker,NWRB)]");
    }

    @Test
    void aFilterOnATurnsColumnSkipsTheOtherTurns() {
        Dataset<Row> questions = spark.read().format("transcript").option("table", "turns").load(folder.toString())
                .where("kind = 'QUESTION' OR speaker IS NULL");
        long expectedTurns = expected.turns().where("kind = 'QUESTION'").count();
        assertThat(questions.count()).isEqualTo(expectedTurns);
        Dataset<Row> collected = questions.select("file", "turn");
        assertThat(collected.collectAsList()).hasSize((int) expectedTurns);
        assertThat(metrics(collected)).containsEntry("turnRows", expectedTurns);
    }

    @Test
    void aFilterOnTheFileLeavesOtherFilesUnread() {
        Dataset<Row> one = spark.read().format("transcript").load(folder.toString())
                .where("file LIKE '%northwind-robotics%'").select("ticker");
        assertThat(one.collectAsList()).extracting(r -> r.getString(0)).containsExactly("NWRB");
        assertThat(metrics(one)).containsEntry("filesRead", 1L);
    }

    @Test
    void theParsersSettingsAreOptions() throws IOException {
        List<Row> tooLarge = spark.read().format("transcript").option("table", "failures")
                .option("maxInputBytes", "12000").load(folder.toString()).where("error LIKE 'input of %'").collectAsList();
        assertThat(tooLarge).isNotEmpty().allSatisfy(r -> assertThat(r.getString(2)).endsWith(
                " bytes or more exceeds the maximum allowed (12000, from TranscriptParser.Builder.maxInputBytes)"));

        Dataset<Row> strict = spark.read().format("transcript").option("table", "failures").option("STRICT", "true")
                .load(folder.toString());
        assertThat(strict.count()).isGreaterThan(3);

        // What the caller knows about a file, from a CSV as the command line reads it.
        Path csv = Files.writeString(tmp.resolve("known.csv"), "file,ticker\ntessaline-bank-q4-2019.txt,TSLB\n");
        List<Row> known = spark.read().format("transcript").option("knownMetadata", csv.toString())
                .option("layout", "auto").load(folder.toString()).where("ticker = 'TSLB'").select("year").collectAsList();
        assertThat(known).extracting(r -> r.get(0)).containsExactly(2020);
    }

    @Test
    void severalPathsAndAGlobFilter() {
        Path seekingAlpha = folder.resolve("seeking-alpha");
        Path motleyFool = folder.resolve("motley-fool");
        Dataset<Row> both = spark.read().format("transcript").option("pathGlobFilter", "*.txt")
                .load(seekingAlpha.toString(), motleyFool.toString());
        assertThat(both.select("format").distinct().collectAsList()).extracting(r -> r.getString(0))
                .containsExactlyInAnyOrder("SEEKING_ALPHA", "MOTLEY_FOOL");
        Dataset<Row> none = spark.read().format("transcript").option("pathGlobFilter", "*.xml").load(folder.toString());
        assertThat(none.count()).isZero();
    }

    @Test
    void wrongOptionsAndMissingPathsFailOnLoadNamingThem() {
        assertThatThrownBy(() -> spark.read().format("transcript").option("table", "pair").load(folder.toString()))
                .hasMessageContaining("option table: no table 'pair'; the tables are transcripts, turns, pairs, failures");
        assertThatThrownBy(() -> spark.read().format("transcript").option("maxTurns", "many").load(folder.toString()))
                .hasMessage("option maxTurns: 'many' is not a whole number");
        assertThatThrownBy(() -> spark.read().format("transcript").option("openCostInBytes", "-1").load(folder.toString()))
                .hasMessage("option openCostInBytes: -1 is negative");
        assertThatThrownBy(() -> spark.read().format("transcript").option("layout", "FAX").load(folder.toString()))
                .hasMessageStartingWith("option layout: no layout 'FAX'; the layouts are AUTO, ");
        assertThatThrownBy(() -> spark.read().format("transcript").load(tmp.resolve("no-such-folder").toString()))
                .hasMessageStartingWith("Path does not exist: file:").hasMessageEndingWith("no-such-folder");
        assertThatThrownBy(() -> spark.read().format("transcript").load())
                .hasMessageContaining("no path");
    }

    @Test
    void theCorpusGivesTheRowsOfSparkTranscripts() {
        Path corpus = Corpus.require();
        String glob = corpus + "/*/*.txt";
        TranscriptDatasets existing = SparkTranscripts.read(spark, glob);
        try {
            for (String table : List.of("transcripts", "turns", "failures")) {
                Dataset<Row> read = spark.read().format("transcript").option("table", table).load(glob);
                Dataset<Row> old = switch (table) {
                    case "transcripts" -> existing.transcripts();
                    case "turns" -> existing.turns();
                    default -> existing.failures();
                };
                assertThat(sorted(read)).as(table).isEqualTo(sorted(old));
            }
        } finally {
            existing.unpersist();
        }
    }

    /** A table's rows in one order, whatever order the partitions gave them in. */
    private static List<Row> sorted(Dataset<Row> rows) {
        String[] columns = rows.columns();
        return rows.orderBy(columns[0], Stream.of(columns).skip(1).filter(c -> !c.equals("diagnostics")).toArray(String[]::new))
                .collectAsList();
    }

    /** The scan's metrics after a query ran, by name. */
    private static Map<String, Long> metrics(Dataset<Row> ran) {
        Map<String, Long> out = new HashMap<>();
        CollectionConverters.asJava(scan(ran).metrics()).forEach((name, metric) -> out.put(name, metric.value()));
        return out;
    }

    private static BatchScanExec scan(Dataset<Row> ran) {
        SparkPlan plan = ran.queryExecution().executedPlan();
        return CollectionConverters.asJava(plan.collectLeaves()).stream()
                .filter(BatchScanExec.class::isInstance).map(BatchScanExec.class::cast).findFirst().orElseThrow();
    }
}
