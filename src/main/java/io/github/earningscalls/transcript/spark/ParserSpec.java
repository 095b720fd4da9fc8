package io.github.earningscalls.transcript.spark;

import io.github.earningscalls.transcript.TranscriptFormat;
import io.github.earningscalls.transcript.TranscriptParser;
import java.io.Serializable;

/**
 * A parser's settings in a form Spark can ship to the executors, each of which builds its own
 * parser from them.
 */
record ParserSpec(TranscriptFormat format, boolean strict, long maxInputBytes, int maxLineLength, int maxTurns,
                  int maxDiagnostics) implements Serializable {
    static ParserSpec of(TranscriptParser parser) {
        return new ParserSpec(parser.format(), parser.isStrict(), parser.maxInputBytes(), parser.maxLineLength(),
                parser.maxTurns(), parser.maxDiagnostics());
    }

    TranscriptParser parser() {
        return TranscriptParser.builder()
                .format(format)
                .strict(strict)
                .maxInputBytes(maxInputBytes)
                .maxLineLength(maxLineLength)
                .maxTurns(maxTurns)
                .maxDiagnostics(maxDiagnostics)
                .build();
    }
}
