package io.github.earningscalls.transcript.model;

import java.util.List;
import java.util.Objects;

/**
 * One speaker's uninterrupted contribution: the speaker line and the paragraphs after it.
 *
 * <p>Two consecutive turns by the same speaker stay two turns, as the source prints them.
 *
 * @param speakerId    the {@link Participant#id()} of the speaker
 * @param speaker      the speaker's name as the participant list gives it
 * @param speakerLabel the speaker line exactly as printed (it may carry a title, a firm or a
 *                     {@code Q -}/{@code A -} prefix)
 * @param role         the speaker's role
 * @param kind         what the turn does in the conversation
 * @param line         the 1-based line of the speaker line
 * @param endLine      the 1-based line of the turn's last non-blank line
 * @param paragraphs   the paragraphs, in order; empty when the speaker line is followed by nothing
 * @param questions    for a {@link TurnKind#QUESTION} turn, its sentences that ask, in order;
 *                     empty for other kinds
 * @since 0.1.0
 */
public record Turn(String speakerId, String speaker, String speakerLabel, Role role, TurnKind kind,
                   int line, int endLine, List<Paragraph> paragraphs, List<String> questions) {
    /**
     * Creates a turn; the lists are copied.
     *
     * @param speakerId    the speaker's participant id
     * @param speaker      the speaker's name
     * @param speakerLabel the speaker line as printed
     * @param role         the speaker's role
     * @param kind         what the turn does in the conversation
     * @param line         the 1-based line of the speaker line
     * @param endLine      the 1-based line of the turn's last non-blank line
     * @param paragraphs   the paragraphs, in order
     * @param questions    the sentences that ask, for a question turn
     * @throws IllegalArgumentException if {@code line} is below 1 or {@code endLine} below {@code line}
     */
    public Turn {
        Objects.requireNonNull(speakerId, "speakerId");
        Objects.requireNonNull(speaker, "speaker");
        Objects.requireNonNull(speakerLabel, "speakerLabel");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(kind, "kind");
        paragraphs = List.copyOf(paragraphs);
        questions = List.copyOf(questions);
        if (line < 1 || endLine < line) {
            throw new IllegalArgumentException("bad line range " + line + ".." + endLine);
        }
    }

    /**
     * The turn's words, editorial marks excluded.
     *
     * @return the sum of the paragraphs' word counts
     */
    public int wordCount() {
        int n = 0;
        for (Paragraph p : paragraphs) {
            n += p.wordCount();
        }
        return n;
    }

    /**
     * The turn's plain text, paragraphs separated by a blank line.
     *
     * @return the paragraphs' {@link Paragraph#plainText()} joined with {@code "\n\n"}
     */
    public String plainText() {
        StringBuilder sb = new StringBuilder();
        for (Paragraph p : paragraphs) {
            if (sb.length() > 0) {
                sb.append("\n\n");
            }
            sb.append(p.plainText());
        }
        return sb.toString();
    }
}
