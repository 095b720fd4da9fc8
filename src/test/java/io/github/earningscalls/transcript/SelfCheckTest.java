package io.github.earningscalls.transcript;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.earningscalls.transcript.model.Diagnostic;
import io.github.earningscalls.transcript.model.Severity;
import io.github.earningscalls.transcript.model.Transcript;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The checks run over a finished transcript, each on a small fictional call: a parse that went wrong
 * says so, and a well-formed call draws no warning.
 */
class SelfCheckTest {
    private static final String OPENING = TranscriptParserTest.HEADER + """
            Operator
            Good morning and welcome. I will now hand over to Marta Quill.
            Marta Quill
            Thank you. With me is our CEO, Tim Okonkwo.
            Timothy Okonkwo
            Revenue grew 4% in the quarter.
            Question-and-Answer Session
            """;

    private static String words(int n) {
        return "margin ".repeat(n).strip() + ".";
    }

    private static List<String> diagnostics(Transcript t, String code) {
        return t.diagnostics().stream().filter(d -> d.code().equals(code)).map(Diagnostic::toString).toList();
    }

    private static List<String> warnings(Transcript t) {
        return t.diagnostics().stream().filter(d -> d.severity() != Severity.INFO).map(Diagnostic::toString).toList();
    }

    @Test
    void aWellFormedCallDrawsNoWarning() throws Exception {
        Transcript t = TranscriptParser.parse(TranscriptParserTest.CALL);
        assertThat(warnings(t)).isEmpty();
    }

    @Test
    void aQaRunTogetherIntoFewTurnsIsAnErrorThatStrictModeRejects() throws Exception {
        String text = OPENING + "Operator\nOur first question comes from the line of Sven Larkspur with Alderbrook"
                + " Partners.\nSven Larkspur\n" + words(900) + "\nTimothy Okonkwo\n" + words(900) + "\n";
        Transcript t = TranscriptParser.parse(text);
        assertThat(diagnostics(t, "FEW_TURNS")).containsExactly("13: ERROR FEW_TURNS the Q&A has 3 turns for 1813"
                + " words (604 words a turn; calls have at most about 350): speaker lines were missed and several"
                + " people's words run together");
        assertThatThrownBy(() -> TranscriptParser.builder().strict(true).build().read(text, "call.txt"))
                .isInstanceOf(TranscriptParseException.class).hasMessageContaining("FEW_TURNS");
    }

    @Test
    void aLongCallOfVeryFewTurnsIsAnErrorEvenWithoutAQa() throws Exception {
        String text = TranscriptParserTest.HEADER + "Operator\nWelcome.\nMarta Quill\n" + words(4000)
                + "\nTimothy Okonkwo\n" + words(4000) + "\n";
        assertThat(diagnostics(TranscriptParser.parse(text), "FEW_TURNS")).containsExactly("7: ERROR FEW_TURNS the"
                + " call has 3 turns for 8001 words (2667 words a turn; even calls of long speeches have at most"
                + " about 2500): speaker lines were missed, or the layout is not the one it was read as");
        // Long prepared speeches, and no Q&A, are a call of their own.
        String speeches = text.replace(words(4000), words(3000));
        assertThat(diagnostics(TranscriptParser.parse(speeches), "FEW_TURNS")).isEmpty();
    }

    /** An in-room meeting its host moderates: no marker, and an operator who never hands over to questions. */
    private static final String MEETING = """
            Quillfeather Paper Co. Q3 2023 Earnings Meeting

            OPERATOR: Good morning and welcome to the meeting.
            TIMOTHY OKONKWO: Revenue grew 4% in the quarter. We will take your questions now.
            WREN HALLOWAY: Could you say more about pulp prices in the fourth quarter?
            TIMOTHY OKONKWO: Prices held steady.
            IVO BRANDT: How much of the growth came from the new mill?
            TIMOTHY OKONKWO: About half of it.
            PETRA VOSS: Will the dividend rise next year? And what about buybacks?
            TIMOTHY OKONKWO: The board decides in December.
            IVO BRANDT: And the mill's margins?
            TIMOTHY OKONKWO: Above the group's.
            WREN HALLOWAY: Any change to the capital budget?
            TIMOTHY OKONKWO: None.
            OPERATOR: That concludes the meeting. Thank you.
            """;

    @Test
    void aSessionNobodyAnnouncedIsPlacedWithAWarning() throws Exception {
        Transcript t = TranscriptParser.parse(MEETING);
        assertThat(t.questionsAndAnswers()).hasValueSatisfying(qa -> assertThat(qa.line()).isEqualTo(5));
        assertThat(warnings(t)).containsExactly("5: WARNING QA_MARKER_MISSING the transcript has no Q&A marker and"
                + " the operator never hands over to questions, yet short turns of several people ask them: the Q&A"
                + " is taken to start with this first question from a new speaker, and who is on which side rests on"
                + " each one's first turn");
        // A pre-recorded call's speeches ask rhetorical questions in long turns, and hold no session.
        String speeches = MEETING.lines().map(l -> l.endsWith("?") ? l + " " + words(400) : l)
                .collect(Collectors.joining("\n"));
        Transcript read = TranscriptParser.parse(speeches);
        assertThat(read.questionsAndAnswers()).isEmpty();
        assertThat(diagnostics(read, "QA_NOT_FOUND")).isEmpty();
    }

    @Test
    void aSessionReadAsRemarksIsAnError() throws Exception {
        // The roster lists the questioners as the company's people: nothing places a Q&A, and the check says so.
        String text = MEETING.replace("Quillfeather Paper Co. Q3 2023 Earnings Meeting\n", """
                Quillfeather Paper Co. Q3 2023 Earnings Meeting
                Management
                Timothy Okonkwo - Chief Executive Officer
                Wren Halloway - Head of Pulp Sales
                Ivo Brandt - Mill Director
                Petra Voss - Treasurer
                """);
        Transcript t = TranscriptParser.parse(text);
        assertThat(t.questionsAndAnswers()).isEmpty();
        assertThat(diagnostics(t, "QA_NOT_FOUND")).containsExactly("10: ERROR QA_NOT_FOUND the transcript has no"
                + " Q&A, yet 5 short turns of 3 speakers ask questions, the first here: the session was read as"
                + " remarks and its questioners as the company's people");
    }

    @Test
    void oneTurnAskingAWholeSessionsQuestionsIsAnError() throws Exception {
        String asks = "Why? ".repeat(15);
        Transcript t = TranscriptParser.parse(OPENING.replace("Revenue grew 4% in the quarter.", asks.strip()));
        assertThat(diagnostics(t, "FEW_TURNS")).containsExactly("11: ERROR FEW_TURNS the turn of 'Timothy D."
                + " Okonkwo' (15 words) asks 15 questions: a question-and-answer exchange was not split into turns");
    }

    @Test
    void manyTurnsAskingASessionsQuestionsAreOneError() throws Exception {
        String asks = "Why? ".repeat(15).strip();
        String text = OPENING.replace("Revenue grew 4% in the quarter.", asks) + "Operator\nNext.\nMarta Quill\n"
                + asks + "\nTimothy Okonkwo\n" + asks + "\n";
        assertThat(diagnostics(TranscriptParser.parse(text), "FEW_TURNS")).containsExactly("11: ERROR FEW_TURNS the"
                + " turn of 'Timothy D. Okonkwo' (15 words) asks 15 questions: a question-and-answer exchange was not"
                + " split into turns (and 2 more turns like it)");
    }

    @Test
    void aLongOperatorTurnAfterTheOpeningOneIsAWarning() throws Exception {
        String text = OPENING + "Operator\n" + words(450) + "\nSven Larkspur\nHow is pricing?\n";
        Transcript t = TranscriptParser.parse(text);
        assertThat(diagnostics(t, "OPERATOR_TURN_LONG")).containsExactly("14: WARNING OPERATOR_TURN_LONG this"
                + " operator turn has 450 words (operators rarely pass 400): it probably holds the words of speakers"
                + " whose lines were missed");
        // The opening turn may read the whole forward-looking statement.
        String opening = TranscriptParserTest.CALL.replace("Good morning and welcome.", words(600));
        assertThat(diagnostics(TranscriptParser.parse(opening), "OPERATOR_TURN_LONG")).isEmpty();
    }

    @Test
    void anIntroducedQuestionerWhoseWordsSitInTheOperatorsTurnIsAWarning() throws Exception {
        String text = OPENING + """
                Operator
                Our next question comes from the line of Nadia Fenwick with Tollgate Capital. Your line is open.
                Nadia Fenwick -- Tollgate Capital
                Hi. Can you talk about pricing in the second half?
                Timothy Okonkwo
                Pricing is firm.
                """;
        assertThat(diagnostics(TranscriptParser.parse(text), "INTRODUCED_SPEAKER_MISSING")).isEmpty();
        // The analyst's speaker line is lost: her question runs on in the operator's turn.
        String lost = text.replace("Nadia Fenwick -- Tollgate Capital\n", "");
        assertThat(diagnostics(TranscriptParser.parse(lost), "INTRODUCED_SPEAKER_MISSING")).containsExactly(
                "17: WARNING INTRODUCED_SPEAKER_MISSING the operator introduced 'Nadia Fenwick' but 'Timothy D."
                        + " Okonkwo' speaks next, and the operator's turn goes on after the introduction: their speaker"
                        + " line was probably missed");
        // The source leaves her question out altogether: the turns are as the source gives them.
        String omitted = lost.replace("Hi. Can you talk about pricing in the second half?\n", "");
        assertThat(diagnostics(TranscriptParser.parse(omitted), "INTRODUCED_SPEAKER_MISSING")).containsExactly(
                "16: INFO INTRODUCED_SPEAKER_MISSING the operator introduced 'Nadia Fenwick' but 'Timothy D."
                        + " Okonkwo' speaks next: the source gives no words of theirs here");
    }

    @Test
    void aCompanySpeakerInTheQuestionersPlaceIsAWarning() throws Exception {
        String text = OPENING + """
                Operator
                Our next question comes from the line of Marta Quill with Quillfeather. Your line is open.
                Marta Quill
                How is freight?
                Timothy Okonkwo
                Freight is easing.
                """;
        assertThat(diagnostics(TranscriptParser.parse(text), "ROLE_CONTRADICTS_TURN")).containsExactly(
                "16: WARNING ROLE_CONTRADICTS_TURN the operator introduced 'Marta Quill' as a questioner, but they"
                        + " are taken as CORPORATE");
    }

    @Test
    void anAnalystAskingInThePreparedRemarksIsAWarning() throws Exception {
        String text = OPENING.replace("Question-and-Answer Session\n", "") + "Sven Larkspur\nHow is pricing?\n"
                + "Question-and-Answer Session\nOperator\nOur first question comes from the line of Sven Larkspur.\n"
                + "Sven Larkspur\nAnd freight?\nTimothy Okonkwo\nEasing.\n";
        assertThat(diagnostics(TranscriptParser.parse(text), "ROLE_CONTRADICTS_TURN")).containsExactly(
                "13: WARNING ROLE_CONTRADICTS_TURN 'Sven Larkspur' is taken as ANALYST and asks a question in the"
                        + " prepared remarks: the Q&A may start earlier, or the speaker's side is wrong");
    }

    @Test
    void speakersATranscriptWithoutARosterCannotListAreNotWarnedAbout() throws Exception {
        String text = """
                Fenwick Mills Inc. (NYSE:FWM) Q1 2024 Earnings Conference Call May 2, 2024 9:00 AM ET
                Operator
                Welcome. I will hand over to Jane Roe.
                Jane Roe
                Revenue grew.
                Operator
                Our first question comes from the line of Omar Haddad with Fenwick Bank. Your line is open.
                Omar Haddad
                How is pricing?
                Jane Roe
                Firm.
                """;
        Transcript t = TranscriptParser.parse(text);
        assertThat(diagnostics(t, "SPEAKER_NOT_IN_ROSTER")).isEmpty();
        assertThat(diagnostics(t, "ROSTER_MISSING")).containsExactly(
                "0: INFO ROSTER_MISSING the transcript lists no participants");
        assertThat(warnings(t)).isEmpty();
    }

    @Test
    void anUnlistedSpeakerIsAWarningOnlyWhenNothingSaysWhoTheyAre() throws Exception {
        String introduced = TranscriptParserTest.CALL.replace("Sven Larkspur with", "Omar Haddad with")
                .replace("Sven Larkspur\nThanks. How", "Omar Haddad\nThanks. How");
        assertThat(diagnostics(TranscriptParser.parse(introduced), "SPEAKER_NOT_IN_ROSTER")).containsExactly(
                "17: INFO SPEAKER_NOT_IN_ROSTER 'Omar Haddad' is not in the roster");
        // After the operator's closing words, with nothing that asks or answers: nothing says who she is.
        String unknown = TranscriptParserTest.CALL + "\nRena Holt\nOne more thing for the record.\n";
        assertThat(warnings(TranscriptParser.parse(unknown))).containsExactly(
                "25: WARNING SPEAKER_NOT_IN_ROSTER 'Rena Holt' is not in the roster",
                "25: WARNING ROLE_INFERRED 'Rena Holt' taken as UNKNOWN: nothing says which side they are on");
    }

    @Test
    void legalNoticesBeforeAndAfterTheCallAreInfoAndNobodysWords() throws Exception {
        Transcript t = TranscriptParser.parse(java.nio.file.Path.of(
                "src/test/resources/fixtures/name-lines/legal-notices-around-the-call.txt"));
        assertThat(warnings(t)).isEmpty();
        assertThat(diagnostics(t, "TEXT_BEFORE_FIRST_SPEAKER")).containsExactly("5: INFO TEXT_BEFORE_FIRST_SPEAKER 4"
                + " line(s) of text before the first speaker belong to no turn; they read as a disclaimer or legal"
                + " notice, not speech");
        assertThat(diagnostics(t, "FOOTER_REMOVED")).containsExactly(
                "35: INFO FOOTER_REMOVED 3 line(s) of the vendor's closing boilerplate are not part of any turn");
        assertThat(t.participants()).noneMatch(p -> p.name().contains("Notice"));
    }
}
