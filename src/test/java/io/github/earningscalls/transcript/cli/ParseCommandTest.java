package io.github.earningscalls.transcript.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.earningscalls.transcript.TranscriptParser;
import io.github.earningscalls.transcript.json.TranscriptJson;
import io.github.earningscalls.transcript.model.Transcript;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code parse}: JSON to standard output or a file, standard input, errors that name the file. */
class ParseCommandTest {
    @TempDir
    Path dir;

    @Test
    void printsOneCompactDocumentPerLine() throws Exception {
        List<Path> samples = Cli.samples();
        Cli.Result r = Cli.run("parse", samples.get(0).toString(), samples.get(1).toString());
        assertThat(r.exitCode()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(r.out().split("\n")).containsExactly(
                TranscriptJson.toJson(TranscriptParser.parse(samples.get(0))),
                TranscriptJson.toJson(TranscriptParser.parse(samples.get(1))));
    }

    @Test
    void readsStandardInputForADash() throws Exception {
        byte[] text = Files.readAllBytes(Cli.sample("meridian"));
        Cli.Result r = Cli.runWithInput(text, "parse", "-");
        assertThat(r.exitCode()).isZero();
        Transcript t = TranscriptJson.fromJson(r.out());
        assertThat(t.source().name()).isEqualTo("<stdin>");
        assertThat(t.turns()).hasSameSizeAs(TranscriptParser.parse(Cli.sample("meridian")).turns());
    }

    @Test
    void writesTheOutputFileWholeAndRefusesToReplaceIt() throws Exception {
        Path sample = Cli.sample("northwind");
        Path out = dir.resolve("call.json");
        assertThat(Cli.run("parse", "--pretty", "-o", out.toString(), sample.toString()).exitCode()).isZero();
        assertThat(Files.readString(out)).isEqualTo(TranscriptJson.toJson(TranscriptParser.parse(sample), true) + "\n");

        Files.writeString(out, "keep me");
        Cli.Result refused = Cli.run("parse", "-o", out.toString(), sample.toString());
        assertThat(refused.exitCode()).isEqualTo(2);
        assertThat(refused.err()).contains(out + ": exists (use --overwrite to replace it)");
        assertThat(Files.readString(out)).isEqualTo("keep me");

        assertThat(Cli.run("parse", "--overwrite", "-o", out.toString(), sample.toString()).exitCode()).isZero();
        assertThat(TranscriptJson.fromJson(Files.readString(out)).metadata().ticker()).isEqualTo("NWRB");
        assertThat(Cli.tree(dir)).containsExactly("call.json");
    }

    @Test
    void leavesNoOutputFileWhenNothingParsed() throws Exception {
        Path empty = Files.createFile(dir.resolve("empty.txt"));
        Path out = dir.resolve("out.json");
        Cli.Result r = Cli.run("parse", "-o", out.toString(), empty.toString());
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).contains(empty + ": the input is empty");
        assertThat(Cli.tree(dir)).containsExactly("empty.txt");
    }

    @Test
    void aBadFileIsReportedByNameAndTheOthersStillParse() throws Exception {
        Path binary = dir.resolve("binary.txt");
        Files.write(binary, new byte[] {'P', 'K', 3, 4, 0, 0, 0, 0, 1, 2, 0, 0});
        Path missing = dir.resolve("missing.txt");
        Path sample = Cli.sample("harbor");
        Cli.Result r = Cli.run("parse", binary.toString(), missing.toString(), dir.toString(), sample.toString());
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.out().lines()).hasSize(1);
        List<String> errors = r.err().lines().toList();
        assertThat(errors).hasSize(3);
        assertThat(errors.get(0)).matches(Pattern.quote(binary.toString()) + "(:\\d+)?: the input is binary.*");
        assertThat(errors.get(1)).isEqualTo(missing + ": no such file");
        assertThat(errors.get(2)).isEqualTo(dir + ": cannot read: is a folder (use 'batch' for folders)");
        assertThat(r.err()).doesNotContain("Exception", "\tat ");
    }

    @Test
    void strictFailsOnWarningsNamingTheLine() throws Exception {
        Path sample = Cli.sample("northwind");
        Cli.Result r = Cli.run("parse", "--strict", sample.toString());
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).startsWith(sample + ":").contains("strict");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void formatIsAnEnumValueInAnyCase() throws Exception {
        Path sample = Cli.sample("meridian");
        assertThat(Cli.run("parse", "--format", "seeking_alpha", sample.toString()).exitCode()).isZero();
        Cli.Result bad = Cli.run("parse", "--format", "NOPE", sample.toString());
        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.err()).contains("SEEKING_ALPHA");
    }

    @Test
    void maxInputBytesTakesUnitsAndFailsLargerInputs() throws Exception {
        Path sample = Cli.sample("meridian");
        Cli.Result tooBig = Cli.run("parse", "--max-input-bytes", "1K", sample.toString());
        assertThat(tooBig.exitCode()).isEqualTo(1);
        assertThat(tooBig.err().strip()).startsWith(sample + ": input of")
                .endsWith("exceeds the limit of 1024; raise it with --max-input-bytes");
        assertThat(Cli.run("parse", "--max-input-bytes", "1M", sample.toString()).exitCode()).isZero();
        assertThat(Cli.run("parse", "--max-input-bytes", "lots", sample.toString()).exitCode()).isEqualTo(2);
        assertThat(Cli.run("parse", "--max-input-bytes", "0", sample.toString()).exitCode()).isEqualTo(2);
    }

    @Test
    void outputIsUtf8WhateverThePlatformCharset() throws Exception {
        Path call = dir.resolve("accents.txt");
        Files.writeString(call, Cli.QUOTING_CALL.replace("Sven Larkspur", "Søren Lärkspur"), StandardCharsets.UTF_8);
        Cli.Result r = Cli.run("parse", call.toString());
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("Søren Lärkspur");
    }

    @Test
    void knownMetadataAndAFileNamePatternFillWhatTheTextLeavesOut() throws Exception {
        Path call = dir.resolve("TSLN_2019Q4.txt");
        Files.copy(Path.of("samples/inline-speakers/tessaline-bank-q4-2019.txt"), call);
        Cli.Result named = Cli.run("parse", "--file-name-pattern", "{ticker}_{year}Q{quarter}", call.toString());
        assertThat(named.exitCode()).isZero();
        Transcript t = TranscriptJson.fromJson(named.out());
        assertThat(t.metadata().ticker()).isEqualTo("TSLN");
        assertThat(named.out()).contains("\"ticker\":{\"origin\":\"FILE_NAME\"}");

        Path csv = dir.resolve("known.csv");
        Files.writeString(csv, "file,ticker,exchange\nTSLN_2019Q4.txt,TBC,\"NYSE\"\n");
        Cli.Result known = Cli.run("parse", "--known-metadata", csv.toString(), call.toString());
        assertThat(TranscriptJson.fromJson(known.out()).metadata().exchange()).isEqualTo("NYSE");

        Cli.Result bad = Cli.run("parse", "--file-name-pattern", "{tick}", call.toString());
        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.err()).contains("unknown placeholder {tick}");
    }
}
