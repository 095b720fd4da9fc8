package io.github.earningscalls.transcript.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;
import picocli.CommandLine;

/**
 * The {@code transcript-parser} command-line tool.
 *
 * <pre>
 * transcript-parser parse --pretty call.txt
 * transcript-parser batch transcripts/ --jsonl all.jsonl
 * transcript-parser validate --strict *.txt
 * transcript-parser stats call.txt
 * transcript-parser turns --tsv *.txt
 * transcript-parser calls --jsonl all.jsonl
 * transcript-parser pairs transcripts/
 * </pre>
 *
 * <p>Exit codes: 0 every input was processed, 1 some inputs failed, 2 usage error. Output is
 * UTF-8; messages name the file and line and never carry a stack trace.
 *
 * @since 0.1.0
 */
public final class Main {
    private Main() {
    }

    /**
     * Runs the tool and exits with its status.
     *
     * @param args a command and its arguments, for example {@code parse --pretty call.txt}
     */
    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /**
     * Runs the tool without exiting, reading {@code -} arguments from {@link System#in}.
     *
     * @param args the command-line arguments
     * @param out  where results go
     * @param err  where errors, progress and usage go
     * @return the exit status: 0 every input was processed, 1 some inputs failed, 2 usage error
     */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        return run(args, System.in, out, err);
    }

    /**
     * Runs the tool without exiting, for tests and embedding.
     *
     * @param args the command-line arguments
     * @param in   what {@code -} arguments read
     * @param out  where results go
     * @param err  where errors, progress and usage go
     * @return the exit status: 0 every input was processed, 1 some inputs failed, 2 usage error
     */
    public static int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
        Objects.requireNonNull(args, "args");
        // PrintWriter(OutputStream, ...) rather than over an OutputStreamWriter: only then does
        // checkError() see the PrintStream's errors, which is how a closed pipe is noticed.
        PrintWriter o = new PrintWriter(out, false, StandardCharsets.UTF_8);
        PrintWriter e = new PrintWriter(err, true, StandardCharsets.UTF_8);
        // The bar needs a terminal on the stream we actually write to, not merely a console somewhere.
        boolean errConsole = err == System.err && System.console() != null;
        try {
            return commandLine(new StandardStreams(in, o, e, errConsole), args).execute(args);
        } finally {
            o.flush();
            e.flush();
        }
    }

    /**
     * The subcommands, in the order help lists them. Each is built only when a run can reach it:
     * picocli reads a command's annotations when it is added, and a cold run that names one command
     * should not pay for the others.
     */
    private static final Map<String, Function<StandardStreams, Object>> COMMANDS = commands();

    private static Map<String, Function<StandardStreams, Object>> commands() {
        Map<String, Function<StandardStreams, Object>> c = new LinkedHashMap<>();
        c.put("parse", ParseCommand::new);
        c.put("batch", BatchCommand::new);
        c.put("validate", ValidateCommand::new);
        c.put("stats", StatsCommand::new);
        c.put("turns", TurnsCommand::new);
        c.put("calls", CallsCommand::new);
        c.put("pairs", PairsCommand::new);
        return Collections.unmodifiableMap(c);
    }

    /**
     * Builds the command tree, wired to the given streams and to the tool's exit codes, with only the
     * subcommands these arguments can reach (see {@link #reachable}).
     */
    static CommandLine commandLine(StandardStreams io, String[] args) {
        return build(io, reachable(args));
    }

    /**
     * The subcommands a run with these arguments can reach: the one that {@code args[0]} names, none
     * for a lone {@code --version}, and all otherwise, so that help, {@code help COMMAND} and the
     * suggestions for a mistyped command see every command.
     */
    static Set<String> reachable(String[] args) {
        if (args.length == 1 && (args[0].equals("--version") || args[0].equals("-V"))) {
            return Set.of();
        }
        if (args.length > 0 && COMMANDS.containsKey(args[0])) {
            return Set.of(args[0]);
        }
        return COMMANDS.keySet();
    }

    /** Wires the tree to the given streams and to the tool's exit codes. */
    private static CommandLine build(StandardStreams io, Set<String> subcommands) {
        CommandLine cl = new CommandLine(new TranscriptParserCommand());
        COMMANDS.forEach((name, command) -> {
            if (subcommands.contains(name)) {
                cl.addSubcommand(command.apply(io));
            }
        });
        headings(cl);
        cl.setOut(io.out());
        cl.setErr(io.err());
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setParameterExceptionHandler(Main::usageError);
        cl.setExecutionExceptionHandler(Main::executionError);
        return cl;
    }

    /** Gives every command's help the same sections, set apart by blank lines. */
    private static void headings(CommandLine cl) {
        cl.getCommandSpec().usageMessage()
                .parameterListHeading("%nArguments:%n")
                .optionListHeading("%nOptions:%n");
        for (CommandLine sub : cl.getSubcommands().values()) {
            headings(sub);
        }
    }

    /** Reports a usage error briefly, GNU style, rather than dumping the whole help. */
    private static int usageError(ParameterException ex, String[] args) {
        CommandLine cl = ex.getCommandLine();
        PrintWriter err = cl.getErr();
        err.println(cl.getCommandName() + ": " + ex.getMessage());
        UnmatchedArgumentException.printSuggestions(ex, err);
        String help = cl.getParent() == null ? cl.getCommandName() + " --help"
                : cl.getParent().getCommandName() + " " + cl.getCommandName() + " --help";
        err.println("Try '" + help + "' for more information.");
        return ExitCodes.USAGE;
    }

    /**
     * Reports what stopped a whole command, such as a full disk, in one line: a user needs the
     * cause, not a stack trace.
     */
    private static int executionError(Exception ex, CommandLine cl, ParseResult parsed) {
        String detail = ex.getMessage() != null ? ex.getMessage() : ex.getClass().getSimpleName();
        cl.getErr().println(cl.getCommandName() + ": " + detail);
        return ExitCodes.INPUT_FAILED;
    }
}
