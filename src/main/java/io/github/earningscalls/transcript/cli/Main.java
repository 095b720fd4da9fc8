package io.github.earningscalls.transcript.cli;

import io.github.earningscalls.transcript.TranscriptParseException;
import io.github.earningscalls.transcript.TranscriptParser;
import io.github.earningscalls.transcript.json.TranscriptJson;
import io.github.earningscalls.transcript.model.Transcript;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Command-line entry point: parses each file named on the command line and prints its JSON, one
 * document per line (or indented with {@code --pretty}). A file that fails is reported on standard
 * error as {@code file:line: message} and the others still run.
 *
 * <p>Exit codes: 0 all parsed, 1 some inputs failed, 2 usage error.
 *
 * @since 0.1.0
 */
public final class Main {
    private Main() {
    }

    /**
     * Runs the tool and exits with its status.
     *
     * @param args {@code [--pretty] [--strict] FILE...}
     */
    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /**
     * Runs the tool without exiting, for tests and embedding.
     *
     * @param args the command-line arguments
     * @param out  where the JSON goes
     * @param err  where errors and usage go
     * @return the exit status: 0 all parsed, 1 some inputs failed, 2 usage error
     */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        boolean pretty = false;
        boolean strict = false;
        List<Path> files = new ArrayList<>();
        for (String a : args) {
            switch (a) {
                case "--pretty" -> pretty = true;
                case "--strict" -> strict = true;
                case "-h", "--help" -> {
                    out.println(usage());
                    return 0;
                }
                default -> {
                    if (a.startsWith("-")) {
                        err.println("unknown option: " + a);
                        err.println(usage());
                        return 2;
                    }
                    files.add(Path.of(a));
                }
            }
        }
        if (files.isEmpty()) {
            err.println(usage());
            return 2;
        }
        TranscriptParser parser = TranscriptParser.builder().strict(strict).build();
        int failed = 0;
        Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        for (Path f : files) {
            try {
                Transcript t = parser.read(f);
                TranscriptJson.write(t, w, pretty);
                w.write('\n');
                w.flush();
            } catch (TranscriptParseException e) {
                failed++;
                err.println(e.getMessage());
            } catch (IOException e) {
                failed++;
                err.println(f + ": cannot read: " + e.getMessage());
            }
        }
        return failed == 0 ? 0 : 1;
    }

    private static String usage() {
        return "usage: transcript-parser [--pretty] [--strict] FILE...";
    }
}
