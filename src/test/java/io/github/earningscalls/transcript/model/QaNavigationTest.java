package io.github.earningscalls.transcript.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.earningscalls.transcript.TranscriptParser;
import io.github.earningscalls.transcript.TranscriptParserTest;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Walking a parsed call: its sections, an exchange's questions and answers, turns by role. */
class QaNavigationTest {
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
