package io.github.earningscalls.transcript.model;

import java.util.List;
import java.util.Objects;

/**
 * One questioner's block in the Q&amp;A: from the questioner's first turn up to the next operator
 * turn or the next questioner.
 *
 * @param questionerId the {@link Participant#id()} of the person asking
 * @param startLine    the line of the questioner's first turn in the block
 * @param endLine      the last line of the block's last turn
 * @param turnIndices  indices into the section's {@link Section#turns()}, in order
 * @since 0.1.0
 */
public record Exchange(String questionerId, int startLine, int endLine, List<Integer> turnIndices) {
    /**
     * Creates an exchange; the list is copied.
     *
     * @param questionerId the id of the person asking
     * @param startLine    the line of the questioner's first turn
     * @param endLine      the last line of the block
     * @param turnIndices  the indices of its turns in the section, at least one
     * @throws IllegalArgumentException if there are no turns, or the line range is invalid
     */
    public Exchange {
        Objects.requireNonNull(questionerId, "questionerId");
        turnIndices = List.copyOf(turnIndices);
        if (turnIndices.isEmpty()) {
            throw new IllegalArgumentException("an exchange has at least one turn");
        }
        if (startLine < 1 || endLine < startLine) {
            throw new IllegalArgumentException("bad line range " + startLine + ".." + endLine);
        }
    }
}
