package io.github.earningscalls.transcript.internal.lex;

import io.github.earningscalls.transcript.model.Role;

/**
 * A classified line: the contract between the lexer and the assembler. Each component means one
 * thing; a component that does not apply to the line's kind is {@code null} ({@link RoleMark#NONE}
 * for the role mark). Build lines with the factories, which name the kind they make.
 *
 * @param number   the 1-based line number in the source
 * @param start    offset of the trimmed text's first character in the decoded source
 * @param end      offset just past the trimmed text's last character in the decoded source
 * @param text     the line without surrounding white space, mis-decoded characters repaired
 * @param kind     what the line is
 * @param name     the person a speaker line or roster entry names
 * @param detail   the title or firm after the name on a speaker line or roster entry, when printed
 * @param roleMark the question or answer prefix of a speaker line
 * @param group    the side a roster heading files the entries under it on
 * @param marker   what a section marker opens or ends
 */
public record Line(int number, int start, int end, String text, LineKind kind, String name, String detail,
                   RoleMark roleMark, Role group, MarkerKind marker) {

    /** A line that carries nothing but its kind: a paragraph, a blank, a header, an ignored line. */
    public static Line of(int number, int start, int end, String text, LineKind kind) {
        return new Line(number, start, end, text, kind, null, null, RoleMark.NONE, null, null);
    }

    /** A line that opens a speaker's turn. */
    public static Line speaker(int number, int start, int end, String text, String name, String detail, RoleMark roleMark) {
        return new Line(number, start, end, text, LineKind.SPEAKER_LINE, name, detail, roleMark, null, null);
    }

    /** A participant listed in the roster. */
    public static Line rosterEntry(int number, int start, int end, String text, String name, String detail) {
        return new Line(number, start, end, text, LineKind.ROSTER_ENTRY, name, detail, RoleMark.NONE, null, null);
    }

    /** A roster heading ("Analysts") that files the entries after it under a side. */
    public static Line rosterHeading(int number, int start, int end, String text, Role group) {
        return new Line(number, start, end, text, LineKind.ROSTER_HEADING, null, null, RoleMark.NONE, group, null);
    }

    /** A line that opens or ends a section of the call. */
    public static Line sectionMarker(int number, int start, int end, String text, MarkerKind marker) {
        return new Line(number, start, end, text, LineKind.SECTION_MARKER, null, null, RoleMark.NONE, null, marker);
    }
}
