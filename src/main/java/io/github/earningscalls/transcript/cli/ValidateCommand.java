package io.github.earningscalls.transcript.cli;

import io.github.earningscalls.transcript.TranscriptParseException;
import io.github.earningscalls.transcript.TranscriptParser;
import io.github.earningscalls.transcript.model.Diagnostic;
import io.github.earningscalls.transcript.model.Severity;
import io.github.earningscalls.transcript.model.Transcript;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code validate}: prints each input's diagnostics like a compiler, {@code file:line: SEVERITY CODE
 * message}, and fails the inputs that have errors, that cannot be parsed or, with {@code --strict},
 * that have warnings. The parse itself is always lenient, so that a strict run still lists every
 * warning rather than stopping at the first.
 */
@Command(name = "validate", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class, sortOptions = false,
        description = {
            "Checks transcripts and prints their diagnostics as file:line: SEVERITY CODE message.",
            "An input that cannot be parsed prints as file:line: ERROR PARSE_FAILED reason "
                    + "(READ_FAILED when it cannot be read). A count goes to standard error."},
        exitCodeListHeading = "%nExit codes:%n", exitCodeList = {
            "0:every input passed",
            "1:some input has an ERROR diagnostic, cannot be parsed, or (with --strict) has a WARNING",
            "2:usage error"})
final class ValidateCommand implements Callable<Integer> {
    /** The code printed for an input the parser rejected. */
    static final String PARSE_FAILED = "PARSE_FAILED";
    /** The code printed for an input that could not be read. */
    static final String READ_FAILED = "READ_FAILED";

    private final StandardStreams io;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Transcript files; - reads standard input.")
    List<String> files;

    @Option(names = "--strict", description = "Fail inputs that have warnings too.")
    boolean strict;

    @Option(names = "--min-severity", paramLabel = "LEVEL", defaultValue = "WARNING",
            description = "Print diagnostics of LEVEL and above: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Severity minSeverity;

    @Mixin
    ParserOptions parserOptions;

    ValidateCommand(StandardStreams io) {
        this.io = io;
    }

    @Override
    public Integer call() {
        TranscriptParser parser = parserOptions.parser(false);
        Map<Severity, Integer> counts = new EnumMap<>(Severity.class);
        int failed = 0;
        for (String arg : files) {
            String name = Sources.name(arg);
            Transcript t;
            try {
                t = Sources.read(parser, arg, io.in());
            } catch (Exception | StackOverflowError | OutOfMemoryError e) {
                failed++;
                counts.merge(Severity.ERROR, 1, Integer::sum);
                InputFailure f = InputFailure.of(name, Sources.path(arg), e);
                String code = e instanceof TranscriptParseException ? PARSE_FAILED : READ_FAILED;
                io.out().println(location(name, f.line()) + " " + Severity.ERROR + " " + code + " " + f.reason());
                continue;
            }
            for (Diagnostic d : t.diagnostics()) {
                counts.merge(d.severity(), 1, Integer::sum);
                if (d.severity().compareTo(minSeverity) >= 0) {
                    io.out().println(location(name, d.line()) + " " + d.severity() + " " + d.code() + " "
                            + Reasons.forCommandLine(d.message()));
                }
            }
            if (fails(t.diagnostics(), strict)) {
                failed++;
            }
            if (io.outClosed()) {
                return ExitCodes.INPUT_FAILED;
            }
        }
        io.out().flush();
        io.err().println(String.format(Locale.ROOT, "validate: %d files, %d passed, %d failed; %d errors, %d warnings, %d info",
                files.size(), files.size() - failed, failed, counts.getOrDefault(Severity.ERROR, 0),
                counts.getOrDefault(Severity.WARNING, 0), counts.getOrDefault(Severity.INFO, 0)));
        return failed == 0 ? ExitCodes.OK : ExitCodes.INPUT_FAILED;
    }

    /** Whether diagnostics fail an input: any error, or with {@code strict} any warning. */
    static boolean fails(List<Diagnostic> diagnostics, boolean strict) {
        Severity bar = strict ? Severity.WARNING : Severity.ERROR;
        return diagnostics.stream().anyMatch(d -> d.severity().compareTo(bar) >= 0);
    }

    /** {@code file:line:}, or {@code file:} for a problem that concerns the whole input. */
    private static String location(String name, int line) {
        return name + (line > 0 ? ":" + line : "") + ":";
    }
}
