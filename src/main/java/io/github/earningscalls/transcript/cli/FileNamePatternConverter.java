package io.github.earningscalls.transcript.cli;

import io.github.earningscalls.transcript.TranscriptParser;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Checks a file-name pattern when the command line is read, so that a bad one is a usage error. */
final class FileNamePatternConverter implements ITypeConverter<String> {
    @Override
    public String convert(String value) {
        try {
            TranscriptParser.builder().fileNamePattern(value).build();
        } catch (IllegalArgumentException e) {
            throw new TypeConversionException(e.getMessage());
        }
        return value;
    }
}
