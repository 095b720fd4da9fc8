package io.github.earningscalls.transcript.model;

import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * A summary of how far one parse can be trusted, for filtering an archive without reading its calls:
 * the verdict of its diagnostics, how many speakers and turns have no known side, and how often each
 * warning or error was raised.
 *
 * <pre>{@code
 * Quality q = transcript.quality();
 * if (q.verdict() == Verdict.BROKEN || q.wordsUnknownRole() > 0) {
 *     review.add(transcript.source().name());
 * }
 * }</pre>
 *
 * <p>Counts of diagnostics are of those the transcript kept: a parser caps their number, keeping
 * errors first.
 *
 * @param verdict             the worst severity among the diagnostics, as a verdict
 * @param errors              diagnostics of severity {@link Severity#ERROR}
 * @param warnings            diagnostics of severity {@link Severity#WARNING}
 * @param speakers            participants who have at least one turn
 * @param speakersUnknownRole of those, the ones whose role is {@link Role#UNKNOWN}
 * @param speakersNotListed   of those, the ones (operator aside) the roster does not list; 0 when the
 *                            transcript has no roster, since then nobody is listed and that says nothing
 * @param turns               turns in all sections
 * @param turnsUnknownRole    turns of speakers whose role is {@link Role#UNKNOWN}
 * @param wordsUnknownRole    the words of those turns
 * @param codes               for each code of a warning or error, how many were raised, ordered by code
 * @since 0.1.0
 */
public record Quality(Verdict verdict, int errors, int warnings, int speakers, int speakersUnknownRole,
                      int speakersNotListed, int turns, int turnsUnknownRole, int wordsUnknownRole,
                      Map<String, Integer> codes) {
    /**
     * Creates a summary; the map is copied, in code order.
     *
     * @param verdict             the verdict
     * @param errors              error count
     * @param warnings            warning count
     * @param speakers            participants who speak
     * @param speakersUnknownRole speakers of unknown role
     * @param speakersNotListed   speakers the roster does not list
     * @param turns               turn count
     * @param turnsUnknownRole    turns of speakers of unknown role
     * @param wordsUnknownRole    words of those turns
     * @param codes               warnings and errors by code
     * @throws IllegalArgumentException if a count is negative
     */
    public Quality {
        Objects.requireNonNull(verdict, "verdict");
        codes = Collections.unmodifiableMap(new TreeMap<>(codes));
        if ((errors | warnings | speakers | speakersUnknownRole | speakersNotListed | turns | turnsUnknownRole
                | wordsUnknownRole) < 0) {
            throw new IllegalArgumentException("counts must not be negative");
        }
    }

    /**
     * Sums up a transcript.
     *
     * @param t the transcript
     * @return its quality summary
     */
    static Quality of(Transcript t) {
        Map<String, Participant> byId = new HashMap<>();
        boolean roster = false;
        for (Participant p : t.participants()) {
            byId.put(p.id(), p);
            roster |= p.listed();
        }
        Set<String> speaking = new HashSet<>();
        int turns = 0;
        int turnsUnknown = 0;
        int wordsUnknown = 0;
        for (Section s : t.sections()) {
            for (Turn turn : s.turns()) {
                turns++;
                speaking.add(turn.speakerId());
                if (turn.role() == Role.UNKNOWN) {
                    turnsUnknown++;
                    wordsUnknown += turn.wordCount();
                }
            }
        }
        int unknown = 0;
        int notListed = 0;
        for (String id : speaking) {
            Participant p = byId.get(id);
            if (p == null) {
                continue;
            }
            if (p.role() == Role.UNKNOWN) {
                unknown++;
            }
            if (roster && !p.listed() && p.role() != Role.OPERATOR) {
                notListed++;
            }
        }
        int errors = 0;
        int warnings = 0;
        Map<String, Integer> codes = new TreeMap<>();
        for (Diagnostic d : t.diagnostics()) {
            if (d.severity() == Severity.INFO) {
                continue;
            }
            if (d.severity() == Severity.ERROR) {
                errors++;
            } else {
                warnings++;
            }
            codes.merge(d.code(), 1, Integer::sum);
        }
        return new Quality(Verdict.of(errors, warnings), errors, warnings, speaking.size(), unknown, notListed,
                turns, turnsUnknown, wordsUnknown, codes);
    }
}
