package io.github.earningscalls.transcript.cli;

import java.io.IOException;
import java.io.Writer;

/**
 * Writes rows as CSV (RFC 4180: fields quoted when they hold a comma, a quote or a line break,
 * quotes doubled, records ended by CRLF) or as TSV (backslash escapes for tab, line breaks and
 * backslash, so every record stays on one line for {@code cut}, {@code awk} and {@code sort}).
 */
final class DelimitedWriter {
    /** The two layouts. */
    enum Dialect {
        /** Comma-separated values, RFC 4180. */
        CSV,
        /** Tab-separated values, one record per line. */
        TSV
    }

    private final Writer out;
    private final Dialect dialect;

    DelimitedWriter(Writer out, Dialect dialect) {
        this.out = out;
        this.dialect = dialect;
    }

    /** Writes one record; {@code null} fields are written empty. */
    void row(Object... fields) throws IOException {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) {
                sb.append(dialect == Dialect.CSV ? ',' : '\t');
            }
            String f = fields[i] == null ? "" : fields[i].toString();
            sb.append(dialect == Dialect.CSV ? csvField(f) : tsvField(f));
        }
        sb.append(dialect == Dialect.CSV ? "\r\n" : "\n");
        out.write(sb.toString());
    }

    /** Quotes a CSV field when RFC 4180 requires it. */
    static String csvField(String f) {
        if (f.indexOf(',') < 0 && f.indexOf('"') < 0 && f.indexOf('\n') < 0 && f.indexOf('\r') < 0) {
            return f;
        }
        return '"' + f.replace("\"", "\"\"") + '"';
    }

    /** Escapes a TSV field so it holds no tab or line break. */
    static String tsvField(String f) {
        StringBuilder sb = new StringBuilder(f.length());
        for (int i = 0; i < f.length(); i++) {
            char c = f.charAt(i);
            switch (c) {
                case '\\' -> sb.append("\\\\");
                case '\t' -> sb.append("\\t");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }
}
