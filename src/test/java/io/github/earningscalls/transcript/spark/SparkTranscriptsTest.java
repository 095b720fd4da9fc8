package io.github.earningscalls.transcript.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.github.earningscalls.transcript.TranscriptParser;
import io.github.earningscalls.transcript.json.TranscriptJson;
import io.github.earningscalls.transcript.model.Section;
import io.github.earningscalls.transcript.model.Transcript;
import io.github.earningscalls.transcript.model.Turn;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructField;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link SparkTranscripts} on a local Spark session ({@code local[2]}), over the bundled samples and
 * over a folder of good and broken files: row counts, schemas, failures as rows, and turns and
 * transcripts that agree with {@link TranscriptParser} on the same files. One session serves the
 * whole class; Spark needs the JVM options in the Surefire configuration.
 */
class SparkTranscriptsTest {
    private static final Path SAMPLES = Path.of("samples");
    private static final TranscriptParser PARSER = TranscriptParser.builder().build();
    /** The broken files of the folder and the start of what the parser says about each. */
    private static final Map<String, String> BROKEN = Map.of(
            "empty.txt", "the input is empty",
            "garbage.txt", "the input is binary",
            "no-speakers.txt", "no known transcript layout recognised");

    @TempDir
    static Path tmp;

    private static SparkSession spark;
    private static Path folder;
    private static List<Path> samples;
    private static TranscriptDatasets parsed;

    @BeforeAll
    static void start() throws IOException {
        spark = LocalSpark.builder("SparkTranscriptsTest", tmp).getOrCreate();
        spark.sparkContext().setLogLevel("WARN");

        try (Stream<Path> files = Files.list(SAMPLES)) {
            samples = files.filter(Files::isDirectory).flatMap(SparkTranscriptsTest::texts).sorted().toList();
        }
        folder = Files.createDirectories(tmp.resolve("calls"));
        for (Path sample : samples) {
            // Nested one folder down, as archives are; one name with a space, which a URI must carry.
            Path layout = Files.createDirectories(folder.resolve(sample.getParent().getFileName().toString()));
            String name = sample.getFileName().toString().replace("northwind-robotics", "northwind robotics");
            Files.copy(sample, layout.resolve(name));
        }
        // One call whose header gives no date (its date line left blank), for the null year partition.
        Path dateless = folder.resolve("factset-callstreet").resolve("orrin-financial-q1-2023.txt");
        Files.writeString(dateless, Files.readString(dateless).replace("14-Apr-2023", ""));
        Files.createFile(folder.resolve("empty.txt"));
        byte[] garbage = new byte[4096];
        new Random(42).nextBytes(garbage);
        Files.write(folder.resolve("garbage.txt"), garbage);
        Files.writeString(folder.resolve("no-speakers.txt"), """
                The company reported revenue of four billion dollars.
                Margins improved on lower input costs.
                Guidance for the year was raised.
                The board approved a dividend.
                """.repeat(20), StandardCharsets.UTF_8);

        parsed = SparkTranscripts.read(spark, folder.toString());
    }

    private static Stream<Path> texts(Path dir) {
        try {
            return Files.list(dir).filter(p -> p.toString().endsWith(".txt")).toList().stream();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @AfterAll
    static void stop() {
        LocalSpark.stop(spark, parsed);
    }

    @Test
    void schemasAreThePublishedOnes() {
        assertThat(parsed.transcripts().schema()).isEqualTo(TranscriptSchemas.TRANSCRIPTS);
        assertThat(parsed.turns().schema()).isEqualTo(TranscriptSchemas.TURNS);
        assertThat(parsed.pairs().schema()).isEqualTo(TranscriptSchemas.PAIRS);
        assertThat(parsed.failures().schema()).isEqualTo(TranscriptSchemas.FAILURES);
        // The column names and types are a contract; a rename must show up here.
        assertThat(columns(parsed.transcripts())).containsExactly(
                "file string", "year int", "format string", "format_confidence double", "title string",
                "company string", "ticker string", "exchange string", "fiscal_quarter int", "fiscal_year int",
                "fiscal_period string", "event_type string", "call_date date", "call_time string",
                "time_zone string", "starts_at timestamp", "charset string", "bytes bigint", "lines int",
                "sha256 string", "fingerprint string", "participants int", "turns int", "words int",
                "exchanges int",
                "diagnostics array<struct<severity:string,code:string,line:int,message:string>>",
                "verdict string",
                "json string");
        assertThat(columns(parsed.turns())).containsExactly(
                "file string", "year int", "ticker string", "call_date date", "section string", "turn int",
                "speaker_id string", "speaker string", "role string", "kind string", "line int", "words int",
                "text string");
        assertThat(columns(parsed.pairs())).containsExactly(
                "file string", "ticker string", "call_date date", "fiscal_year int", "fiscal_quarter int",
                "fiscal_period string", "exchange_index int", "question_turn int", "questioner_id string",
                "questioner string", "questioner_role string", "questioner_affiliation string", "question_line int",
                "question_words int", "question string", "answer_turns int", "answerer_ids string",
                "answerers string", "answer_words int", "answer string");
        assertThat(columns(parsed.failures())).containsExactly("file string", "line int", "error string");
    }

    @Test
    void everyFileIsATranscriptOrAFailure() {
        assertThat(parsed.transcripts().count()).isEqualTo(samples.size());
        assertThat(parsed.failures().count()).isEqualTo(BROKEN.size());
        long expectedTurns = samples.stream().mapToLong(p -> parse(p).turns().size()).sum();
        assertThat(parsed.turns().count()).isEqualTo(expectedTurns);
        long expectedPairs = samples.stream()
                .mapToLong(p -> parse(p).questionsAndAnswers().map(s -> s.pairs().size()).orElse(0)).sum();
        assertThat(parsed.pairs().count()).isEqualTo(expectedPairs).isPositive();
        assertThat(strings(parsed.transcripts(), "file")).allMatch(f -> f.startsWith("file:/"))
                .hasSize(samples.size()).doesNotHaveDuplicates();
    }

    @Test
    void failuresAreRowsNamingTheFileWithTheParsersMessage() throws IOException {
        List<Row> failures = parsed.failures().collectAsList();
        Map<String, Row> byName = new HashMap<>();
        for (Row r : failures) {
            byName.put(local(r.getString(0)).getFileName().toString(), r);
        }
        assertThat(byName).containsOnlyKeys(BROKEN.keySet());
        for (Map.Entry<String, String> broken : BROKEN.entrySet()) {
            Row r = byName.get(broken.getKey());
            String file = r.getString(0);
            int line = r.getInt(1);
            String error = r.getString(2);
            assertThat(error).startsWith(broken.getValue()).isNotBlank();
            byte[] bytes = Files.readAllBytes(local(file));
            assertThatThrownBy(() -> PARSER.read(bytes, file))
                    .hasMessage(file + (line > 0 ? ":" + line : "") + ": " + error);
        }
    }

    @Test
    void turnsAgreeWithTheParserOnTheSameFiles() {
        Map<String, List<Row>> byFile = parsed.turns().collectAsList().stream()
                .collect(Collectors.groupingBy(r -> r.getString(0)));
        assertThat(byFile).hasSize(samples.size());
        for (Map.Entry<String, List<Row>> e : byFile.entrySet()) {
            Transcript t = parse(local(e.getKey()));
            List<Tuple> expected = new ArrayList<>();
            for (Section s : t.sections()) {
                for (int i = 0; i < s.turns().size(); i++) {
                    Turn turn = s.turns().get(i);
                    LocalDate date = t.metadata().date();
                    expected.add(tuple(date == null ? null : date.getYear(), t.metadata().ticker(),
                            date == null ? null : java.sql.Date.valueOf(date), s.kind().name(), i, turn.speakerId(),
                            turn.speaker(), turn.role().name(), turn.kind().name(), turn.line(), turn.wordCount(),
                            turn.plainText()));
                }
            }
            assertThat(e.getValue()).as(e.getKey())
                    .extracting(r -> tuple(r.get(1), r.get(2), r.get(3), r.get(4), r.get(5), r.get(6), r.get(7),
                            r.get(8), r.get(9), r.get(10), r.get(11), r.get(12)))
                    .containsExactlyElementsOf(expected);
        }
    }

    @Test
    void transcriptRowsAgreeWithTheParserAndCarryItsJson() throws Exception {
        for (Row r : parsed.transcripts().collectAsList()) {
            String file = r.getAs("file");
            Transcript t = PARSER.read(Files.readAllBytes(local(file)), file);
            LocalDate date = t.metadata().date();
            assertThat((Integer) r.getAs("year")).isEqualTo(date == null ? null : date.getYear());
            assertThat((String) r.getAs("format")).isEqualTo(t.source().format().name());
            assertThat((String) r.getAs("ticker")).isEqualTo(t.metadata().ticker());
            assertThat((String) r.getAs("event_type")).isEqualTo(t.metadata().eventType().name());
            assertThat((String) r.getAs("sha256")).isEqualTo(t.source().sha256());
            assertThat((Integer) r.getAs("participants")).isEqualTo(t.participants().size());
            assertThat((Integer) r.getAs("turns")).isEqualTo(t.turns().size());
            assertThat(r.getList(r.fieldIndex("diagnostics"))).hasSize(t.diagnostics().size());
            assertThat((String) r.getAs("json")).as(file).isEqualTo(TranscriptJson.toJson(t));
        }
    }

    @Test
    void samplesParseFromAGlob() {
        TranscriptDatasets fromGlob = SparkTranscripts.read(spark, SAMPLES.toAbsolutePath() + "/*/*.txt");
        try {
            assertThat(fromGlob.failures().count()).isZero();
            assertThat(fromGlob.transcripts().count()).isEqualTo(samples.size());
            List<Row> northwind = fromGlob.transcripts()
                    .where("ticker = 'NWRB'").select("year", "call_date", "fiscal_period").collectAsList();
            assertThat(northwind).extracting(r -> tuple(r.get(0), r.get(1), r.get(2)))
                    .containsExactly(tuple(2024, java.sql.Date.valueOf("2024-08-06"), "Q2 2024"));
        } finally {
            fromGlob.unpersist();
        }
    }

    @Test
    void javaTimeValuesWhenSparkIsSetToThem() {
        spark.conf().set("spark.sql.datetime.java8API.enabled", "true");
        try {
            TranscriptDatasets java8 = SparkTranscripts.read(spark, SAMPLES.toAbsolutePath() + "/seeking-alpha/*.txt");
            List<Row> rows = java8.transcripts().where("ticker = 'NWRB'").select("call_date", "starts_at").collectAsList();
            java8.unpersist();
            assertThat(rows).hasSize(1);
            assertThat(rows.get(0).get(0)).isEqualTo(LocalDate.of(2024, 8, 6));
            assertThat(rows.get(0).get(1)).hasToString("2024-08-06T21:00:00Z");
        } finally {
            spark.conf().unset("spark.sql.datetime.java8API.enabled");
        }
    }

    @Test
    void filesOverTheLimitFailUnread() {
        TranscriptParser small = TranscriptParser.builder().maxInputBytes(12_000).build();
        TranscriptDatasets limited = SparkTranscripts.read(spark, folder.toString(), small);
        try {
            List<Row> tooLarge = limited.failures().where("error like 'input of %'").collectAsList();
            long over = samples.stream().filter(p -> size(p) > 12_000).count();
            assertThat(over).isPositive();
            assertThat(tooLarge).hasSize((int) over);
            for (Row r : tooLarge) {
                long bytes = size(local(r.getString(0)));
                assertThat(r.getString(2)).isEqualTo("input of " + bytes
                        + " bytes or more exceeds the maximum allowed (12000, from TranscriptParser.Builder.maxInputBytes)");
            }
            assertThat(limited.transcripts().count()).isEqualTo(samples.size() - over);
        } finally {
            limited.unpersist();
        }
    }

    @Test
    void jobWritesParquetPartitionedByYear() throws IOException {
        Path out = tmp.resolve("out");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exitCode = SparkParseJob.run(spark, folder.toString(), out.toString(), false, new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(exitCode).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("spark-parse: " + (samples.size() + BROKEN.size())
                + " files, " + samples.size() + " parsed, " + BROKEN.size() + " failed, ");

        Dataset<Row> transcripts = spark.read().parquet(out.resolve("transcripts").toString());
        assertThat(transcripts.count()).isEqualTo(samples.size());
        assertThat(spark.read().parquet(out.resolve("turns").toString()).count()).isEqualTo(parsed.turns().count());
        assertThat(spark.read().parquet(out.resolve("failures").toString()).count()).isEqualTo(BROKEN.size());
        try (Stream<Path> years = Files.list(out.resolve("transcripts"))) {
            assertThat(years.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("year=")))
                    .contains("year=2024", "year=2019", "year=__HIVE_DEFAULT_PARTITION__");
        }

        int again = SparkParseJob.run(spark, folder.toString(), out.toString(), false, new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(again).isEqualTo(2);
        assertThat(SparkParseJob.run(spark, SAMPLES.toAbsolutePath() + "/*/*.txt", out.toString(), true,
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8))).isZero();
        assertThat(spark.read().parquet(out.resolve("failures").toString()).count()).isZero();

        ByteArrayOutputStream missing = new ByteArrayOutputStream();
        assertThat(SparkParseJob.run(spark, tmp.resolve("no-such-folder").toString(), tmp.resolve("out2").toString(),
                false, new PrintStream(missing, true, StandardCharsets.UTF_8))).isEqualTo(2);
        assertThat(missing.toString(StandardCharsets.UTF_8)).startsWith("spark-parse: INPUT ").contains("no-such-folder");
        assertThat(tmp.resolve("out2")).doesNotExist();
    }

    private static List<String> columns(Dataset<Row> df) {
        return Arrays.stream(df.schema().fields()).map(SparkTranscriptsTest::column).toList();
    }

    private static String column(StructField f) {
        return f.name() + " " + f.dataType().simpleString();
    }

    private static List<String> strings(Dataset<Row> df, String column) {
        return df.select(column).collectAsList().stream().map(r -> r.getString(0)).toList();
    }

    /** The local path of a file as the rows name it, a Hadoop path such as {@code file:/tmp/a b.txt}. */
    private static Path local(String file) {
        return Path.of(new org.apache.hadoop.fs.Path(file).toUri());
    }

    private static Transcript parse(Path p) {
        try {
            return TranscriptParser.parse(p);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static long size(Path p) {
        try {
            return Files.size(p);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
