package io.github.earningscalls.transcript.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.util.List;

/**
 * Writes the rows of a table as CSV (RFC 4180), TSV, or JSON Lines: one object per row whose fields
 * are the columns, numbers as numbers and empty values as {@code null}, so that
 * {@code pandas.read_json(lines=True)} and {@code jq} see the same table a spreadsheet does.
 */
interface TableWriter {
    /** Starts the table; CSV and TSV write the header row unless told not to. */
    void start(List<String> columns) throws IOException;

    /** Writes one row, a value per column; {@code null} is empty in CSV and TSV. */
    void row(Object... values) throws IOException;

    /** The layouts a table command writes. */
    enum Layout {
        /** Comma-separated values, RFC 4180. */
        CSV,
        /** Tab-separated values, one record per line. */
        TSV,
        /** One JSON object per line. */
        JSONL
    }

    /** A writer for the layout. */
    static TableWriter of(Layout layout, Writer out, boolean header) {
        return switch (layout) {
            case CSV -> new Delimited(new DelimitedWriter(out, DelimitedWriter.Dialect.CSV), header);
            case TSV -> new Delimited(new DelimitedWriter(out, DelimitedWriter.Dialect.TSV), header);
            case JSONL -> new JsonLinesTable(out);
        };
    }

    /** CSV or TSV through {@link DelimitedWriter}. */
    final class Delimited implements TableWriter {
        private final DelimitedWriter rows;
        private final boolean header;

        Delimited(DelimitedWriter rows, boolean header) {
            this.rows = rows;
            this.header = header;
        }

        @Override
        public void start(List<String> columns) throws IOException {
            if (header) {
                rows.row(columns.toArray());
            }
        }

        @Override
        public void row(Object... values) throws IOException {
            rows.row(values);
        }
    }

    /** JSON Lines, with the streaming layer only. */
    final class JsonLinesTable implements TableWriter {
        private static final JsonFactory JSON = new JsonFactory();

        private final Writer out;
        private List<String> columns;

        JsonLinesTable(Writer out) {
            this.out = out;
        }

        @Override
        public void start(List<String> columns) {
            this.columns = List.copyOf(columns);
        }

        @Override
        public void row(Object... values) throws IOException {
            if (values.length != columns.size()) {
                throw new IllegalArgumentException(values.length + " values for " + columns.size() + " columns");
            }
            StringWriter line = new StringWriter(256);
            try (JsonGenerator g = JSON.createGenerator(line)) {
                g.writeStartObject();
                for (int i = 0; i < values.length; i++) {
                    g.writeFieldName(columns.get(i));
                    Object v = values[i];
                    if (v == null) {
                        g.writeNull();
                    } else if (v instanceof Integer n) {
                        g.writeNumber(n);
                    } else if (v instanceof Long n) {
                        g.writeNumber(n);
                    } else if (v instanceof Double d) {
                        g.writeNumber(d);
                    } else if (v instanceof Boolean b) {
                        g.writeBoolean(b);
                    } else {
                        g.writeString(v.toString());
                    }
                }
                g.writeEndObject();
            }
            out.write(line.toString());
            out.write('\n');
        }
    }
}
