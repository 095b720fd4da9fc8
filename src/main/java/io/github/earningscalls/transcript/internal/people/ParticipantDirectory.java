package io.github.earningscalls.transcript.internal.people;

import io.github.earningscalls.transcript.internal.lex.Speakers;
import io.github.earningscalls.transcript.model.Role;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The people of one transcript, and the rules that resolve a speaker line to one of them.
 *
 * <p>Resolution never merges two people on a guess: a variant that fits more than one person is
 * reported as ambiguous and the caller keeps the speaker apart.
 */
public final class ParticipantDirectory {
    /** How a label matched. */
    public enum MatchKind { EXACT, VARIANT, AMBIGUOUS, NONE }

    /** The result of resolving a label. */
    public record Match(MatchKind kind, Person person, List<Person> candidates, String rule) {
        static final Match NONE = new Match(MatchKind.NONE, null, List.of(), null);
    }

    /** The rule that matched a label whose name words were glued together, or taken apart. */
    public static final String GLUED_WORDS = "glued words";

    /** The most people a name word gathers for fuzzy matching; see {@link #addBucket}. */
    static final int MAX_BUCKET = 256;

    private final List<Person> people = new ArrayList<>();
    private final Map<String, Person> byKey = new HashMap<>();
    private Map<String, Match> cache = new HashMap<>();
    /**
     * Each person under every word of their name and the canonical form of their given name, so
     * that a label is compared with the few people who share a word with it rather than with
     * everyone (a file of many distinct speakers would otherwise take quadratic time).
     */
    private final Map<String, List<Person>> byWord = new HashMap<>();
    private final Map<Person, Integer> position = new HashMap<>();
    /**
     * Each person under their name's letters with no space between the words, to find labels whose words a
     * transcriber or a PDF glued together ({@code JaneRoe}, {@code JohnR.Smith}); null where two people share them.
     */
    private final Map<String, Person> byLetters = new HashMap<>();

    public List<Person> people() {
        return people;
    }

    /** Adds a person; returns the existing one when the same normalised name is already present. */
    public Person add(Person p) {
        Person existing = byKey.get(p.key());
        if (existing != null) {
            return existing;
        }
        position.put(p, people.size());
        people.add(p);
        byKey.put(p.key(), p);
        indexLetters(p);
        if (!p.words().isEmpty()) {
            Set<String> words = new HashSet<>(p.words());
            words.add(Names.canonicalGiven(dropLeadingInitial(p.words()).get(0)));
            for (String word : words) {
                byWord.computeIfAbsent(word, k -> new ArrayList<>()).add(p);
            }
        }
        // A new map, not clear(): clearing costs the table's capacity, which the lexer's many labels grew.
        cache = new HashMap<>();
        return p;
    }

    private void indexLetters(Person p) {
        if (p.words().size() >= 2) {
            String letters = String.join("", p.words());
            byLetters.put(letters, byLetters.containsKey(letters) && byLetters.get(letters) != p ? null : p);
        }
    }

    /**
     * Gives a person met first under a glued label ({@code Janea. Roebuck}) the spelling of a later
     * label that has the same letters with the words apart ({@code Jane A. Roebuck}); both then resolve
     * to them.
     */
    public void respell(Person p, String name) {
        p.respell(name);
        byKey.putIfAbsent(p.key(), p);
        indexLetters(p);
        for (String word : p.words()) {
            List<Person> bucket = byWord.computeIfAbsent(word, k -> new ArrayList<>());
            if (!bucket.contains(p)) {
                bucket.add(p);
            }
        }
        cache = new HashMap<>();
    }

    public Person exact(String name) {
        return byKey.get(Names.key(name));
    }

    public Match resolve(String label) {
        if (people.isEmpty()) {
            // Nobody to match (layout detection asks with an empty directory): skip normalising the label.
            return Match.NONE;
        }
        return cache.computeIfAbsent(label, this::resolveUncached);
    }

    private Match resolveUncached(String label) {
        List<String> w = Names.keyWords(label);
        if (w.isEmpty()) {
            return Match.NONE;
        }
        Person exact = byKey.get(String.join(" ", w));
        if (exact != null) {
            return new Match(MatchKind.EXACT, exact, List.of(exact), "exact");
        }
        List<Person> pool = new ArrayList<>();
        for (Person p : candidates(w)) {
            if (p.role() != Role.OPERATOR && !p.words().isEmpty() && !isGeneric(p)) {
                pool.add(p);
            }
        }
        Match m;
        if (w.size() == 1) {
            m = pick(pool, p -> p.words().get(0).equals(w.get(0)) || last(p.words()).equals(w.get(0)), "single name");
            if (m == null) {
                m = glued(w);
            }
            return m != null ? m : Match.NONE;
        }
        List<String> lw = dropLeadingInitial(w);
        m = pick(pool, p -> sortedEquals(p.words(), w), "word order");
        if (m == null) {
            m = pick(pool, p -> p.words().size() >= 2 && firstLast(dropLeadingInitial(p.words())).equals(firstLast(lw)),
                    "middle names or initials");
        }
        if (m == null) {
            m = pick(pool, p -> p.words().size() >= 2
                    && Names.canonicalGiven(dropLeadingInitial(p.words()).get(0)).equals(Names.canonicalGiven(lw.get(0)))
                    && last(p.words()).equals(last(lw)), "short given name");
        }
        if (m == null) {
            m = glued(w);
        }
        if (m == null) {
            String key = String.join(" ", w);
            m = pick(pool, p -> key.length() >= 8 && p.words().size() >= 2 && sameInitial(p.words(), w)
                    && Names.distance(p.key(), key, 1) <= 1, "spelling");
        }
        if (m == null) {
            m = pick(pool, p -> p.words().size() >= 2 && last(lw).length() >= 4
                    && Names.canonicalGiven(dropLeadingInitial(p.words()).get(0)).equals(Names.canonicalGiven(lw.get(0)))
                    && Names.distance(last(p.words()), last(lw), 1) <= 1, "spelling");
        }
        return m != null ? m : Match.NONE;
    }

    /** The person whose name has the label's letters, with the words glued on one side or the other. */
    private Match glued(List<String> w) {
        Person p = byLetters.get(String.join("", w));
        return p == null || p.role() == Role.OPERATOR || p.words().equals(w)
                ? null : new Match(MatchKind.VARIANT, p, List.of(p), GLUED_WORDS);
    }

    /**
     * The people any rule below can match, in the order they were added: every rule needs the
     * label's first word in the name (single name, word order), the same last word (middle names,
     * short given name, and one spelling slip in the whole name, which leaves the first or the last
     * word intact), or the same canonical given name (a slip in the surname).
     */
    private List<Person> candidates(List<String> w) {
        Set<Person> found = new HashSet<>();
        if (w.size() == 1) {
            // Each one-word label reads its word's people once (the result is cached): linear in all.
            found.addAll(byWord.getOrDefault(w.get(0), List.of()));
        } else {
            addBucket(found, w.get(0));
            addBucket(found, last(w));
            addBucket(found, Names.canonicalGiven(dropLeadingInitial(w).get(0)));
        }
        List<Person> out = new ArrayList<>(found);
        out.sort(Comparator.comparingInt(position::get));
        return out;
    }

    /**
     * For a label of several words, adds the people whose name has the word, unless more than
     * {@link #MAX_BUCKET} do: a real call has a handful of people a name word, and comparing each of
     * thousands of distinct labels with thousands of people who share one word (a crafted input) would
     * make resolution quadratic. Such a word then finds no variant spellings; exact names still resolve
     * through their key.
     */
    private void addBucket(Set<Person> found, String word) {
        List<Person> bucket = byWord.get(word);
        if (bucket != null && bucket.size() <= MAX_BUCKET) {
            found.addAll(bucket);
        }
    }

    private static boolean isGeneric(Person p) {
        return Speakers.genericRole(p.name()) != null;
    }

    private interface Rule {
        boolean test(Person p);
    }

    private static Match pick(List<Person> pool, Rule rule, String name) {
        Set<Person> hits = new LinkedHashSet<>();
        for (Person p : pool) {
            if (rule.test(p)) {
                hits.add(p);
            }
        }
        if (hits.isEmpty()) {
            return null;
        }
        List<Person> list = List.copyOf(hits);
        return list.size() == 1
                ? new Match(MatchKind.VARIANT, list.get(0), list, name)
                : new Match(MatchKind.AMBIGUOUS, null, list, name);
    }

    private static boolean sameInitial(List<String> a, List<String> b) {
        return a.get(0).charAt(0) == b.get(0).charAt(0);
    }

    private static String last(List<String> w) {
        return w.get(w.size() - 1);
    }

    private static List<String> dropLeadingInitial(List<String> w) {
        return w.size() > 2 && w.get(0).length() == 1 ? w.subList(1, w.size()) : w;
    }

    private static String firstLast(List<String> w) {
        return w.get(0) + " " + last(w);
    }

    private static boolean sortedEquals(List<String> a, List<String> b) {
        if (a.size() != b.size() || a.size() < 2) {
            return false;
        }
        List<String> x = new ArrayList<>(a);
        List<String> y = new ArrayList<>(b);
        x.sort(null);
        y.sort(null);
        return x.equals(y);
    }
}
