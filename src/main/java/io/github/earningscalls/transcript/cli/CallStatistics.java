package io.github.earningscalls.transcript.cli;

import io.github.earningscalls.transcript.model.Diagnostic;
import io.github.earningscalls.transcript.model.Participant;
import io.github.earningscalls.transcript.model.Section;
import io.github.earningscalls.transcript.model.SectionKind;
import io.github.earningscalls.transcript.model.Severity;
import io.github.earningscalls.transcript.model.Transcript;
import io.github.earningscalls.transcript.model.Turn;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The figures {@code stats} shows for one transcript: who spoke how much, and how the words split
 * between prepared remarks and Q&amp;A.
 *
 * @param speakers    every participant, roster order first, with their turns and words
 * @param sections    turns and words per section, in source order
 * @param exchanges   the number of questioners' blocks in the Q&amp;A
 * @param diagnostics the number of diagnostics per severity
 */
record CallStatistics(List<SpeakerFigures> speakers, List<SectionFigures> sections, int exchanges,
                      Map<Severity, Integer> diagnostics) {

    /**
     * One participant's share of the call.
     *
     * @param participant who
     * @param turns       how many turns they took
     * @param words       how many words they spoke
     */
    record SpeakerFigures(Participant participant, int turns, int words) {
    }

    /**
     * One section's size.
     *
     * @param kind  which section
     * @param turns its turns
     * @param words its words
     */
    record SectionFigures(SectionKind kind, int turns, int words) {
    }

    /** Counts a transcript. */
    static CallStatistics of(Transcript t) {
        Map<String, int[]> bySpeaker = new LinkedHashMap<>();
        for (Participant p : t.participants()) {
            bySpeaker.put(p.id(), new int[2]);
        }
        List<SectionFigures> sections = new ArrayList<>();
        int exchanges = 0;
        for (Section s : t.sections()) {
            for (Turn turn : s.turns()) {
                int[] c = bySpeaker.computeIfAbsent(turn.speakerId(), id -> new int[2]);
                c[0]++;
                c[1] += turn.wordCount();
            }
            sections.add(new SectionFigures(s.kind(), s.turns().size(), s.wordCount()));
            exchanges += s.exchanges().size();
        }
        List<SpeakerFigures> speakers = new ArrayList<>();
        for (Participant p : t.participants()) {
            int[] c = bySpeaker.get(p.id());
            speakers.add(new SpeakerFigures(p, c[0], c[1]));
        }
        Map<Severity, Integer> diagnostics = new EnumMap<>(Severity.class);
        for (Diagnostic d : t.diagnostics()) {
            diagnostics.merge(d.severity(), 1, Integer::sum);
        }
        return new CallStatistics(List.copyOf(speakers), List.copyOf(sections), exchanges, diagnostics);
    }

    /** All words spoken, editorial marks excluded. */
    int words() {
        return sections.stream().mapToInt(SectionFigures::words).sum();
    }

    /** All turns. */
    int turns() {
        return sections.stream().mapToInt(SectionFigures::turns).sum();
    }

    /**
     * A count as a share of all words.
     *
     * @return a percentage from 0 to 100; 0 when the call has no words
     */
    double share(int words) {
        int all = words();
        return all == 0 ? 0 : 100.0 * words / all;
    }
}
