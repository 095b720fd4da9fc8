package io.github.earningscalls.transcript.internal.lex;

/**
 * A classified line: the contract between the lexer and the assembler.
 *
 * @param number the 1-based line number in the source
 * @param start  offset of the trimmed text's first character in the decoded source
 * @param end    offset just past the trimmed text's last character in the decoded source
 * @param text   the line without surrounding white space, mis-decoded characters repaired
 * @param kind   what the line is
 * @param label  the name on a speaker line or roster entry; the group role on a roster heading;
 *               the marker kind on a section marker; otherwise {@code null}
 * @param detail the title or firm after the name on a speaker line or roster entry, or {@code null}
 * @param mark   {@code 'Q'} or {@code 'A'} when a speaker line starts with such a role prefix, else 0
 */
public record Line(int number, int start, int end, String text, LineKind kind, String label, String detail, char mark) {
}
