package io.github.earningscalls.transcript.internal.header;

import io.github.earningscalls.transcript.model.Paragraph;
import io.github.earningscalls.transcript.model.Participant;
import io.github.earningscalls.transcript.model.Role;
import io.github.earningscalls.transcript.model.Section;
import io.github.earningscalls.transcript.model.Turn;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The first turns of a call as the metadata reads them: the start of their first paragraphs, where the
 * operator or host welcomes the listeners and the company's people first speak, and the affiliation of each
 * of the company's own speakers among them, which a news wire prints with the company's name.
 *
 * @param paragraphs the first paragraphs of the first turns, each cut to its start
 * @param firms      the affiliation of each of the company's own speakers in those turns, once per speaker,
 *                   on the line of the speaker's first turn
 */
public record Opening(List<TextLine> paragraphs, List<TextLine> firms) {
    /** Nothing said yet: a transcript read from its header lines alone. */
    public static final Opening NONE = new Opening(List.of(), List.of());

    /** The welcome and the company's first words are in this many turns' first paragraphs, near their start. */
    private static final int TURNS = 4;
    private static final int PARAGRAPHS = 3;
    private static final int CHARS = 2000;

    public Opening {
        paragraphs = List.copyOf(Objects.requireNonNull(paragraphs, "paragraphs"));
        firms = List.copyOf(Objects.requireNonNull(firms, "firms"));
    }

    /** The opening of the call that {@code sections} hold, its speakers looked up in {@code participants}. */
    public static Opening of(List<Section> sections, List<Participant> participants) {
        List<TextLine> paragraphs = new ArrayList<>();
        List<TextLine> firms = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        int turns = 0;
        for (Section section : sections) {
            for (Turn turn : section.turns()) {
                if (turns++ == TURNS) {
                    return new Opening(paragraphs, firms);
                }
                List<Paragraph> ps = turn.paragraphs();
                for (int i = 0; i < Math.min(PARAGRAPHS, ps.size()); i++) {
                    String text = ps.get(i).text();
                    paragraphs.add(new TextLine(ps.get(i).line(), text.length() > CHARS ? text.substring(0, CHARS) : text));
                }
                if (turn.role() == Role.CORPORATE && seen.add(turn.speakerId())) {
                    for (Participant p : participants) {
                        if (p.id().equals(turn.speakerId()) && p.affiliation() != null) {
                            firms.add(new TextLine(turn.line(), p.affiliation()));
                        }
                    }
                }
            }
        }
        return new Opening(paragraphs, firms);
    }
}
