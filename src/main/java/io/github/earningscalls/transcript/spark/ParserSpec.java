package io.github.earningscalls.transcript.spark;

import io.github.earningscalls.transcript.TranscriptFormat;
import io.github.earningscalls.transcript.TranscriptParser;
import io.github.earningscalls.transcript.KnownMetadata;
import java.io.Serializable;
import java.util.HashMap;

/**
 * A parser's settings in a form Spark can ship to the executors, each of which builds its own
 * parser from them: the caller's known metadata and file-name pattern travel with them.
 */
record ParserSpec(TranscriptFormat format, boolean strict, long maxInputBytes, int maxLineLength, int maxTurns,
                  int maxDiagnostics, HashMap<String, KnownMetadata> known, String fileNamePattern)
        implements Serializable {
    static ParserSpec of(TranscriptParser parser) {
        return new ParserSpec(parser.format(), parser.isStrict(), parser.maxInputBytes(), parser.maxLineLength(),
                parser.maxTurns(), parser.maxDiagnostics(), new HashMap<>(parser.knownMetadata()),
                parser.fileNamePattern());
    }

    TranscriptParser parser() {
        return TranscriptParser.builder()
                .format(format)
                .strict(strict)
                .maxInputBytes(maxInputBytes)
                .maxLineLength(maxLineLength)
                .maxTurns(maxTurns)
                .maxDiagnostics(maxDiagnostics)
                .knownMetadata(known)
                .fileNamePattern(fileNamePattern)
                .build();
    }
}
