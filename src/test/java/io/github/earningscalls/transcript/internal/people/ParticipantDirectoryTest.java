package io.github.earningscalls.transcript.internal.people;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.earningscalls.transcript.Inputs;
import io.github.earningscalls.transcript.internal.people.ParticipantDirectory.Match;
import io.github.earningscalls.transcript.internal.people.ParticipantDirectory.MatchKind;
import io.github.earningscalls.transcript.model.Role;
import org.junit.jupiter.api.Test;

/**
 * Speaker resolution rule by rule. The directory looks up only the people who share a word (or a
 * canonical given name) with the label; each case here is one that lookup must still find.
 */
class ParticipantDirectoryTest {
    private static Person person(String name) {
        return new Person(name, null, null, Role.CORPORATE, true, 1);
    }

    private static String resolved(ParticipantDirectory d, String label) {
        Match m = d.resolve(label);
        return switch (m.kind()) {
            case NONE -> "NONE";
            case AMBIGUOUS -> "AMBIGUOUS " + m.candidates().stream().map(p -> p.name()).toList() + " (" + m.rule() + ")";
            default -> m.kind() + " " + m.person().name() + " (" + m.rule() + ")";
        };
    }

    private static ParticipantDirectory roster(String... names) {
        ParticipantDirectory d = new ParticipantDirectory();
        for (String n : names) {
            d.add(person(n));
        }
        return d;
    }

    @Test
    void eachRuleFindsItsPerson() {
        ParticipantDirectory d = roster("Marta Quill", "Timothy D. Okonkwo", "James Whitfield", "Katherine Johnson",
                "Jonathan Smith", "Dana Wen");
        assertThat(resolved(d, "MARTA  QUILL")).isEqualTo("EXACT Marta Quill (exact)");
        assertThat(resolved(d, "Mr. Wen")).isEqualTo("VARIANT Dana Wen (single name)");
        assertThat(resolved(d, "Marta")).isEqualTo("VARIANT Marta Quill (single name)");
        assertThat(resolved(d, "Quill Marta")).isEqualTo("VARIANT Marta Quill (word order)");
        assertThat(resolved(d, "Timothy Okonkwo")).isEqualTo("VARIANT Timothy D. Okonkwo (middle names or initials)");
        assertThat(resolved(d, "Tim Okonkwo")).isEqualTo("VARIANT Timothy D. Okonkwo (short given name)");
        assertThat(resolved(d, "Katherine Jonson")).as("a slip in the surname, first word shared")
                .isEqualTo("VARIANT Katherine Johnson (spelling)");
        assertThat(resolved(d, "Jonathon Smith")).as("a slip in the given name, last word shared")
                .isEqualTo("VARIANT Jonathan Smith (spelling)");
        assertThat(resolved(d, "Jim Whitfeld")).as("a short given name and a slip: no word shared")
                .isEqualTo("VARIANT James Whitfield (spelling)");
        assertThat(resolved(d, "Jim Whitfeld Jr.")).isEqualTo("VARIANT James Whitfield (spelling)");
        assertThat(resolved(d, "Dana Quill")).isEqualTo("NONE");
        assertThat(resolved(d, "Nobody Here")).isEqualTo("NONE");
        assertThat(resolved(d, "...")).isEqualTo("NONE");
        assertThat(resolved(d, "Kat Jo")).as("short names get no spelling slack").isEqualTo("NONE");
    }

    @Test
    void ambiguityListsThePeopleInRosterOrder() {
        ParticipantDirectory d = roster("Brian Lee", "Zoe Adams");
        assertThat(resolved(d, "Lee")).isEqualTo("VARIANT Brian Lee (single name)");
        d.add(person("Anna Lee"));
        assertThat(resolved(d, "Lee")).as("the cached answer is dropped when someone is added")
                .isEqualTo("AMBIGUOUS [Brian Lee, Anna Lee] (single name)");
        d.add(person("Carl Lee"));
        assertThat(d.resolve("Lee").candidates()).extracting(p -> p.name())
                .containsExactly("Brian Lee", "Anna Lee", "Carl Lee");
    }

    @Test
    void theOperatorAndGenericLabelsAreNeverMatchedByAVariant() {
        ParticipantDirectory d = new ParticipantDirectory();
        d.add(new Person("Operator", null, null, Role.OPERATOR, false, 1));
        d.add(new Person("Unidentified Analyst", null, null, Role.ANALYST, false, 2));
        assertThat(resolved(d, "Operator")).isEqualTo("EXACT Operator (exact)");
        assertThat(resolved(d, "Operators")).isEqualTo("NONE");
        assertThat(resolved(d, "Analyst")).isEqualTo("NONE");
        assertThat(resolved(d, "Unidentified Analysts")).isEqualTo("NONE");
    }

    @Test
    void addingTheSameNameTwiceKeepsTheFirst() {
        ParticipantDirectory d = new ParticipantDirectory();
        Person first = person("Jane Doe");
        assertThat(d.add(first)).isSameAs(first);
        assertThat(d.add(person("JANE  DOE"))).isSameAs(first);
        assertThat(d.people()).containsExactly(first);
        assertThat(d.exact("jane doe")).isSameAs(first);
        assertThat(d.exact("John Doe")).isNull();
    }

    @Test
    void manyPeopleSharingASurnameStillResolveExactly() {
        ParticipantDirectory d = new ParticipantDirectory();
        for (int i = 0; i < 2_000; i++) {
            d.add(person(Inputs.personName(i).split(" ")[0] + " Smith"));
        }
        String someone = Inputs.personName(1234).split(" ")[0] + " Smith";
        assertThat(d.resolve(someone).kind()).isEqualTo(MatchKind.EXACT);
        assertThat(d.resolve("Smith").kind()).isEqualTo(MatchKind.AMBIGUOUS);
        assertThat(d.resolve("Smith").candidates()).hasSize(2_000);
    }

    @Test
    void aSpellingSlipIsMatchedThroughASurnameSharedByUpToTheCapButNotBeyond() {
        for (int others : new int[] {ParticipantDirectory.MAX_BUCKET - 1, ParticipantDirectory.MAX_BUCKET}) {
            ParticipantDirectory d = new ParticipantDirectory();
            d.add(person("Johan Smith"));
            for (int i = 0; i < others; i++) {
                d.add(person(Inputs.personName(i).split(" ")[0] + " Smith"));
            }
            // "Johan" misspelled: only the shared surname leads to him.
            String found = resolved(d, "Johen Smith");
            if (others < ParticipantDirectory.MAX_BUCKET) {
                assertThat(found).as("%d Smiths", others + 1).isEqualTo("VARIANT Johan Smith (spelling)");
            } else {
                assertThat(found).as("%d Smiths", others + 1).isEqualTo("NONE");
                assertThat(resolved(d, "Johan Smith")).isEqualTo("EXACT Johan Smith (exact)");
            }
        }
    }

    @Test
    void aLabelWithItsNameWordsGluedFindsThePerson() {
        ParticipantDirectory d = roster("Jane Roe", "John R. Smith");
        assertThat(resolved(d, "JaneRoe")).isEqualTo("VARIANT Jane Roe (glued words)");
        assertThat(resolved(d, "JohnR.Smith")).isEqualTo("VARIANT John R. Smith (glued words)");
        assertThat(resolved(d, "Janer Oe")).as("the same letters, cut elsewhere").isEqualTo("VARIANT Jane Roe (glued words)");
        assertThat(resolved(d, "JaneRoes")).isEqualTo("NONE");
    }

    @Test
    void aGluedNameMetFirstTakesTheSpellingWithItsWordsApart() {
        ParticipantDirectory d = new ParticipantDirectory();
        Person p = d.add(new Person("Janea. Roe", null, null, Role.UNKNOWN, false, 1));
        assertThat(resolved(d, "JANE A. ROE")).isEqualTo("VARIANT Janea. Roe (glued words)");
        d.respell(p, "Jane A. Roe");
        assertThat(p.name()).isEqualTo("Jane A. Roe");
        assertThat(resolved(d, "Jane A. Roe")).isEqualTo("EXACT Jane A. Roe (exact)");
        assertThat(resolved(d, "Janea. Roe")).as("the first spelling still finds them").isEqualTo("EXACT Jane A. Roe (exact)");
    }
}
