package io.github.earningscalls.transcript.model;

/**
 * The two parts of an earnings call.
 *
 * @since 0.1.0
 */
public enum SectionKind {
    /** The operator's opening and the company's prepared statements. */
    PREPARED_REMARKS,
    /** The question-and-answer session. */
    QUESTIONS_AND_ANSWERS
}
