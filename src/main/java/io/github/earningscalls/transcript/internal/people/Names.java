package io.github.earningscalls.transcript.internal.people;

import io.github.earningscalls.transcript.internal.input.Mojibake;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.commons.lang3.StringUtils;

/** Person names: whether a string looks like one, and the normalised keys used to compare them. */
public final class Names {
    private Names() {
    }

    /** Names are short; a longer run of name-like words is a heading or a line of speech. */
    public static final int MAX_NAME_LENGTH = 60;

    private static final Set<String> PARTICLES = Set.of("de", "da", "di", "del", "della", "der", "den", "van", "von",
            "la", "le", "du", "dos", "das", "do", "bin", "al", "el", "ter", "ten", "y", "e", "st", "mc");

    /** Words that start lines of speech but are never part of a name. */
    private static final Set<String> NOT_NAME_WORDS = Set.of("thank", "thanks", "you", "good", "morning", "afternoon",
            "evening", "okay", "ok", "yes", "yeah", "no", "hello", "hi", "great", "sure", "right", "well", "so",
            "the", "of", "to", "in", "on", "for", "with", "our", "we", "i", "it", "is", "this", "that", "question",
            "questions", "answer", "answers", "session", "presentation", "end", "call", "conference", "earnings",
            "results", "instructions", "remarks", "prepared", "participants", "executives", "analysts", "transcript",
            "copyright", "disclaimer", "next", "first", "last", "go", "ahead", "please", "all", "q&a", "everyone",
            "ladies", "gentlemen", "welcome", "quarter", "year", "fiscal", "total", "revenue", "operator",
            "address", "office", "subject", "website", "email", "phone", "fax", "contact", "reference", "ref",
            "date", "time", "note", "notes", "source", "page", "slide", "agenda", "location", "registered",
            "mailing", "dear", "sir", "madam", "regards", "sincerely", "yours", "attention", "disclosure",
            "listing", "department", "limited", "regulation", "takeaways", "risks", "summary", "code", "scrip",
            "encl", "sub", "cin", "exchange", "stock");

    private static final Set<String> HONORIFICS = Set.of("mr", "mrs", "ms", "miss", "dr", "prof", "professor", "sir",
            "madam", "mme", "m", "messrs");

    private static final Set<String> SUFFIXES = Set.of("jr", "sr", "ii", "iii", "iv", "cfa", "phd", "md", "cpa", "esq");

    /** Common short forms of given names, mapped to one canonical form for comparison. */
    private static final Map<String, String> GIVEN_NAMES = Map.ofEntries(
            Map.entry("jim", "james"), Map.entry("jimmy", "james"), Map.entry("jamie", "james"),
            Map.entry("mike", "michael"), Map.entry("mick", "michael"), Map.entry("mickey", "michael"),
            Map.entry("tim", "timothy"), Map.entry("bill", "william"), Map.entry("will", "william"),
            Map.entry("billy", "william"), Map.entry("bob", "robert"), Map.entry("rob", "robert"),
            Map.entry("bobby", "robert"), Map.entry("dave", "david"), Map.entry("dan", "daniel"),
            Map.entry("danny", "daniel"), Map.entry("chris", "christopher"), Map.entry("steve", "steven"),
            Map.entry("stephen", "steven"), Map.entry("tom", "thomas"), Map.entry("tommy", "thomas"),
            Map.entry("joe", "joseph"), Map.entry("ken", "kenneth"), Map.entry("kenny", "kenneth"),
            Map.entry("matt", "matthew"), Map.entry("rick", "richard"), Map.entry("rich", "richard"),
            Map.entry("dick", "richard"), Map.entry("ron", "ronald"), Map.entry("tony", "anthony"),
            Map.entry("andy", "andrew"), Map.entry("drew", "andrew"), Map.entry("doug", "douglas"),
            Map.entry("greg", "gregory"), Map.entry("jeff", "jeffrey"), Map.entry("jeffery", "jeffrey"),
            Map.entry("geoff", "geoffrey"), Map.entry("larry", "lawrence"), Map.entry("nick", "nicholas"),
            Map.entry("phil", "philip"), Map.entry("phillip", "philip"), Map.entry("sam", "samuel"),
            Map.entry("ben", "benjamin"), Map.entry("alex", "alexander"), Map.entry("ed", "edward"),
            Map.entry("ted", "edward"), Map.entry("eddie", "edward"), Map.entry("fred", "frederick"),
            Map.entry("josh", "joshua"), Map.entry("kate", "katherine"), Map.entry("katie", "katherine"),
            Map.entry("kathy", "katherine"), Map.entry("liz", "elizabeth"), Map.entry("beth", "elizabeth"),
            Map.entry("nate", "nathan"), Map.entry("pete", "peter"), Map.entry("ray", "raymond"),
            Map.entry("stan", "stanley"), Map.entry("vince", "vincent"), Map.entry("jon", "jonathan"),
            Map.entry("don", "donald"), Map.entry("sue", "susan"), Map.entry("jen", "jennifer"),
            Map.entry("jenny", "jennifer"), Map.entry("becky", "rebecca"), Map.entry("pat", "patrick"),
            Map.entry("charlie", "charles"), Map.entry("chuck", "charles"), Map.entry("hank", "henry"),
            Map.entry("jack", "john"), Map.entry("johnny", "john"), Map.entry("marty", "martin"),
            Map.entry("terry", "terence"), Map.entry("terrence", "terence"), Map.entry("walt", "walter"),
            Map.entry("gerry", "gerald"), Map.entry("jerry", "gerald"), Map.entry("al", "albert"),
            Map.entry("abby", "abigail"), Map.entry("cathy", "catherine"), Map.entry("meg", "margaret"),
            Map.entry("peggy", "margaret"), Map.entry("vicky", "victoria"), Map.entry("zach", "zachary"),
            Map.entry("manny", "manuel"), Map.entry("mo", "mohammed"), Map.entry("brad", "bradley"),
            Map.entry("frank", "francis"), Map.entry("russ", "russell"), Map.entry("gus", "augustus"));

    /**
     * Whether {@code s} reads like a person's name: one to six capitalised words (particles such as
     * {@code van} and initials allowed), no digits, no sentence punctuation, no word that starts speech.
     *
     * @param minWords the fewest words to accept (2 for names of unknown speakers)
     */
    public static boolean looksLikeName(String s, int minWords) {
        return looksLikeName(s, minWords, true);
    }

    /**
     * As {@link #looksLikeName(String, int)}; with {@code rejectSpeechWords} false, words such as
     * {@code Good} are accepted, for places where the layout already says a name stands there
     * (a roster line with a dash and a title).
     */
    public static boolean looksLikeName(String s, int minWords, boolean rejectSpeechWords) {
        int n = s.length();
        if (n == 0 || n > MAX_NAME_LENGTH) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            // Words hold only these characters: most lines of text fail here, before they are split into words.
            char c = s.charAt(i);
            if (!(Character.isLetter(c) || c == '.' || c == '\'' || c == '\u2019' || c == '-'
                    || Character.isWhitespace(c))) {
                return false;
            }
        }
        List<String> words = split(s);
        if (words.size() < minWords || words.size() > 6) {
            return false;
        }
        for (int w = 0; w < words.size(); w++) {
            String word = words.get(w);
            char first = word.charAt(0);
            String lower = word.toLowerCase(Locale.ROOT);
            String bare = StringUtils.strip(lower, ".,");
            if (rejectSpeechWords && NOT_NAME_WORDS.contains(bare)) {
                return false;
            }
            for (int i = 0; i < word.length(); i++) {
                char c = word.charAt(i);
                if (!(Character.isLetter(c) || c == '.' || c == '\'' || c == '\u2019' || c == '-')) {
                    return false;
                }
            }
            if (word.endsWith("-") || word.startsWith("-")) {
                return false;
            }
            if (!Character.isUpperCase(first) && !(w > 0 && PARTICLES.contains(bare))) {
                return false;
            }
        }
        return true;
    }

    private static List<String> split(String s) {
        List<String> words = new ArrayList<>(4);
        int n = s.length();
        int i = 0;
        while (i < n) {
            while (i < n && Character.isWhitespace(s.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && !Character.isWhitespace(s.charAt(i))) {
                i++;
            }
            if (i > start) {
                words.add(s.substring(start, i));
            }
        }
        return words;
    }

    /**
     * The normalised words of a name: accents stripped, lower case, punctuation dropped,
     * honorifics ({@code Mr.}) and suffixes ({@code Jr.}) removed. {@code D.G. Macpherson} gives
     * {@code [dg, macpherson]}.
     */
    public static List<String> keyWords(String name) {
        // ASCII has no accents to strip nor mis-decoded characters to repair: skip both (Unicode normalisation).
        String s = (isAscii(name) ? name : StringUtils.stripAccents(Mojibake.repair(name))).toLowerCase(Locale.ROOT);
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                sb.append(c);
            } else if (c == '.' && i + 1 < s.length() && Character.isLetter(s.charAt(i + 1))
                    && (i + 2 >= s.length() || s.charAt(i + 2) == '.')) {
                // "D.G." stays one word; "Mr.Smith" is split below by the honorific rule.
                continue;
            } else if (c == '\'' || c == '\u2019' || c == '.') {
                continue;
            } else {
                sb.append(' ');
            }
        }
        List<String> words = new ArrayList<>(split(sb.toString()));
        while (words.size() > 1 && isHonorific(words.get(0), words.size() - 1)) {
            words.remove(0);
        }
        while (words.size() > 1 && SUFFIXES.contains(words.get(words.size() - 1))) {
            words.remove(words.size() - 1);
        }
        return words;
    }

    /**
     * Whether a name's first word, lower case and without its period, is an honorific. {@code M.} is
     * one ("M. Jean Roe") only before a given name and a surname: before a surname alone it is an
     * initial ("M. Rao").
     */
    private static boolean isHonorific(String word, int wordsAfter) {
        return HONORIFICS.contains(word) && (word.length() > 1 || wordsAfter >= 2);
    }

    /** Whether every character of the text is ASCII. */
    public static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /**
     * A name for display: honorifics dropped ({@code Mr. Jane Doe} gives {@code Jane Doe}) and a name
     * printed in capitals put in title case ({@code JANE A. DOE} gives {@code Jane A. Doe}, {@code RON} gives {@code Ron}).
     */
    public static String display(String name) {
        String s = name.trim();
        while (true) {
            int sp = s.indexOf(' ');
            if (sp < 0) {
                break;
            }
            String first = StringUtils.strip(s.substring(0, sp), ".").toLowerCase(Locale.ROOT);
            if (!isHonorific(first, split(s).size() - 1)) {
                break;
            }
            s = s.substring(sp + 1).trim();
        }
        boolean hasLower = false;
        boolean lettersOnly = true;
        for (int i = 0; i < s.length(); i++) {
            hasLower |= Character.isLowerCase(s.charAt(i));
            lettersOnly &= Character.isLetter(s.charAt(i));
        }
        // A short capitalised name is put in title case too when it is one word of letters ("RON"), not "J.P.".
        if (hasLower || s.length() < 2 || s.length() < 4 && !lettersOnly) {
            return s;
        }
        StringBuilder sb = new StringBuilder(s.length());
        boolean startOfWord = true;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            sb.append(startOfWord ? c : Character.toLowerCase(c));
            startOfWord = !Character.isLetter(c) || c == '\'';
            if (c == '\'' && i + 2 < s.length() && s.charAt(i + 2) != ' ') {
                startOfWord = true;
            }
        }
        return sb.toString();
    }

    /**
     * Whether each word of a name is a whole word: an initial with its period ({@code A.}) or three letters
     * or more. A shorter piece ({@code JAN ET ROE}) is a word that a stray space cut in two.
     */
    public static boolean wordsAreWhole(String name) {
        for (String word : split(name)) {
            boolean initial = word.length() == 2 && Character.isLetter(word.charAt(0)) && word.charAt(1) == '.';
            if (!initial && word.length() < 3) {
                return false;
            }
        }
        return true;
    }

    /** The whole normalised name, words joined by one space. */
    public static String key(String name) {
        return String.join(" ", keyWords(name));
    }

    /** A given name's canonical form: {@code Jim} and {@code Jamie} both give {@code james}. */
    public static String canonicalGiven(String word) {
        return GIVEN_NAMES.getOrDefault(word, word);
    }

    /** A slug for ids: lower-case ASCII letters and digits joined by single hyphens. */
    public static String slug(String name) {
        // stripAccents normalises through a regular expression, microseconds a name: most names are ASCII.
        String s = (isAscii(name) ? name : StringUtils.stripAccents(name)).toLowerCase(Locale.ROOT);
        StringBuilder sb = new StringBuilder(s.length());
        boolean dash = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 128 && Character.isLetterOrDigit(c)) {
                if (dash && sb.length() > 0) {
                    sb.append('-');
                }
                dash = false;
                sb.append(c);
            } else if (c != '\'' && c != '\u2019' && c != '.') {
                dash = true;
            }
        }
        return sb.length() == 0 ? "speaker" : sb.toString();
    }

    /**
     * Edit distance with adjacent transpositions counted as one edit ({@code Jeffery}/{@code Jeffrey}: the
     * optimal string alignment distance), capped: returns {@code limit + 1} as soon as the distance exceeds it.
     */
    public static int distance(String a, String b, int limit) {
        if (Math.abs(a.length() - b.length()) > limit) {
            return limit + 1;
        }
        int[] before = new int[b.length() + 1];
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            int rowMin = cur[0];
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    cur[j] = Math.min(cur[j], before[j - 2] + 1);
                }
                rowMin = Math.min(rowMin, cur[j]);
            }
            if (rowMin > limit) {
                return limit + 1;
            }
            int[] t = before;
            before = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }

    /** The lower-case words of a name, split at spaces and punctuation other than apostrophes. */
    public static List<String> lowerCaseWords(String s) {
        List<String> out = new ArrayList<>();
        StringBuilder w = new StringBuilder();
        for (int i = 0; i <= s.length(); i++) {
            char c = i < s.length() ? s.charAt(i) : ' ';
            if (Character.isLetterOrDigit(c) || c == '\'' || c == '\u2019') {
                w.append(Character.toLowerCase(c));
            } else if (w.length() > 0) {
                out.add(w.toString());
                w.setLength(0);
            }
        }
        return out;
    }
}
