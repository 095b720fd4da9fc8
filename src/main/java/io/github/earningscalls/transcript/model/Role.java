package io.github.earningscalls.transcript.model;

/**
 * What a participant is on the call.
 *
 * @since 0.1.0
 */
public enum Role {
    /** Someone speaking for the company: executives, investor relations, directors. */
    CORPORATE,
    /** Someone outside the company who asks questions: sell-side analysts, investors, press. */
    ANALYST,
    /** The call's operator or moderator. */
    OPERATOR,
    /** Nothing in the transcript tells which side the speaker is on. */
    UNKNOWN
}
