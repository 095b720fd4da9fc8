package io.github.earningscalls.transcript.internal.lex;

/** The question or answer prefix some layouts print before a speaker's name ({@code Q - Jane Doe}). */
public enum RoleMark {
    /** The speaker line has no such prefix. */
    NONE,
    /** The speaker line is marked {@code Q}: the speaker asks. */
    QUESTION,
    /** The speaker line is marked {@code A}: the speaker answers. */
    ANSWER;

    /** The mark a printed {@code Q} or {@code A} stands for; any other character is {@link #NONE}. */
    static RoleMark ofLetter(char letter) {
        return letter == 'Q' ? QUESTION : letter == 'A' ? ANSWER : NONE;
    }
}
