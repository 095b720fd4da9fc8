package io.github.earningscalls.transcript.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.earningscalls.transcript.TranscriptParser;
import io.github.earningscalls.transcript.json.TranscriptJson;
import io.github.earningscalls.transcript.model.Transcript;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code batch} over a folder of good, bad and nested inputs: outputs, error records, counts,
 * atomic and refused writes.
 */
class BatchCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    private Path in;

    /**
     * The input tree: three samples (two nested), five inputs that must fail, and two entries that are
     * not inputs at all.
     */
    @BeforeEach
    void inputs() throws IOException {
        in = Files.createDirectories(tmp.resolve("in"));
        Files.copy(Cli.sample("harbor"), in.resolve("harbor.txt"));
        Files.copy(Cli.sample("northwind"), Files.createDirectories(in.resolve("a")).resolve("northwind.txt"));
        Files.copy(Cli.sample("meridian"), Files.createDirectories(in.resolve("b/c")).resolve("meridian.txt"));
        Files.createFile(in.resolve("empty.txt"));
        Files.write(in.resolve("binary.txt"), new byte[] {0x7f, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0});
        Files.createSymbolicLink(in.resolve("dangling.txt"), in.resolve("deleted-long-ago.txt"));
        Files.createSymbolicLink(in.resolve("b/folder-link.txt"), in.resolve("a"));
        String huge = Files.readString(Cli.sample("northwind")).repeat(8);
        Files.writeString(in.resolve("b/huge.txt"), huge);
        Files.writeString(in.resolve("notes.md"), "not a transcript, and not included");
        Files.createDirectories(in.resolve("empty-folder"));
    }

    private static final int INPUTS = 8;
    private static final String LIMIT = "64K";

    @Test
    void jsonlHoldsTranscriptsInPathOrderAndTheErrorsFileTheFailures() throws Exception {
        Path jsonl = tmp.resolve("out/all.jsonl");
        Cli.Result r = Cli.run("batch", in.toString(), "--jsonl", jsonl.toString(), "--max-input-bytes", LIMIT);
        assertThat(r.exitCode()).isEqualTo(1);
        long[] s = r.summary();
        assertThat(s[0]).isEqualTo(INPUTS).isEqualTo(s[1] + s[2]);
        assertThat(s[1]).isEqualTo(3);

        List<String> files = new ArrayList<>();
        long turns = 0;
        for (String line : Files.readAllLines(jsonl)) {
            Transcript t = TranscriptJson.fromJson(line);
            files.add(t.source().name());
            turns += t.turns().size();
        }
        assertThat(files).containsExactly(
                in.resolve("a/northwind.txt").toString(),
                in.resolve("b/c/meridian.txt").toString(),
                in.resolve("harbor.txt").toString());
        assertThat(turns).isEqualTo(s[3]);

        List<String> errors = Files.readAllLines(tmp.resolve("out/all.errors.jsonl"));
        List<String> failed = new ArrayList<>();
        for (String line : errors) {
            JsonNode node = JSON.readTree(line);
            assertThat(node.properties()).extracting(e -> e.getKey()).containsExactly("file", "line", "error");
            assertThat(node.get("line").isInt()).isTrue();
            assertThat(ErrorRecordSchema.validate(line)).isEmpty();
            failed.add(node.get("file").asText());
        }
        assertThat(failed).containsExactly(
                in.resolve("b/folder-link.txt").toString(),
                in.resolve("b/huge.txt").toString(),
                in.resolve("binary.txt").toString(),
                in.resolve("dangling.txt").toString(),
                in.resolve("empty.txt").toString());
        assertThat(error(errors, "empty.txt")).isEqualTo("the input is empty");
        assertThat(error(errors, "binary.txt")).startsWith("the input is binary");
        assertThat(error(errors, "dangling.txt")).isEqualTo("broken symbolic link");
        assertThat(error(errors, "folder-link.txt")).isEqualTo("cannot read: is a folder");
        assertThat(error(errors, "huge.txt")).endsWith("exceeds the limit of 65536; raise it with --max-input-bytes");

        assertThat(r.err()).contains(in.resolve("dangling.txt") + ": broken symbolic link",
                in.resolve("empty.txt") + ": the input is empty");
        assertThat(r.err()).doesNotContain("Exception", "\tat ", "Builder");
        assertThat(Cli.tree(tmp.resolve("out"))).containsExactly("all.errors.jsonl", "all.jsonl");
    }

    @Test
    void streetEventsXmlIsReadByDefaultAndOtherXmlIsLeftOut() throws Exception {
        Path xmlIn = Files.createDirectories(tmp.resolve("xml-in"));
        Files.copy(Path.of("samples/streetevents/brightwater-orchards-q1-2021.xml"), xmlIn.resolve("story.xml"));
        Files.writeString(xmlIn.resolve("sitemap.xml"), "<?xml version=\"1.0\"?>\n<urlset><url>a</url></urlset>\n");
        Files.writeString(xmlIn.resolve("broken.xml"), "<?xml version=\"1.0\"?>\n<Event>\n<EventStory>\n");
        Path out = tmp.resolve("xml-json");
        Cli.Result r = Cli.run("batch", xmlIn.toString(), "--out", out.toString());
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.summary()).containsExactly(2, 1, 1, r.summary()[3]);
        assertThat(Cli.tree(out)).containsExactly("errors.jsonl", "story.json");
        assertThat(r.err()).contains("batch: 1 .xml file(s) left out, not StreetEvents transcripts (first: "
                + xmlIn.resolve("sitemap.xml") + ")");
        assertThat(r.err()).contains(xmlIn.resolve("broken.xml") + ":4: not a readable StreetEvents XML file: "
                + "<EventStory> (line 3) is never closed");
        assertThat(r.err()).doesNotContain("Exception", "\tat ");
        Transcript t = TranscriptJson.fromJson(Files.readString(out.resolve("story.json")));
        assertThat(t.source().format().name()).isEqualTo("STREETEVENTS");
        assertThat(t.metadata().isin()).isEqualTo("NZ9999999991");
    }

    @Test
    void outMirrorsTheInputTree() throws Exception {
        Path out = tmp.resolve("json");
        Cli.Result r = Cli.run("batch", in.toString(), "--out", out.toString(), "--max-input-bytes", LIMIT, "-j", "3");
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.summary()).containsExactly(INPUTS, 3, 5, r.summary()[3]);
        assertThat(Cli.tree(out)).containsExactly("a/northwind.json", "b/c/meridian.json", "errors.jsonl", "harbor.json");
        assertThat(Files.readAllLines(out.resolve("errors.jsonl"))).hasSize(5)
                .allSatisfy(line -> assertThat(ErrorRecordSchema.validate(line)).isEmpty());
        Transcript t = TranscriptJson.fromJson(Files.readString(out.resolve("a/northwind.json")));
        assertThat(t).isEqualTo(TranscriptParser.parse(in.resolve("a/northwind.txt")));
    }

    @Test
    void anExistingOutputIsReplacedOnlyWithOverwrite() throws Exception {
        Path out = tmp.resolve("json");
        Files.createDirectories(out.resolve("a"));
        Files.writeString(out.resolve("a/northwind.json"), "an earlier result");
        Cli.Result r = Cli.run("batch", in.toString(), "--out", out.toString(), "--max-input-bytes", LIMIT);
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.counts()).containsExactly(INPUTS, 2, 2, 0, 0, 5, 1, r.summary()[3]);
        assertThat(r.err()).contains("batch: 1 input(s) not parsed: their output exists (the first: "
                + out.resolve("a/northwind.json") + ")", "pass --skip-existing", "or --overwrite");
        assertThat(r.err()).doesNotContain(in.resolve("a/northwind.txt").toString());
        assertThat(Files.readString(out.resolve("a/northwind.json"))).isEqualTo("an earlier result");
        assertThat(Cli.tree(out)).containsExactly("a/northwind.json", "b/c/meridian.json", "errors.jsonl", "harbor.json");

        Cli.Result again = Cli.run("batch", in.toString(), "--out", out.toString(), "--overwrite", "--max-input-bytes", LIMIT);
        assertThat(again.summary()).containsExactly(INPUTS, 3, 5, again.summary()[3]);
        assertThat(TranscriptJson.fromJson(Files.readString(out.resolve("a/northwind.json"))).metadata().ticker())
                .isEqualTo("NWRB");
    }

    @Test
    void aFailedWriteLeavesNoTemporaryOrPartialFile() throws Exception {
        Path out = tmp.resolve("json");
        // The output path of one input is a folder: its write fails after the parse, mid-batch.
        Files.createDirectories(out.resolve("b/c/meridian.json"));
        Files.writeString(out.resolve("b/c/meridian.json/keep.txt"), "unrelated");
        Cli.Result r = Cli.run("batch", in.toString(), "--out", out.toString(), "--overwrite", "--max-input-bytes", LIMIT);
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.summary()).containsExactly(INPUTS, 2, 6, r.summary()[3]);
        assertThat(r.err()).contains(in.resolve("b/c/meridian.txt") + ": cannot write output "
                + out.resolve("b/c/meridian.json") + ": is a folder");
        assertThat(Cli.tree(out)).containsExactly("a/northwind.json", "b/c/meridian.json/keep.txt", "errors.jsonl",
                "harbor.json");
    }

    @Test
    void jsonlIsWrittenWholeOrNotAtAll() throws Exception {
        Path jsonl = tmp.resolve("all.jsonl");
        Files.writeString(jsonl, "an earlier run\n");
        Cli.Result refused = Cli.run("batch", in.toString(), "--jsonl", jsonl.toString());
        assertThat(refused.exitCode()).isEqualTo(2);
        assertThat(refused.err()).contains(jsonl + ": exists (use --overwrite to replace it)");
        assertThat(Files.readString(jsonl)).isEqualTo("an earlier run\n");

        Path underAFile = jsonl.resolve("nested.jsonl");
        Cli.Result impossible = Cli.run("batch", in.toString(), "--jsonl", underAFile.toString());
        assertThat(impossible.exitCode()).isEqualTo(2);
        assertThat(impossible.err()).contains(jsonl + ": is a file, not a folder");

        Cli.Result replaced = Cli.run("batch", in.toString(), "--jsonl", jsonl.toString(), "--overwrite");
        assertThat(replaced.exitCode()).isEqualTo(1);
        assertThat(Files.readAllLines(jsonl)).hasSize(INPUTS - 4);
        assertThat(Cli.tree(tmp).stream().filter(f -> !f.startsWith("in/"))).containsExactly("all.errors.jsonl", "all.jsonl");
    }

    @Test
    void refusesToWriteIntoItsInputFolderUnlessAllowed() throws Exception {
        Path out = in.resolve("json");
        Cli.Result refused = Cli.run("batch", in.toString(), "--out", out.toString());
        assertThat(refused.exitCode()).isEqualTo(2);
        assertThat(refused.err()).contains("is inside INPUT_DIR", "--allow-output-in-input");
        assertThat(out).doesNotExist();
        assertThat(Cli.run("batch", in.toString(), "--out", in.toString()).exitCode()).isEqualTo(2);
        assertThat(Cli.run("batch", in.toString(), "--jsonl", in.resolve("all.jsonl").toString()).exitCode()).isEqualTo(2);

        String[] allowed = {"batch", in.toString(), "--out", out.toString(), "--allow-output-in-input",
            "--include", "**", "--overwrite", "--max-input-bytes", LIMIT};
        assertThat(Cli.run(allowed).summary()[0]).isEqualTo(INPUTS + 1);
        // A second run must not read the first run's outputs back as inputs.
        assertThat(Cli.run(allowed).summary()[0]).isEqualTo(INPUTS + 1);
    }

    @Test
    void includeAndExcludeAreGlobsRelativeToTheInputFolder() throws Exception {
        Path jsonl = tmp.resolve("some.jsonl");
        Cli.Result r = Cli.run("batch", in.toString(), "--jsonl", jsonl.toString(),
                "--include", "*/*.txt", "--exclude", "b/**");
        assertThat(r.exitCode()).isZero();
        assertThat(r.summary()).containsExactly(1, 1, 0, r.summary()[3]);
        assertThat(TranscriptJson.fromJson(Files.readAllLines(jsonl).get(0)).metadata().ticker()).isEqualTo("NWRB");

        assertThat(Cli.run("batch", in.toString(), "--jsonl", "-", "--include", "*.md").summary())
                .containsExactly(1, 0, 1, 0);
        Cli.Result badGlob = Cli.run("batch", in.toString(), "--jsonl", "-", "--include", "a/[b");
        assertThat(badGlob.exitCode()).isEqualTo(2);
        assertThat(badGlob.err()).contains("invalid glob 'a/[b'");
    }

    @Test
    void aFolderNamedLikeATranscriptIsSearchedNotParsed() throws Exception {
        Files.copy(Cli.sample("harbor"), Files.createDirectories(in.resolve("2019.txt")).resolve("inner.txt"));
        Cli.Result r = Cli.run("batch", in.toString(), "--jsonl", "-", "--max-input-bytes", LIMIT);
        assertThat(r.summary()).containsExactly(INPUTS + 1, 4, 5, r.summary()[3]);
        assertThat(r.out()).contains("\"name\":\"" + in.resolve("2019.txt/inner.txt") + "\"");
    }

    @Test
    void aLinkedInputFolderIsWalkedAndNamedAsGiven() throws Exception {
        Path link = Files.createSymbolicLink(tmp.resolve("calls"), in);
        Cli.Result r = Cli.run("batch", link.toString(), "--jsonl", "-", "--include", "a/**");
        assertThat(r.summary()).containsExactly(1, 1, 0, r.summary()[3]);
        assertThat(TranscriptJson.fromJson(r.out()).source().name()).isEqualTo(link.resolve("a/northwind.txt").toString());
        assertThat(Cli.run("batch", link.toString(), "--out", in.resolve("json").toString()).exitCode()).isEqualTo(2);
    }

    @Test
    void outputIsTheSameWhateverTheThreadCount() throws Exception {
        Cli.Result one = Cli.run("batch", in.toString(), "--jsonl", "-", "--threads", "1", "--max-input-bytes", LIMIT);
        Cli.Result four = Cli.run("batch", in.toString(), "--jsonl", "-", "--threads", "4", "--max-input-bytes", LIMIT);
        assertThat(one.out().lines()).hasSize(3);
        assertThat(four.out()).isEqualTo(one.out());
    }

    @Test
    void aFolderLargeEnoughForSeveralWorkersKeepsItsOrder() throws Exception {
        // Sparse files: their size asks for several workers, and the input limit fails them before any is read.
        for (int i = 0; i < 6; i++) {
            try (RandomAccessFile big = new RandomAccessFile(in.resolve("big-" + i + ".txt").toFile(), "rw")) {
                big.setLength(WorkerCount.BYTES_PER_WORKER);
            }
        }
        Cli.Result one = Cli.run("batch", in.toString(), "--jsonl", "-", "--threads", "1", "--max-input-bytes", LIMIT);
        Cli.Result four = Cli.run("batch", in.toString(), "--jsonl", "-", "--threads", "4", "--max-input-bytes", LIMIT);
        assertThat(one.out().lines()).hasSize(3);
        assertThat(one.err().lines().filter(l -> l.contains("big-"))).hasSize(6);
        assertThat(four.out()).isEqualTo(one.out());
        assertThat(four.summary()).containsExactly(one.summary());
    }

    @Test
    void strictFailsTranscriptsWithWarnings() throws Exception {
        Path errors = tmp.resolve("strict.errors.jsonl");
        Cli.Result r = Cli.run("batch", in.toString(), "--jsonl", "-", "--strict", "--include", "a/northwind.txt",
                "--errors", errors.toString());
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.summary()).containsExactly(1, 0, 1, 0);
        assertThat(r.out()).isEmpty();
        assertThat(Files.readString(errors)).contains("\"error\":\"strict mode rejects");
    }

    @Test
    void anEmptySelectionSaysSo() {
        Cli.Result r = Cli.run("batch", in.resolve("empty-folder").toString(), "--jsonl", "-");
        assertThat(r.exitCode()).isZero();
        assertThat(r.err()).contains("no file under", "matches **.txt");
        assertThat(r.summary()).containsExactly(0, 0, 0, 0);
    }

    @Test
    void usageErrorsExitWithTwo() {
        String dir = in.toString();
        assertThat(Cli.run("batch", dir).exitCode()).isEqualTo(2);
        assertThat(Cli.run("batch", dir, "--out", tmp.resolve("x").toString(), "--jsonl", "-").exitCode()).isEqualTo(2);
        assertThat(Cli.run("batch", dir, "--jsonl", "-", "--threads", "0").exitCode()).isEqualTo(2);
        assertThat(Cli.run("batch", dir, "--jsonl", "-", "--pretty").exitCode()).isEqualTo(2);
        assertThat(Cli.run("batch", tmp.resolve("nowhere").toString(), "--jsonl", "-").err()).contains("no such folder");
        Cli.Result file = Cli.run("batch", in.resolve("harbor.txt").toString(), "--jsonl", "-");
        assertThat(file.exitCode()).isEqualTo(2);
        assertThat(file.err()).contains("use 'parse' for files");
    }

    private static String error(List<String> lines, String fileName) throws IOException {
        for (String line : lines) {
            JsonNode node = JSON.readTree(line);
            if (node.has("error") && node.get("file").asText().endsWith(fileName)) {
                return node.get("error").asText();
            }
        }
        throw new AssertionError("no error record for " + fileName);
    }
}
