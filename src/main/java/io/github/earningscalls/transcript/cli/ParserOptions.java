package io.github.earningscalls.transcript.cli;

import io.github.earningscalls.transcript.TranscriptFormat;
import io.github.earningscalls.transcript.TranscriptParser;
import picocli.CommandLine.Option;

/** The parser settings every command accepts. */
final class ParserOptions {
    @Option(names = "--format", paramLabel = "LAYOUT", defaultValue = "AUTO",
            description = "Read every input as this layout instead of detecting it: ${COMPLETION-CANDIDATES} "
                    + "(default: ${DEFAULT-VALUE}).")
    TranscriptFormat format;

    @Option(names = "--max-input-bytes", paramLabel = "SIZE", defaultValue = "64M", converter = ByteSizeConverter.class,
            description = "Fail inputs larger than SIZE, in bytes or with K, M or G (default: ${DEFAULT-VALUE}).")
    long maxInputBytes;

    /** Builds the parser these options describe; {@code strict} is the command's own choice. */
    TranscriptParser parser(boolean strict) {
        return TranscriptParser.builder()
                .format(format)
                .strict(strict)
                .maxInputBytes(maxInputBytes)
                .build();
    }
}
