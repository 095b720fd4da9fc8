package io.github.earningscalls.transcript.internal.lex;

/** What the lexer decided a line is. */
public enum LineKind {
    BLANK,
    TITLE,
    EVENT_LINE,
    HEADER,
    ROSTER_HEADING,
    ROSTER_ENTRY,
    SECTION_MARKER,
    SPEAKER_LINE,
    PARAGRAPH,
    FOOTER,
    IGNORED
}
