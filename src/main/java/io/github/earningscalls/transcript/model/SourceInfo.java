package io.github.earningscalls.transcript.model;

import io.github.earningscalls.transcript.TranscriptFormat;
import java.util.Objects;

/**
 * Where a transcript came from and how it was read.
 *
 * @param name             the source's name as given to the parser (a file path or a caller's label)
 * @param format           the layout the parser read the source as
 * @param formatConfidence how sure the layout choice is, from 0 to 1 (1 when the caller chose it)
 * @param charset          the character set the bytes were decoded with
 * @param byteCount        the size of the input in bytes (in UTF-16 units times two for text input)
 * @param lineCount        the number of lines
 * @param sha256           hex SHA-256 of the input bytes (of the UTF-8 encoding for text input)
 * @param fingerprint      hex digest of the normalised text (letters and digits only, lower case,
 *                         accents and mis-decoding repaired), equal for the same transcript published
 *                         with different line endings, white space, encodings or punctuation
 * @since 0.1.0
 */
public record SourceInfo(String name, TranscriptFormat format, double formatConfidence, String charset,
                         long byteCount, int lineCount, String sha256, String fingerprint) {
    /**
     * Creates source information.
     *
     * @param name             the source's name
     * @param format           the layout the source was read as
     * @param formatConfidence how sure the layout choice is, from 0 to 1
     * @param charset          the character set the bytes were decoded with
     * @param byteCount        the size of the input in bytes
     * @param lineCount        the number of lines
     * @param sha256           hex SHA-256 of the input bytes
     * @param fingerprint      hex digest of the normalised text
     * @throws IllegalArgumentException if {@code formatConfidence} is outside 0 to 1
     */
    public SourceInfo {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(charset, "charset");
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(fingerprint, "fingerprint");
        if (formatConfidence < 0 || formatConfidence > 1) {
            throw new IllegalArgumentException("formatConfidence must be within 0..1: " + formatConfidence);
        }
    }
}
