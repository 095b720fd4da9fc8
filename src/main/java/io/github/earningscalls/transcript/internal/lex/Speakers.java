package io.github.earningscalls.transcript.internal.lex;

import io.github.earningscalls.transcript.internal.util.LowerCase;
import io.github.earningscalls.transcript.model.Role;
import java.util.Locale;

/** Reading speaker labels: operator and generic labels, role prefixes, and the dash before a title. */
public final class Speakers {
    private Speakers() {
    }

    /** A speaker label split into its parts. */
    public record Label(String name, String detail, RoleMark mark) {
    }

    private static final String[] OPERATOR_LABELS = {"operator", "moderator", "conferenceoperator", "coordinator",
        "conferencecoordinator", "conferencemoderator"};

    public static boolean isOperator(String name) {
        // Asked of nearly every line: compared letter by letter rather than through letters(name).
        for (String label : OPERATOR_LABELS) {
            if (lettersEqual(name, label)) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code letters(s).equals(key)}, without building the letters. */
    public static boolean lettersEqual(String s, String key) {
        int k = 0;
        for (int i = 0, n = s.length(); i < n; i++) {
            char c = s.charAt(i);
            if (Character.isLetter(c)) {
                if (k == key.length() || Character.toLowerCase(c) != key.charAt(k)) {
                    return false;
                }
                k++;
            }
        }
        return k == key.length();
    }

    /**
     * The role a generic label implies ({@code Unidentified Analyst}), or {@code null} when the label
     * names a person.
     */
    public static Role genericRole(String name) {
        // Asked of every speaker line and of many other lines: tested before the label is lower-cased.
        boolean generic = LowerCase.startsWith(name, "unidentified") || LowerCase.startsWith(name, "unknown")
                || LowerCase.startsWith(name, "unverified") || LowerCase.startsWith(name, "unnamed")
                || LowerCase.equals(name, "corporate participant") || LowerCase.equals(name, "company representative")
                || LowerCase.equals(name, "company speaker") || LowerCase.equals(name, "conference call participant")
                || LowerCase.equals(name, "participant") || LowerCase.equals(name, "analyst")
                || LowerCase.equals(name, "audience member") || LowerCase.equals(name, "question")
                || LowerCase.equals(name, "answer") || LowerCase.equals(name, "speaker")
                || LowerCase.equals(name, "executive");
        if (!generic) {
            return null;
        }
        String k = name.toLowerCase(Locale.ROOT);
        if (k.contains("company") || k.contains("corporate") || k.contains("executive") || k.contains("management")
                || k.equals("answer")) {
            return Role.CORPORATE;
        }
        if (k.contains("analyst") || k.contains("participant") || k.contains("audience") || k.contains("question")
                || k.contains("caller")) {
            return Role.ANALYST;
        }
        return Role.UNKNOWN;
    }

    /** The generic label a vendor's abbreviation stands for ({@code UCR}), or null. */
    public static String abbreviation(String s) {
        return switch (s) {
            case "UCR" -> "Unidentified Company Representative";
            case "UA" -> "Unidentified Analyst";
            case "UP", "UNIDENTIFIED PARTICIPANT" -> "Unidentified Participant";
            case "UNIDENTIFIED COMPANY REPRESENTATIVE" -> "Unidentified Company Representative";
            case "UNIDENTIFIED ANALYST" -> "Unidentified Analyst";
            case "UNIDENTIFIED SPEAKER" -> "Unidentified Speaker";
            default -> null;
        };
    }

    /**
     * Splits {@code Q - Jane Doe - Acme Bank} into mark {@code Q}, name {@code Jane Doe} and detail
     * {@code Acme Bank}. Bracketed marks in the name, such as {@code [ph]}, are dropped.
     */
    public static Label split(String text) {
        String t = text;
        RoleMark mark = RoleMark.NONE;
        if (t.length() > 4 && (t.charAt(0) == 'Q' || t.charAt(0) == 'A') && t.charAt(1) == ' '
                && isDash(t.charAt(2)) && t.charAt(3) == ' ') {
            mark = RoleMark.ofLetter(t.charAt(0));
            t = t.substring(dashEnd(t, 1)).trim();
        }
        String name = t;
        String detail = null;
        int d = findDash(t);
        if (d >= 0) {
            name = t.substring(0, d).trim();
            detail = t.substring(dashEnd(t, d)).trim();
            if (detail.isEmpty()) {
                detail = null;
            }
        }
        name = stripBrackets(name);
        return new Label(name, detail, mark);
    }

    /** Index of the space before the first separating dash (space, dash, then space or end), or -1. */
    public static int findDash(String t) {
        for (int i = 1; i + 1 < t.length(); i++) {
            if (t.charAt(i) == '-' && t.charAt(i + 1) == '-' && t.charAt(i - 1) != ' ') {
                // "Jane Doe--Acme Bank": a double hyphen separates even without spaces.
                return i;
            }
            if (t.charAt(i) == ' ' && isDash(t.charAt(i + 1))) {
                int j = i + 1;
                while (j < t.length() && isDash(t.charAt(j))) {
                    j++;
                }
                // An en or em dash may touch the title ("Jane Doe \u2013Acme"); a hyphen must not.
                if (j == t.length() || t.charAt(j) == ' ' || t.charAt(i + 1) != '-') {
                    return i;
                }
            }
        }
        return -1;
    }

    public static boolean isDash(char c) {
        return c == '-' || c == '\u2013' || c == '\u2014' || c == '\u2012' || c == '\u2015';
    }

    /** The index just past the dash at or after {@code i} and the spaces after it. */
    private static int dashEnd(String t, int i) {
        int j = i;
        while (j < t.length() && t.charAt(j) == ' ') {
            j++;
        }
        while (j < t.length() && isDash(t.charAt(j))) {
            j++;
        }
        while (j < t.length() && t.charAt(j) == ' ') {
            j++;
        }
        return j;
    }

    public static String stripBrackets(String s) {
        if (s.indexOf('[') < 0) {
            return s;
        }
        StringBuilder sb = new StringBuilder(s.length());
        int depth = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '[') {
                depth++;
            } else if (c == ']' && depth > 0) {
                depth--;
            } else if (depth == 0) {
                sb.append(c);
            }
        }
        // Runs of spaces left where a mark was dropped become one space (a character loop, not a regex).
        StringBuilder collapsed = new StringBuilder(sb.length());
        for (int i = 0; i < sb.length(); i++) {
            char c = sb.charAt(i);
            if (c != ' ' || i == 0 || sb.charAt(i - 1) != ' ') {
                collapsed.append(c);
            }
        }
        return collapsed.toString().trim();
    }

    /**
     * Whether {@code s} has {@code max} letters or fewer; it stops reading at the first letter over, since
     * most lines it is asked of are long prose.
     */
    public static boolean hasAtMostLetters(String s, int max) {
        int n = 0;
        for (int i = 0, len = s.length(); i < len; i++) {
            char c = s.charAt(i);
            if ((c < 128 ? (c | 0x20) >= 'a' && (c | 0x20) <= 'z' : Character.isLetter(c)) && ++n > max) {
                return false;
            }
        }
        return true;
    }

    /** Lower-case letters only: {@code Question-and-Answer Session } gives {@code questionandanswersession}. */
    public static String letters(String s) {
        int n = s.length();
        char[] out = new char[n];
        int k = 0;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c < 128) {
                // ASCII letters by arithmetic: setting bit 5 lower-cases a capital and leaves the rest outside a-z.
                char lower = (char) (c | 0x20);
                if (lower >= 'a' && lower <= 'z') {
                    out[k++] = lower;
                }
            } else if (Character.isLetter(c)) {
                out[k++] = Character.toLowerCase(c);
            }
        }
        return new String(out, 0, k);
    }
}
