package io.github.earningscalls.transcript.cli;

import io.github.earningscalls.transcript.KnownMetadata;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Reads {@code --known-metadata FILE}: a CSV file whose header names {@code file} and any of
 * {@code company}, {@code ticker}, {@code exchange}, {@code date} (ISO), {@code quarter}, {@code year};
 * an empty cell is "not known". Fields may be quoted as RFC 4180 quotes them.
 */
final class KnownMetadataFile implements ITypeConverter<KnownMetadataFile.Table> {
    /** The file's rows by file name; a type of its own, since picocli reads a {@code Map} option as key=value pairs. */
    record Table(Map<String, KnownMetadata> byFile) {
    }

    private static final List<String> COLUMNS = List.of("file", "company", "ticker", "exchange", "date", "quarter", "year");

    @Override
    public Table convert(String value) {
        List<String> lines;
        try {
            lines = Files.readAllLines(Path.of(value), StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            throw new TypeConversionException("cannot read " + value + ": " + e.getMessage());
        }
        if (lines.isEmpty()) {
            throw new TypeConversionException(value + " is empty; its first line names the columns: " + COLUMNS);
        }
        List<String> header = new ArrayList<>();
        for (String h : cells(lines.get(0))) {
            String name = h.trim().toLowerCase(Locale.ROOT);
            if (!COLUMNS.contains(name)) {
                throw new TypeConversionException(value + ":1: unknown column '" + h + "'; known: " + COLUMNS);
            }
            header.add(name);
        }
        if (!header.contains("file")) {
            throw new TypeConversionException(value + ":1: no 'file' column");
        }
        Map<String, KnownMetadata> out = new HashMap<>();
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            List<String> cells = cells(lines.get(i));
            Map<String, String> row = new HashMap<>();
            for (int k = 0; k < header.size() && k < cells.size(); k++) {
                String cell = cells.get(k).trim();
                if (!cell.isEmpty()) {
                    row.put(header.get(k), cell);
                }
            }
            String where = value + ":" + (i + 1) + ": ";
            if (row.get("file") == null) {
                throw new TypeConversionException(where + "no file name");
            }
            try {
                out.put(row.get("file"), new KnownMetadata(row.get("company"), row.get("ticker"), row.get("exchange"),
                        row.get("date") == null ? null : LocalDate.parse(row.get("date")), number(row.get("quarter")),
                        number(row.get("year"))));
            } catch (DateTimeParseException | IllegalArgumentException e) {
                throw new TypeConversionException(where + e.getMessage());
            }
        }
        return new Table(out);
    }

    private static Integer number(String s) {
        return s == null ? null : Integer.valueOf(s);
    }

    /** The cells of one CSV record on one line, with RFC 4180 quoting. */
    static List<String> cells(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                out.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        out.add(cell.toString());
        return out;
    }
}
