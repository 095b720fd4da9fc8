package io.github.earningscalls.transcript.model;

import java.util.List;
import java.util.Objects;

/**
 * One paragraph of a turn.
 *
 * @param line        the 1-based source line it starts on
 * @param endLine     the 1-based source line it ends on (equal to {@code line} unless the source
 *                    wrapped the paragraph over several lines)
 * @param start       offset (in UTF-16 units of the decoded text, line breaks as in the source, any
 *                    byte-order mark excluded) of the paragraph's first character in the source
 * @param end         offset just past its last character in the source
 * @param text        the text as printed, editorial marks included, with any mis-decoded characters
 *                    repaired and surrounding white space removed
 * @param annotations the editorial marks inside {@code text}, in order
 * @since 0.1.0
 */
public record Paragraph(int line, int endLine, int start, int end, String text, List<Annotation> annotations) {
    /**
     * Creates a paragraph; the list is copied.
     *
     * @param line        the 1-based first line
     * @param endLine     the 1-based last line
     * @param start       offset of its first character in the decoded source
     * @param end         offset just past its last character
     * @param text        the text as printed
     * @param annotations the editorial marks inside {@code text}, in order
     * @throws IllegalArgumentException if {@code line} is below 1, an offset is negative, or a range runs backwards
     */
    public Paragraph {
        Objects.requireNonNull(text, "text");
        annotations = List.copyOf(annotations);
        if (line < 1 || endLine < line) {
            throw new IllegalArgumentException("bad line range " + line + ".." + endLine);
        }
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad offsets " + start + ".." + end);
        }
    }

    /**
     * The text without its editorial marks, for readers and NLP pipelines.
     *
     * <p>Each mark is removed together with the space before it, so {@code Ping [ph] An} reads
     * {@code Ping An}.
     *
     * @return the text with every annotation removed and white space tidied
     */
    public String plainText() {
        if (annotations.isEmpty()) {
            return text;
        }
        StringBuilder sb = new StringBuilder(text.length());
        int from = 0;
        for (Annotation a : annotations) {
            sb.append(text, from, a.start());
            from = a.end();
        }
        sb.append(text, from, text.length());
        return Words.tidy(sb);
    }

    /**
     * Counts the words of {@link #plainText()}.
     *
     * @return the number of white-space separated tokens that contain a letter or digit
     */
    public int wordCount() {
        return Words.count(plainText());
    }
}
