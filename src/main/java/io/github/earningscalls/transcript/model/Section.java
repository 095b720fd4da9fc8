package io.github.earningscalls.transcript.model;

import java.util.List;
import java.util.Objects;

/**
 * A part of the call: the prepared remarks or the Q&amp;A session.
 *
 * @param kind      which part
 * @param line      the 1-based line where the section starts: its marker line, or the line of its
 *                  first turn when the source prints no marker
 * @param turns     the turns, in order
 * @param exchanges for the Q&amp;A, the questioners' blocks, in order; empty for prepared remarks
 * @since 0.1.0
 */
public record Section(SectionKind kind, int line, List<Turn> turns, List<Exchange> exchanges) {
    /**
     * Creates a section; the lists are copied.
     *
     * @param kind      which part
     * @param line      the 1-based line where it starts
     * @param turns     the turns, in order
     * @param exchanges the questioners' blocks, in order; empty for prepared remarks
     * @throws IllegalArgumentException if {@code line} is not positive
     */
    public Section {
        Objects.requireNonNull(kind, "kind");
        turns = List.copyOf(turns);
        exchanges = List.copyOf(exchanges);
        if (line < 1) {
            throw new IllegalArgumentException("line must be positive: " + line);
        }
    }

    /**
     * The section's words, editorial marks excluded.
     *
     * @return the sum of the turns' word counts
     */
    public int wordCount() {
        int n = 0;
        for (Turn t : turns) {
            n += t.wordCount();
        }
        return n;
    }
}
