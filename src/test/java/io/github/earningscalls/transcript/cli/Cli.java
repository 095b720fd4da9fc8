package io.github.earningscalls.transcript.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Runs the tool in-process, as a shell would, and captures what it prints. */
final class Cli {
    /** The bundled samples, relative to the project folder Maven runs the tests in. */
    static final Path SAMPLES = Path.of("samples/seeking-alpha");

    private static final Pattern SUMMARY = Pattern.compile(
            "batch: (\\d+) files, (\\d+) parsed \\((\\d+) clean, (\\d+) to review, (\\d+) with errors\\), (\\d+) failed, "
                    + "(\\d+) skipped, "
                    + "(\\d+) turns, [\\d.]+ MB, [\\d.]+ MB/s, [\\d.]+ s");

    private Cli() {
    }

    /**
     * What one run did.
     *
     * @param exitCode the exit status
     * @param out      standard output, decoded as UTF-8
     * @param err      standard error, decoded as UTF-8
     */
    record Result(int exitCode, String out, String err) {
        /** The batch summary's counts: files, parsed, failed, turns. */
        long[] summary() {
            long[] c = counts();
            return new long[] {c[0], c[1], c[5], c[7]};
        }

        /** All of the batch summary's counts: files, parsed, clean, to review, with errors, failed, skipped, turns. */
        long[] counts() {
            Matcher m = SUMMARY.matcher(err);
            if (!m.find()) {
                throw new AssertionError("no summary line in: " + err);
            }
            long[] c = new long[8];
            for (int i = 0; i < c.length; i++) {
                c[i] = Long.parseLong(m.group(i + 1));
            }
            return c;
        }
    }

    static Result run(String... args) {
        return runWithInput(new byte[0], args);
    }

    static Result runWithInput(byte[] stdin, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(args, new ByteArrayInputStream(stdin), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** The sample transcripts, sorted. */
    static List<Path> samples() throws IOException {
        try (Stream<Path> s = Files.list(SAMPLES)) {
            return s.filter(p -> p.toString().endsWith(".txt")).sorted().collect(Collectors.toList());
        }
    }

    /** One sample, by the start of its file name. */
    static Path sample(String prefix) throws IOException {
        return samples().stream().filter(p -> p.getFileName().toString().startsWith(prefix)).findFirst()
                .orElseThrow(() -> new AssertionError("no sample " + prefix));
    }

    /** Every file under a folder, as paths relative to it with '/' separators, sorted. */
    static List<String> tree(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(p -> !Files.isDirectory(p)).map(p -> dir.relativize(p).toString().replace('\\', '/'))
                    .sorted().collect(Collectors.toList());
        }
    }

    /** A short transcript that exercises quoting: commas, double quotes, a tab and a backslash in the text. */
    static final String QUOTING_CALL = String.join("\n",
            "Quillfeather Paper Co. (NYSE:QPC) Q3 2023 Earnings Conference Call October 26, 2023 10:00 AM ET",
            "Company Participants",
            "Marta Quill - Vice President, Investor Relations",
            "Conference Call Participants",
            "Sven Larkspur - Alderbrook Partners",
            "Operator",
            "Good morning and welcome. I will now hand over to Marta Quill.",
            "Marta Quill",
            "We call it \"the mill\", and it runs\tthree shifts on C:\\plant.",
            "Volumes were flat.",
            "Question-and-Answer Session",
            "Operator",
            "Our first question comes from the line of Sven Larkspur with Alderbrook Partners.",
            "Sven Larkspur",
            "Thanks. How is pulp pricing?",
            "Marta Quill",
            "Stable, \"mostly\".",
            "");
}
