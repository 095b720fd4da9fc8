package io.github.earningscalls.transcript.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/** A plain-text table whose columns line up in a fixed-width font, for people reading a terminal. */
final class TextTable {
    /** How a column's cells sit in its width. */
    enum Align {
        /** Text. */
        LEFT,
        /** Numbers, so that their digits line up. */
        RIGHT
    }

    private static final String GAP = "  ";

    private final Align[] aligns;
    private final List<String[]> rows = new ArrayList<>();

    /** A table with one column per alignment given. */
    TextTable(Align... aligns) {
        this.aligns = aligns.clone();
    }

    /** Adds a row; {@code null} cells print empty. */
    TextTable row(String... cells) {
        if (cells.length != aligns.length) {
            throw new IllegalArgumentException("expected " + aligns.length + " cells, got " + cells.length);
        }
        rows.add(cells.clone());
        return this;
    }

    /** Prints the rows, each line after {@code indent} and without trailing spaces. */
    void print(PrintWriter out, String indent) {
        int[] widths = new int[aligns.length];
        for (String[] r : rows) {
            for (int i = 0; i < r.length; i++) {
                widths[i] = Math.max(widths[i], text(r[i]).length());
            }
        }
        for (String[] r : rows) {
            StringBuilder line = new StringBuilder(indent);
            for (int i = 0; i < r.length; i++) {
                String cell = text(r[i]);
                String pad = " ".repeat(widths[i] - cell.length());
                if (i > 0) {
                    line.append(GAP);
                }
                line.append(aligns[i] == Align.RIGHT ? pad + cell : cell + pad);
            }
            out.println(line.toString().stripTrailing());
        }
    }

    private static String text(String cell) {
        return cell == null ? "" : cell;
    }
}
