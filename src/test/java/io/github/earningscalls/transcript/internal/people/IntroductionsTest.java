package io.github.earningscalls.transcript.internal.people;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What an operator's turn says: whom it introduces, from which firm, and whether questions start. */
class IntroductionsTest {
    @Test
    void theFirmAfterTheName() {
        String intro = "Our first question comes from the line of Jane Doe with Acme Bank. Your line is open.";
        assertThat(Introductions.mentions(intro, "Jane Doe")).isTrue();
        assertThat(Introductions.firmOf(intro, "Jane Doe")).isEqualTo("Acme Bank");
        assertThat(Introductions.firmOf("Next is Jane Doe from Acme Bank your line is open", "Jane Doe"))
                .isEqualTo("Acme Bank");
        assertThat(Introductions.firmOf("Next is Jane Doe, of the Big Fund; go ahead", "Jane Doe")).isEqualTo("Big Fund");
        assertThat(Introductions.firmOf("Next is Jane Doe at 3 Rivers Capital (please)", "Jane Doe"))
                .isEqualTo("3 Rivers Capital");
        assertThat(Introductions.firmOf("Next is Jane Doe with Acme Bank", "Jane Doe")).isEqualTo("Acme Bank");
    }

    @Test
    void noFirmWhereTheTextGivesNone() {
        assertThat(Introductions.firmOf("Next is Jane Doe. Go ahead.", "Jane Doe")).isNull();
        assertThat(Introductions.firmOf("Next is Jane Doe with the line open", "Jane Doe")).isNull();
        assertThat(Introductions.firmOf("Next is Jane Doe with Line Capital", "Jane Doe")).isNull();
        assertThat(Introductions.firmOf("Next is Jane Doe with acme", "Jane Doe")).isNull();
        assertThat(Introductions.firmOf("Next is John Roe with Acme", "Jane Doe")).isNull();
        assertThat(Introductions.mentions("Next is John Roe", "Jane Doe")).isFalse();
    }

    @Test
    void aMiddleNameMayBeLeftOut() {
        String intro = "We go to Timothy Okonkwo from Big Bank.";
        assertThat(Introductions.mentions(intro, "Timothy D. Okonkwo")).isTrue();
        assertThat(Introductions.firmOf(intro, "Timothy D. Okonkwo")).isEqualTo("Big Bank");
        assertThat(Introductions.mentions(intro, "Tim Okonkwo")).isFalse();
        assertThat(Introductions.mentions("We go to Timothy.", "Timothy D. Okonkwo")).isFalse();
    }

    @Test
    void handOversAndIntroductions() {
        for (String s : new String[] {"from the line of Jane", "The next question is from Jane", "Our question comes from",
                "The question will come from", "The next question is coming from"}) {
            assertThat(Introductions.introducesQuestioner(s)).as(s).isTrue();
        }
        assertThat(Introductions.introducesQuestioner("Thank you, everyone.")).isFalse();
        for (String s : new String[] {"We will now take questions.", "Q&A", "to join the queue", "[Operator Instructions]"}) {
            assertThat(Introductions.handsOverToQuestions(s)).as(s).isTrue();
        }
        assertThat(Introductions.handsOverToQuestions("Goodbye.")).isFalse();
    }

    @Test
    void theIntroducedNameIsTheLastOneHandedOverTo() {
        assertThat(Introductions.introducedName("Our next question comes from the line of Jane Roe with Acme Bank."))
                .isEqualTo("Jane Roe");
        assertThat(Introductions.introducedName("That was Ann. Next, we'll go to Mr. Omar Haddad of Fenwick."))
                .isEqualTo("Omar Haddad");
        assertThat(Introductions.introducedName("Our question comes from P.J. Kaur, Acme.")).isEqualTo("P.J Kaur");
        assertThat(Introductions.introducedName("The next question is from Maria de la Cruz at Fenwick."))
                .isEqualTo("Maria de la Cruz");
        assertThat(Introductions.introducedName("Our question comes from the line of Jane. Please go ahead."))
                .isEqualTo("Jane");
        assertThat(Introductions.introducedName("Our next question comes from the line of our friends.")).isNull();
        assertThat(Introductions.introducedName("Thank you, everyone.")).isNull();
    }

    @Test
    void anIntroducedNameCouldBeTheSpeakerWrittenAnotherWay() {
        assertThat(Introductions.couldBe("Jeffery Dunn", "Jeffrey Dunn")).isTrue();
        assertThat(Introductions.couldBe("Jeff", "Jeffrey Dunn")).isTrue();
        assertThat(Introductions.couldBe("Mike Mayo", "Michael Lawrence Mayo")).isTrue();
        assertThat(Introductions.couldBe("P.J Kaur", "Prakash Kaur")).isTrue();
        assertThat(Introductions.couldBe("Jane Roe", "Timothy Okonkwo")).isFalse();
    }
}
