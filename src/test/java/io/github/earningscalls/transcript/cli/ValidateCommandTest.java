package io.github.earningscalls.transcript.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.earningscalls.transcript.TranscriptParser;
import io.github.earningscalls.transcript.model.Diagnostic;
import io.github.earningscalls.transcript.model.Severity;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code validate}: compiler-style diagnostics and the exit status policy. */
class ValidateCommandTest {
    private static final String LINE = "\\S+\\.txt(:\\d+)?: (INFO|WARNING|ERROR) [A-Z_]+ .+";

    @TempDir
    Path dir;

    @Test
    void printsWarningsLikeACompilerAndPasses() throws Exception {
        Path sample = Cli.sample("northwind");
        Cli.Result r = Cli.run("validate", sample.toString());
        assertThat(r.exitCode()).isZero();
        List<String> expected = TranscriptParser.parse(sample).diagnostics().stream()
                .filter(d -> d.severity() != Severity.INFO)
                .map(d -> sample + (d.line() > 0 ? ":" + d.line() : "") + ": " + d.severity() + " " + d.code() + " "
                        + d.message())
                .toList();
        assertThat(expected).isNotEmpty();
        assertThat(r.out().lines()).containsExactlyElementsOf(expected).allMatch(l -> l.matches(LINE));
        assertThat(r.err()).startsWith("validate: 1 files, 1 passed, 0 failed; 0 errors, ");
    }

    @Test
    void minSeverityInfoShowsEverything() throws Exception {
        Cli.Result r = Cli.run("validate", "--min-severity", "info", Cli.sample("northwind").toString());
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains(" INFO FORMAT_DETECTED ");
        assertThat(r.out().lines()).allMatch(l -> l.matches(LINE));
    }

    @Test
    void strictFailsOnWarnings() throws Exception {
        Path sample = Cli.sample("northwind");
        assertThat(TranscriptParser.parse(sample).diagnostics()).anyMatch(d -> d.severity() == Severity.WARNING);
        Cli.Result r = Cli.run("validate", "--strict", sample.toString(), sample.toString());
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).startsWith("validate: 2 files, 0 passed, 2 failed");
    }

    @Test
    void unparsableAndUnreadableInputsAreErrors() throws Exception {
        Path binary = Files.write(dir.resolve("binary.txt"), new byte[] {1, 0, 2, 0, 3, 0});
        Path missing = dir.resolve("missing.txt");
        Path good = Cli.sample("meridian");
        Cli.Result r = Cli.run("validate", binary.toString(), missing.toString(), good.toString());
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.out().lines()).allMatch(l -> l.matches(LINE));
        assertThat(r.out()).containsPattern(binary + "(:\\d+)?: ERROR PARSE_FAILED the input is binary")
                .contains(missing + ": ERROR READ_FAILED no such file");
        assertThat(r.err()).contains("3 files, 1 passed, 2 failed; 2 errors");
    }

    @Test
    void errorDiagnosticsFailEvenWithoutStrict() {
        Diagnostic info = new Diagnostic(Severity.INFO, "FORMAT_DETECTED", 1, "x");
        Diagnostic warning = new Diagnostic(Severity.WARNING, "ROSTER_MISSING", 0, "x");
        Diagnostic error = new Diagnostic(Severity.ERROR, "SOMETHING_LOST", 3, "x");
        assertThat(ValidateCommand.fails(List.of(info, warning), false)).isFalse();
        assertThat(ValidateCommand.fails(List.of(info, warning), true)).isTrue();
        assertThat(ValidateCommand.fails(List.of(info), true)).isFalse();
        assertThat(ValidateCommand.fails(List.of(error), false)).isTrue();
    }
}
