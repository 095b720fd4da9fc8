package io.github.earningscalls.transcript.internal.lex;

import io.github.earningscalls.transcript.internal.people.Introductions;
import io.github.earningscalls.transcript.internal.people.Invitations;
import io.github.earningscalls.transcript.internal.people.Names;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Inline labels of one word ({@code MARK: Thank you.}, {@code Varatharajan: My question ...}): a
 * name that is not two words is a speaker only on evidence from the whole transcript, since
 * {@code Note: ...} or {@code Revenue: ...} start lines too. The evidence is that the word is used as a
 * label on several lines, or that the text names someone by it elsewhere, in the middle of a sentence
 * ({@code the line of Varatharajan from}, {@code Okay, Jus, will you}) or as a sentence of its own
 * (a host calling on someone: {@code Ron.}).
 */
final class OneWordLabels {
    /** A label used this often is a speaker's. */
    private static final int RECURRING = 2;
    /** One-word labels are names: at most this long. */
    private static final int MAX_WORD_LENGTH = 30;

    private OneWordLabels() {
    }

    /**
     * The one-word labels the evidence supports, lower case, and among them those of an operator called by
     * name ({@code Krista: Your next question comes from the line of ...}): every line they speak on
     * introduces the next questioner or opens the questions.
     */
    record Found(Set<String> labels, Set<String> operators) {
        static final Found NONE = new Found(Set.of(), Set.of());
    }

    /** The one-word labels of the text that the evidence supports. */
    static Found find(String[] texts) {
        Map<String, Integer> uses = new HashMap<>();
        Map<String, String> printed = new HashMap<>();
        Set<String> notOperators = new HashSet<>();
        Set<String> introducers = new HashSet<>();
        for (int i = 0; i < texts.length; i++) {
            if (i > 0 && LineShapes.continuesLabel(texts[i - 1], texts[i])) {
                // "RESEARCH / DIVISION: text": the end of a long label wrapped onto this line.
                continue;
            }
            String word = label(texts[i]);
            if (word != null) {
                String key = word.toLowerCase(Locale.ROOT);
                uses.merge(key, 1, Integer::sum);
                printed.putIfAbsent(key, word);
                String said = texts[i].substring(word.length() + 1);
                if (Introductions.introducesQuestioner(said)) {
                    introducers.add(key);
                } else if (!operatorsWords(said)) {
                    notOperators.add(key);
                }
            }
        }
        Set<String> found = new HashSet<>();
        Set<String> once = new HashSet<>();
        for (Map.Entry<String, Integer> e : uses.entrySet()) {
            if (e.getValue() >= RECURRING) {
                found.add(e.getKey());
            } else {
                once.add(e.getKey());
            }
        }
        if (!once.isEmpty()) {
            Set<String> broughtIn = null;
            for (String key : once) {
                String name = titleCase(printed.get(key));
                if (namedElsewhere(texts, name)) {
                    found.add(key);
                    continue;
                }
                if (broughtIn == null) {
                    broughtIn = broughtIn(texts);
                }
                if (broughtIn.contains(name)) {
                    found.add(key);
                }
            }
        }
        Set<String> operators = new HashSet<>();
        for (String key : found) {
            if (uses.get(key) >= RECURRING && introducers.contains(key) && !notOperators.contains(key)) {
                operators.add(key);
            }
        }
        return found.isEmpty() ? Found.NONE : new Found(found, operators);
    }

    /**
     * The words by which lines bring someone in to answer ({@code Greta, do you want to lead off?}): a host
     * addressing a colleague so at the start of a sentence names a person, where a word alone there may not.
     */
    private static Set<String> broughtIn(String[] texts) {
        Set<String> names = new HashSet<>();
        for (String t : texts) {
            if (t.indexOf(',') >= 0 || t.indexOf('\'') >= 0 || t.indexOf('\u2019') >= 0 || t.contains(" is ")) {
                names.addAll(Invitations.namesBroughtIn(t));
            }
        }
        return names;
    }

    /** An operator's line that is not an introduction: it opens the questions, hands the line over or closes the call. */
    private static boolean operatorsWords(String said) {
        String k = said.toLowerCase(Locale.ROOT);
        return k.contains("question") || k.contains("go ahead") || k.contains("instructions") || k.contains("concludes")
                || k.contains("disconnect");
    }

    /** The word of a {@code Word: text} line when it could be a name, or null. */
    static String label(String text) {
        int colon = -1;
        for (int i = 0, n = Math.min(text.length(), MAX_WORD_LENGTH + 1); i < n && colon < 0; i++) {
            if (text.charAt(i) == ':') {
                colon = i;
            }
        }
        if (colon < 2 || colon + 1 >= text.length()) {
            return null;
        }
        for (int i = 0; i < colon; i++) {
            char c = text.charAt(i);
            if (!(Character.isLetter(c) || c == '\'' || c == '\u2019' || c == '-')) {
                return null;
            }
        }
        if (text.substring(colon + 1).isBlank()) {
            return null;
        }
        String word = text.substring(0, colon);
        return Names.looksLikeName(word, 1) && Speakers.genericRole(word) == null && !Speakers.isOperator(word)
                ? word : null;
    }

    private static String titleCase(String word) {
        return word.charAt(0) + word.substring(1).toLowerCase(Locale.ROOT);
    }

    /**
     * Whether some line other than a label line names {@code name}: after a lower-case word, a digit or a
     * comma, or as a one-word sentence.
     */
    private static boolean namedElsewhere(String[] texts, String name) {
        for (String t : texts) {
            int from = t.startsWith(name + ":") ? name.length() + 1 : 0;
            for (int at = t.indexOf(name, from); at >= 0; at = t.indexOf(name, at + 1)) {
                int end = at + name.length();
                if (end < t.length() && Character.isLetter(t.charAt(end)) || at > 0 && Character.isLetter(t.charAt(at - 1))) {
                    continue;
                }
                int before = at - 1;
                while (before >= 0 && t.charAt(before) == ' ') {
                    before--;
                }
                char prev = before < 0 ? '.' : t.charAt(before);
                if (Character.isLowerCase(prev) || Character.isDigit(prev) || prev == ',') {
                    return true;
                }
                boolean sentenceStart = prev == '.' || prev == '?' || prev == '!' || prev == ':';
                boolean sentenceEnd = end < t.length() && (t.charAt(end) == '.' || t.charAt(end) == '?')
                        && (end + 1 == t.length() || t.charAt(end + 1) == ' ');
                if (sentenceStart && sentenceEnd) {
                    return true;
                }
            }
        }
        return false;
    }
}
