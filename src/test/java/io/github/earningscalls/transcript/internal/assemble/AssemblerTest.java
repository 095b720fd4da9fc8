package io.github.earningscalls.transcript.internal.assemble;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.earningscalls.transcript.TranscriptParseException;
import io.github.earningscalls.transcript.internal.diagnostic.DiagnosticCode;
import io.github.earningscalls.transcript.internal.diagnostic.DiagnosticCollector;
import io.github.earningscalls.transcript.internal.lex.Line;
import io.github.earningscalls.transcript.internal.lex.LineKind;
import io.github.earningscalls.transcript.internal.lex.MarkerKind;
import io.github.earningscalls.transcript.internal.lex.RoleMark;
import io.github.earningscalls.transcript.internal.people.ParticipantDirectory;
import io.github.earningscalls.transcript.internal.people.Person;
import io.github.earningscalls.transcript.model.Paragraph;
import io.github.earningscalls.transcript.model.Participant;
import io.github.earningscalls.transcript.model.Role;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Turns built from classified lines: paragraphs, wrapped lines, speaker details, and what is reported. */
class AssemblerTest {
    private final ParticipantDirectory directory = new ParticipantDirectory();
    private final DiagnosticCollector diagnostics = new DiagnosticCollector(100);
    private final List<Line> lines = new ArrayList<>();

    private void add(String text, LineKind kind) {
        lines.add(Line.of(lines.size() + 1, 0, text.length(), text, kind));
    }

    private void speaker(String label, String detail, RoleMark mark) {
        String text = detail == null ? label : label + " - " + detail;
        lines.add(Line.speaker(lines.size() + 1, 0, text.length(), text, label, detail, mark));
    }

    private void speaker(String label) {
        speaker(label, null, RoleMark.NONE);
    }

    private void text(String... texts) {
        for (String t : texts) {
            add(t, LineKind.PARAGRAPH);
        }
    }

    private void blank() {
        add("", LineKind.BLANK);
    }

    private void marker(MarkerKind marker, String text) {
        lines.add(Line.sectionMarker(lines.size() + 1, 0, text.length(), text, marker));
    }

    private Person listed(String name, String title, String affiliation, Role role) {
        return directory.add(new Person(name, title, affiliation, role, true, 1));
    }

    private Assembler.Result assemble(int wrapWidth) throws TranscriptParseException {
        return new Assembler(wrapWidth, directory, diagnostics, 1000, "test").assemble(lines);
    }

    private static List<String> paragraphs(Assembler.Result r) {
        return r.sections().stream().flatMap(s -> s.turns().stream()).flatMap(t -> t.paragraphs().stream())
                .map(Paragraph::text).toList();
    }

    private static Participant participant(Assembler.Result r, String name) {
        return r.participants().stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow();
    }

    private List<String> diagnostics(DiagnosticCode code) {
        return diagnostics.sorted().stream().filter(d -> d.code().equals(code.name())).map(Object::toString).toList();
    }

    @Test
    void twoLinesOfTextBeforeTheFirstSpeakerAreInfo() throws Exception {
        blank();
        blank();
        text("Forward-looking statements apply.", "Please read them.");
        speaker("Jane Roe");
        text("Line.", "Line.", "Line.", "Line.", "Line.", "Line.", "Line.", "Line.");
        assemble(0);
        assertThat(diagnostics(DiagnosticCode.TEXT_BEFORE_FIRST_SPEAKER)).containsExactly(
                "3: INFO TEXT_BEFORE_FIRST_SPEAKER 2 line(s) of text before the first speaker belong to no turn");
    }

    @Test
    void moreLinesOfTextBeforeTheFirstSpeakerAreAWarning() throws Exception {
        text("Forward-looking statements apply.", "Please read them.", "All of them.", "Really.");
        speaker("Jane Roe");
        for (int i = 0; i < 20; i++) {
            text("Line.");
        }
        assemble(0);
        assertThat(diagnostics(DiagnosticCode.TEXT_BEFORE_FIRST_SPEAKER)).containsExactly(
                "1: WARNING TEXT_BEFORE_FIRST_SPEAKER 4 line(s) of text before the first speaker belong to no turn");
    }

    @Test
    void moreThanAFifthOfTheTextBeforeTheFirstSpeakerIsAnError() throws Exception {
        text("Forward-looking statements apply.", "Please read them.");
        speaker("Jane Roe");
        text("Line.", "Line.", "Line.", "Line.", "Line.", "Line.", "Line.");
        assemble(0);
        assertThat(diagnostics(DiagnosticCode.TEXT_BEFORE_FIRST_SPEAKER)).containsExactly(
                "1: ERROR TEXT_BEFORE_FIRST_SPEAKER 2 line(s) of text before the first speaker belong to no turn;"
                        + " the speakers of that part of the call were not recognised");
    }

    @Test
    void aLegalNoticeUnderItsHeadingBeforeTheFirstSpeakerIsInfoHoweverLong() throws Exception {
        add("D I S C L A I M E R", LineKind.HEADER);
        text("THE INFORMATION IN THIS TRANSCRIPT IS A TEXTUAL REPRESENTATION OF THE CALL AND MAY", "CONTAIN ERRORS.",
                "USERS ARE ADVISED TO REVIEW THE WEBCAST ITSELF.", "THE BANK ASSUMES NO LIABILITY.", "NONE AT ALL.");
        speaker("Jane Roe");
        text("Line.", "Line.");
        assemble(0);
        assertThat(diagnostics(DiagnosticCode.TEXT_BEFORE_FIRST_SPEAKER)).containsExactly(
                "2: INFO TEXT_BEFORE_FIRST_SPEAKER 5 line(s) of text before the first speaker belong to no turn;"
                        + " they read as a disclaimer or legal notice, not speech");
    }

    @Test
    void legalPhrasesAllThroughTheTextBeforeTheFirstSpeakerMakeItANotice() throws Exception {
        text("From time to time the bank makes forward-looking statements, which involve risks and uncertainties.",
                "Actual results may differ materially, and the bank does not undertake to update them.",
                "Readers should not place undue reliance on them.", "See the annual report.");
        speaker("Jane Roe");
        text("Line.");
        assemble(0);
        assertThat(diagnostics(DiagnosticCode.TEXT_BEFORE_FIRST_SPEAKER)).singleElement().asString()
                .startsWith("1: INFO TEXT_BEFORE_FIRST_SPEAKER 4 line(s)").endsWith("not speech");
    }

    @Test
    void speechBeforeTheFirstSpeakerIsNoNoticeEvenUnderANoticeHeading() throws Exception {
        add("Disclaimer", LineKind.HEADER);
        text("Good morning, and welcome. Our remarks include forward-looking statements, whose risks and",
                "uncertainties may make actual results differ materially.", "Let me start with revenue.");
        speaker("Jane Roe");
        text("Line.");
        assemble(0);
        assertThat(diagnostics(DiagnosticCode.TEXT_BEFORE_FIRST_SPEAKER)).singleElement().asString()
                .startsWith("2: ERROR TEXT_BEFORE_FIRST_SPEAKER 3 line(s)");
    }

    private void wrappedTurn() {
        String forty = "service sales rose by a fifth this year.";
        String thirtyNine = "We closed two plants, and opened three.";
        String long1 = "Our new plant in Ohio opened on time and on budget.";
        assertThat(forty).hasSize(40);
        assertThat(thirtyNine).hasSize(39);
        blank();
        speaker("Jane Roe");
        text("We grew revenue in every region this year, and", "margins held up.");
        text("Our self-", forty, "Then more.");
        text(thirtyNine, "A new one.");
        text(long1);
        blank();
        text("After a blank.");
        text(long1, "Continues here.");
        text("Growth was 5 -", "6 percent.");
        text("-", "and a dash.");
    }

    @Test
    void wrappedLinesJoinUntilAShortLineEndsASentence() throws Exception {
        wrappedTurn();
        assertThat(paragraphs(assemble(50))).containsExactly(
                "We grew revenue in every region this year, and margins held up.",
                "Our self-service sales rose by a fifth this year. Then more.",
                "We closed two plants, and opened three.",
                "A new one.",
                "Our new plant in Ohio opened on time and on budget.",
                "After a blank.",
                "Our new plant in Ohio opened on time and on budget. Continues here.",
                "Growth was 5 - 6 percent.",
                "- and a dash.");
        assertThat(diagnostics(DiagnosticCode.WRAPPED_LINES_JOINED))
                .containsExactly("0: INFO WRAPPED_LINES_JOINED 6 hard-wrapped line(s) joined into their paragraphs");
    }

    @Test
    void withoutAWrapWidthEveryLineIsAParagraph() throws Exception {
        wrappedTurn();
        assertThat(paragraphs(assemble(0))).hasSize(15).startsWith("We grew revenue in every region this year, and",
                "margins held up.", "Our self-");
        assertThat(diagnostics(DiagnosticCode.WRAPPED_LINES_JOINED)).isEmpty();
    }

    @Test
    void anEndOfQaMarkerIsNotedAndTheQaContinues() throws Exception {
        speaker("Jane Roe");
        text("Welcome.");
        marker(MarkerKind.QA, "Question-and-Answer Session");
        speaker("Operator");
        text("Our first question is from Sam Poe.");
        marker(MarkerKind.END_QA, "Closing Remarks");
        speaker("Jane Roe");
        text("Thanks, everyone.");
        Assembler.Result r = assemble(0);
        assertThat(diagnostics(DiagnosticCode.QA_MARKER_VARIANT))
                .containsExactly("6: INFO QA_MARKER_VARIANT 'Closing Remarks' ends the Q&A; later turns stay in the Q&A section");
        assertThat(r.sections()).hasSize(2);
        assertThat(r.sections().get(1).turns()).hasSize(2);
    }

    @Test
    void anUnlistedSpeakerLineSayingAnalystMakesAnAnalystAtTheFirm() throws Exception {
        speaker("Sam Poe", "Big Bank -- Analyst", RoleMark.NONE);
        text("How were margins?");
        Assembler.Result r = assemble(0);
        assertThat(participant(r, "Sam Poe")).isEqualTo(new Participant("sam-poe", "Sam Poe", null, "Big Bank",
                Role.ANALYST, false));
        assertThat(diagnostics(DiagnosticCode.ROLE_INFERRED))
                .containsExactly("1: INFO ROLE_INFERRED 'Sam Poe' taken as ANALYST: the speaker line says so");
    }

    @Test
    void aListedSpeakerWithNeitherTitleNorFirmTakesTheTitleTheSpeakerLineGives() throws Exception {
        listed("Tom Kay", null, null, Role.CORPORATE);
        listed("Jane Roe", "Chief Executive Officer", null, Role.CORPORATE);
        speaker("Tom Kay", "Chief Financial Officer", RoleMark.NONE);
        text("Thanks.");
        speaker("Jane Roe", "Acme Widgets", RoleMark.NONE);
        text("Thanks.");
        Assembler.Result r = assemble(0);
        assertThat(participant(r, "Tom Kay").title()).isEqualTo("Chief Financial Officer");
        assertThat(participant(r, "Jane Roe").affiliation()).as("nothing more is learnt of a settled speaker").isNull();
    }

    @Test
    void anUnlistedSpeakerStillToBeSettledLearnsFromALaterSpeakerLine() throws Exception {
        speaker("Ann Lee", "Managing Director", RoleMark.NONE);
        text("Hello.");
        speaker("Ann Lee", "Big Bank - Analyst", RoleMark.NONE);
        text("How were margins?");
        Assembler.Result r = assemble(0);
        assertThat(participant(r, "Ann Lee")).isEqualTo(new Participant("ann-lee", "Ann Lee", "Managing Director",
                null, Role.ANALYST, false));
        assertThat(diagnostics(DiagnosticCode.ROLE_INFERRED))
                .containsExactly("3: INFO ROLE_INFERRED 'Ann Lee' taken as ANALYST: the speaker line says so");
    }

    @Test
    void aTitleAfterAQuestionMarkOrForAnAnalystIsTheirFirm() throws Exception {
        listed("Sam Poe", null, null, Role.ANALYST);
        speaker("Eve Fox", "Portfolio Manager", RoleMark.QUESTION);
        text("How were margins?");
        speaker("Sam Poe", "Portfolio Manager", RoleMark.NONE);
        text("And costs?");
        speaker("Tom Kay", "Portfolio Manager", RoleMark.NONE);
        text("Costs fell.");
        Assembler.Result r = assemble(0);
        assertThat(participant(r, "Eve Fox").affiliation()).isEqualTo("Portfolio Manager");
        assertThat(participant(r, "Sam Poe").affiliation()).isEqualTo("Portfolio Manager");
        assertThat(participant(r, "Tom Kay").title()).isEqualTo("Portfolio Manager");
    }

    @Test
    void whomTheOperatorIntroducesIsKnownWhenTheirRoleIsSettled() throws Exception {
        speaker("Jane Roe");
        text("Revenue rose.");
        marker(MarkerKind.QA, "Question-and-Answer Session");
        speaker("Operator");
        text("Our next question comes from Ann Lee.");
        speaker("Ann Lee");
        text("How is demand?");
        speaker("Operator");
        text("Next question, please.");
        speaker("Sam Poe");
        text("And costs?");
        assemble(0);
        assertThat(diagnostics(DiagnosticCode.ROLE_INFERRED)).containsExactly(
                "1: INFO ROLE_INFERRED 'Jane Roe' taken as CORPORATE: they first speak in the prepared remarks",
                "6: INFO ROLE_INFERRED 'Ann Lee' taken as ANALYST: the operator introduced them",
                "10: INFO ROLE_INFERRED 'Sam Poe' taken as ANALYST: their first turn in the Q&A asks a question");
    }
}
