package io.github.earningscalls.transcript.model;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One question of the Q&amp;A with the answers that follow it in its exchange, up to the next
 * question: a row of a question-answering data set. Greetings and thanks
 * ({@link TurnKind#ACKNOWLEDGMENT}) are neither question nor answer and are left out.
 *
 * <pre>{@code
 * for (QaPair p : transcript.questionsAndAnswers().map(Section::pairs).orElse(List.of())) {
 *     System.out.println(p.question().speaker() + " asked, " + p.answerers() + " answered");
 * }
 * }</pre>
 *
 * @param exchangeIndex the index of the question's exchange in {@link Section#exchanges()}
 * @param questionIndex the question's index in {@link Section#turns()} (the JSON's {@code index})
 * @param question      the {@link TurnKind#QUESTION} turn
 * @param answers       the {@link TurnKind#ANSWER} turns after it in its exchange and before the
 *                      next question, in order; empty when nobody answered
 * @since 0.1.0
 * @see Section#pairs()
 */
public record QaPair(int exchangeIndex, int questionIndex, Turn question, List<Turn> answers) {
    /**
     * Creates a pair; the list is copied.
     *
     * @param exchangeIndex the exchange's index in its section
     * @param questionIndex the question's index in its section
     * @param question      the question turn
     * @param answers       the answer turns, in order
     * @throws IllegalArgumentException if an index is negative, or a turn is not of its kind
     */
    public QaPair {
        Objects.requireNonNull(question, "question");
        answers = List.copyOf(answers);
        if (exchangeIndex < 0 || questionIndex < 0) {
            throw new IllegalArgumentException("negative index: exchange " + exchangeIndex + ", question " + questionIndex);
        }
        if (question.kind() != TurnKind.QUESTION) {
            throw new IllegalArgumentException("the question at line " + question.line() + " is a " + question.kind());
        }
        for (Turn a : answers) {
            if (a.kind() != TurnKind.ANSWER) {
                throw new IllegalArgumentException("the answer at line " + a.line() + " is a " + a.kind());
            }
        }
    }

    /**
     * Who answered: the answers' {@link Turn#speakerId()}s, each once, in the order they first spoke.
     *
     * @return an unmodifiable list, empty when nobody answered
     */
    public List<String> answererIds() {
        Set<String> ids = new LinkedHashSet<>();
        answers.forEach(a -> ids.add(a.speakerId()));
        return List.copyOf(ids);
    }

    /**
     * Who answered, by name: the answers' {@link Turn#speaker()}s, each once, in the order they first
     * spoke.
     *
     * @return an unmodifiable list, empty when nobody answered
     */
    public List<String> answerers() {
        Set<String> names = new LinkedHashSet<>();
        answers.forEach(a -> names.add(a.speaker()));
        return List.copyOf(names);
    }

    /**
     * The answers' words, editorial marks excluded.
     *
     * @return the sum of the answers' word counts, 0 when nobody answered
     */
    public int answerWordCount() {
        int n = 0;
        for (Turn a : answers) {
            n += a.wordCount();
        }
        return n;
    }

    /**
     * The answers' text: each answer's {@link Turn#plainText()}, separated by a blank line.
     *
     * @return the text, empty when nobody answered
     */
    public String answerText() {
        List<String> texts = new ArrayList<>(answers.size());
        answers.forEach(a -> texts.add(a.plainText()));
        return String.join("\n\n", texts);
    }
}
