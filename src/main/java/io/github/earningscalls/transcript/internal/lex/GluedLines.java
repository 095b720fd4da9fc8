package io.github.earningscalls.transcript.internal.lex;

import io.github.earningscalls.transcript.internal.diagnostic.DiagnosticCode;
import io.github.earningscalls.transcript.internal.diagnostic.DiagnosticCollector;
import io.github.earningscalls.transcript.internal.input.Mojibake;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The {@link Lexer}'s lines that run several turns together: finds the listed names and printed labels
 * glued into a long line of speech, or left at its end, and cuts the line into the paragraphs and
 * speaker lines it should have been, each at its true offset in the source.
 */
final class GluedLines {
    /** Reads a piece of a line in the body, as a line of its own: the lexer's body state. */
    @FunctionalInterface
    interface Body {
        void read(int number, int start, int end, String text, String next);
    }

    /** The labels to look for: printed markers, and the roster's lines and names as they are read. */
    private final List<String> labels = new ArrayList<>();
    /** The lexer's output, which the pieces join in order. */
    private final List<Line> out;
    private final DiagnosticCollector diagnostics;
    private final Body body;
    /** The index of {@link #labels}, built when first needed after they last changed. */
    private Glue glue;

    GluedLines(List<Line> out, DiagnosticCollector diagnostics, Body body) {
        this.out = out;
        this.diagnostics = diagnostics;
        this.body = body;
    }

    /** Adds labels to look for; the index is rebuilt when next needed. */
    void addLabels(Collection<String> more) {
        labels.addAll(more);
        glue = null;
    }

    /**
     * Where labels are glued into a line's text; {@code places}, when given, are the places the
     * preparation noted for line {@code i}, where glued text may start, else the whole text is searched.
     */
    List<Glue.Hit> find(String text, GluePlaces places, int i) {
        return places != null ? places.find(glue(), i, text) : glue().find(text);
    }

    /**
     * Where a listed name or printed label that ends the line after a finished sentence starts, or 0: a
     * paragraph of speech ends in punctuation, never in a bare name.
     */
    int trailingLabel(String text) {
        int n = text.length();
        if (n == 0 || !Character.isLetter(text.charAt(n - 1))) {
            return 0;
        }
        for (int i = n - 2; i > 0 && n - i <= Glue.MAX_LABEL_LENGTH; i--) {
            char c = text.charAt(i - 1);
            if (text.charAt(i) == ' ' && (c == '.' || c == '?' || c == '!')) {
                return glue().isLabel(text.substring(i + 1)) ? i + 1 : 0;
            }
        }
        return 0;
    }

    /** Cuts a line that holds several turns run together into the lines it should have been. */
    void split(Line line, String rawText, List<Glue.Hit> hits) {
        String text = line.text();
        int[] map = text.equals(rawText) ? null : Mojibake.offsetMap(rawText);
        int pos = 0;
        int turns = 0;
        for (Glue.Hit h : hits) {
            paragraphs(line, map, pos, h.start());
            int before = out.size();
            body.read(line.number(), offset(line, map, h.start()), offset(line, map, h.end()),
                    text.substring(h.start(), h.end()), "");
            if (out.size() > before && out.get(before).kind() == LineKind.SPEAKER_LINE) {
                turns++;
            }
            pos = h.end();
        }
        paragraphs(line, map, pos, text.length());
        diagnostics.report(DiagnosticCode.GLUED_TEXT_SPLIT, line.number(), "the line runs " + turns
                + " speaker turn(s) into its text; split at the speaker names");
    }

    private void paragraphs(Line line, int[] map, int from, int to) {
        String text = line.text();
        int a = from;
        for (int end : Glue.paragraphEnds(text, from, to)) {
            int s = a;
            int e = end;
            while (s < e && Character.isWhitespace(text.charAt(s))) {
                s++;
            }
            while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
                e--;
            }
            if (e > s) {
                out.add(Line.of(line.number(), offset(line, map, s), offset(line, map, e), text.substring(s, e),
                        LineKind.PARAGRAPH));
            }
            a = end;
        }
    }

    private static int offset(Line line, int[] map, int i) {
        return line.start() + (map == null ? i : map[i]);
    }

    private Glue glue() {
        if (glue == null) {
            glue = Glue.of(labels);
        }
        return glue;
    }
}
