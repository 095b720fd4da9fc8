package io.github.earningscalls.transcript.model;

/**
 * What a turn does in the conversation.
 *
 * @since 0.1.0
 */
public enum TurnKind {
    /** The operator speaking, in either section. */
    OPERATOR,
    /** A prepared statement: any non-operator turn before the Q&amp;A session. */
    REMARK,
    /** An analyst or other outsider speaking in the Q&amp;A session. */
    QUESTION,
    /** A company speaker, or a speaker of unknown side replying, in the Q&amp;A session. */
    ANSWER,
    /**
     * A Q&amp;A turn that only greets, thanks or acknowledges ("Hi, good morning.", "Okay, got it.",
     * "Thanks, Tom."), from either side: neither a question nor an answer.
     *
     * @since 0.1.0
     */
    ACKNOWLEDGMENT
}
