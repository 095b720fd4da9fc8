package io.github.earningscalls.transcript.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A parsed earnings-call transcript: its source, header, participants, sections and the
 * diagnostics the parser raised.
 *
 * <pre>{@code
 * Transcript t = TranscriptParser.parse(Path.of("call.txt"));
 * for (Turn turn : t.turns()) {
 *     System.out.println(turn.speaker() + " (" + turn.kind() + "): " + turn.wordCount() + " words");
 * }
 * // The Q&A, one questioner's block at a time.
 * t.questionsAndAnswers().ifPresent(qa -> {
 *     for (Exchange e : qa.exchanges()) {
 *         List<Turn> asked = qa.questions(e);
 *         List<Turn> answered = qa.answers(e);
 *     }
 * });
 * }</pre>
 *
 * @param source       where the transcript came from and how it was read
 * @param metadata     the call's header
 * @param participants everyone listed in the roster or speaking, roster order first
 * @param sections     the prepared remarks and the Q&amp;A, in source order (either may be absent)
 * @param diagnostics  what the parser noticed and tolerated, in line order
 * @since 0.1.0
 */
public record Transcript(SourceInfo source, CallMetadata metadata, List<Participant> participants,
                         List<Section> sections, List<Diagnostic> diagnostics) {
    /**
     * Creates a transcript; the lists are copied.
     *
     * @param source       where the transcript came from
     * @param metadata     the call's header
     * @param participants the participants, roster order first
     * @param sections     the sections, in source order
     * @param diagnostics  the diagnostics, in line order
     */
    public Transcript {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(metadata, "metadata");
        participants = List.copyOf(participants);
        sections = List.copyOf(sections);
        diagnostics = List.copyOf(diagnostics);
    }

    /**
     * Every turn of every section, in source order.
     *
     * @return an unmodifiable list of the turns
     */
    public List<Turn> turns() {
        List<Turn> all = new ArrayList<>();
        for (Section s : sections) {
            all.addAll(s.turns());
        }
        return Collections.unmodifiableList(all);
    }

    /**
     * Looks a participant up by id.
     *
     * @param id a {@link Participant#id()}
     * @return the participant, or empty when no participant has that id
     */
    public Optional<Participant> participant(String id) {
        for (Participant p : participants) {
            if (p.id().equals(id)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    /**
     * Finds a section by kind.
     *
     * @param kind the section kind
     * @return the section, or empty when the transcript has none of that kind
     */
    public Optional<Section> section(SectionKind kind) {
        for (Section s : sections) {
            if (s.kind() == kind) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    /**
     * The prepared remarks, when the transcript has them.
     *
     * @return the {@link SectionKind#PREPARED_REMARKS} section, or empty
     */
    public Optional<Section> preparedRemarks() {
        return section(SectionKind.PREPARED_REMARKS);
    }

    /**
     * The question-and-answer session, when the transcript has one.
     *
     * @return the {@link SectionKind#QUESTIONS_AND_ANSWERS} section, or empty
     */
    public Optional<Section> questionsAndAnswers() {
        return section(SectionKind.QUESTIONS_AND_ANSWERS);
    }

    /**
     * The turns of speakers of one role, in source order: {@code turns(Role.CORPORATE)} is what the
     * company said, {@code turns(Role.ANALYST)} what the analysts said.
     *
     * @param role the speakers' role
     * @return an unmodifiable list of their turns
     */
    public List<Turn> turns(Role role) {
        Objects.requireNonNull(role, "role");
        List<Turn> out = new ArrayList<>();
        for (Section s : sections) {
            for (Turn t : s.turns()) {
                if (t.role() == role) {
                    out.add(t);
                }
            }
        }
        return Collections.unmodifiableList(out);
    }

    /**
     * Counts the words a participant spoke, editorial marks excluded.
     *
     * @param participantId a {@link Participant#id()}
     * @return the sum of the word counts of that participant's turns
     */
    public int wordCount(String participantId) {
        int n = 0;
        for (Section s : sections) {
            for (Turn t : s.turns()) {
                if (t.speakerId().equals(participantId)) {
                    n += t.wordCount();
                }
            }
        }
        return n;
    }

    /**
     * Sums up how far this parse can be trusted: the verdict of its diagnostics, the speakers and turns
     * whose side is unknown, and the warnings and errors by code. Computed on each call.
     *
     * @return the quality summary
     */
    public Quality quality() {
        return Quality.of(this);
    }
}
