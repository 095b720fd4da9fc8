package io.github.earningscalls.transcript.internal.people;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads an operator's turn: whom it introduces, with which firm, and whether it opens the questions. */
public final class Introductions {
    /** After the name: "with", "from", "of" or "at", then the firm up to the end of the clause. */
    private static final Pattern FIRM = Pattern.compile(
            "^,? {1,2}(?:with|from|of|at) {1,2}(?:the )?([A-Z0-9][^.;,?!()]{0,60}?)"
                    + "(?= {1,2}(?:[Yy]our|[Pp]lease|[Gg]o ahead|[Yy]ou may|[Ii]s open|[Ll]ine)\\b|[.;,?!(]|$)");

    private Introductions() {
    }

    /** Whether the operator's text names the person, by full name or by first and last word. */
    public static boolean mentions(String text, String name) {
        return find(text, name) != null;
    }

    /** The firm the operator's text gives for the person ("Jane Doe with Acme Bank"), or null. */
    public static String firmOf(String text, String name) {
        int[] hit = find(text, name);
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

    /** Start and end of the name in the text, or null. */
    private static int[] find(String text, String name) {
        int at = text.indexOf(name);
        if (at >= 0) {
            return new int[] {at, at + name.length()};
        }
        // Three words or more (split at runs of spaces): try the first and the last alone.
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
        if (secondWord > lastSpace) {
            return null;
        }
        String firstLast = t.substring(0, firstSpace) + " " + t.substring(lastSpace + 1);
        at = text.indexOf(firstLast);
        return at >= 0 ? new int[] {at, at + firstLast.length()} : null;
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
        String[] words = text.substring(best, Math.min(text.length(), best + 80)).split("\\s+");
        int w = 0;
        if (w < words.length && words[w].equalsIgnoreCase("the") && w + 2 < words.length
                && words[w + 1].equalsIgnoreCase("line") && words[w + 2].equalsIgnoreCase("of")) {
            w += 3;
        }
        StringBuilder name = new StringBuilder();
        int taken = 0;
        for (; w < words.length && taken < 4; w++) {
            String word = words[w];
            String bare = word.replaceAll("[.,;:!?)]+$", "");
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

    /** Whether an operator turn hands the call over to questions. */
    public static boolean handsOverToQuestions(String text) {
        String k = text.toLowerCase(Locale.ROOT);
        return k.contains("question") || k.contains("q&a") || k.contains("queue") || k.contains("instructions");
    }
}
