package io.github.earningscalls.transcript.internal;

import io.github.earningscalls.transcript.model.Role;
import java.util.ArrayList;
import java.util.HashMap;
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
final class ParticipantDirectory {
    /** How a label matched. */
    enum MatchKind { EXACT, VARIANT, AMBIGUOUS, NONE }

    /** The result of resolving a label. */
    record Match(MatchKind kind, Person person, List<Person> candidates, String rule) {
        static final Match NONE = new Match(MatchKind.NONE, null, List.of(), null);
    }

    private final List<Person> people = new ArrayList<>();
    private final Map<String, Person> byKey = new HashMap<>();
    private final Map<String, Match> cache = new HashMap<>();

    List<Person> people() {
        return people;
    }

    /** Adds a person; returns the existing one when the same normalised name is already present. */
    Person add(Person p) {
        Person existing = byKey.get(p.key());
        if (existing != null) {
            return existing;
        }
        people.add(p);
        byKey.put(p.key(), p);
        cache.clear();
        return p;
    }

    Person exact(String name) {
        return byKey.get(Names.key(name));
    }

    Match resolve(String label) {
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
        for (Person p : people) {
            if (p.role != Role.OPERATOR && !p.words.isEmpty() && !isGeneric(p)) {
                pool.add(p);
            }
        }
        Match m;
        if (w.size() == 1) {
            m = pick(pool, p -> p.words.get(0).equals(w.get(0)) || last(p.words).equals(w.get(0)), "single name");
            return m != null ? m : Match.NONE;
        }
        List<String> lw = dropLeadingInitial(w);
        m = pick(pool, p -> sortedEquals(p.words, w), "word order");
        if (m == null) {
            m = pick(pool, p -> p.words.size() >= 2 && firstLast(dropLeadingInitial(p.words)).equals(firstLast(lw)),
                    "middle names or initials");
        }
        if (m == null) {
            m = pick(pool, p -> p.words.size() >= 2
                    && Names.canonicalGiven(dropLeadingInitial(p.words).get(0)).equals(Names.canonicalGiven(lw.get(0)))
                    && last(p.words).equals(last(lw)), "short given name");
        }
        if (m == null) {
            String key = String.join(" ", w);
            m = pick(pool, p -> key.length() >= 8 && p.words.size() >= 2 && sameInitial(p.words, w)
                    && Names.distance(p.key(), key, 1) <= 1, "spelling");
        }
        if (m == null) {
            m = pick(pool, p -> p.words.size() >= 2 && last(lw).length() >= 4
                    && Names.canonicalGiven(dropLeadingInitial(p.words).get(0)).equals(Names.canonicalGiven(lw.get(0)))
                    && Names.distance(last(p.words), last(lw), 1) <= 1, "spelling");
        }
        return m != null ? m : Match.NONE;
    }

    private static boolean isGeneric(Person p) {
        return Speakers.genericRole(p.name) != null;
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
