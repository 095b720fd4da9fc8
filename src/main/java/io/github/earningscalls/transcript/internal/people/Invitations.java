package io.github.earningscalls.transcript.internal.people;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Reads a turn for a person it brings in to answer, as a company's host does in the Q&amp;A of a call
 * without an operator: {@code Jane, do you want to take that?}, {@code I'll let Jane respond},
 * {@code Jane Roe is here to respond to that}. Only a colleague is asked to answer; a questioner is
 * called on ({@code Jane.}, {@code Jane, go ahead}), or thanked ({@code Jane, thank you for the question}).
 */
public final class Invitations {
    /**
     * What a colleague is asked to do with a question, and not a questioner ("take your question", "add a
     * follow-up").
     */
    private static final String ANSWERING = "(?:respond|answer|comment|add(?! (?:a |another |one more )?(?:follow|question))"
            + "|address|take(?! your)|lead off|handle|jump in)\\b";
    /** What a host lets a colleague do: answer, or talk about the subject. */
    private static final String LET_DO = "(?:" + ANSWERING + "|speak to|talk about|cover|expand)\\b";

    /** After the name: {@code , do you want to respond}, {@code , would you like to take}, {@code , if you can add}. */
    private static final Pattern ASKED = Pattern.compile("^, {1,2}(?:(?:do|would|will|can|could|if|maybe|perhaps) )?"
            + "you (?:(?:want|like|care|wish) to |can |could |might )?" + ANSWERING);

    /** After the name: {@code 's in the room here to respond}, {@code is here}, {@code is joining us}. */
    private static final Pattern PRESENT = Pattern.compile("^(?:'s|\u2019s| is) (?:here|in the room|with us|joining us)"
            + "(?:[^.?!]{0,40}?\\bto " + ANSWERING + "|[.,;]| on the (?:phone|line|call)| today| in the room)");

    /** Before the name: {@code let}, {@code ask}. */
    private static final Pattern LET = Pattern.compile("\\b(?:[Ll]et|[Aa]sk) $");
    /** How far before a name {@link #LET} is looked for. */
    private static final int LET_REACH = 8;
    /** After a name that follows {@link #LET}: {@code respond}. */
    private static final Pattern LET_ANSWER = Pattern.compile("^ (?:to )?" + LET_DO);

    /** How much of the text after a name the patterns read. */
    private static final int AFTER_REACH = 120;

    /** Given names this short are compared whole; longer ones may be written shortened ("Geoff" for Geoffrey). */
    private static final int MIN_PREFIX = 4;

    private Invitations() {
    }

    /**
     * The words by which the text brings someone in to answer: asks them by name to respond, lets them,
     * or says they are present to. Each is the word the person is addressed by, normally the given name,
     * which may be followed by a surname the speaker's label does not print ({@code Ted Roe's here}).
     */
    public static List<String> namesBroughtIn(String text) {
        List<String> names = new ArrayList<>();
        int n = text.length();
        for (int i = 0; i < n; i++) {
            if (!Character.isUpperCase(text.charAt(i)) || i > 0 && Character.isLetter(text.charAt(i - 1))) {
                continue;
            }
            int end = i;
            while (end < n && Character.isLetter(text.charAt(end))) {
                end++;
            }
            int from = end - i >= 2 ? afterSurname(text, end) : end;
            // Every capitalised word of every turn comes here: copy and match only around one that may invite.
            if (end - i >= 2 && from < n && mayInvite(text, i, from)) {
                String after = text.substring(from, Math.min(n, from + AFTER_REACH));
                boolean let = LET.matcher(text.substring(Math.max(0, i - LET_REACH), i)).find();
                if (let && LET_ANSWER.matcher(after).find() || after.startsWith(",") && ASKED.matcher(after).find()
                        || PRESENT.matcher(after).find()) {
                    names.add(text.substring(i, end));
                }
            }
            i = from;
        }
        return names;
    }

    /**
     * What each pattern needs at the least: a comma after the name ({@link #ASKED}), {@code 's} or
     * {@code  is} ({@link #PRESENT}), or a space after it and {@code let }/{@code ask } before it ({@link #LET}).
     */
    private static boolean mayInvite(String text, int start, int from) {
        char c = text.charAt(from);
        return c == ',' || c == '\'' || c == '\u2019' || c == ' ' && (text.startsWith(" is", from)
                || start >= 4 && text.charAt(start - 1) == ' '
                && (text.charAt(start - 2) == 't' || text.charAt(start - 2) == 'k'));
    }

    /**
     * Whether a word a speaker was addressed by is this person's given name: the same, another form of it
     * ({@code Ted} for Edward), or a shortened form long enough to be one ({@code Geoff} for Geoffrey).
     */
    public static boolean isGivenNameOf(String word, String name) {
        String t = name.trim();
        int space = t.indexOf(' ');
        String given = space < 0 ? t : t.substring(0, space);
        if (word.equals(given)) {
            return true;
        }
        String lower = word.toLowerCase(Locale.ROOT);
        String givenLower = given.toLowerCase(Locale.ROOT);
        return Names.canonicalGiven(lower).equals(Names.canonicalGiven(givenLower))
                || word.length() >= MIN_PREFIX && givenLower.length() > lower.length() && givenLower.startsWith(lower);
    }

    /** Where the text goes on after the word, and after a capitalised surname that follows it, if one does. */
    private static int afterSurname(String text, int end) {
        int n = text.length();
        int k = end;
        if (k + 1 < n && text.charAt(k) == ' ' && Character.isUpperCase(text.charAt(k + 1))) {
            int j = k + 1;
            while (j < n && (Character.isLetter(text.charAt(j)) || text.charAt(j) == '-')) {
                j++;
            }
            String surname = text.substring(k + 1, j);
            // "Ted Roe's here": a capitalised surname the label leaves out, not an acronym ("Jane IR").
            if (j - k > 2 && !surname.equals(surname.toUpperCase(Locale.ROOT))) {
                k = j;
            }
        }
        return k;
    }
}
