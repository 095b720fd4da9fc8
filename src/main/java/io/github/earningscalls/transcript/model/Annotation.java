package io.github.earningscalls.transcript.model;

import java.util.Objects;

/**
 * An editorial mark inside a paragraph, such as {@code [Operator Instructions]} or {@code [ph]}.
 *
 * @param type  what the mark means
 * @param text  the mark exactly as printed, brackets included
 * @param start offset of the mark's first character within {@link Paragraph#text()}
 * @param end   offset just past the mark's last character within {@link Paragraph#text()}
 * @since 0.1.0
 */
public record Annotation(AnnotationType type, String text, int start, int end) {
    /**
     * Creates an annotation.
     *
     * @param type  what the mark means
     * @param text  the mark exactly as printed
     * @param start offset of its first character within the paragraph text
     * @param end   offset just past its last character
     * @throws IllegalArgumentException if {@code start..end} does not span exactly {@code text}
     */
    public Annotation {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(text, "text");
        if (start < 0 || end - start != text.length()) {
            throw new IllegalArgumentException("annotation offsets " + start + ".." + end
                    + " do not fit its text '" + text + "'");
        }
    }
}
