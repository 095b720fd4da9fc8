package io.github.earningscalls.transcript;

import io.github.earningscalls.transcript.internal.ParseEngine;
import io.github.earningscalls.transcript.internal.ParserSettings;
import io.github.earningscalls.transcript.internal.header.FileNamePattern;
import io.github.earningscalls.transcript.internal.input.DecodedText;
import io.github.earningscalls.transcript.internal.input.TextDecoder;
import io.github.earningscalls.transcript.model.Transcript;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Parses earnings-call transcripts.
 *
 * <p>The static methods use a parser with default settings:
 * <pre>{@code
 * Transcript t = TranscriptParser.parse(Path.of("acme-q1-2024.txt"));
 * }</pre>
 * A configured parser comes from the builder:
 * <pre>{@code
 * TranscriptParser strict = TranscriptParser.builder().strict(true).build();
 * Transcript t = strict.read(Path.of("acme-q1-2024.txt"));
 * }</pre>
 *
 * <p>A parser is immutable and thread-safe: every call uses a fresh lexer and assembler state, so
 * one parser may serve any number of threads. For any input a parse either returns a
 * {@link Transcript} or throws {@link TranscriptParseException} (content that cannot be parsed, an
 * input over a limit, or warnings in strict mode) or {@link IOException} (reading failed); nothing
 * else, and the exception's message starts with the source name and, where there is one, the line
 * ({@code calls/acme.txt:12: ...}). Limits are checked before the memory is spent: a file's size
 * before it is read, a stream's running total as each chunk arrives. Parsing is deterministic: the
 * same bytes give an equal transcript, and the same JSON, on every run and every thread.
 *
 * @since 0.1.0
 */
public final class TranscriptParser {
    /** The default largest input: 64 MiB. */
    public static final long DEFAULT_MAX_INPUT_BYTES = 64L * 1024 * 1024;
    /** The default longest line: 4 Mi characters (some sources print a whole transcript on one line). */
    public static final int DEFAULT_MAX_LINE_LENGTH = 4 * 1024 * 1024;
    /** The default most turns: 100,000. */
    public static final int DEFAULT_MAX_TURNS = 100_000;
    /** The default most diagnostics kept: 1,000. */
    public static final int DEFAULT_MAX_DIAGNOSTICS = 1_000;

    private static final TranscriptParser DEFAULT = builder().build();

    private final ParserSettings settings;

    private TranscriptParser(ParserSettings settings) {
        this.settings = settings;
    }

    /**
     * Starts configuring a parser.
     *
     * @return a builder with the default settings
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Parses a file with default settings.
     *
     * @param path the transcript file
     * @return the transcript
     * @throws IOException              if the file cannot be read
     * @throws TranscriptParseException if the content cannot be parsed
     */
    public static Transcript parse(Path path) throws IOException, TranscriptParseException {
        return DEFAULT.read(path);
    }

    /**
     * Parses text with default settings; the source is named {@code <string>} in messages.
     *
     * @param text the transcript text
     * @return the transcript
     * @throws TranscriptParseException if the content cannot be parsed
     */
    public static Transcript parse(String text) throws TranscriptParseException {
        return DEFAULT.read(text, "<string>");
    }

    /**
     * Parses the characters of a reader with default settings; the source is named {@code <reader>}.
     * The reader is read to its end but not closed.
     *
     * @param reader the transcript text
     * @return the transcript
     * @throws IOException              if reading fails
     * @throws TranscriptParseException if the content cannot be parsed
     */
    public static Transcript parse(Reader reader) throws IOException, TranscriptParseException {
        return DEFAULT.read(reader, "<reader>");
    }

    /**
     * Parses a file. Its bytes are decoded as UTF-8 (or UTF-16 with a byte-order mark), falling back
     * to Windows-1252 with a diagnostic when they are not valid UTF-8.
     *
     * @param path the transcript file
     * @return the transcript, whose source name is the path as given
     * @throws IOException              if the file cannot be read
     * @throws TranscriptParseException if the content cannot be parsed or the file exceeds
     *                                  {@link Builder#maxInputBytes(long)}
     */
    public Transcript read(Path path) throws IOException, TranscriptParseException {
        Objects.requireNonNull(path, "path");
        String name = path.toString();
        long size = Files.size(path);
        checkSize(size, name);
        try (InputStream in = Files.newInputStream(path)) {
            return read(in, name);
        }
    }

    /**
     * Parses the bytes of a stream, decoded as {@link #read(Path)} does. The stream is read to its end
     * (or until the size limit is passed) but not closed.
     *
     * @param in         the transcript bytes
     * @param sourceName the name to use in the result and in messages
     * @return the transcript
     * @throws IOException              if reading fails
     * @throws TranscriptParseException if the content cannot be parsed or exceeds the size limit
     */
    public Transcript read(InputStream in, String sourceName) throws IOException, TranscriptParseException {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(sourceName, "sourceName");
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        byte[] chunk = new byte[64 * 1024];
        long total = 0;
        for (int n; (n = in.read(chunk)) > 0; ) {
            total += n;
            checkSize(total, sourceName);
            buf.write(chunk, 0, n);
        }
        return read(buf.toByteArray(), sourceName);
    }

    /**
     * Parses bytes, decoded as {@link #read(Path)} does.
     *
     * @param bytes      the transcript bytes
     * @param sourceName the name to use in the result and in messages
     * @return the transcript
     * @throws TranscriptParseException if the content cannot be parsed or exceeds the size limit
     */
    public Transcript read(byte[] bytes, String sourceName) throws TranscriptParseException {
        Objects.requireNonNull(bytes, "bytes");
        Objects.requireNonNull(sourceName, "sourceName");
        checkSize(bytes.length, sourceName);
        DecodedText decoded = TextDecoder.decode(bytes, sourceName);
        return ParseEngine.parse(decoded, sourceName, settings);
    }

    /**
     * Parses text.
     *
     * @param text       the transcript text
     * @param sourceName the name to use in the result and in messages
     * @return the transcript
     * @throws TranscriptParseException if the content cannot be parsed or exceeds the size limit
     */
    public Transcript read(String text, String sourceName) throws TranscriptParseException {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(sourceName, "sourceName");
        checkSize(text.length(), sourceName);
        return ParseEngine.parse(TextDecoder.ofText(text, sourceName), sourceName, settings);
    }

    /**
     * Parses the characters of a reader, read to its end (or until the size limit is passed) but not
     * closed.
     *
     * @param reader     the transcript text
     * @param sourceName the name to use in the result and in messages
     * @return the transcript
     * @throws IOException              if reading fails
     * @throws TranscriptParseException if the content cannot be parsed or exceeds the size limit
     */
    public Transcript read(Reader reader, String sourceName) throws IOException, TranscriptParseException {
        Objects.requireNonNull(reader, "reader");
        Objects.requireNonNull(sourceName, "sourceName");
        // Read straight into one growing array: the text is copied once more, into its String. Each read
        // asks for a chunk at most, so that an endless reader is cut off close to the limit.
        int chunk = 16 * 1024;
        char[] buf = new char[chunk];
        int length = 0;
        for (int n; (n = reader.read(buf, length, Math.min(chunk, buf.length - length))) >= 0; ) {
            length += n;
            checkSize(length, sourceName);
            if (length == buf.length) {
                buf = Arrays.copyOf(buf, (int) Math.min(Integer.MAX_VALUE - 8, buf.length * 2L));
            }
        }
        return read(new String(buf, 0, length), sourceName);
    }

    private void checkSize(long size, String sourceName) throws TranscriptParseException {
        if (size > settings.maxInputBytes()) {
            throw new TranscriptParseException(sourceName, 0, "input of " + size
                    + " bytes or more exceeds the maximum allowed (" + settings.maxInputBytes()
                    + ", from TranscriptParser.Builder.maxInputBytes)");
        }
    }

    /**
     * The layout this parser reads.
     *
     * @return the configured format, {@link TranscriptFormat#AUTO} by default
     */
    public TranscriptFormat format() {
        return settings.format();
    }

    /**
     * Whether this parser rejects transcripts that raise warnings.
     *
     * @return true for a strict parser
     */
    public boolean isStrict() {
        return settings.strict();
    }

    /**
     * The largest input this parser accepts.
     *
     * @return the limit in bytes (in characters for text input), {@link #DEFAULT_MAX_INPUT_BYTES} by default
     */
    public long maxInputBytes() {
        return settings.maxInputBytes();
    }

    /**
     * The longest line this parser accepts.
     *
     * @return the limit in characters, {@link #DEFAULT_MAX_LINE_LENGTH} by default
     */
    public int maxLineLength() {
        return settings.maxLineLength();
    }

    /**
     * The most turns this parser accepts.
     *
     * @return the limit, {@link #DEFAULT_MAX_TURNS} by default
     */
    public int maxTurns() {
        return settings.maxTurns();
    }

    /**
     * The most diagnostics this parser keeps on a transcript.
     *
     * @return the limit, {@link #DEFAULT_MAX_DIAGNOSTICS} by default
     */
    public int maxDiagnostics() {
        return settings.maxDiagnostics();
    }

    /**
     * The caller's known metadata, by file name.
     *
     * @return a read-only map, empty by default
     */
    public Map<String, KnownMetadata> knownMetadata() {
        return settings.known();
    }

    /**
     * The pattern file names are read with.
     *
     * @return the pattern as given to the builder, or {@code null} for none
     */
    public String fileNamePattern() {
        return settings.fileNamePattern() == null ? null : settings.fileNamePattern().source();
    }

    /**
     * Configures a {@link TranscriptParser}. Not thread-safe; the parser it builds is.
     *
     * @since 0.1.0
     */
    public static final class Builder {
        private TranscriptFormat format = TranscriptFormat.AUTO;
        private boolean strict;
        private long maxInputBytes = DEFAULT_MAX_INPUT_BYTES;
        private int maxLineLength = DEFAULT_MAX_LINE_LENGTH;
        private int maxTurns = DEFAULT_MAX_TURNS;
        private int maxDiagnostics = DEFAULT_MAX_DIAGNOSTICS;
        private final Map<String, KnownMetadata> known = new HashMap<>();
        private String fileNamePattern;

        private Builder() {
        }

        /**
         * Gives what the caller knows about one file's call (ticker, company, date, period). It fills the
         * fields the text leaves empty; where the text states a field, the text's value is kept and a
         * {@code METADATA_CONFLICT} warning names both values when they differ. The file is named as the
         * parser is given it, or by its last path element ({@code acme-q1.txt} matches
         * {@code /data/calls/acme-q1.txt} and {@code s3a://bucket/acme-q1.txt}). A later call for the same
         * name replaces the earlier one.
         *
         * @param fileName the file's name, or its whole path or source name
         * @param metadata what is known about its call
         * @return this builder
         */
        public Builder knownMetadata(String fileName, KnownMetadata metadata) {
            known.put(Objects.requireNonNull(fileName, "fileName"), Objects.requireNonNull(metadata, "metadata"));
            return this;
        }

        /**
         * Gives what the caller knows about several files, as {@link #knownMetadata(String, KnownMetadata)}
         * does for each entry.
         *
         * @param byFileName known metadata by file name
         * @return this builder
         */
        public Builder knownMetadata(Map<String, KnownMetadata> byFileName) {
            Objects.requireNonNull(byFileName, "byFileName").forEach(this::knownMetadata);
            return this;
        }

        /**
         * Reads metadata from each file's name with a pattern such as {@code {ticker}_{year}Q{quarter}},
         * filling the fields the text and the caller leave empty; where the text states a field, the
         * text's value is kept, with a {@code METADATA_CONFLICT} warning naming both when they differ.
         * Placeholders are {@code {ticker}}, {@code {exchange}}, {@code {company}}, {@code {year}},
         * {@code {quarter}} and {@code {date}} ({@code 2021-05-11} or {@code 20210511}); {@code *} matches
         * any text; the pattern must match the start of the file's name (its last path element).
         *
         * @param pattern the pattern, or {@code null} for none (the default)
         * @return this builder
         */
        public Builder fileNamePattern(String pattern) {
            this.fileNamePattern = pattern;
            return this;
        }

        /**
         * Reads every input as this layout instead of detecting it.
         *
         * @param format a layout, or {@link TranscriptFormat#AUTO} to detect it (the default)
         * @return this builder
         */
        public Builder format(TranscriptFormat format) {
            this.format = Objects.requireNonNull(format, "format");
            return this;
        }

        /**
         * Makes warnings fatal: a transcript that raises any diagnostic above
         * {@link io.github.earningscalls.transcript.model.Severity#INFO} fails with a
         * {@link TranscriptParseException} listing them.
         *
         * @param strict true for a strict parser
         * @return this builder
         */
        public Builder strict(boolean strict) {
            this.strict = strict;
            return this;
        }

        /**
         * Sets the largest input accepted; a larger one fails before it is read into memory.
         *
         * @param maxInputBytes a positive number of bytes (characters for text input)
         * @return this builder
         */
        public Builder maxInputBytes(long maxInputBytes) {
            this.maxInputBytes = maxInputBytes;
            return this;
        }

        /**
         * Sets the longest line accepted.
         *
         * @param maxLineLength a positive number of characters
         * @return this builder
         */
        public Builder maxLineLength(int maxLineLength) {
            this.maxLineLength = maxLineLength;
            return this;
        }

        /**
         * Sets the most turns accepted.
         *
         * @param maxTurns a positive number
         * @return this builder
         */
        public Builder maxTurns(int maxTurns) {
            this.maxTurns = maxTurns;
            return this;
        }

        /**
         * Sets the most diagnostics kept on a transcript; past it, one closing diagnostic says how many
         * were dropped.
         *
         * @param maxDiagnostics a positive number
         * @return this builder
         */
        public Builder maxDiagnostics(int maxDiagnostics) {
            this.maxDiagnostics = maxDiagnostics;
            return this;
        }

        /**
         * Builds the parser.
         *
         * @return an immutable, thread-safe parser
         * @throws IllegalArgumentException if a limit is not positive, or the file-name pattern is
         *                                  malformed (no placeholder, an unknown or repeated one, a stray brace)
         */
        public TranscriptParser build() {
            positive(maxInputBytes, "maxInputBytes");
            positive(maxLineLength, "maxLineLength");
            positive(maxTurns, "maxTurns");
            positive(maxDiagnostics, "maxDiagnostics");
            FileNamePattern pattern = fileNamePattern == null ? null : FileNamePattern.compile(fileNamePattern);
            return new TranscriptParser(new ParserSettings(format, strict, maxInputBytes, maxLineLength, maxTurns,
                    maxDiagnostics, known, pattern));
        }

        private static void positive(long value, String name) {
            if (value <= 0) {
                throw new IllegalArgumentException(name + " must be positive: " + value);
            }
        }
    }
}
