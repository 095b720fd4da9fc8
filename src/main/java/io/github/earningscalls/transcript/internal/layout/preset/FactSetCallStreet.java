package io.github.earningscalls.transcript.internal.layout.preset;

import io.github.earningscalls.transcript.TranscriptFormat;
import io.github.earningscalls.transcript.internal.layout.LayoutRules;
import io.github.earningscalls.transcript.internal.layout.Signal;
import io.github.earningscalls.transcript.internal.layout.Telltale;
import io.github.earningscalls.transcript.model.Role;
import java.util.List;
import java.util.Map;

/**
 * FactSet CallStreet PDF text: each turn opens with a dotted leader line, the speaker's name, then
 * {@code Title, Company} ending in the role letter {@code Q} or {@code A}, under
 * {@code MANAGEMENT DISCUSSION SECTION} and {@code QUESTION AND ANSWER SECTION}.
 */
public final class FactSetCallStreet {
    /** A leader is a long run of dots; a short one ends a sentence or marks an omission. */
    private static final int MIN_LEADER_LENGTH = 20;
    /** One leader line per turn: three make the layout. */
    private static final int LEADERS = 3;

    private static final Signal LEADER = Signal.of("a dotted leader line",
            l -> l.length() >= MIN_LEADER_LENGTH && onlyDotsAndSpaces(l.text()));
    private static final Signal MANAGEMENT_DISCUSSION = Signal.of("MANAGEMENT DISCUSSION SECTION",
            l -> l.lettersAre("managementdiscussionsection"));
    private static final Signal QA_SECTION = Signal.of("QUESTION AND ANSWER SECTION",
            l -> l.lettersAre("questionandanswersection"));

    /** The rules and telltales of the layout. */
    public static final LayoutRules RULES = LayoutRules.builder(TranscriptFormat.FACTSET_CALLSTREET)
            .rosterHeadings(Map.of("corporateparticipants", Role.CORPORATE, "otherparticipants", Role.ANALYST))
            .qaMarkers(List.of("questionandanswersection", "questionandanswer"))
            .prepMarkers("managementdiscussionsection")
            .footerPrefixes("disclaimer", "the information herein is based on sources we believe to be reliable",
                    "this document contains forward-looking statements")
            .inlineSpeakers(true)
            .wrapped(true)
            .pageFurniture(true)
            .leaderLines(true)
            .telltale(Telltale.atLeast(LEADERS, LEADER, 0.6))
            .telltale(Telltale.any(MANAGEMENT_DISCUSSION, 0.3))
            .telltale(Telltale.any(QA_SECTION, 0.3))
            .build();

    private FactSetCallStreet() {
    }

    private static boolean onlyDotsAndSpaces(String t) {
        for (int i = 0; i < t.length(); i++) {
            if (t.charAt(i) != '.' && t.charAt(i) != ' ') {
                return false;
            }
        }
        return true;
    }
}
