package io.github.earningscalls.transcript.model;

import java.util.ArrayList;
import java.util.Collections;
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
     * The turns of one exchange of this section, in order.
     *
     * <pre>{@code
     * Section qa = transcript.questionsAndAnswers().orElseThrow();
     * for (Exchange e : qa.exchanges()) {
     *     String asked = qa.questions(e).stream().map(Turn::plainText).collect(Collectors.joining("\n"));
     *     String answered = qa.answers(e).stream().map(Turn::plainText).collect(Collectors.joining("\n"));
     * }
     * }</pre>
     *
     * @param exchange one of this section's {@link #exchanges()}
     * @return an unmodifiable list of the exchange's turns
     * @throws IllegalArgumentException if the exchange points past this section's turns
     */
    public List<Turn> turns(Exchange exchange) {
        List<Turn> out = new ArrayList<>(exchange.turnIndices().size());
        for (int i : exchange.turnIndices()) {
            if (i < 0 || i >= turns.size()) {
                throw new IllegalArgumentException("the exchange at line " + exchange.startLine()
                        + " is not one of this section's: it points to turn " + i + " of " + turns.size());
            }
            out.add(turns.get(i));
        }
        return Collections.unmodifiableList(out);
    }

    /**
     * The questioner's questions in one exchange: its {@link TurnKind#QUESTION} turns.
     *
     * @param exchange one of this section's {@link #exchanges()}
     * @return an unmodifiable list of the question turns, in order
     */
    public List<Turn> questions(Exchange exchange) {
        return ofKind(turns(exchange), TurnKind.QUESTION);
    }

    /**
     * The replies in one exchange: its {@link TurnKind#ANSWER} turns.
     *
     * @param exchange one of this section's {@link #exchanges()}
     * @return an unmodifiable list of the answer turns, in order
     */
    public List<Turn> answers(Exchange exchange) {
        return ofKind(turns(exchange), TurnKind.ANSWER);
    }

    /**
     * The section's questions, each with the answers that follow it in its exchange up to the next
     * question, exchange by exchange: what the command line's {@code pairs} table and the Spark
     * {@code pairs} table are made of.
     *
     * <pre>{@code
     * Section qa = transcript.questionsAndAnswers().orElseThrow();
     * for (QaPair p : qa.pairs()) {
     *     System.out.println(p.question().plainText() + " -> " + p.answerText());
     * }
     * }</pre>
     *
     * @return an unmodifiable list, in the order the questions were asked; empty for a section
     *         without exchanges (the prepared remarks)
     * @throws IllegalArgumentException if an exchange points past this section's turns
     * @since 0.1.0
     */
    public List<QaPair> pairs() {
        List<QaPair> out = new ArrayList<>();
        for (int e = 0; e < exchanges.size(); e++) {
            List<Integer> indices = exchanges.get(e).turnIndices();
            List<Turn> block = turns(exchanges.get(e));
            for (int q = 0; q < block.size(); q++) {
                if (block.get(q).kind() != TurnKind.QUESTION) {
                    continue;
                }
                List<Turn> answers = new ArrayList<>();
                for (int a = q + 1; a < block.size() && block.get(a).kind() != TurnKind.QUESTION; a++) {
                    if (block.get(a).kind() == TurnKind.ANSWER) {
                        answers.add(block.get(a));
                    }
                }
                out.add(new QaPair(e, indices.get(q), block.get(q), answers));
            }
        }
        return Collections.unmodifiableList(out);
    }

    private static List<Turn> ofKind(List<Turn> turns, TurnKind kind) {
        List<Turn> out = new ArrayList<>();
        for (Turn t : turns) {
            if (t.kind() == kind) {
                out.add(t);
            }
        }
        return Collections.unmodifiableList(out);
    }

    /**
     * The section's text: each turn's {@link Turn#plainText()}, separated by a blank line.
     *
     * @return the text, empty for a section without turns
     */
    public String plainText() {
        StringBuilder sb = new StringBuilder();
        for (Turn t : turns) {
            if (sb.length() > 0) {
                sb.append("\n\n");
            }
            sb.append(t.plainText());
        }
        return sb.toString();
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
