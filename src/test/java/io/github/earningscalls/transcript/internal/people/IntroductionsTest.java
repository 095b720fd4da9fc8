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
        assertThat(Introductions.firmOf("Jane Doe at Acme Bank has the next question.", "Jane Doe")).isEqualTo("Acme Bank");
    }

    @Test
    void aLegalSuffixAfterACommaIsPartOfTheFirm() {
        assertThat(Introductions.firmOf("Next is Jane Doe with Hollis Barrow, Inc. Please go ahead.", "Jane Doe"))
                .isEqualTo("Hollis Barrow, Inc.");
        assertThat(Introductions.firmOf("Thank you. Our first question comes from Jane Doe with Hollis Barrow, Inc. ",
                "Jane Doe")).as("at the end of the turn, which ends in a space").isEqualTo("Hollis Barrow, Inc.");
        assertThat(Introductions.firmOf("Next is Jane Doe of Tern Brothers, Inc., please go ahead", "Jane Doe"))
                .isEqualTo("Tern Brothers, Inc.");
        assertThat(Introductions.firmOf("Our next question comes from Jane Doe with Acme Securities, LLC.", "Jane Doe"))
                .isEqualTo("Acme Securities, LLC.");
        assertThat(Introductions.firmOf("Next is Jane Doe with Acme Bank, please go ahead", "Jane Doe"))
                .as("a comma that ends the firm").isEqualTo("Acme Bank");
        assertThat(Introductions.firmOf("Next is Jane Doe with K.T. Rowan. Your line is open.", "Jane Doe"))
                .as("initials").isEqualTo("K.T. Rowan");
        assertThat(Introductions.firmOf("Next is Jane Doe with K. T. Rowan.", "Jane Doe")).isEqualTo("K. T. Rowan");
        assertThat(Introductions.firmOf("Next is Jane Doe with UBS. Your line is open.", "Jane Doe"))
                .as("a period after a capital that is no initial").isEqualTo("UBS");
        assertThat(Introductions.firmOf("Next is Jane Doe with Acme Bank, Incoming next", "Jane Doe"))
                .as("a word that only starts like a suffix").isEqualTo("Acme Bank");
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
        assertThat(Introductions.mentions("We go to Timothy.", "Timothy D. Okonkwo")).isFalse();
    }

    @Test
    void theGivenNameMayBeInAnotherForm() {
        String intro = "The next question is from Matt Carrow, Big Bank. Please go ahead.";
        assertThat(Introductions.mentions(intro, "Matthew Carrow")).isTrue();
        assertThat(Introductions.mentions("We go to Timothy Okonkwo from Big Bank.", "Tim Okonkwo")).isTrue();
        assertThat(Introductions.mentions(intro, "Mark Carrow")).isFalse();
        assertThat(Introductions.mentions("We go to Matt Carrowby.", "Matthew Carrow")).isFalse();
    }

    @Test
    void aQuestionReadOutNamesItsAskerAndFirm() {
        assertThat(Introductions.readsQuestionFrom("Our next question on margins comes from Jane Doe of Acme Bank."))
                .isTrue();
        assertThat(Introductions.readsQuestionFrom("First from Jo Ma with Big Fund. Does the question stand?")).isTrue();
        assertThat(Introductions.readsQuestionFrom("Most of the growth comes from Europe, as the question implied."))
                .isFalse();
        assertThat(Introductions.readsQuestionFrom("We bought it from Acme of Ohio.")).isFalse();
        assertThat(Introductions.readsQuestionFrom("That is in line of the question we had.")).isFalse();
        assertThat(Introductions.mentionsGivenName("Our next question will come from Jane at Acme Bank.", "Jane Doe"))
                .isTrue();
        assertThat(Introductions.mentionsGivenName("Thank you, Jane. Next one.", "Jane Doe")).isFalse();
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

    @Test
    void aHandOverToTheManagementAsABody() {
        assertThat(Introductions.handsOverToManagement("As there are no further questions, I now hand the conference"
                + " over to the management for their closing comments.")).isTrue();
        assertThat(Introductions.handsOverToManagement("I'd like to turn the floor back to management for any closing"
                + " remarks.")).isTrue();
        assertThat(Introductions.handsOverToManagement("I now hand the conference over to Mr. Ravi Nair from Pelham"
                + " Securities.")).isFalse();
        assertThat(Introductions.handsOverToManagement("Our next question comes from Jane Doe, who asks about"
                + " management fees.")).isFalse();
    }

    @Test
    void aStraySpaceInsideANameAsAPdfLeavesIt() {
        String intro = "Thank you. Our next question will come from Bets y Rowntree with Larchmont Securities. Your"
                + " line is open.";
        assertThat(Introductions.mentions(intro, "Betsy Rowntree")).isTrue();
        assertThat(Introductions.firmOf(intro, "Betsy Rowntree")).isEqualTo("Larchmont Securities");
        assertThat(Introductions.mentions("Next is Ma tt Rowntree with Acme.", "Matt Rowntree")).isTrue();
        assertThat(Introductions.mentions("Next is Betsyrow Ntree.", "Betsy Rowntree")).as("words run together")
                .isFalse();
        assertThat(Introductions.mentions("Next is Al Li with Acme.", "A Lli")).as("too short to look for").isFalse();
    }

    @Test
    void aSurnameAfterATitleOfAddressNamesThePerson() {
        String intro = "The next question is from Mr. Haddad from Larchmont Capital. Please go ahead.";
        assertThat(Introductions.mentions(intro, "Omar Haddad")).isTrue();
        assertThat(Introductions.firmOf(intro, "Omar Haddad")).isEqualTo("Larchmont Capital");
        assertThat(Introductions.mentions("Next is Dr Haddad.", "Omar Haddad")).isTrue();
        assertThat(Introductions.mentions("Next is Haddad from Larchmont.", "Omar Haddad")).as("no title").isFalse();
        assertThat(Introductions.mentions("Next is Mr. Haddadi.", "Omar Haddad")).as("a longer word").isFalse();
    }
}
