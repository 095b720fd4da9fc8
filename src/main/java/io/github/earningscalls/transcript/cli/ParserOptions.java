package io.github.earningscalls.transcript.cli;

import io.github.earningscalls.transcript.TranscriptFormat;
import io.github.earningscalls.transcript.TranscriptParser;
import java.util.Map;
import picocli.CommandLine.Option;

/**
 * The parser settings every command accepts: the layout, every limit of
 * {@link TranscriptParser.Builder} (each named as {@link Reasons} names it when an input passes it),
 * and what the caller knows about the files.
 */
final class ParserOptions {
    @Option(names = "--format", paramLabel = "LAYOUT", defaultValue = "AUTO",
            description = "Read every input as this layout instead of detecting it: ${COMPLETION-CANDIDATES} "
                    + "(default: ${DEFAULT-VALUE}).")
    TranscriptFormat format;

    @Option(names = "--max-input-bytes", paramLabel = "SIZE", defaultValue = "64M", converter = ByteSizeConverter.class,
            description = "Fail inputs larger than SIZE, in bytes or with K, M or G (default: ${DEFAULT-VALUE}).")
    long maxInputBytes;

    @Option(names = "--max-line-length", paramLabel = "N", defaultValue = "4M", converter = ByteSizeConverter.class,
            description = "Fail inputs with a line longer than N characters; K and M work (default: ${DEFAULT-VALUE}).")
    long maxLineLength;

    @Option(names = "--max-turns", paramLabel = "N", defaultValue = "" + TranscriptParser.DEFAULT_MAX_TURNS,
            converter = ByteSizeConverter.class,
            description = "Fail inputs with more than N speaker turns (default: ${DEFAULT-VALUE}).")
    long maxTurns;

    @Option(names = "--max-diagnostics", paramLabel = "N", defaultValue = "" + TranscriptParser.DEFAULT_MAX_DIAGNOSTICS,
            converter = ByteSizeConverter.class,
            description = "Keep at most N diagnostics per input, noting how many more were dropped "
                    + "(default: ${DEFAULT-VALUE}).")
    long maxDiagnostics;

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
                .maxLineLength(toInt(maxLineLength))
                .maxTurns(toInt(maxTurns))
                .maxDiagnostics(toInt(maxDiagnostics))
                .fileNamePattern(fileNamePattern)
                .knownMetadata(knownMetadata == null ? Map.of() : knownMetadata.byFile())
                .build();
    }

    /** The counting limits are ints; a larger value than an int holds is as good as none. */
    private static int toInt(long limit) {
        return (int) Math.min(Integer.MAX_VALUE, limit);
    }
}
