package io.github.earningscalls.transcript.model;

import java.util.Objects;

/**
 * Where a metadata field's value came from: a line of the transcript, the caller's own knowledge, or
 * the file name (read with the parser's file-name pattern).
 *
 * @param origin which kind of source
 * @param line   the 1-based line the value was read from for {@link Origin#TEXT}, else 0
 * @since 0.1.0
 */
public record MetadataSource(Origin origin, int line) {
    /** The value came from what the caller passed in. */
    public static final MetadataSource CALLER = new MetadataSource(Origin.CALLER, 0);
    /** The value came from the file name. */
    public static final MetadataSource FILE_NAME = new MetadataSource(Origin.FILE_NAME, 0);

    /** Kinds of source, in the order they are trusted: the text first. */
    public enum Origin {
        /** A line of the transcript. */
        TEXT,
        /** The caller's known metadata for the file. */
        CALLER,
        /** The file name, read with the parser's file-name pattern. */
        FILE_NAME
    }

    /**
     * Creates a source.
     *
     * @param origin which kind of source
     * @param line   a line of at least 1 for {@link Origin#TEXT}, 0 otherwise
     * @throws IllegalArgumentException if the line does not fit the origin
     */
    public MetadataSource {
        Objects.requireNonNull(origin, "origin");
        if (origin == Origin.TEXT ? line < 1 : line != 0) {
            throw new IllegalArgumentException("a " + origin + " source has line " + (origin == Origin.TEXT
                    ? "1 or more" : "0") + ": " + line);
        }
    }

    /**
     * A line of the transcript.
     *
     * @param line the 1-based line
     * @return the source
     */
    public static MetadataSource text(int line) {
        return new MetadataSource(Origin.TEXT, line);
    }

    @Override
    public String toString() {
        return origin == Origin.TEXT ? "line " + line : origin == Origin.CALLER ? "caller" : "file name";
    }
}
