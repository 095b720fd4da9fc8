package io.github.earningscalls.transcript.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every parser limit has an option, and an input that passes one says which option raises it; the
 * command line never names a Java builder method, and a text in no known layout says so plainly.
 */
class LimitOptionsTest {
    /** An error line's reason, the part after {@code file:line: }, stays readable on one terminal line. */
    private static final int SHORT = 120;

    @TempDir
    Path dir;

    @Test
    void maxLineLength() throws Exception {
        Path call = Files.writeString(dir.resolve("long.txt"),
                Cli.QUOTING_CALL.replace("Volumes were flat.", "Volumes were flat." + " Really.".repeat(30)));
        Cli.Result r = Cli.run("parse", "--max-line-length", "100", call.toString());
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err().strip()).isEqualTo(call + ":10: line is 258 characters long, which exceeds the limit of 100; "
                + "raise it with --max-line-length");
        assertThat(Cli.run("parse", "--max-line-length", "1K", call.toString()).exitCode()).isZero();
        assertShort(r.err(), call);
    }

    @Test
    void maxTurns() throws Exception {
        Path sample = Cli.sample("meridian");
        Cli.Result r = Cli.run("stats", "--max-turns", "3", sample.toString());
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err().strip()).startsWith(sample + ":")
                .endsWith(": the transcript has more than 3 turns, which exceeds the limit of 3; raise it with --max-turns");
        assertShort(r.err(), sample);
    }

    @Test
    void maxDiagnostics() throws Exception {
        Path sample = Cli.sample("harbor");
        Cli.Result r = Cli.run("validate", "--min-severity", "INFO", "--max-diagnostics", "2", sample.toString());
        assertThat(r.out()).contains(sample + ": WARNING DIAGNOSTICS_TRUNCATED ")
                .contains(" more diagnostics were dropped (limit 2; raise it with --max-diagnostics)")
                .doesNotContain("Builder");
    }

    @Test
    void limitsMustBePositive() {
        for (String option : new String[] {"--max-line-length", "--max-turns", "--max-diagnostics", "--max-input-bytes"}) {
            Cli.Result r = Cli.run("parse", option, "0", "x.txt");
            assertThat(r.exitCode()).as(option).isEqualTo(2);
            assertThat(r.err()).as(option).contains(option).doesNotContain("Builder", "Exception");
        }
    }

    @Test
    void everyLimitIsInTheHelp() {
        String help = Cli.run("batch", "--help").out();
        assertThat(help).contains("--max-input-bytes", "--max-line-length", "--max-turns", "--max-diagnostics", "--format");
    }

    @Test
    void noKnownLayoutReadsAsNoneRatherThanAGuess() throws Exception {
        Path prose = Files.writeString(dir.resolve("prose.txt"),
                "This is an essay about markets.\n\nIt has paragraphs but nobody speaks in turns.\n");
        Cli.Result r = Cli.run("batch", dir.toString(), "--jsonl", "-", "-q");
        assertThat(r.err().lines().findFirst().orElseThrow()).matches(
                Pattern.quote(prose + ": no known transcript layout recognised; the closest, ")
                        + "[A-Z_0-9]+, has too little evidence \\(0\\.\\d\\d\\); see --format");
        assertShort(r.err(), prose);
        assertThat(r.err()).doesNotContain("best guess", "Builder");
    }

    @Test
    void aLimitPassedInValidateIsReadFailedWithTheOption() throws Exception {
        Path sample = Cli.sample("meridian");
        Cli.Result r = Cli.run("validate", "--max-input-bytes", "1K", sample.toString());
        assertThat(r.out().strip()).startsWith(sample + ": ERROR PARSE_FAILED input of ")
                .endsWith("raise it with --max-input-bytes");
    }

    private static void assertShort(String err, Path file) {
        for (String line : err.lines().toList()) {
            String reason = line.startsWith(file.toString()) ? line.substring(file.toString().length()) : line;
            if (!reason.startsWith("batch:")) {
                assertThat(reason.length()).as(line).isLessThanOrEqualTo(SHORT);
            }
        }
    }
}
