package io.github.earningscalls.transcript.json;

import java.io.IOException;

/**
 * Thrown by {@link TranscriptJson}'s readers when a JSON document is well-formed but is not a valid
 * transcript document. The message names the JSON path: {@code $.sections[0].line: expected a whole number}.
 *
 * @since 0.1.0
 */
public final class InvalidTranscriptJsonException extends IOException {
    private static final long serialVersionUID = 1L;

    /** The JSON path of the offending value. */
    private final String path;

    /**
     * Creates the exception.
     *
     * @param path   the JSON path of the offending value, such as {@code $.sections[0].line}
     * @param reason what is wrong with it
     */
    public InvalidTranscriptJsonException(String path, String reason) {
        super(path + ": " + reason);
        this.path = path;
    }

    /**
     * The JSON path of the offending value.
     *
     * @return a path such as {@code $.sections[0].turns[3].speakerId}
     */
    public String path() {
        return path;
    }
}
