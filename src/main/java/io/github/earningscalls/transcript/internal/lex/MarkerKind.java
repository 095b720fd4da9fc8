package io.github.earningscalls.transcript.internal.lex;

/** What a section marker line does to the call's sections. */
public enum MarkerKind {
    /** Opens the prepared remarks ("Presentation", "Prepared Remarks"). */
    PREPARED,
    /** Opens the questions and answers. */
    QA,
    /** Ends the questions and answers; the turns after it stay in the Q&amp;A section. */
    END_QA
}
