package io.github.earningscalls.transcript.spark;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.earningscalls.transcript.KnownMetadata;
import io.github.earningscalls.transcript.TranscriptFormat;
import io.github.earningscalls.transcript.TranscriptParser;
import io.github.earningscalls.transcript.internal.header.KnownMetadataCsv;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntConsumer;
import java.util.stream.Collectors;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.util.CaseInsensitiveStringMap;

/**
 * The {@code transcript} data source's options, read once on the driver: what to read ({@code path}
 * or {@code paths}, {@code pathGlobFilter}), which table ({@code table}) and the parser's settings.
 * Option names are case-insensitive, as all Spark options are; options it does not know are left to
 * Hadoop, as Spark's file sources leave them (an S3 endpoint, say).
 *
 * @param paths           the files, folders or globs to read
 * @param table           the table to return
 * @param parser          the parser's settings
 * @param pathGlobFilter  a glob the file names must match, or null for all
 * @param openCostInBytes what opening a file counts for when files are packed into partitions
 */
record SourceOptions(List<String> paths, SourceTable table, ParserSpec parser, String pathGlobFilter,
                     long openCostInBytes) {
    /**
     * What opening a file counts for when files are packed into partitions, in bytes: about what parsing
     * a small transcript costs. Spark's own {@code spark.sql.files.openCostInBytes} (4 MB) is set for
     * scanning columnar files, which costs far less per byte than parsing.
     */
    static final long DEFAULT_OPEN_COST = 64 * 1024;

    /**
     * Reads the options.
     *
     * @param hadoop the Hadoop configuration to read the {@code knownMetadata} file with
     * @throws IllegalArgumentException naming the option that is missing or wrong
     */
    static SourceOptions of(CaseInsensitiveStringMap options, Configuration hadoop) {
        TranscriptParser.Builder parser = TranscriptParser.builder()
                .format(layout(options.get("layout")))
                .strict(bool(options, "strict"))
                .fileNamePattern(options.get("fileNamePattern"));
        if (options.containsKey("maxInputBytes")) {
            parser.maxInputBytes(number(options, "maxInputBytes"));
        }
        intOption(options, "maxLineLength", parser::maxLineLength);
        intOption(options, "maxTurns", parser::maxTurns);
        intOption(options, "maxDiagnostics", parser::maxDiagnostics);
        if (options.containsKey("knownMetadata")) {
            parser.knownMetadata(knownMetadata(options.get("knownMetadata"), hadoop));
        }
        TranscriptParser built;
        try {
            built = parser.build();
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("transcript data source: " + e.getMessage(), e);
        }
        long openCost = options.containsKey("openCostInBytes") ? number(options, "openCostInBytes") : DEFAULT_OPEN_COST;
        if (openCost < 0) {
            throw new IllegalArgumentException("option openCostInBytes: " + openCost + " is negative");
        }
        return new SourceOptions(paths(options), SourceTable.named(options.get("table")), ParserSpec.of(built),
                options.get("pathGlobFilter"), openCost);
    }

    /** {@code load(path)} sets {@code path}; {@code load(path, path...)} sets {@code paths}, a JSON array. */
    /** Sets an int limit when the option is given, a larger number being the largest int. */
    private static void intOption(CaseInsensitiveStringMap options, String name, IntConsumer setter) {
        if (options.containsKey(name)) {
            setter.accept(Math.toIntExact(Math.min(Integer.MAX_VALUE, number(options, name))));
        }
    }

    private static List<String> paths(CaseInsensitiveStringMap options) {
        if (options.containsKey("paths")) {
            try {
                return List.of(JsonMapper.builder().build().readValue(options.get("paths"), String[].class));
            } catch (JsonProcessingException e) {
                throw new IllegalArgumentException("option paths: not a JSON array of strings: " + options.get("paths"), e);
            }
        }
        if (options.containsKey("path")) {
            return List.of(options.get("path"));
        }
        throw new IllegalArgumentException("transcript data source: no path; give one to load(path) or as option path");
    }

    private static TranscriptFormat layout(String value) {
        if (value == null) {
            return TranscriptFormat.AUTO;
        }
        try {
            return TranscriptFormat.valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("option layout: no layout '" + value + "'; the layouts are "
                    + Arrays.stream(TranscriptFormat.values()).map(Enum::name).collect(Collectors.joining(", ")), e);
        }
    }

    private static boolean bool(CaseInsensitiveStringMap options, String name) {
        String value = options.getOrDefault(name, "false").trim();
        if (!value.equalsIgnoreCase("true") && !value.equalsIgnoreCase("false")) {
            throw new IllegalArgumentException("option " + name + ": '" + value + "' is neither true nor false");
        }
        return Boolean.parseBoolean(value);
    }

    private static long number(CaseInsensitiveStringMap options, String name) {
        String value = options.get(name).trim();
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("option " + name + ": '" + value + "' is not a whole number", e);
        }
    }

    /** The known-metadata CSV, read on the driver through Hadoop (so it may be on S3 beside the files). */
    private static Map<String, KnownMetadata> knownMetadata(String file, Configuration hadoop) {
        Path path = new Path(file);
        List<String> lines;
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                path.getFileSystem(hadoop).open(path), StandardCharsets.UTF_8))) {
            lines = in.lines().toList();
        } catch (IOException | UncheckedIOException e) {
            throw new IllegalArgumentException("option knownMetadata: cannot read " + file + ": " + e.getMessage(), e);
        }
        return KnownMetadataCsv.read(lines, file);
    }
}
