package io.github.earningscalls.transcript.internal.assemble;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.earningscalls.transcript.internal.diagnostic.DiagnosticCollector;
import io.github.earningscalls.transcript.internal.lex.Line;
import io.github.earningscalls.transcript.internal.lex.LineKind;
import io.github.earningscalls.transcript.internal.lex.RoleMark;
import io.github.earningscalls.transcript.internal.people.Person;
import io.github.earningscalls.transcript.model.Role;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Where the Q&amp;A starts when no marker says so, and which side each unlisted speaker is on. */
class RoleInferenceTest {
    private static final String NO_QA = "0: INFO NO_QA_SECTION the transcript has no Q&A session";

    private final List<TurnDraft> drafts = new ArrayList<>();
    private final Set<Person> pending = new HashSet<>();
    private final Map<Person, String> introductions = new HashMap<>();
    private final DiagnosticCollector diagnostics = new DiagnosticCollector(100);
    private final Person operator = new Person("Operator", null, null, Role.OPERATOR, false, 0);
    private final Person ceo = new Person("Jane Roe", "Chief Executive Officer", "Acme Widgets", Role.CORPORATE, true, 3);
    private final Person analyst = new Person("Sam Poe", null, "Big Bank", Role.ANALYST, true, 5);

    /** A speaker the roster does not list, whose role is still to be settled. */
    private Person unlisted(String name, String title) {
        Person p = new Person(name, title, null, Role.UNKNOWN, false, 0);
        pending.add(p);
        return p;
    }

    /** A turn on line 10, 20, 30, ... in the order added. */
    private TurnDraft turn(Person p, RoleMark mark, String text) {
        int number = 10 * (drafts.size() + 1);
        TurnDraft d = new TurnDraft(Line.speaker(number, 0, 0, p.name(), p.name(), null, mark), p, false);
        d.addText(Line.of(number + 1, 0, text.length(), text, LineKind.PARAGRAPH), 0);
        d.close();
        drafts.add(d);
        return d;
    }

    private TurnDraft turn(Person p, String text) {
        return turn(p, RoleMark.NONE, text);
    }

    private int placeQa() {
        return new RoleInference(drafts, pending, introductions, diagnostics).placeQa();
    }

    private void settleRoles() {
        new RoleInference(drafts, pending, introductions, diagnostics).settleRoles(Map.of());
    }

    private List<Boolean> qaFlags() {
        return drafts.stream().map(TurnDraft::inQa).toList();
    }

    private List<String> diagnostics() {
        return diagnostics.sorted().stream().map(Object::toString).toList();
    }

    private void remarks() {
        turn(operator, "Good day, and welcome to the Acme Widgets call.");
        turn(ceo, "Revenue rose in every region.");
    }

    @Test
    void theQaStartsWhereTheOperatorHandsOverToAListedAnalyst() {
        remarks();
        turn(operator, "We will now begin the question-and-answer session. Our first question is from Sam Poe.");
        turn(analyst, "How were margins?");
        turn(ceo, "Up a little.");
        assertThat(placeQa()).isEqualTo(30);
        assertThat(qaFlags()).containsExactly(false, false, true, true, true);
        assertThat(diagnostics()).containsExactly("30: INFO QA_MARKER_MISSING the transcript has no Q&A marker;"
                + " the Q&A is taken to start with this operator turn");
    }

    @Test
    void anOperatorTurnThatDoesNotTalkOfQuestionsHandsNothingOver() {
        remarks();
        turn(operator, "Thank you, Jane. Sam Poe, go ahead.");
        turn(analyst, "How were margins?");
        assertThat(placeQa()).isZero();
        assertThat(qaFlags()).containsOnly(false);
        assertThat(diagnostics()).containsExactly(NO_QA);
    }

    @Test
    void aHandOverBeforeAnyRemarksIsNotTheQa() {
        turn(operator, "Our first question is from Sam Poe.");
        turn(analyst, "How were margins?");
        turn(ceo, "Up a little.");
        assertThat(placeQa()).as("the first question from a new outsider, as if there were no operator").isEqualTo(20);
        assertThat(qaFlags()).containsExactly(false, true, true);
        assertThat(diagnostics()).containsExactly("20: INFO QA_MARKER_MISSING the transcript has no Q&A marker and"
                + " no operator hand-over; the Q&A is taken to start with this first question from a new speaker");
    }

    @Test
    void aQuestionMarkOnTheSpeakerLineMakesTheNextSpeakerAQuestioner() {
        Person guest = new Person("Lee Kim", null, null, Role.UNKNOWN, true, 7);
        remarks();
        turn(operator, "Next question, please.");
        turn(guest, RoleMark.QUESTION, "How is demand?");
        assertThat(placeQa()).isEqualTo(30);

        drafts.clear();
        remarks();
        turn(operator, "Next question, please.");
        turn(guest, "How is demand?");
        assertThat(placeQa()).as("a listed speaker of no known side").isZero();
    }

    @Test
    void anUnlistedNewcomerRightAfterTheHandOverIsTheFirstQuestioner() {
        remarks();
        turn(operator, "We will now open the line for questions.");
        turn(unlisted("Ann Lee", null), "Thanks. How is demand?");
        assertThat(placeQa()).isEqualTo(30);
    }

    @Test
    void aNewcomerHasNoTitleAndHasNotSpokenBefore() {
        remarks();
        turn(operator, "We will now open the line for questions.");
        turn(unlisted("Ann Lee", "Treasurer"), "Thanks. How is demand?");
        assertThat(placeQa()).as("with a title").isZero();

        drafts.clear();
        Person ann = unlisted("Ann Lee", null);
        remarks();
        turn(ann, "I will add a word on costs.");
        turn(operator, "We will now open the line for questions.");
        turn(ann, "One more thing on costs?");
        assertThat(placeQa()).as("spoke in the remarks").isZero();

        drafts.clear();
        remarks();
        turn(operator, "We will now open the line for questions.");
        turn(ceo, "Before we start, one more thing.");
        assertThat(placeQa()).as("a listed company speaker").isZero();
    }

    @Test
    void anUnlistedSpeakerTheOperatorIntroducesAsTheNextQuestionerIsOne() {
        Person ann = unlisted("Ann Lee", "Portfolio Manager");
        introductions.put(ann, "Acme Capital");
        remarks();
        turn(operator, "Our next question comes from Ann Lee with Acme Capital.");
        turn(ann, "Thanks. How is demand?");
        turn(ceo, "Thanks, Ann. Demand is strong.");
        assertThat(placeQa()).isEqualTo(30);
    }

    @Test
    void anIntroductionCountsOnlyForAnUnlistedSpeakerIntroducedAsTheNextQuestioner() {
        Person ann = unlisted("Ann Lee", "Portfolio Manager");
        introductions.put(ann, "Acme Capital");
        remarks();
        turn(operator, "We will now take questions. Ann Lee, go ahead.");
        turn(ann, "Thanks. How is demand?");
        turn(ceo, "Our next question is from the line of our own team.");
        assertThat(placeQa()).as("not introduced as the questioner").isZero();

        drafts.clear();
        introductions.clear();
        remarks();
        turn(operator, "Our next question comes from Ann Lee with Acme Capital.");
        turn(ann, "Thanks. How is demand?");
        assertThat(placeQa()).as("not among the introductions").isZero();

        drafts.clear();
        pending.clear();
        introductions.put(ann, "Acme Capital");
        remarks();
        turn(operator, "Our next question comes from Ann Lee with Acme Capital.");
        turn(ann, "Thanks. How is demand?");
        assertThat(placeQa()).as("role already settled").isZero();
    }

    @Test
    void aTranscriptEndingWithTheOperatorHasNoQa() {
        turn(ceo, "Revenue rose in every region.");
        turn(operator, "This concludes today's call.");
        assertThat(placeQa()).isZero();
        assertThat(diagnostics()).containsExactly(NO_QA);
    }

    @Test
    void withoutAnOperatorTheFirstQuestionFromANewOutsiderStartsTheQa() {
        turn(ceo, "Why does this matter? Because revenue rose.");
        turn(unlisted("Tom Kay", "Treasurer"), "Did costs fall? They did.");
        turn(unlisted("Ann Lee", null), "What about margins?");
        turn(ceo, "Up a little.");
        assertThat(placeQa()).isEqualTo(30);
        assertThat(qaFlags()).containsExactly(false, false, true, true);
    }

    @Test
    void anOperatorWhoOnlyOpensTheCallDoesNotStopTheSearchForTheFirstQuestion() {
        turn(operator, "Welcome. Jane, please begin.");
        turn(ceo, "Revenue rose in every region.");
        turn(unlisted("Ann Lee", null), "What about margins?");
        assertThat(placeQa()).isEqualTo(30);
    }

    @Test
    void anOutsiderWhoSpokeBeforeOrAsksNothingDoesNotStartTheQa() {
        turn(analyst, "Thanks for having me.");
        turn(ceo, "Glad you could join.");
        turn(analyst, "How were margins?");
        turn(unlisted("Ann Lee", null), "Margins were up.");
        assertThat(placeQa()).isZero();
        assertThat(qaFlags()).containsOnly(false);
        assertThat(diagnostics()).containsExactly(NO_QA);
    }

    private String settledAs(Person p) {
        settleRoles();
        return p.role() + ", " + diagnostics().get(diagnostics().size() - 1);
    }

    @Test
    void aQuestionMarkOnTheSpeakerLineMakesAnAnalyst() {
        Person ann = unlisted("Ann Lee", "Chief Financial Officer");
        turn(ann, RoleMark.QUESTION, "Thanks.").moveToQa();
        assertThat(settledAs(ann)).isEqualTo("ANALYST, 10: INFO ROLE_INFERRED 'Ann Lee' taken as ANALYST:"
                + " the speaker line marks a question");
    }

    @Test
    void someoneTheOperatorIntroducedInTheQaIsAnAnalystWithTheFirmTheOperatorNamed() {
        Person ann = unlisted("Ann Lee", null);
        introductions.put(ann, "Acme Capital");
        turn(operator, "Our next question comes from Ann Lee with Acme Capital.").moveToQa();
        turn(ann, "Thanks.").moveToQa();
        settleRoles();
        assertThat(ann.role()).isEqualTo(Role.ANALYST);
        assertThat(ann.affiliation()).isEqualTo("Acme Capital");
        assertThat(diagnostics()).containsExactly(
                "20: INFO AFFILIATION_FROM_INTRODUCTION 'Ann Lee' is with Acme Capital, as the operator's introduction says",
                "20: INFO ROLE_INFERRED 'Ann Lee' taken as ANALYST: the operator introduced them");
    }

    @Test
    void aCompanyTitleMakesACompanySpeaker() {
        Person tom = unlisted("Tom Kay", "Chief Financial Officer");
        turn(tom, "How should we think about it? Like this.").moveToQa();
        assertThat(settledAs(tom)).isEqualTo("CORPORATE, 10: INFO ROLE_INFERRED 'Tom Kay' taken as CORPORATE:"
                + " the speaker line gives a company title");
    }

    @Test
    void aFirstTurnInTheQaThatAsksMakesAnAnalyst() {
        Person ann = unlisted("Ann Lee", "Acme Capital");
        turn(ann, "What about margins?").moveToQa();
        assertThat(settledAs(ann)).isEqualTo("ANALYST, 10: INFO ROLE_INFERRED 'Ann Lee' taken as ANALYST:"
                + " their first turn in the Q&A asks a question");
    }

    @Test
    void aQuestionRightAfterTheOperatorIntroducedSomeoneElseSettlesNothing() {
        Person ann = unlisted("Ann Lee", null);
        turn(operator, "Our next question is from the line of Sam Poe.").moveToQa();
        turn(ann, "Sorry, can you hear me?").moveToQa();
        turn(ceo, "Yes, go ahead.").moveToQa();
        assertThat(settledAs(ann)).isEqualTo("UNKNOWN, 20: WARNING ROLE_INFERRED 'Ann Lee' taken as UNKNOWN:"
                + " nothing says which side they are on");
    }

    @Test
    void aQuestionAfterAnOperatorTurnThatIntroducesNoOneMakesAnAnalyst() {
        Person ann = unlisted("Ann Lee", null);
        turn(operator, "Thank you. Please go ahead.").moveToQa();
        turn(ann, "Can you hear me?").moveToQa();
        assertThat(settledAs(ann)).startsWith("ANALYST, ");
    }

    @Test
    void anAnswerMarkMakesACompanySpeaker() {
        Person tom = unlisted("Tom Kay", null);
        turn(tom, RoleMark.ANSWER, "Demand is strong.").moveToQa();
        assertThat(settledAs(tom)).isEqualTo("CORPORATE, 10: INFO ROLE_INFERRED 'Tom Kay' taken as CORPORATE:"
                + " the speaker line marks an answer");
    }

    @Test
    void someoneWhoFirstSpeaksInTheRemarksIsACompanySpeakerEvenWhenAsking() {
        Person tom = unlisted("Tom Kay", null);
        turn(tom, "Where did growth come from? Everywhere.");
        turn(tom, RoleMark.QUESTION, "A question?").moveToQa();
        assertThat(settledAs(tom)).isEqualTo("CORPORATE, 10: INFO ROLE_INFERRED 'Tom Kay' taken as CORPORATE:"
                + " they first speak in the prepared remarks");
        assertThat(diagnostics()).hasSize(1);
    }

    @Test
    void aQaTurnThatAsksNothingSettlesNothing() {
        Person tom = unlisted("Tom Kay", null);
        turn(tom, "Demand is strong.").moveToQa();
        assertThat(settledAs(tom)).isEqualTo("UNKNOWN, 10: WARNING ROLE_INFERRED 'Tom Kay' taken as UNKNOWN:"
                + " nothing says which side they are on");
    }

    @Test
    void someoneWhoAnswersOthersQuestionsIsACompanySpeakerThoughTheirFirstTurnAsks() {
        Person co = unlisted("Ted Vale", null);
        Person tom = unlisted("Tom Kay", null);
        turn(co, "Shall I start? Our members grew.").moveToQa();
        turn(tom, "How is pricing?").moveToQa();
        turn(co, "Firm.").moveToQa();
        turn(tom, "And churn?").moveToQa();
        turn(co, "Low.").moveToQa();
        settleRoles();
        assertThat(co.role()).isEqualTo(Role.CORPORATE);
        assertThat(tom.role()).isEqualTo(Role.ANALYST);
        assertThat(diagnostics()).contains("10: INFO ROLE_INFERRED 'Ted Vale' taken as CORPORATE:"
                + " they answer others' questions in the Q&A (2 times)");
    }

    @Test
    void someoneWhoAsksLaterAndAnswersNoneIsAnAnalyst() {
        Person tom = unlisted("Tom Kay", null);
        turn(tom, "Hi, good morning.").moveToQa();
        turn(ceo, "Good morning.").moveToQa();
        turn(tom, "How is pricing?").moveToQa();
        assertThat(settledAs(tom)).isEqualTo("ANALYST, 10: INFO ROLE_INFERRED 'Tom Kay' taken as ANALYST:"
                + " they ask questions in the Q&A and answer none");
    }

    @Test
    void aSpeakerACompanySpeakerRepliesToByNameIsAnAnalystThoughTheyAskWithoutAQuestionMark() {
        Person amir = unlisted("Amir Gold", null);
        Person ivo = unlisted("Ivo Lund", null);
        turn(amir, "Thanks. I wanted to check the guidance for the year, which has not changed.").moveToQa();
        turn(ceo, "Okay. Thanks, Amir. I'll take both of those.").moveToQa();
        turn(ivo, "Just a comment: the guidance looks right.").moveToQa();
        turn(ceo, "Noted, and we agree with that.").moveToQa();
        settleRoles();
        assertThat(amir.role()).isEqualTo(Role.ANALYST);
        assertThat(ivo.role()).isEqualTo(Role.UNKNOWN);
        assertThat(diagnostics()).contains(
                "10: INFO ROLE_INFERRED 'Amir Gold' taken as ANALYST: a company speaker replies to them by name",
                "30: WARNING ROLE_INFERRED 'Ivo Lund' taken as UNKNOWN: nothing says which side they are on");
    }

    @Test
    void someoneTheHostAsksByNameToAnswerIsACompanySpeakerThoughTheirFirstTurnAsks() {
        Person host = unlisted("Petra", null);
        Person greta = unlisted("Greta", null);
        Person rufus = unlisted("Rufus", null);
        turn(host, "Welcome. With that, we are happy to take your questions.");
        turn(rufus, "How is credit?").moveToQa();
        turn(host, "Greta, do you want to take that?").moveToQa();
        turn(greta, "Am I coming through? Credit is improving.").moveToQa();
        settleRoles();
        assertThat(greta.role()).isEqualTo(Role.CORPORATE);
        assertThat(rufus.role()).isEqualTo(Role.ANALYST);
        assertThat(diagnostics()).contains("40: INFO ROLE_INFERRED 'Greta' taken as CORPORATE:"
                + " another speaker brings them in by name to answer (line 30)");
    }

    @Test
    void beingBroughtInToAnswerAfterTheTurnSettlesNothing() {
        Person greta = unlisted("Greta", null);
        turn(greta, "Can you hear me? How is credit?").moveToQa();
        turn(ceo, "Thanks, Greta. Let me answer that: it is improving. Greta, do you want to take the next one?")
                .moveToQa();
        assertThat(settledAs(greta)).startsWith("ANALYST, ");
    }

    @Test
    void theOperatorBringsNoOneInToAnswer() {
        Person greta = unlisted("Greta", null);
        turn(operator, "Greta, would you like to respond?").moveToQa();
        turn(greta, "How is credit?").moveToQa();
        assertThat(settledAs(greta)).startsWith("ANALYST, ");
    }

    @Test
    void theHostsHandOverToQuestionsPlacesTheQaWithoutAWarning() {
        Person host = unlisted("Petra", null);
        Person rufus = unlisted("Rufus", null);
        turn(operator, "Welcome to the call.");
        turn(host, "Results were good.");
        turn(host, "With those comments, I'll be happy to respond to your questions. Rufus.");
        turn(rufus, "How is credit?");
        turn(host, "Improving.");
        turn(operator, "There are no further questions on the phone.");
        assertThat(placeQa()).isEqualTo(40);
        assertThat(qaFlags()).containsExactly(false, false, false, true, true, true);
        assertThat(diagnostics()).containsExactly("40: INFO QA_MARKER_MISSING the transcript has no Q&A marker;"
                + " the Q&A is taken to start with this question, which follows the host's hand-over to questions");
    }

    @Test
    void aQuestionBeforeTheHostsHandOverLeavesTheQaToTheFirstQuestion() {
        Person host = unlisted("Petra", null);
        Person guy = unlisted("Guy Ray", null);
        Person ben = unlisted("Ben Toms", null);
        turn(guy, "How is credit?");
        turn(host, "Improving.");
        turn(host, "Thank you, Guy. Can we go to the next question, please?");
        turn(ben, "And costs?");
        assertThat(placeQa()).isEqualTo(10);
    }

    @Test
    void whoeverSpeaksWhenTheOperatorHandsOverToTheManagementSpeaksForTheCompany() {
        Person ravi = unlisted("Ravi Nair", null);
        turn(operator, "As there are no further questions, I now hand the conference over to the management for"
                + " their closing comments.").moveToQa();
        turn(ravi, "Thank you all for joining. Anyone who wishes to get further updates, please connect with us.")
                .moveToQa();
        assertThat(settledAs(ravi)).isEqualTo("CORPORATE, 20: INFO ROLE_INFERRED 'Ravi Nair' taken as CORPORATE:"
                + " the operator hands the call over to the company's management just before they speak");
    }

    @Test
    void aNewcomerRightAfterACallForTheNextQuestionIsAnAnalyst() {
        Person tom = unlisted("Tom Kay", null);
        turn(analyst, "How is pricing?").moveToQa();
        turn(ceo, "Firm. Perhaps we can go to the next question, please.").moveToQa();
        turn(tom, "Thanks. I just want to check that the guidance stays the same.").moveToQa();
        turn(ceo, "It does.").moveToQa();
        assertThat(settledAs(tom)).isEqualTo("ANALYST, 30: INFO ROLE_INFERRED 'Tom Kay' taken as ANALYST:"
                + " they first speak right after a call for the next question");
    }

    @Test
    void onlyAFirstTurnCountsAsCalledOnForTheNextQuestion() {
        Person tom = unlisted("Tom Kay", null);
        turn(tom, "Let me add a word on pricing.").moveToQa();
        turn(ceo, "Thank you. Next question, please.").moveToQa();
        turn(tom, "And on costs, they stay flat.").moveToQa();
        assertThat(settledAs(tom)).startsWith("UNKNOWN, ");
    }

    @Test
    void aNewcomerTheHostCallsOnByNameAloneIsAnAnalyst() {
        Person host = unlisted("Petra", null);
        Person leona = unlisted("Leona", null);
        turn(host, "Welcome. With that, we are happy to take your questions.");
        turn(analyst, "How is credit?").moveToQa();
        turn(host, "Improving. Next one in the room. Leona.").moveToQa();
        turn(leona, "Just a follow-up on the reserve build, which looked light to me.").moveToQa();
        turn(host, "It was in line with our models.").moveToQa();
        settleRoles();
        assertThat(leona.role()).isEqualTo(Role.ANALYST);
        assertThat(diagnostics()).contains("40: INFO ROLE_INFERRED 'Leona' taken as ANALYST:"
                + " they first speak right after the host calls on them by name");
    }

    @Test
    void aNameThatEndsASentenceIsNoCall() {
        Person leona = unlisted("Leona", null);
        turn(analyst, "How is credit?").moveToQa();
        turn(ceo, "Improving, thank you, Leona.").moveToQa();
        turn(leona, "The reserve build looked light to me.").moveToQa();
        assertThat(settledAs(leona)).startsWith("UNKNOWN, ");
    }
}
