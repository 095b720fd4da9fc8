package io.github.earningscalls.transcript.internal.lex;

import io.github.earningscalls.transcript.internal.people.Names;

/**
 * A StreetEvents turn header, {@code Jane Doe,  Acme Corp., Research Division - Analyst    [12]} or
 * {@code Operator    [1]}: the label, then the turn's number in brackets at the end of the line. The
 * name runs to the first comma (the export puts two spaces after it; firms and titles have commas of
 * their own), and the detail after it is the firm and the title, {@code  - } when both are empty.
 *
 * @param name   the speaker's name as printed
 * @param detail the firm and title after the name, or null when none is printed
 * @param number the turn's number as printed
 */
public record NumberedSpeakerLine(String name, String detail, int number) {
    /** The longest label before the number; a longer line ending in a bracketed number is speech. */
    static final int MAX_LABEL_LENGTH = 300;
    /** Turn numbers have at most this many digits. */
    private static final int MAX_NUMBER_DIGITS = 5;

    /** The header a line is, or null when it does not end in a bracketed number after a plausible label. */
    public static NumberedSpeakerLine parse(String text) {
        int n = text.length();
        if (n < 4 || text.charAt(n - 1) != ']') {
            return null;
        }
        int open = text.lastIndexOf('[', n - 2);
        if (open <= 0 || n - 2 - open > MAX_NUMBER_DIGITS || open > MAX_LABEL_LENGTH) {
            return null;
        }
        int number = 0;
        for (int i = open + 1; i < n - 1; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return null;
            }
            number = number * 10 + (c - '0');
        }
        if (open + 1 == n - 1 || text.charAt(open - 1) != ' ') {
            return null;
        }
        String label = text.substring(0, open).trim();
        if (label.isEmpty()) {
            return null;
        }
        int comma = label.indexOf(",  ");
        if (comma < 0) {
            comma = label.indexOf(',');
        }
        String name = (comma < 0 ? label : label.substring(0, comma)).trim();
        String detail = comma < 0 ? null : label.substring(comma + 1).trim();
        if (name.isEmpty() || name.length() > Names.MAX_NAME_LENGTH || LineShapes.endsSentence(name)) {
            return null;
        }
        return new NumberedSpeakerLine(name, isEmptyDetail(detail) ? null : detail, number);
    }

    /** Whether a printed detail is empty: nothing, or the separating dash alone ({@code  - }). */
    public static boolean isEmptyDetail(String detail) {
        if (detail == null) {
            return true;
        }
        for (int i = 0; i < detail.length(); i++) {
            char c = detail.charAt(i);
            if (c != ' ' && !Speakers.isDash(c)) {
                return false;
            }
        }
        return true;
    }
}
