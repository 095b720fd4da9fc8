package io.github.earningscalls.transcript.cli;

import io.github.earningscalls.transcript.TranscriptParser;
import io.github.earningscalls.transcript.json.TranscriptJson;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code parse}: prints each input's JSON, one compact document per line (JSON Lines) or indented
 * with {@code --pretty}, to standard output or, written atomically, to {@code -o FILE}.
 */
@Command(name = "parse", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class, sortOptions = false,
        description = {
            "Parses transcripts and prints their JSON: one document per line, or indented with --pretty.",
            "A file that fails is reported on standard error as file:line: reason and the others go on."},
        exitCodeListHeading = "%nExit codes:%n", exitCodeList = {
            "0:every input parsed",
            "1:some inputs failed",
            "2:usage error, or -o FILE exists without --overwrite"})
final class ParseCommand implements Callable<Integer> {
    private final StandardStreams io;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Transcript files; - reads standard input.")
    List<String> files;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write to FILE instead of standard output; it appears only once complete.")
    Path output;

    @Option(names = "--overwrite", description = "Replace the -o FILE if it exists.")
    boolean overwrite;

    @Option(names = "--pretty", description = "Indent the JSON.")
    boolean pretty;

    @Option(names = "--strict", description = "Fail transcripts that raise warnings.")
    boolean strict;

    @Mixin
    ParserOptions parserOptions;

    ParseCommand(StandardStreams io) {
        this.io = io;
    }

    @Override
    public Integer call() throws IOException {
        TranscriptParser parser = parserOptions.parser(strict);
        if (output == null) {
            return writeAll(parser, io.out()).exitCode();
        }
        AtomicFile file;
        try {
            file = AtomicFile.create(output, overwrite);
        } catch (FileSystemException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        try (file) {
            Writer w = new BufferedWriter(new OutputStreamWriter(file.stream(), StandardCharsets.UTF_8));
            InputLoop.Result result = writeAll(parser, w);
            w.flush();
            // An empty output would look like a finished result to make-style tools, so none is left.
            if (result.parsed() > 0) {
                file.commit();
            }
            return result.exitCode();
        }
    }

    private InputLoop.Result writeAll(TranscriptParser parser, Writer w) throws IOException {
        return InputLoop.forEach(files, parser, io, (arg, t) -> {
            TranscriptJson.write(t, w, pretty);
            w.write('\n');
        });
    }
}
