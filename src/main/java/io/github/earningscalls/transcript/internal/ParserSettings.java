package io.github.earningscalls.transcript.internal;

import io.github.earningscalls.transcript.KnownMetadata;
import io.github.earningscalls.transcript.TranscriptFormat;
import io.github.earningscalls.transcript.internal.header.FileNamePattern;
import java.util.Map;

/**
 * A parser's options, checked by the public builder.
 *
 * @param format         the layout to read, or AUTO
 * @param strict         whether warnings make the parse fail
 * @param maxInputBytes  the largest input accepted
 * @param maxLineLength  the longest line accepted, in characters
 * @param maxTurns       the most turns accepted
 * @param maxDiagnostics the most diagnostics kept
 * @param known          the caller's metadata per file name (the source's last path element, or the whole source name)
 * @param fileNamePattern the pattern file names are read with, or null
 */
public record ParserSettings(TranscriptFormat format, boolean strict, long maxInputBytes, int maxLineLength,
                             int maxTurns, int maxDiagnostics, Map<String, KnownMetadata> known,
                             FileNamePattern fileNamePattern) {
    public ParserSettings {
        known = Map.copyOf(known);
    }

    /** The caller's metadata for a source, looked up by its whole name and then by its last path element, or null. */
    public KnownMetadata knownFor(String source) {
        KnownMetadata k = known.get(source);
        return k != null ? k : known.get(FileNamePattern.baseName(source));
    }
}
