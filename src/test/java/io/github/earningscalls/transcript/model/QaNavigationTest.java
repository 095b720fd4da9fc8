package io.github.earningscalls.transcript.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.github.earningscalls.transcript.TranscriptParser;
import io.github.earningscalls.transcript.TranscriptParserTest;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Walking a parsed call: its sections, an exchange's questions and answers, Q&A pairs, turns by role. */
class QaNavigationTest {
    /** One exchange, two questions: three answers (one speaker twice) to the first, thanks after the second's. */
    private static final String TWO_QUESTIONS = TranscriptParserTest.HEADER + """
            Question-and-Answer Session
            Operator
            Our first question comes from the line of Sven Larkspur with Alderbrook Partners.
            Sven Larkspur
            How is pulp pricing trending?
            Timothy Okonkwo
            Pulp is stable.
            Marta Quill
            And freight is flat.
            Timothy Okonkwo
            Inventories are low as well.
            Sven Larkspur
            And what about capital spending next year?
            Timothy Okonkwo
            It will be lower.
            Sven Larkspur
            Thank you.
            Operator
            That concludes today's call.""";

    @Test
    void pairsAreEachQuestionWithTheAnswersUpToTheNextOne() throws Exception {
        Section qa = TranscriptParser.parse(TWO_QUESTIONS).questionsAndAnswers().orElseThrow();
        assertThat(qa.turns()).extracting(Turn::kind).containsExactly(TurnKind.OPERATOR, TurnKind.QUESTION,
                TurnKind.ANSWER, TurnKind.ANSWER, TurnKind.ANSWER, TurnKind.QUESTION, TurnKind.ANSWER,
                TurnKind.ACKNOWLEDGMENT, TurnKind.OPERATOR);
        List<QaPair> pairs = qa.pairs();
        assertThat(pairs).extracting(QaPair::exchangeIndex, QaPair::questionIndex, p -> p.answers().size())
                .containsExactly(tuple(0, 1, 3), tuple(0, 5, 1));
        QaPair first = pairs.get(0);
        assertThat(first.question().plainText()).isEqualTo("How is pulp pricing trending?");
        assertThat(first.answererIds()).containsExactly("timothy-d-okonkwo", "marta-quill");
        assertThat(first.answerers()).containsExactly("Timothy D. Okonkwo", "Marta Quill");
        assertThat(first.answerText()).isEqualTo("Pulp is stable.\n\nAnd freight is flat.\n\nInventories are low as well.");
        assertThat(first.answerWordCount()).isEqualTo(3 + 4 + 5);
        assertThat(pairs.get(1).answerText()).isEqualTo("It will be lower.");
        assertThat(new Section(SectionKind.PREPARED_REMARKS, 1, qa.turns(), List.of()).pairs()).isEmpty();
    }

    @Test
    void aPairIsAQuestionAndAnswers() throws Exception {
        Section qa = TranscriptParser.parse(TWO_QUESTIONS).questionsAndAnswers().orElseThrow();
        Turn question = qa.turns().get(1);
        Turn answer = qa.turns().get(2);
        assertThat(new QaPair(0, 1, question, List.of()).answerText()).isEmpty();
        assertThatThrownBy(() -> new QaPair(0, 2, answer, List.of())).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the question at line 12 is a ANSWER");
        assertThatThrownBy(() -> new QaPair(0, 1, question, List.of(question)))
                .hasMessage("the answer at line 10 is a QUESTION");
        assertThatThrownBy(() -> new QaPair(-1, 1, question, List.of())).hasMessageStartingWith("negative index");
    }

    @Test
    void anExchangeGivesItsQuestionsAndAnswers() throws Exception {
        Transcript t = TranscriptParser.parse(TranscriptParserTest.CALL);
        Section qa = t.questionsAndAnswers().orElseThrow();
        assertThat(qa.exchanges()).hasSize(1);
        Exchange e = qa.exchanges().get(0);
        assertThat(qa.turns(e)).extracting(Turn::kind)
                .containsExactly(TurnKind.QUESTION, TurnKind.ANSWER, TurnKind.ACKNOWLEDGMENT);
        assertThat(qa.questions(e)).extracting(Turn::speakerId).containsExactly("sven-larkspur");
        assertThat(qa.answers(e)).extracting(Turn::plainText).containsExactly("Pulp is stable.");
    }

    @Test
    void anExchangeOfAnotherSectionIsRefused() throws Exception {
        Transcript t = TranscriptParser.parse(TranscriptParserTest.CALL);
        Section prepared = t.preparedRemarks().orElseThrow();
        Exchange foreign = new Exchange("x", 1, 1, List.of(99));
        assertThatThrownBy(() -> prepared.turns(foreign)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("turn 99 of 3");
    }

    @Test
    void sectionsGiveTheirTextAndTheCallGivesTurnsByRole() throws Exception {
        Transcript t = TranscriptParser.parse(TranscriptParserTest.CALL);
        assertThat(t.preparedRemarks().orElseThrow().plainText()).isEqualTo("Good morning and welcome. I will now hand"
                + " over to Marta Quill.\n\nThank you. With me is our CEO, Tim Okonkwo.\n\nRevenue grew 4% in the"
                + " quarter.\n\nWe remain confident.");
        assertThat(t.turns(Role.ANALYST)).extracting(Turn::line).containsExactly(17, 21);
        assertThat(t.turns(Role.CORPORATE)).extracting(Turn::speakerId)
                .containsExactly("marta-quill", "timothy-d-okonkwo", "timothy-d-okonkwo");
        assertThat(t.turns(Role.UNKNOWN)).isEmpty();
        Transcript noQa = TranscriptParser.parse(TranscriptParserTest.HEADER + "Operator\nWelcome.\n");
        assertThat(noQa.questionsAndAnswers()).isEmpty();
        assertThat(new Section(SectionKind.PREPARED_REMARKS, 1, List.of(), List.of()).plainText()).isEmpty();
    }
}
