package io.github.earningscalls.transcript;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.earningscalls.transcript.model.AnnotationType;
import io.github.earningscalls.transcript.model.Diagnostic;
import io.github.earningscalls.transcript.model.Participant;
import io.github.earningscalls.transcript.model.Role;
import io.github.earningscalls.transcript.model.SectionKind;
import io.github.earningscalls.transcript.model.Transcript;
import io.github.earningscalls.transcript.model.Turn;
import io.github.earningscalls.transcript.model.TurnKind;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The public parser API on small transcripts written for each rule. */
public class TranscriptParserTest {
    public static final String HEADER = """
            Quillfeather Paper Co. (NYSE:QPC) Q3 2023 Earnings Conference Call October 26, 2023 10:00 AM ET
            Company Participants
            Marta Quill - Vice President, Investor Relations
            Timothy D. Okonkwo - Chief Executive Officer
            Conference Call Participants
            Sven Larkspur - Alderbrook Partners
            """;

    public static final String CALL = HEADER + """
            Operator
            Good morning and welcome. [Operator Instructions] I will now hand over to Marta Quill.
            Marta Quill
            Thank you. With me is our CEO, Tim Okonkwo [ph].
            Tim Okonkwo
            Revenue grew 4% in the quarter.
            We remain confident.
            Question-and-Answer Session
            Operator
            Our first question comes from the line of Sven Larkspur with Alderbrook Partners. Your line is open.
            Sven Larkspur
            Thanks. How is pulp pricing trending? And what about freight costs? I ask because margins matter.
            Timothy Okonkwo
            Pulp is stable.
            Sven Larkspur
            Thanks.
            Operator
            That concludes today's call.""";

    @Test
    void parsesHeaderRosterSectionsAndTurns() throws Exception {
        Transcript t = TranscriptParser.parse(CALL);
        assertThat(t.metadata().ticker()).isEqualTo("QPC");
        assertThat(t.metadata().company()).isEqualTo("Quillfeather Paper Co.");
        assertThat(t.metadata().fiscalPeriod().label()).isEqualTo("Q3 2023");
        assertThat(t.metadata().startsAt()).hasToString("2023-10-26T10:00-04:00");
        assertThat(t.sections()).extracting(s -> s.kind() + "@" + s.line())
                .containsExactly("PREPARED_REMARKS@7", "QUESTIONS_AND_ANSWERS@14");
        assertThat(t.turns()).extracting(turn -> turn.line() + ":" + turn.speakerId() + ":" + turn.kind())
                .containsExactly("7:operator:OPERATOR", "9:marta-quill:REMARK", "11:timothy-d-okonkwo:REMARK",
                        "15:operator:OPERATOR", "17:sven-larkspur:QUESTION", "19:timothy-d-okonkwo:ANSWER",
                        "21:sven-larkspur:ACKNOWLEDGMENT", "23:operator:OPERATOR");
        Turn remarks = t.turns().get(2);
        assertThat(remarks.endLine()).isEqualTo(13);
        assertThat(remarks.paragraphs()).extracting(p -> p.line()).containsExactly(12, 13);
    }

    @Test
    void shortGivenNamesAndMiddleInitialsResolveToTheRosterEntry() throws Exception {
        Transcript t = TranscriptParser.parse(CALL);
        assertThat(t.participants()).filteredOn(p -> p.name().contains("Okonkwo")).hasSize(1);
        assertThat(t.diagnostics()).extracting(Diagnostic::toString)
                .contains("11: INFO SPEAKER_NAME_VARIANT 'Tim Okonkwo' taken as 'Timothy D. Okonkwo' (short given name)",
                        "19: INFO SPEAKER_NAME_VARIANT 'Timothy Okonkwo' taken as 'Timothy D. Okonkwo' (middle names or initials)");
    }

    @Test
    void questionTurnsListTheirQuestionsAndExchangesGroupThem() throws Exception {
        Transcript t = TranscriptParser.parse(CALL);
        var qa = t.section(SectionKind.QUESTIONS_AND_ANSWERS).orElseThrow();
        assertThat(qa.turns().get(1).questions())
                .containsExactly("How is pulp pricing trending?", "And what about freight costs?");
        assertThat(qa.exchanges()).singleElement().satisfies(e -> {
            assertThat(e.questionerId()).isEqualTo("sven-larkspur");
            assertThat(e.startLine()).isEqualTo(17);
            assertThat(e.endLine()).isEqualTo(22);
            assertThat(e.turnIndices()).containsExactly(1, 2, 3);
        });
    }

    @Test
    void annotationsAreTypedWithOffsetsAndLeftOutOfPlainText() throws Exception {
        Transcript t = TranscriptParser.parse(CALL);
        var p = t.turns().get(1).paragraphs().get(0);
        assertThat(p.annotations()).singleElement().satisfies(a -> {
            assertThat(a.type()).isEqualTo(AnnotationType.PHONETIC);
            assertThat(p.text().substring(a.start(), a.end())).isEqualTo("[ph]");
        });
        assertThat(p.plainText()).isEqualTo("Thank you. With me is our CEO, Tim Okonkwo.");
        assertThat(t.turns().get(0).paragraphs().get(0).annotations())
                .extracting(a -> a.type()).containsExactly(AnnotationType.OPERATOR_INSTRUCTIONS);
    }

    @Test
    void unlistedSpeakerIntroducedByTheOperatorIsAnAnalystAtTheNamedFirm() throws Exception {
        String text = CALL.replace("Sven Larkspur with Alderbrook", "Ines Moreau with Kestrel Bank. Also Alderbrook")
                .replace("Sven Larkspur\nThanks. How", "Ines Moreau\nThanks. How");
        Transcript t = TranscriptParser.parse(text);
        Participant ines = t.participants().stream().filter(p -> p.name().equals("Ines Moreau")).findFirst().orElseThrow();
        assertThat(ines.listed()).isFalse();
        assertThat(ines.role()).isEqualTo(Role.ANALYST);
        assertThat(ines.affiliation()).isEqualTo("Kestrel Bank");
        assertThat(t.diagnostics()).extracting(Diagnostic::code).contains("SPEAKER_NOT_IN_ROSTER");
    }

    @Test
    void genericSpeakersGetTheirRoleFromTheLabel() throws Exception {
        String text = CALL.replace("Timothy Okonkwo\nPulp", "Unidentified Company Representative\nPulp")
                .replace("Sven Larkspur\nThanks.\n", "Unidentified Analyst\nThanks.\n");
        Transcript t = TranscriptParser.parse(text);
        assertThat(t.participants()).filteredOn(p -> !p.listed())
                .extracting(p -> p.name() + ":" + p.role())
                .contains("Unidentified Company Representative:CORPORATE", "Unidentified Analyst:ANALYST");
    }

    @Test
    void twoPeopleWithOneSurnameAreNeverMerged() throws Exception {
        String text = HEADER.replace("Timothy D. Okonkwo - Chief Executive Officer",
                "Timothy D. Okonkwo - Chief Executive Officer\nGrace Okonkwo - Chief Financial Officer") + """
                Operator
                Welcome.
                Okonkwo
                Hello from one of us.
                Grace Okonkwo
                Hello from the CFO.
                """;
        Transcript t = TranscriptParser.parse(text);
        assertThat(t.turns()).extracting(Turn::speaker).containsExactly("Operator", "Okonkwo", "Grace Okonkwo");
        assertThat(t.diagnostics()).extracting(Diagnostic::code).contains("AMBIGUOUS_SPEAKER");
    }

    @Test
    void missingQaMarkerIsInferredAtTheOperatorHandOver() throws Exception {
        Transcript t = TranscriptParser.parse(CALL.replace("Question-and-Answer Session\n", ""));
        var qa = t.section(SectionKind.QUESTIONS_AND_ANSWERS).orElseThrow();
        assertThat(qa.line()).isEqualTo(14);
        assertThat(qa.turns().get(0).kind()).isEqualTo(TurnKind.OPERATOR);
        assertThat(t.diagnostics()).extracting(Diagnostic::toString).contains(
                "14: INFO QA_MARKER_MISSING the transcript has no Q&A marker; the Q&A is taken to start with this operator turn");
    }

    @Test
    void repeatedMarkerWithTrailingSpaceGivesOneQaSection() throws Exception {
        String text = CALL.replace("Question-and-Answer Session\n", "Question-and-Answer Session  \n")
                .replace("Timothy Okonkwo\nPulp", "Question-and-Answer Session\nTimothy Okonkwo\nPulp");
        Transcript t = TranscriptParser.parse(text);
        assertThat(t.sections()).extracting(s -> s.kind()).containsExactly(SectionKind.PREPARED_REMARKS,
                SectionKind.QUESTIONS_AND_ANSWERS);
        assertThat(t.diagnostics()).extracting(Diagnostic::code).contains("QA_MARKER_REPEATED");
    }

    @Test
    void readerPathAndStringGiveTheSameTranscript(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("call.txt");
        Files.writeString(file, CALL);
        Transcript fromPath = TranscriptParser.parse(file);
        Transcript fromReader = TranscriptParser.parse(new StringReader(CALL));
        Transcript fromString = TranscriptParser.parse(CALL);
        assertThat(fromPath.turns()).isEqualTo(fromString.turns());
        assertThat(fromReader.turns()).isEqualTo(fromString.turns());
        assertThat(fromPath.source().sha256()).isEqualTo(fromString.source().sha256());
        assertThat(fromPath.source().name()).isEqualTo(file.toString());
    }

    @Test
    void windows1252BytesAreDecodedWithADiagnostic() throws Exception {
        byte[] bytes = CALL.replace("Revenue grew", "Revenue\u2019s growth").getBytes(java.nio.charset.Charset.forName("windows-1252"));
        Transcript t = TranscriptParser.builder().build().read(bytes, "cp.txt");
        assertThat(t.source().charset()).isEqualTo("windows-1252");
        assertThat(t.turns().get(2).paragraphs().get(0).text()).startsWith("Revenue\u2019s growth");
        assertThat(t.diagnostics()).extracting(Diagnostic::code).contains("ENCODING_FALLBACK");
    }

    @Test
    void doubleEncodedUtf8IsRepaired() throws Exception {
        String mangled = new String("Cr\u00e9dit d\u2019Alsace".getBytes(StandardCharsets.UTF_8),
                java.nio.charset.Charset.forName("windows-1252"));
        Transcript t = TranscriptParser.parse(CALL.replace("Alderbrook Partners\n", mangled + "\n"));
        assertThat(t.participants()).extracting(Participant::affiliation).contains("Cr\u00e9dit d\u2019Alsace");
    }

    @Test
    void badInputFailsWithTheSourceAndLine() {
        TranscriptParser parser = TranscriptParser.builder().build();
        assertThatThrownBy(() -> parser.read("  \n\n", "blank.txt"))
                .isInstanceOf(TranscriptParseException.class).hasMessage("blank.txt: the input is empty");
        assertThatThrownBy(() -> parser.read(new byte[] {'a', '\n', 'b', 0, 'c'}, "bin.dat"))
                .isInstanceOf(TranscriptParseException.class)
                .hasMessage("bin.dat:2: the input is binary (it contains a NUL byte), not a transcript");
        assertThatThrownBy(() -> parser.read("Just some words\nand more words\n", "prose.txt"))
                .isInstanceOf(TranscriptParseException.class)
                .hasMessageStartingWith("prose.txt: no known transcript layout recognised");
        assertThatThrownBy(() -> TranscriptParser.builder().format(TranscriptFormat.SEEKING_ALPHA).build()
                .read("Just some words\nand more words\n", "prose.txt"))
                .isInstanceOf(TranscriptParseException.class)
                .hasMessage("prose.txt: no speaker turns found: the text has no speaker lines this layout recognises");
    }

    @Test
    void limitsNameTheSettingToChange() {
        assertThatThrownBy(() -> TranscriptParser.builder().maxInputBytes(100).build().read(CALL, "big.txt"))
                .isInstanceOf(TranscriptParseException.class)
                .hasMessageContaining("big.txt: input of").hasMessageContaining("TranscriptParser.Builder.maxInputBytes");
        assertThatThrownBy(() -> TranscriptParser.builder().maxLineLength(50).build().read(CALL, "wide.txt"))
                .isInstanceOf(TranscriptParseException.class)
                .hasMessageStartingWith("wide.txt:1: line is").hasMessageContaining("maxLineLength");
        assertThatThrownBy(() -> TranscriptParser.builder().maxTurns(3).build().read(CALL, "long.txt"))
                .isInstanceOf(TranscriptParseException.class)
                .hasMessageStartingWith("long.txt:15: the transcript has more than 3 turns");
        assertThatThrownBy(() -> TranscriptParser.builder().maxTurns(0).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessage("maxTurns must be positive: 0");
    }

    @Test
    void strictModeTurnsWarningsIntoAnException() throws Exception {
        // Someone the roster leaves out speaks after the operator's closing words; nothing says who she is.
        String text = CALL + "\nRena Holt\nOne more thing for the record.\n";
        assertThat(TranscriptParser.parse(text).turns()).isNotEmpty();
        TranscriptParser strict = TranscriptParser.builder().strict(true).build();
        assertThatThrownBy(() -> strict.read(text, "call.txt"))
                .isInstanceOfSatisfying(TranscriptParseException.class, e -> {
                    assertThat(e.line()).isEqualTo(25);
                    assertThat(e.sourceName()).isEqualTo("call.txt");
                    assertThat(e.diagnostics()).extracting(Diagnostic::code)
                            .containsExactly("SPEAKER_NOT_IN_ROSTER", "ROLE_INFERRED");
                })
                .hasMessageStartingWith("call.txt:25: strict mode rejects 2 warning(s):");
        assertThat(strict.read(CALL, "ok.txt").turns()).hasSize(8);
        // A source without a Q&A marker is well formed: the operator's hand-over places the Q&A.
        assertThat(strict.read(CALL.replace("Question-and-Answer Session\n", ""), "ok.txt").turns()).hasSize(8);
    }

    @Test
    void wordCountsAddUp() throws Exception {
        Transcript t = TranscriptParser.parse(CALL);
        int sum = t.participants().stream().mapToInt(p -> t.wordCount(p.id())).sum();
        assertThat(sum).isEqualTo(t.sections().stream().mapToInt(s -> s.wordCount()).sum());
        assertThat(t.turns().get(2).wordCount()).isEqualTo(9);
        assertThat(List.of(t.turns().get(2).plainText())).containsExactly("Revenue grew 4% in the quarter.\n\nWe remain confident.");
    }
}
