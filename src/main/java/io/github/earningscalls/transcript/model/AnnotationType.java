package io.github.earningscalls.transcript.model;

/**
 * The editorial marks that transcript vendors insert in brackets.
 *
 * @since 0.1.0
 */
public enum AnnotationType {
    /** {@code [Foreign Language]}: speech in another language, not transcribed. */
    FOREIGN_LANGUAGE,
    /** {@code [Interpreted]}: the following text is an interpreter's rendering. */
    INTERPRETED,
    /** {@code [indiscernible]}: words the transcriber could not make out. */
    INDISCERNIBLE,
    /** {@code [inaudible]}: words that could not be heard. */
    INAUDIBLE,
    /** {@code [ph]}: the preceding word is spelled as it sounded. */
    PHONETIC,
    /** {@code [Operator Instructions]}: the operator's dialling instructions, left out. */
    OPERATOR_INSTRUCTIONS,
    /** {@code [Crosstalk]}: several people speaking at once. */
    CROSSTALK,
    /** {@code [Technical Difficulty]}: a gap caused by the line or the recording. */
    TECHNICAL_DIFFICULTY,
    /** {@code [Break]}: a pause or break in the call. */
    BREAK,
    /** Any other bracketed editorial mark, such as {@code [Video Presentation]}. */
    OTHER
}
