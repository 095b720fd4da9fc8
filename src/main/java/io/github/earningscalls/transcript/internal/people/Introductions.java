package io.github.earningscalls.transcript.internal.people;

import io.github.earningscalls.transcript.internal.util.LowerCase;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.lang3.StringUtils;

/** Reads an operator's turn: whom it introduces, with which firm, and whether it opens the questions. */
public final class Introductions {
    /**
     * After the name: "with", "from", "of" or "at", then the firm up to the end of the clause, with the legal
     * suffix a comma sets off ("Acme Securities, Inc.") when it has one, and the periods of its initials ("J.P.").
     */
    private static final Pattern FIRM = Pattern.compile(
            "^,? {1,2}(?:with|from|of|at) {1,2}(?:the )?([A-Z0-9](?:[^.;,?!()]|(?<=\\b[A-Z])\\.){0,60}?"
                    + "(?:, (?:Inc|LLC|L\\.L\\.C|Ltd|Limited|LP|L\\.P|LLP|Corp|plc|PLC|AG|SA|S\\.A|NV|N\\.V)\\b\\.?)?)"
                    + "(?= {1,2}(?:[Yy]our|[Pp]lease|[Gg]o ahead|[Yy]ou may|[Ii]s open|[Ll]ine|has|is|who)\\b|[;,?!(]|(?<!\\b[A-Z])\\.| *$)");

    /** A questioner named with their firm: "from Jane Doe of Acme Bank", "from Jo Ma with Big Fund". */
    private static final Pattern FROM_SOMEONE_OF_A_FIRM = Pattern.compile(
            "\\bfrom (?:\\p{Lu}[\\p{L}'\u2019.-]{0,30} ){1,3}(?:of|with|at|from) (?:the )?\\p{Lu}");

    private Introductions() {
    }

    /**
     * Whether the operator's text names the person, by full name or by first and last word, or with a
     * space a PDF's extraction put inside a word ({@code Bets y Roe} for Betsy Roe).
     */
    public static boolean mentions(String text, String name) {
        return find(text, name) != null || spacedOut(text, name) != null;
    }

    /** The firm the operator's text gives for the person ("Jane Doe with Acme Bank"), or null. */
    public static String firmOf(String text, String name) {
        int[] hit = find(text, name);
        if (hit == null) {
            hit = spacedOut(text, name);
        }
        if (hit == null) {
            return null;
        }
        int from = hit[1];
        String after = text.substring(from, Math.min(text.length(), from + 100));
        Matcher m = FIRM.matcher(after);
        if (!m.find()) {
            return null;
        }
        String firm = m.group(1).trim();
        String lower = firm.toLowerCase(Locale.ROOT);
        if (firm.isEmpty() || lower.startsWith("the line") || lower.startsWith("line")) {
            return null;
        }
        return firm;
    }

    /** Start and end of the name in the text, by full name or by first and last word, or null. */
    public static int[] where(String text, String name) {
        return find(text, name);
    }

    /** Start and end of the name in the text, or null. */
    private static int[] find(String text, String name) {
        int at = text.indexOf(name);
        if (at >= 0) {
            return new int[] {at, at + name.length()};
        }
        // Three words or more (split at runs of spaces): try the first and the last alone; then the given
        // name in another form.
        String t = name.trim();
        int firstSpace = t.indexOf(' ');
        if (firstSpace < 0) {
            return null;
        }
        int secondWord = firstSpace;
        while (t.charAt(secondWord) == ' ') {
            secondWord++;
        }
        int lastSpace = t.lastIndexOf(' ');
        String surname = t.substring(lastSpace + 1);
        if (secondWord <= lastSpace) {
            String firstLast = t.substring(0, firstSpace) + " " + surname;
            at = text.indexOf(firstLast);
            if (at >= 0) {
                return new int[] {at, at + firstLast.length()};
            }
        }
        int[] hit = shortGivenName(text, t.substring(0, firstSpace), surname);
        return hit != null ? hit : surnameAfterTitleOfAddress(text, surname);
    }

    /** Where the text names the person by the surname after a title of address ("Mr. Roe", "Dr Roe"), or null. */
    private static int[] surnameAfterTitleOfAddress(String text, String surname) {
        for (int at = text.indexOf(" " + surname); at > 0; at = text.indexOf(" " + surname, at + 1)) {
            int end = at + 1 + surname.length();
            if (end < text.length() && Character.isLetter(text.charAt(end))) {
                continue;
            }
            int start = text.lastIndexOf(' ', at - 1) + 1;
            String before = StringUtils.removeEnd(text.substring(start, at), ".").toLowerCase(Locale.ROOT);
            if (TITLES_OF_ADDRESS.contains(before)) {
                return new int[] {start, end};
            }
        }
        return null;
    }

    /** Letters a name must have to be looked for with stray spaces inside its words: a short one would match by chance. */
    private static final int MIN_SPACED_OUT_LETTERS = 8;

    /**
     * Start and end of the name in the text with a stray space inside some of its words, as text taken from
     * a PDF has it ({@code Bets y Roe}, {@code Jane R oe}), or null. Names of two words or more only.
     */
    private static int[] spacedOut(String text, String name) {
        List<String> words = List.of(StringUtils.split(name));
        int letters = 0;
        for (String w : words) {
            letters += w.length();
        }
        if (words.size() < 2 || letters < MIN_SPACED_OUT_LETTERS
                || !StringUtils.deleteWhitespace(text).contains(String.join("", words))) {
            return null;
        }
        StringBuilder regex = new StringBuilder("(?<![\\p{L}])");
        for (int w = 0; w < words.size(); w++) {
            if (w > 0) {
                regex.append(" {1,2}");
            }
            String word = words.get(w);
            for (int c = 0; c < word.length(); c++) {
                if (c > 0) {
                    regex.append(" ?");
                }
                regex.append(Pattern.quote(String.valueOf(word.charAt(c))));
            }
        }
        Matcher m = Pattern.compile(regex.append("(?![\\p{L}])").toString()).matcher(text);
        return m.find() ? new int[] {m.start(), m.end()} : null;
    }

    /** Where the text names the person with another form of the given name ("Matt Clark" for Matthew Clark), or null. */
    private static int[] shortGivenName(String text, String given, String surname) {
        String canonical = Names.canonicalGiven(given.toLowerCase(Locale.ROOT));
        for (int at = text.indexOf(" " + surname); at > 0; at = text.indexOf(" " + surname, at + 1)) {
            int start = text.lastIndexOf(' ', at - 1) + 1;
            String before = text.substring(start, at);
            int end = at + 1 + surname.length();
            boolean wholeWord = end == text.length() || !Character.isLetter(text.charAt(end));
            if (wholeWord && !before.isEmpty() && Character.isUpperCase(before.charAt(0))
                    && Names.canonicalGiven(before.toLowerCase(Locale.ROOT)).equals(canonical)) {
                return new int[] {start, end};
            }
        }
        return null;
    }

    /** Whether an operator turn names the next questioner ("the next question is from the line of ..."). */
    public static boolean introducesQuestioner(String text) {
        String k = text.toLowerCase(Locale.ROOT);
        return k.contains("line of") || k.contains("question is from") || k.contains("question comes from")
                || k.contains("question will come from") || k.contains("question is coming from");
    }

    /** Phrases after which an operator names the next questioner, lower-cased. */
    private static final String[] HAND_OVERS = {"line of ", "question is from ", "question comes from ",
        "question will come from ", "question is coming from ", "questions come from ", "we'll go to ",
        "we will go to ", "we'll go next to ", "we go to "};

    /** Letters two spellings of a name word must share at the start ("Jeff"/"Jeffrey"). */
    private static final int SHARED_PREFIX = 4;

    /** Words an operator may put before a name ("Mr. Roe"), never part of it. */
    private static final Set<String> TITLES_OF_ADDRESS = Set.of("mr", "mrs", "ms", "miss", "dr");

    /** Words that may stand lower-case inside a name. */
    private static final Set<String> NAME_PARTICLES = Set.of("de", "da", "di", "del", "della",
            "der", "den", "van", "von", "la", "le", "du", "dos", "das", "bin", "al", "el", "ter", "ten");

    /**
     * The name of the questioner the operator's text hands over to last ("... from the line of Jane Roe
     * with Acme Bank" gives {@code Jane Roe}), or null when the text names nobody so.
     */
    public static String introducedName(String text) {
        String k = text.toLowerCase(Locale.ROOT);
        int best = -1;
        for (String h : HAND_OVERS) {
            int at = k.lastIndexOf(h);
            if (at >= 0 && at + h.length() > best) {
                best = at + h.length();
            }
        }
        if (best < 0) {
            return null;
        }
        String[] words = StringUtils.split(text.substring(best, Math.min(text.length(), best + 80)));
        int w = 0;
        if (w < words.length && words[w].equalsIgnoreCase("the") && w + 2 < words.length
                && words[w + 1].equalsIgnoreCase("line") && words[w + 2].equalsIgnoreCase("of")) {
            w += 3;
        }
        StringBuilder name = new StringBuilder();
        int taken = 0;
        for (; w < words.length && taken < 4; w++) {
            String word = words[w];
            String bare = StringUtils.stripEnd(word, ".,;:!?)");
            // "J." and "P.J." are initials inside the name, not the end of a sentence.
            boolean initials = bare.replace(".", "").length() <= 2 && word.endsWith(".");
            boolean ends = !bare.equals(word) && !initials;
            if (bare.isEmpty()) {
                break;
            }
            if (taken == 0 && TITLES_OF_ADDRESS.contains(bare.toLowerCase(Locale.ROOT))) {
                continue;
            }
            boolean capital = Character.isUpperCase(bare.charAt(0));
            if (!capital && !(taken > 0 && NAME_PARTICLES.contains(bare))) {
                break;
            }
            if (taken > 0) {
                name.append(' ');
            }
            name.append(bare);
            taken++;
            if (ends) {
                break;
            }
        }
        return taken == 0 ? null : name.toString();
    }

    /**
     * Whether the name an operator introduced can be this speaker's: the two share a word, or a word
     * and its misspelling or short form ("Jeffery"/"Jeffrey", "Mike Mayo"/"Michael Lawrence Mayo").
     */
    public static boolean couldBe(String introduced, String name) {
        List<String> wa = Names.lowerCaseWords(introduced);
        List<String> wb = Names.lowerCaseWords(name);
        for (String x : wa) {
            for (String y : wb) {
                if (x.equals(y) || x.length() >= SHARED_PREFIX && y.length() >= SHARED_PREFIX
                        && x.regionMatches(0, y, 0, SHARED_PREFIX)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether a turn reads out, or hands over to, a question from someone named with their firm, as a host
     * who is not the operator does ({@code Our next question on margins comes from Jane Doe of Acme Bank}).
     */
    public static boolean readsQuestionFrom(String text) {
        // Asked of whole turns of the Q&A: searched in place rather than lower-cased into a copy.
        return LowerCase.contains(text, "question")
                && (LowerCase.contains(text, "from the line of") || FROM_SOMEONE_OF_A_FIRM.matcher(text).find());
    }

    /**
     * Whether the text names the person by the given name alone, as a host does with the firm after it
     * ({@code a question from Jane at Acme Bank}).
     */
    public static boolean mentionsGivenName(String text, String name) {
        return firmOfGivenName(text, name) != null;
    }

    /**
     * The firm the text gives after the person's given name alone ({@code the line of Jane from Acme Bank}
     * gives {@code Acme Bank}), or null.
     */
    public static String firmOfGivenName(String text, String name) {
        int givenLength = name.trim().indexOf(' ');
        for (int at = givenNameAt(text, name, 0); at >= 0; at = givenNameAt(text, name, at + 1)) {
            int end = at + givenLength;
            Matcher m = FIRM.matcher(text.substring(end, Math.min(text.length(), end + 100)));
            if (m.find()) {
                return m.group(1).trim();
            }
        }
        return null;
    }

    /**
     * Where, at or after {@code from}, the text names the person by their given name as a whole word
     * ({@code Jane} of {@code Jane Roe}), or -1; also -1 for a name of one word.
     */
    public static int givenNameAt(String text, String name, int from) {
        String t = name.trim();
        int space = t.indexOf(' ');
        if (space <= 0) {
            return -1;
        }
        String given = t.substring(0, space);
        for (int at = text.indexOf(given, from); at >= 0; at = text.indexOf(given, at + 1)) {
            int end = at + given.length();
            if ((at == 0 || !Character.isLetter(text.charAt(at - 1)))
                    && (end == text.length() || !Character.isLetter(text.charAt(end)))) {
                return at;
            }
        }
        return -1;
    }

    /** "hand the conference over to the management", "turn the floor back to management", "over to the company". */
    private static final Pattern TO_MANAGEMENT = Pattern.compile("\\b(?:hand|turn|pass)(?:s|ing)? (?:the |it )?"
            + "(?:call |conference |floor |line |conference call )?(?:back )?(?:over )?(?:back )?to (?:the )?"
            + "(?:management|company|company's management)\\b", Pattern.CASE_INSENSITIVE);

    /**
     * Whether an operator's turn hands the call to the company's management as a body, without a name: the
     * next speaker then speaks for the company ({@code I now hand the conference over to the management
     * for closing comments}).
     */
    public static boolean handsOverToManagement(String text) {
        return TO_MANAGEMENT.matcher(text).find();
    }

    /** Whether an operator turn hands the call over to questions. */
    public static boolean handsOverToQuestions(String text) {
        String k = text.toLowerCase(Locale.ROOT);
        return k.contains("question") || k.contains("q&a") || k.contains("queue") || k.contains("instructions");
    }
}
