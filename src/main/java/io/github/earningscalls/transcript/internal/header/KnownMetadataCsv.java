package io.github.earningscalls.transcript.internal.header;

import io.github.earningscalls.transcript.KnownMetadata;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads what a caller knows about each file from a CSV file whose header names {@code file} and any of
 * {@code company}, {@code ticker}, {@code exchange}, {@code date} (ISO), {@code quarter}, {@code year};
 * an empty cell is "not known". Fields may be quoted as RFC 4180 quotes them. The command line's
 * {@code --known-metadata} and the Spark data source's {@code knownMetadata} option read it.
 */
public final class KnownMetadataCsv {
    private static final List<String> COLUMNS = List.of("file", "company", "ticker", "exchange", "date", "quarter", "year");

    private KnownMetadataCsv() {
    }

    /**
     * The rows of the file by file name.
     *
     * @param lines  the file's lines
     * @param source the file's name, for the messages
     * @throws IllegalArgumentException naming the source and line of what is wrong
     */
    public static Map<String, KnownMetadata> read(List<String> lines, String source) {
        if (lines.isEmpty()) {
            throw new IllegalArgumentException(source + " is empty; its first line names the columns: " + COLUMNS);
        }
        List<String> header = new ArrayList<>();
        for (String h : cells(lines.get(0))) {
            String name = h.trim().toLowerCase(Locale.ROOT);
            if (!COLUMNS.contains(name)) {
                throw new IllegalArgumentException(source + ":1: unknown column '" + h + "'; known: " + COLUMNS);
            }
            header.add(name);
        }
        if (!header.contains("file")) {
            throw new IllegalArgumentException(source + ":1: no 'file' column");
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
            String where = source + ":" + (i + 1) + ": ";
            if (row.get("file") == null) {
                throw new IllegalArgumentException(where + "no file name");
            }
            try {
                out.put(row.get("file"), new KnownMetadata(row.get("company"), row.get("ticker"), row.get("exchange"),
                        row.get("date") == null ? null : LocalDate.parse(row.get("date")), number(row.get("quarter")),
                        number(row.get("year"))));
            } catch (DateTimeParseException | IllegalArgumentException e) {
                throw new IllegalArgumentException(where + e.getMessage(), e);
            }
        }
        return out;
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
