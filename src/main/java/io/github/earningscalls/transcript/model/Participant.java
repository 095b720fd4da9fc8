package io.github.earningscalls.transcript.model;

import java.util.Objects;

/**
 * Someone who speaks on the call or is listed in its roster.
 *
 * @param id          stable identifier within the transcript, derived from the name
 *                    ({@code jane-doe}, {@code operator}); turns refer to it
 * @param name        the name as the roster (or, for unlisted speakers, the speaker line) prints it
 * @param title       job title, or {@code null} when none is printed
 * @param affiliation firm or company, or {@code null} when none is printed
 * @param role        which side of the call the participant is on
 * @param listed      whether the transcript's roster lists the participant
 * @since 0.1.0
 */
public record Participant(String id, String name, String title, String affiliation, Role role, boolean listed) {
    /**
     * Creates a participant.
     *
     * @param id          stable identifier within the transcript
     * @param name        the name as printed
     * @param title       job title, or {@code null}
     * @param affiliation firm or company, or {@code null}
     * @param role        which side of the call the participant is on
     * @param listed      whether the roster lists the participant
     */
    public Participant {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(role, "role");
    }
}
