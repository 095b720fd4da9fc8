package io.github.earningscalls.transcript.model;

import io.github.earningscalls.transcript.TranscriptFormat;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Where a transcript came from and how it was read.
 *
 * <p>A value with the accessors, equality and string form of a record over its eight components. The
 * {@link #fingerprint()} of a parsed transcript is computed on first use, once: hashing the spoken text
 * costs a tenth of a parse, and most callers never ask for it.
 *
 * @since 0.1.0
 */
public final class SourceInfo {
    private final String name;
    private final TranscriptFormat format;
    private final double formatConfidence;
    private final String charset;
    private final long byteCount;
    private final int lineCount;
    private final String sha256;
    /** Computes the fingerprint; dropped once it has, so that nothing it holds is kept longer. */
    private Supplier<String> fingerprintSource;
    private volatile String fingerprint;

    /**
     * Creates source information.
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
     * @throws IllegalArgumentException if {@code formatConfidence} is outside 0 to 1
     */
    public SourceInfo(String name, TranscriptFormat format, double formatConfidence, String charset,
                      long byteCount, int lineCount, String sha256, String fingerprint) {
        this(name, format, formatConfidence, charset, byteCount, lineCount, sha256,
                fixed(Objects.requireNonNull(fingerprint, "fingerprint")));
        this.fingerprint = fingerprint;
        this.fingerprintSource = null;
    }

    /**
     * Creates source information whose fingerprint is computed when first asked for.
     *
     * @param name             the source's name
     * @param format           the layout the source was read as
     * @param formatConfidence how sure the layout choice is, from 0 to 1
     * @param charset          the character set the bytes were decoded with
     * @param byteCount        the size of the input in bytes
     * @param lineCount        the number of lines
     * @param sha256           hex SHA-256 of the input bytes
     * @param fingerprint      computes the hex digest of the normalised text; called at most once, and
     *                         must not return {@code null}
     * @throws IllegalArgumentException if {@code formatConfidence} is outside 0 to 1
     * @since 0.1.0
     */
    public SourceInfo(String name, TranscriptFormat format, double formatConfidence, String charset,
                      long byteCount, int lineCount, String sha256, Supplier<String> fingerprint) {
        this.name = Objects.requireNonNull(name, "name");
        this.format = Objects.requireNonNull(format, "format");
        this.charset = Objects.requireNonNull(charset, "charset");
        this.sha256 = Objects.requireNonNull(sha256, "sha256");
        this.fingerprintSource = Objects.requireNonNull(fingerprint, "fingerprint");
        if (formatConfidence < 0 || formatConfidence > 1) {
            throw new IllegalArgumentException("formatConfidence must be within 0..1: " + formatConfidence);
        }
        this.formatConfidence = formatConfidence;
        this.byteCount = byteCount;
        this.lineCount = lineCount;
    }

    private static Supplier<String> fixed(String value) {
        return () -> value;
    }

    /** @return the source's name as given to the parser (a file path or a caller's label) */
    public String name() {
        return name;
    }

    /** @return the layout the parser read the source as */
    public TranscriptFormat format() {
        return format;
    }

    /** @return how sure the layout choice is, from 0 to 1 (1 when the caller chose it) */
    public double formatConfidence() {
        return formatConfidence;
    }

    /** @return the character set the bytes were decoded with */
    public String charset() {
        return charset;
    }

    /** @return the size of the input in bytes (in UTF-16 units times two for text input) */
    public long byteCount() {
        return byteCount;
    }

    /** @return the number of lines */
    public int lineCount() {
        return lineCount;
    }

    /** @return hex SHA-256 of the input bytes (of the UTF-8 encoding for text input) */
    public String sha256() {
        return sha256;
    }

    /**
     * @return hex digest of the normalised text (letters and digits only, lower case, accents and
     *         mis-decoding repaired), equal for the same transcript published with different line
     *         endings, white space, encodings or punctuation
     */
    public String fingerprint() {
        String f = fingerprint;
        if (f == null) {
            synchronized (this) {
                f = fingerprint;
                if (f == null) {
                    f = Objects.requireNonNull(fingerprintSource.get(), "fingerprint");
                    fingerprint = f;
                    fingerprintSource = null;
                }
            }
        }
        return f;
    }

    /** Equal when all eight components are, as for a record. */
    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof SourceInfo s && name.equals(s.name) && format == s.format
                && Double.compare(formatConfidence, s.formatConfidence) == 0 && charset.equals(s.charset)
                && byteCount == s.byteCount && lineCount == s.lineCount && sha256.equals(s.sha256)
                && fingerprint().equals(s.fingerprint());
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, format, formatConfidence, charset, byteCount, lineCount, sha256, fingerprint());
    }

    /** The record form: {@code SourceInfo[name=..., format=..., ...]}. */
    @Override
    public String toString() {
        return "SourceInfo[name=" + name + ", format=" + format + ", formatConfidence=" + formatConfidence
                + ", charset=" + charset + ", byteCount=" + byteCount + ", lineCount=" + lineCount
                + ", sha256=" + sha256 + ", fingerprint=" + fingerprint() + "]";
    }
}
