package io.github.earningscalls.transcript.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.earningscalls.transcript.TranscriptParser;
import io.github.earningscalls.transcript.json.TranscriptJson;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The command tree: help, version, usage errors and exit codes. */
class MainTest {
    @Test
    void versionComesFromTheBuild() {
        Cli.Result r = Cli.run("--version");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out().strip()).matches("transcript-parser \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?");
    }

    @ParameterizedTest
    @ValueSource(strings = {"parse", "batch", "validate", "stats", "turns", "calls", "pairs"})
    void everyCommandHasHelpAndVersion(String command) {
        Cli.Result help = Cli.run(command, "--help");
        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).startsWith("Usage: transcript-parser " + command).contains("Exit codes:");
        Cli.Result version = Cli.run(command, "--version");
        assertThat(version.exitCode()).isZero();
        assertThat(version.out()).isEqualTo(Cli.run("--version").out());
    }

    @Test
    void helpListsTheCommands() {
        Cli.Result r = Cli.run("help");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("parse", "batch", "validate", "stats", "turns", "calls", "pairs");
    }

    @Test
    void noCommandIsAUsageError() {
        Cli.Result r = Cli.run();
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("Missing required subcommand", "Try 'transcript-parser --help'");
    }

    @Test
    void unknownCommandSuggestsTheNearestOne() {
        Cli.Result r = Cli.run("stat", "x.txt");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("Unmatched argument", "stats");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void unknownOptionIsAUsageError() {
        Cli.Result r = Cli.run("parse", "--prety", "x.txt");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("--prety", "Try 'transcript-parser parse --help'");
    }

    @Test
    void missingFileArgumentIsAUsageError() {
        Cli.Result r = Cli.run("validate");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("FILE");
    }

    @Test
    void execPluginArgumentsPrintTheSampleJson() throws Exception {
        Path sample = Cli.sample("northwind");
        Cli.Result r = Cli.run("parse", "--pretty", sample.toString());
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).isEqualTo(TranscriptJson.toJson(TranscriptParser.parse(sample), true) + "\n");
    }

    @ParameterizedTest
    @ValueSource(strings = {"parse", "batch", "validate", "stats", "turns", "calls", "pairs"})
    void aNamedCommandIsBuiltAlone(String command) {
        assertThat(subcommands(command, "--help")).containsExactly("help", command);
    }

    @Test
    void aLoneVersionBuildsNoCommand() {
        assertThat(subcommands("--version")).containsExactly("help");
        assertThat(subcommands("-V")).containsExactly("help");
    }

    @ParameterizedTest
    @ValueSource(strings = {"help", "stat", "--help", "-V batch", "--version --help"})
    void anythingElseBuildsEveryCommandInHelpOrder(String args) {
        assertThat(subcommands(args.split(" "))).containsExactly("help", "parse", "batch", "validate", "stats", "turns", "calls",
                "pairs");
        assertThat(subcommands()).containsExactly("help", "parse", "batch", "validate", "stats", "turns", "calls",
                "pairs");
    }

    private static List<String> subcommands(String... args) {
        PrintWriter discard = new PrintWriter(Writer.nullWriter());
        StandardStreams io = new StandardStreams(InputStream.nullInputStream(), discard, discard, false);
        return List.copyOf(Main.commandLine(io, args).getSubcommands().keySet());
    }
}
