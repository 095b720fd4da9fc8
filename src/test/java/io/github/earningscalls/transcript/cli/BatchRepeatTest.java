package io.github.earningscalls.transcript.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.earningscalls.transcript.json.TranscriptJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code batch} run again and again over a folder that grows: globs that select what users mean,
 * incremental runs, errors kept in their own file, and a summary that tells clean files from
 * files with ERROR diagnostics.
 */
class BatchRepeatTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    private Path in;

    /** A corpus-like tree: sources in folders, an EMPTY file at two depths, a drafts folder at two depths. */
    @BeforeEach
    void inputs() throws IOException {
        in = Files.createDirectories(tmp.resolve("calls"));
        Files.copy(Cli.sample("harbor"), Files.createDirectories(in.resolve("seeking-alpha")).resolve("harbor.txt"));
        Files.copy(Cli.sample("northwind"), in.resolve("seeking-alpha/northwind.txt"));
        Files.createFile(in.resolve("seeking-alpha/EMPTY_1.txt"));
        Files.createFile(in.resolve("EMPTY_top.txt"));
        Files.copy(Cli.sample("meridian"), Files.createDirectories(in.resolve("name-drafts")).resolve("meridian.txt"));
        Files.copy(Cli.sample("meridian"), Files.createDirectories(in.resolve("2024/name-old")).resolve("m.txt"));
    }

    private List<String> jsonlNames(String out) throws IOException {
        List<String> names = new ArrayList<>();
        for (String line : out.lines().toList()) {
            names.add(in.relativize(Path.of(TranscriptJson.fromJson(line).source().name())).toString());
        }
        return names;
    }

    @Test
    void aFolderGlobWithLeadingStarsAlsoMatchesAtTheTop() throws Exception {
        Cli.Result r = Cli.run("batch", in.toString(), "--jsonl", "-", "--exclude", "**/name*/**", "--exclude", "EMPTY*");
        assertThat(r.exitCode()).isZero();
        assertThat(jsonlNames(r.out())).containsExactly("seeking-alpha/harbor.txt", "seeking-alpha/northwind.txt");
        assertThat(r.err()).doesNotContain("warning");
    }

    @Test
    void aPatternWithoutSlashMatchesANameAtAnyDepth() throws Exception {
        Cli.Result r = Cli.run("batch", in.toString(), "--jsonl", "-", "--include", "EMPTY*");
        assertThat(r.counts()).containsExactly(2, 0, 0, 0, 0, 2, 0, 0);
        assertThat(r.err()).contains(in.resolve("EMPTY_top.txt") + ": the input is empty",
                in.resolve("seeking-alpha/EMPTY_1.txt") + ": the input is empty");

        Cli.Result folders = Cli.run("batch", in.toString(), "--jsonl", "-", "--exclude", "name-*", "--exclude", "EMPTY*");
        assertThat(jsonlNames(folders.out())).containsExactly("seeking-alpha/harbor.txt", "seeking-alpha/northwind.txt");

        Cli.Result anchored = Cli.run("batch", in.toString(), "--jsonl", "-", "--include", "seeking-alpha/*.txt",
                "--exclude", "/seeking-alpha/EMPTY*");
        assertThat(jsonlNames(anchored.out())).containsExactly("seeking-alpha/harbor.txt", "seeking-alpha/northwind.txt");
        assertThat(anchored.exitCode()).isZero();
    }

    @Test
    void aPatternThatMatchedNothingIsAWarning() {
        Cli.Result r = Cli.run("batch", in.toString(), "--jsonl", "-", "--exclude", "**/drafts/**",
                "--include", "**.txt", "--include", "*.TXT");
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err().lines().filter(l -> l.contains("warning"))).containsExactly(
                "batch: warning: --include '*.TXT' matched nothing under " + in,
                "batch: warning: --exclude '**/drafts/**' matched nothing under " + in);
        assertThat(Cli.run("batch", in.toString(), "--jsonl", "-").err()).doesNotContain("warning");
    }

    @Test
    void skipExistingParsesOnlyTheNewInputs() throws Exception {
        Path out = tmp.resolve("json");
        String[] args = {"batch", in.toString(), "--out", out.toString(), "--exclude", "EMPTY*", "--skip-existing"};
        Cli.Result first = Cli.run(args);
        assertThat(first.exitCode()).isZero();
        assertThat(first.counts()).containsExactly(4, 4, 3, 1, 0, 0, 0, first.summary()[3]);
        FileTime written = Files.getLastModifiedTime(out.resolve("seeking-alpha/harbor.json"));

        Files.copy(Cli.sample("harbor"), in.resolve("seeking-alpha/harbor-again.txt"));
        Cli.Result second = Cli.run(args);
        assertThat(second.exitCode()).isZero();
        assertThat(second.counts()).containsExactly(5, 1, 1, 0, 0, 0, 4, second.summary()[3]);
        assertThat(second.err().lines()).hasSize(1);
        assertThat(Files.getLastModifiedTime(out.resolve("seeking-alpha/harbor.json"))).isEqualTo(written);
        assertThat(Cli.tree(out)).contains("seeking-alpha/harbor-again.json");
    }

    @Test
    void aRerunWithoutOverwriteSaysWhatHappenedOnce() throws Exception {
        Path out = tmp.resolve("json");
        assertThat(Cli.run("batch", in.toString(), "--out", out.toString()).exitCode()).isEqualTo(1);
        Cli.Result again = Cli.run("batch", in.toString(), "--out", out.toString());
        assertThat(again.exitCode()).isEqualTo(1);
        assertThat(again.counts()).containsExactly(6, 0, 0, 0, 0, 2, 4, 0);
        assertThat(again.err().lines()).containsExactly(
                in.resolve("EMPTY_top.txt") + ": the input is empty",
                in.resolve("seeking-alpha/EMPTY_1.txt") + ": the input is empty",
                "batch: 4 input(s) not parsed: their output exists (the first: " + out.resolve("2024/name-old/m.json") + ")",
                "batch: pass --skip-existing to parse only the inputs without an output, or --overwrite to replace the outputs",
                again.err().lines().reduce((a, b) -> b).orElseThrow());
        assertThat(Cli.run("batch", in.toString(), "--out", out.toString(), "--skip-existing", "--overwrite").exitCode())
                .isEqualTo(2);
        assertThat(Cli.run("batch", in.toString(), "--jsonl", "-", "--skip-existing").err())
                .contains("--skip-existing applies to --out only");
    }

    @Test
    void outModeRecordsTheFailuresBesideTheOutputsOnEveryRun() throws Exception {
        Path out = tmp.resolve("json");
        Cli.run("batch", in.toString(), "--out", out.toString());
        List<String> errors = Files.readAllLines(out.resolve("errors.jsonl"));
        assertThat(errors).hasSize(2);
        assertThat(JSON.readTree(errors.get(0)).get("file").asText()).isEqualTo(in.resolve("EMPTY_top.txt").toString());

        Files.delete(in.resolve("EMPTY_top.txt"));
        Files.delete(in.resolve("seeking-alpha/EMPTY_1.txt"));
        Cli.Result clean = Cli.run("batch", in.toString(), "--out", out.toString(), "--skip-existing");
        assertThat(clean.exitCode()).isZero();
        assertThat(Files.readString(out.resolve("errors.jsonl"))).isEmpty();
    }

    @Test
    void errorsGoWhereTheyAreToldAndNeverIntoTheTranscripts() throws Exception {
        Path jsonl = tmp.resolve("out/calls");
        Cli.Result r = Cli.run("batch", in.toString(), "--jsonl", jsonl.toString());
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(Cli.tree(tmp.resolve("out"))).containsExactly("calls", "calls.errors.jsonl");
        for (String line : Files.readAllLines(jsonl)) {
            assertThat(JSON.readTree(line).has("schemaVersion")).isTrue();
        }

        Path errors = tmp.resolve("elsewhere/failed.jsonl");
        Cli.Result toStdout = Cli.run("batch", in.toString(), "--jsonl", "-", "--errors", errors.toString());
        assertThat(toStdout.out().lines()).hasSize(4).allSatisfy(l -> assertThat(l).startsWith("{\"schemaVersion\""));
        assertThat(Files.readAllLines(errors)).hasSize(2)
                .allSatisfy(l -> assertThat(ErrorRecordSchema.validate(l)).isEmpty());

        Cli.Result same = Cli.run("batch", in.toString(), "--jsonl", jsonl.toString(), "--overwrite",
                "--errors", jsonl.toString());
        assertThat(same.exitCode()).isEqualTo(2);
        assertThat(same.err()).contains("is the --jsonl file");
        assertThat(Cli.run("batch", in.toString(), "--jsonl", "-", "--errors", in.resolve("e.jsonl").toString())
                .err()).contains("--errors " + in.resolve("e.jsonl") + " is inside INPUT_DIR");
    }

    @Test
    void theSummaryCountsFilesWithErrorDiagnosticsApart() throws Exception {
        // A prepared remark that asks fifteen questions is one the checks flag as an ERROR.
        String flagged = Cli.QUOTING_CALL.replace("Volumes were flat.", "Volumes were flat. " + "Why? ".repeat(15));
        Files.writeString(in.resolve("seeking-alpha/flagged.txt"), flagged);
        Cli.Result r = Cli.run("batch", in.toString(), "--jsonl", "-", "--exclude", "EMPTY*");
        assertThat(r.exitCode()).isZero();
        assertThat(r.counts()).containsExactly(5, 5, 3, 1, 1, 0, 0, r.summary()[3]);
        assertThat(r.err()).contains("5 parsed (3 clean, 1 to review, 1 with errors), 0 failed, 0 skipped");
    }
}
