package io.github.earningscalls.transcript.cli;

import io.github.earningscalls.transcript.TranscriptParser;
import io.github.earningscalls.transcript.json.TranscriptJson;
import io.github.earningscalls.transcript.model.Verdict;
import io.github.earningscalls.transcript.model.Transcript;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.LinkOption;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code batch}: parses every transcript under a folder, in parallel, into one JSON file per input
 * or one JSON Lines file. An input that fails never stops the others; it is reported, counted, and
 * written as an error record to the errors file, so the transcripts' JSON Lines hold transcripts only.
 * With {@code --skip-existing}, inputs whose output exists are skipped, for incremental runs.
 *
 * <p>Results are collected in input order through a bounded window of pending files, so the output
 * is the same on every run whatever the thread count, and memory stays flat on any folder size.
 */
@Command(name = "batch", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class, sortOptions = false,
        description = {
            "Parses every transcript under INPUT_DIR, in parallel, into one JSON file per input (--out) "
                    + "or one JSON Lines file (--jsonl).",
            "",
            "A file that fails is reported on standard error and the others go on; its error record "
                    + "{\"file\":...,\"line\":...,\"error\":...} goes to the errors file (--errors), so the JSON Lines "
                    + "hold transcripts only. Outputs appear whole or not at all. Progress and a closing summary go to "
                    + "standard error."},
        exitCodeListHeading = "%nExit codes:%n", exitCodeList = {
            "0:every input parsed (or, with --skip-existing, already had its output)",
            "1:some inputs failed (the others were written), or outputs existed and were left as they are",
            "2:usage error, or a refused output (exists, or inside the input folder)"})
final class BatchCommand implements Callable<Integer> {
    static final String DEFAULT_INCLUDE = "**.txt";
    /** The errors file of an {@code --out} run, in the output folder. */
    static final String OUT_ERRORS_FILE = "errors.jsonl";
    /** What the errors file beside a {@code --jsonl FILE} adds to its name, in place of {@code .jsonl}. */
    static final String ERRORS_SUFFIX = ".errors.jsonl";
    /** Also read by default, when the file is a transcript (StreetEvents XML); other XML is left out. */
    static final String DEFAULT_XML_INCLUDE = "**.xml";
    /** More threads than this only add contention; the bound also keeps the result window small. */
    static final int MAX_THREADS = 256;

    private final StandardStreams io;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "INPUT_DIR", description = "The folder to read, recursively.")
    Path inputDir;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Destination destination;

    /** Where the results go: exactly one of the two. */
    static final class Destination {
        @Option(names = "--out", paramLabel = "DIR", required = true,
                description = "Write one .json per input under DIR, mirroring the input tree.")
        Path outDir;

        @Option(names = "--jsonl", paramLabel = "FILE", required = true,
                description = "Write one transcript per line to FILE (- for standard output).")
        String jsonl;
    }

    @Option(names = "--errors", paramLabel = "FILE",
            description = "Write one error record per failed input to FILE, replaced on every run (default: "
                    + OUT_ERRORS_FILE + " in the --out folder, or FILE" + ERRORS_SUFFIX + " beside --jsonl FILE.jsonl; "
                    + "none for --jsonl -).")
    Path errors;

    @Option(names = "--include", paramLabel = "GLOB",
            description = "Read the files matching GLOB; repeatable (default: " + DEFAULT_INCLUDE + ", and "
                    + DEFAULT_XML_INCLUDE + " files that are StreetEvents transcripts). Without a /, GLOB matches a name "
                    + "at any depth; with one, the path under INPUT_DIR (* stays within a folder, ** crosses folders, "
                    + "a leading **/ matches no folder too).")
    List<String> includes = new ArrayList<>();

    @Option(names = "--exclude", paramLabel = "GLOB",
            description = "Skip the files and folders matching GLOB, matched as --include is; repeatable.")
    List<String> excludes = new ArrayList<>();

    @Option(names = {"-j", "--threads"}, paramLabel = "N",
            description = "Parse up to N files at a time (default: the number of processors, ${DEFAULT-VALUE}); "
                    + "a small input uses fewer, one per " + (WorkerCount.BYTES_PER_WORKER >> 20) + " MB of input.")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--pretty", description = "Indent the JSON files (--out only).")
    boolean pretty;

    @Option(names = "--strict", description = "Fail transcripts that raise warnings.")
    boolean strict;

    @Option(names = "--overwrite", description = "Replace outputs that exist.")
    boolean overwrite;

    @Option(names = "--skip-existing",
            description = "Parse only the inputs whose output does not exist yet (--out only), for incremental runs.")
    boolean skipExisting;

    @Option(names = "--allow-output-in-input", description = "Allow the output inside INPUT_DIR.")
    boolean allowOutputInInput;

    @Option(names = {"-q", "--quiet"}, description = "Show no progress (errors and the summary still print).")
    boolean quiet;

    @Mixin
    ParserOptions parserOptions;

    BatchCommand(StandardStreams io) {
        this.io = io;
    }

    /**
     * One input's result, made on a worker thread and collected on the main one; {@code json} is the
     * JSON Lines record already encoded as UTF-8, so the main thread, which every result passes
     * through, only copies bytes.
     *
     * @param verdict  the transcript's verdict, for the closing summary
     * @param existing the output that existed, for an input not parsed because of it; else null
     */
    private record Outcome(long bytes, int turns, Verdict verdict, byte[] json, InputFailure failure, Path existing) {
        static Outcome failed(long bytes, InputFailure failure) {
            return new Outcome(bytes, 0, Verdict.CLEAN, null, failure, null);
        }

        static Outcome skipped(Path existing) {
            return new Outcome(0, 0, Verdict.CLEAN, null, null, existing);
        }
    }

    /** Inputs left alone because their output existed, when neither --skip-existing nor --overwrite was given. */
    private int leftAlone;
    private Path firstLeftAlone;

    @Override
    public Integer call() throws Exception {
        long start = System.nanoTime();
        if (threads < 1 || threads > MAX_THREADS) {
            throw usage("--threads must be from 1 to " + MAX_THREADS + ": " + threads);
        }
        if (!Files.exists(inputDir)) {
            throw usage("INPUT_DIR " + inputDir + ": no such folder");
        }
        if (!Files.isDirectory(inputDir)) {
            throw usage("INPUT_DIR " + inputDir + " is a file, not a folder (use 'parse' for files)");
        }
        if (pretty && destination.jsonl != null) {
            throw usage("--pretty applies to --out only: a JSON Lines record is one line");
        }
        if (destination.outDir != null && Files.exists(destination.outDir) && !Files.isDirectory(destination.outDir)) {
            throw usage("--out " + destination.outDir + " is a file, not a folder");
        }
        if (skipExisting && destination.outDir == null) {
            throw usage("--skip-existing applies to --out only: a JSON Lines file is written whole");
        }
        if (skipExisting && overwrite) {
            throw usage("--skip-existing and --overwrite contradict each other: choose one");
        }
        if (errors != null && errors.toString().equals(Sources.STDIN)) {
            throw usage("--errors takes a file; standard output is for --jsonl -");
        }
        Path errorsPath = errorsFile();
        if (errorsPath != null && destination.jsonl != null && !Sources.STDIN.equals(destination.jsonl)
                && errorsPath.toAbsolutePath().normalize().equals(Path.of(destination.jsonl).toAbsolutePath().normalize())) {
            throw usage("--errors " + errorsPath + " is the --jsonl file: give the errors a file of their own");
        }
        List<String> includePatterns = includes.isEmpty() ? List.of(DEFAULT_INCLUDE, DEFAULT_XML_INCLUDE) : includes;
        FileSelection selection = selection(includePatterns);
        Set<Path> skip = outputsInsideInput(errorsPath);
        TranscriptParser parser = parserOptions.parser(strict);
        boolean toStdout = Sources.STDIN.equals(destination.jsonl);

        AtomicFile jsonlFile = null;
        AtomicFile errorsFile = null;
        try {
            JsonLines jsonl = null;
            if (toStdout) {
                jsonl = new JsonLines.ToWriter(io);
            } else if (destination.jsonl != null) {
                try {
                    jsonlFile = AtomicFile.create(Path.of(destination.jsonl), overwrite);
                } catch (FileSystemException e) {
                    throw usage(e.getMessage());
                }
                jsonl = new JsonLines.ToStream(new BufferedOutputStream(jsonlFile.stream(), 1 << 16));
            }
            JsonLines errorRecords = null;
            if (errorsPath != null) {
                try {
                    errorsFile = AtomicFile.create(errorsPath, true);
                } catch (FileSystemException e) {
                    throw usage("--errors " + e.getMessage());
                }
                errorRecords = new JsonLines.ToStream(errorsFile.stream());
            }
            InputTree.Listing listing = InputTree.list(inputDir, selection, skip);
            if (includes.isEmpty()) {
                List<Path> notTranscripts = new ArrayList<>();
                listing = new InputTree.Listing(XmlInputs.transcripts(listing.files(), notTranscripts), listing.failures());
                if (!notTranscripts.isEmpty()) {
                    io.err().println("batch: " + notTranscripts.size() + " .xml file(s) left out, not StreetEvents "
                            + "transcripts (first: " + notTranscripts.get(0) + "); --include '**.xml' reads them anyway");
                }
            }
            BatchSummary summary = new BatchSummary(start);
            int total = listing.files().size() + listing.failures().size();
            Progress.Style style = progressStyle();
            int columns = style == Progress.Style.BAR ? TerminalWidth.detect(System.getenv()) : TerminalWidth.DEFAULT;
            Progress progress = new Progress(io.err(), style, total, columns, 0, start);
            if (total == 0) {
                io.err().println("batch: no file under " + inputDir + " matches " + String.join(" ", includePatterns));
            }
            for (String pattern : selection.unmatched()) {
                // The default include is the user's only if they wrote it; an empty folder is said above.
                if (!includes.isEmpty() || !pattern.startsWith("--include")) {
                    io.err().println("batch: warning: " + pattern + " matched nothing under " + inputDir);
                }
            }
            Sinks sinks = new Sinks(jsonl, errorRecords);
            for (InputFailure f : listing.failures()) {
                collect(Outcome.failed(0, f), summary, progress, sinks);
            }
            boolean complete = run(listing.files(), parser, summary, progress, sinks);
            progress.finish();
            if (jsonlFile != null) {
                jsonl.flush();
                jsonlFile.commit();
            } else if (jsonl != null) {
                jsonl.flush();
            }
            if (errorsFile != null) {
                errorRecords.flush();
                errorsFile.commit();
            }
            if (leftAlone > 0) {
                io.err().println("batch: " + leftAlone + " input(s) not parsed: their output exists (the first: "
                        + firstLeftAlone + ")");
                io.err().println("batch: pass --skip-existing to parse only the inputs without an output, "
                        + "or --overwrite to replace the outputs");
            }
            io.err().println(summary.line(System.nanoTime()));
            return complete && summary.failed() == 0 && leftAlone == 0 ? ExitCodes.OK : ExitCodes.INPUT_FAILED;
        } finally {
            if (jsonlFile != null) {
                jsonlFile.close();
            }
            if (errorsFile != null) {
                errorsFile.close();
            }
        }
    }

    /**
     * Where the records go: the transcripts (null in {@code --out} mode) and the failures (null when
     * there is no errors file).
     */
    private record Sinks(JsonLines transcripts, JsonLines errors) {
    }

    /** The errors file: --errors, else beside the output; null for --jsonl - without --errors. */
    private Path errorsFile() {
        if (errors != null) {
            return errors;
        }
        if (destination.outDir != null) {
            return destination.outDir.resolve(OUT_ERRORS_FILE);
        }
        if (Sources.STDIN.equals(destination.jsonl)) {
            return null;
        }
        Path jsonl = Path.of(destination.jsonl);
        String name = jsonl.getFileName().toString();
        String base = name.endsWith(".jsonl") ? name.substring(0, name.length() - ".jsonl".length()) : name;
        return jsonl.resolveSibling(base + ERRORS_SUFFIX);
    }

    /**
     * Parses the files on a pool, collecting results in input order.
     *
     * @return false when standard output closed and the run stopped early
     */
    private boolean run(List<Path> files, TranscriptParser parser, BatchSummary summary, Progress progress,
                        Sinks sinks) throws IOException, InterruptedException, ExecutionException {
        OutputTree tree = destination.outDir == null ? null : new OutputTree(inputDir, destination.outDir);
        int workers = WorkerCount.of(threads, files.size(), totalSize(files, threads * WorkerCount.BYTES_PER_WORKER));
        ExecutorService pool = Executors.newFixedThreadPool(workers, daemonThreads());
        try {
            Deque<Future<Outcome>> window = new ArrayDeque<>();
            int windowSize = workers * 4;
            for (Path input : files) {
                Path target;
                try {
                    target = tree == null ? null : tree.claim(input);
                } catch (IllegalStateException e) {
                    window.add(CompletableFuture.completedFuture(
                            Outcome.failed(0, new InputFailure(input.toString(), 0, e.getMessage()))));
                    continue;
                }
                window.add(pool.submit(() -> process(parser, input, target)));
                while (window.size() >= windowSize) {
                    if (!collect(window.removeFirst().get(), summary, progress, sinks)) {
                        return false;
                    }
                }
            }
            while (!window.isEmpty()) {
                if (!collect(window.removeFirst().get(), summary, progress, sinks)) {
                    return false;
                }
            }
            return true;
        } finally {
            pool.shutdownNow();
        }
    }

    /** Runs on a worker thread; never throws, so one bad file cannot stop the batch. */
    private Outcome process(TranscriptParser parser, Path input, Path target) {
        String name = input.toString();
        long bytes = sizeOf(input);
        if (target != null) {
            if (!overwrite && Files.exists(target, LinkOption.NOFOLLOW_LINKS)
                    && !Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
                return Outcome.skipped(target);
            }
            try {
                AtomicFile.checkTarget(target, overwrite);
            } catch (IOException e) {
                return Outcome.failed(bytes, InputFailure.ofOutput(name, target, e));
            }
        }
        Transcript t;
        byte[] json = null;
        try {
            t = parser.read(input);
            if (target == null) {
                ByteArrayOutputStream record = new ByteArrayOutputStream((int) Math.min(1 << 20, bytes * 2 + 64));
                TranscriptJson.write(t, record, false);
                record.write('\n');
                json = record.toByteArray();
            }
        } catch (Exception | StackOverflowError | OutOfMemoryError e) {
            return Outcome.failed(bytes, InputFailure.of(name, input, e));
        }
        if (target != null) {
            try (AtomicFile out = AtomicFile.create(target, overwrite)) {
                TranscriptJson.write(t, out.stream(), pretty);
                out.stream().write('\n');
                out.commit();
            } catch (IOException e) {
                return Outcome.failed(bytes, InputFailure.ofOutput(name, target, e));
            } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
                return Outcome.failed(bytes, InputFailure.of(name, input, e));
            }
        }
        return new Outcome(bytes, t.turns().size(), Verdict.of(t.diagnostics()), json, null, null);
    }

    /**
     * Counts one result, reports a failure and writes its records: a transcript to the JSON Lines,
     * a failure to the errors file.
     *
     * @return false when standard output, the JSON Lines destination, has closed
     */
    private boolean collect(Outcome o, BatchSummary summary, Progress progress, Sinks sinks) throws IOException {
        if (o.failure() != null) {
            summary.failed(o.bytes());
            progress.println(o.failure().message());
            if (sinks.errors() != null) {
                sinks.errors().write((o.failure().toJsonRecord() + "\n").getBytes(StandardCharsets.UTF_8));
            }
        } else if (o.existing() != null) {
            summary.skip();
            if (!skipExisting) {
                if (leftAlone++ == 0) {
                    firstLeftAlone = o.existing();
                }
            }
        } else {
            summary.parsed(o.bytes(), o.turns(), o.verdict());
            if (sinks.transcripts() != null) {
                sinks.transcripts().write(o.json());
                if (sinks.transcripts().closed()) {
                    return false;
                }
            }
        }
        progress.update(summary, System.nanoTime());
        return true;
    }

    private FileSelection selection(List<String> includePatterns) {
        try {
            return FileSelection.of(includePatterns, excludes);
        } catch (IllegalArgumentException e) {
            throw usage(e.getMessage());
        }
    }

    /**
     * Refuses an output inside the input folder unless allowed; when allowed, returns the outputs
     * there so the walk skips them and never reads this run's or an earlier run's outputs back as inputs.
     */
    private Set<Path> outputsInsideInput(Path errorsPath) throws IOException {
        Set<Path> skip = new HashSet<>();
        if (destination.outDir != null) {
            skipIfInside(skip, insideInput(destination.outDir), "--out " + destination.outDir);
        } else if (!Sources.STDIN.equals(destination.jsonl)) {
            skipIfInside(skip, insideInputFile(Path.of(destination.jsonl)), "--jsonl " + destination.jsonl);
        }
        if (errorsPath != null) {
            skipIfInside(skip, insideInputFile(errorsPath), "--errors " + errorsPath);
        }
        return skip;
    }

    private void skipIfInside(Set<Path> skip, Path inside, String option) {
        if (inside == null) {
            return;
        }
        if (!allowOutputInInput) {
            throw usage(option + " is inside INPUT_DIR " + inputDir
                    + "; its files could be read back as inputs (pass --allow-output-in-input to do it anyway)");
        }
        skip.add(inside);
    }

    /** {@link #insideInput} for a file, judged by its folder, which may not exist yet either. */
    private Path insideInputFile(Path file) throws IOException {
        Path inside = insideInput(file.toAbsolutePath().getParent());
        return inside == null ? null : inside.resolve(file.getFileName());
    }

    private Progress.Style progressStyle() {
        if (quiet) {
            return Progress.Style.NONE;
        }
        return io.errConsole() ? Progress.Style.BAR : Progress.Style.LINES;
    }

    /**
     * Where {@code output} lies inside the input folder, as a path under the input folder as given
     * (so the walk can skip it), or null when it lies outside. Both sides are resolved through
     * symbolic links, and an output folder that does not exist yet through its nearest existing parent.
     */
    private Path insideInput(Path output) throws IOException {
        Path in = inputDir.toRealPath();
        Path existing = output.toAbsolutePath().normalize();
        Path rest = existing.getFileSystem().getPath("");
        while (existing != null && !Files.exists(existing)) {
            rest = existing.getFileName().resolve(rest);
            existing = existing.getParent();
        }
        if (existing == null) {
            return null;
        }
        Path out = existing.toRealPath().resolve(rest).normalize();
        if (!out.startsWith(in)) {
            return null;
        }
        return inputDir.toAbsolutePath().normalize().resolve(in.relativize(out));
    }

    /**
     * The size of the files, counted only up to {@code enough}: past it, no more files are asked their
     * size before the run.
     */
    private static long totalSize(List<Path> files, long enough) {
        long total = 0;
        for (int i = 0; i < files.size() && total < enough; i++) {
            total += sizeOf(files.get(i));
        }
        return total;
    }

    private static long sizeOf(Path p) {
        try {
            return Files.size(p);
        } catch (IOException e) {
            return 0;
        }
    }

    private static ThreadFactory daemonThreads() {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            // Daemon threads: a worker stuck on a pathological file must not keep the JVM alive after main returns.
            Thread t = new Thread(r, "batch-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    private ParameterException usage(String message) {
        return new ParameterException(spec.commandLine(), message);
    }
}
