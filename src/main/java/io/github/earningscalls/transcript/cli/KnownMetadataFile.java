package io.github.earningscalls.transcript.cli;

import io.github.earningscalls.transcript.KnownMetadata;
import io.github.earningscalls.transcript.internal.header.KnownMetadataCsv;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads {@code --known-metadata FILE}, a CSV file that {@link KnownMetadataCsv} describes. */
final class KnownMetadataFile implements ITypeConverter<KnownMetadataFile.Table> {
    /** The file's rows by file name; a type of its own, since picocli reads a {@code Map} option as key=value pairs. */
    record Table(Map<String, KnownMetadata> byFile) {
    }

    @Override
    public Table convert(String value) {
        List<String> lines;
        try {
            lines = Files.readAllLines(Path.of(value), StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            throw new TypeConversionException("cannot read " + value + ": " + e.getMessage());
        }
        try {
            return new Table(KnownMetadataCsv.read(lines, value));
        } catch (IllegalArgumentException e) {
            throw new TypeConversionException(e.getMessage());
        }
    }
}
