package io.github.earningscalls.transcript.cli;

import io.github.earningscalls.transcript.TranscriptFormat;
import io.github.earningscalls.transcript.TranscriptParser;
import java.util.Map;
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

    @Option(names = "--file-name-pattern", paramLabel = "PATTERN", converter = FileNamePatternConverter.class,
            description = "Read metadata the text leaves out from each file's name, e.g. '{ticker}_{year}Q{quarter}' "
                    + "(placeholders {ticker}, {exchange}, {company}, {year}, {quarter}, {date}; * matches anything). "
                    + "Where the text states a field, its value is kept, with a warning if the name disagrees.")
    String fileNamePattern;

    @Option(names = "--known-metadata", paramLabel = "CSV", converter = KnownMetadataFile.class,
            description = "What you know about each file: a CSV with a header naming 'file' and any of company, ticker, "
                    + "exchange, date, quarter, year. It fills fields the text leaves out; the text wins, with a warning "
                    + "if they disagree.")
    KnownMetadataFile.Table knownMetadata;

    /** Builds the parser these options describe; {@code strict} is the command's own choice. */
    TranscriptParser parser(boolean strict) {
        return TranscriptParser.builder()
                .format(format)
                .strict(strict)
                .maxInputBytes(maxInputBytes)
                .fileNamePattern(fileNamePattern)
                .knownMetadata(knownMetadata == null ? Map.of() : knownMetadata.byFile())
                .build();
    }
}
