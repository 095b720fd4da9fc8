package io.github.earningscalls.transcript;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.earningscalls.transcript.model.Diagnostic;
import io.github.earningscalls.transcript.model.Participant;
import io.github.earningscalls.transcript.model.Role;
import io.github.earningscalls.transcript.model.Transcript;
import io.github.earningscalls.transcript.model.Turn;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each speaker-resolution rule, on a small fictional call. */
class SpeakerResolutionTest {
    private static final String ROSTER = """
            Ostrava Mills Inc. (NASDAQ:OMIL) Q2 2022 Earnings Call July 28, 2022 4:30 PM ET
            Executives
            Wen Jiahao - Chairman & Chief Executive Officer
            Jane Doe - Chief Financial Officer
            Robert K. Ashby - Chief Operating Officer
            Paul Ashby - President, Europe
            Analysts
            Hiroko Tanaka - Fernhill Securities
            Olu Adebayo - Crédit Lanark
            Operator
            Welcome to the call.
            """;

    private static Transcript parse(String body) throws TranscriptParseException {
        return TranscriptParser.parse(ROSTER + body);
    }

    private static List<String> speakers(Transcript t) {
        return t.turns().stream().map(Turn::speakerId).toList();
    }

    @Test
    void caseAndSpacingDifferencesResolve() throws Exception {
        Transcript t = parse("JANE  DOE\nThank you.\njane doe\nMore.\n");
        assertThat(speakers(t)).containsExactly("operator", "jane-doe", "jane-doe");
    }

    @Test
    void honorificsAndASingleUnambiguousNameResolve() throws Exception {
        Transcript t = parse("Mr. Wen\nGood afternoon.\nHiroko\nA question.\nDr. Jane Doe\nAn answer.\n");
        assertThat(speakers(t)).containsExactly("operator", "wen-jiahao", "hiroko-tanaka", "jane-doe");
    }

    @Test
    void aTitleOrFirmOnTheSpeakerLineIsNotPartOfTheName() throws Exception {
        Transcript t = parse("Jane Doe - CFO\nNumbers.\nNadia Fenwick -- Tollgate Capital -- Analyst\nWhy?\n");
        assertThat(speakers(t)).containsExactly("operator", "jane-doe", "nadia-fenwick");
        Participant nadia = t.participant("nadia-fenwick").orElseThrow();
        assertThat(nadia.role()).isEqualTo(Role.ANALYST);
        assertThat(nadia.affiliation()).isEqualTo("Tollgate Capital");
        assertThat(nadia.listed()).isFalse();
    }

    @Test
    void middleInitialsAndShortGivenNamesResolve() throws Exception {
        Transcript t = parse("Bob Ashby\nOperations.\nRobert Ashby\nMore operations.\n");
        assertThat(speakers(t)).containsExactly("operator", "robert-k-ashby", "robert-k-ashby");
    }

    @Test
    void aSharedSurnameAloneIsAmbiguousAndKeptApart() throws Exception {
        Transcript t = parse("Ashby\nWhich one?\nPaul Ashby\nEurope.\n");
        assertThat(speakers(t)).containsExactly("operator", "ashby", "paul-ashby");
        assertThat(t.participant("ashby").orElseThrow().listed()).isFalse();
        assertThat(t.diagnostics()).extracting(Diagnostic::toString).contains(
                "12: WARNING AMBIGUOUS_SPEAKER 'Ashby' could be any of [Robert K. Ashby, Paul Ashby]; kept as a separate speaker");
    }

    @Test
    void misDecodedCharactersResolveToTheCleanName() throws Exception {
        String mangled = new String("Olu Adebayo - Crédit Lanark".getBytes(StandardCharsets.UTF_8),
                Charset.forName("windows-1252"));
        Transcript t = TranscriptParser.parse(ROSTER.replace("Olu Adebayo - Crédit Lanark", mangled)
                + "Olu Adebayo\nA question?\n");
        assertThat(t.participant("olu-adebayo").orElseThrow().affiliation()).isEqualTo("Crédit Lanark");
    }

    @Test
    void aOneLetterSpellingSlipResolvesWithADiagnostic() throws Exception {
        Transcript t = parse("Hiroko Tanaca\nA question.\n");
        assertThat(speakers(t)).containsExactly("operator", "hiroko-tanaka");
        assertThat(t.diagnostics()).extracting(Diagnostic::code).contains("SPEAKER_NAME_VARIANT");
    }

    @Test
    void anUnlistedSpeakerInThePreparedRemarksIsCorporate() throws Exception {
        Transcript t = parse("Marguerite Oyelaran\nI run investor relations.\n");
        Participant p = t.participant("marguerite-oyelaran").orElseThrow();
        assertThat(p.role()).isEqualTo(Role.CORPORATE);
        assertThat(t.diagnostics()).extracting(Diagnostic::toString).contains(
                "12: WARNING SPEAKER_NOT_IN_ROSTER 'Marguerite Oyelaran' is not in the roster",
                "12: INFO ROLE_INFERRED 'Marguerite Oyelaran' taken as CORPORATE: they first speak in the prepared remarks");
    }

    @Test
    void anUnlistedHostWhoPresentsTheListedExecutivesIsCorporateWithoutAWarning() throws Exception {
        Transcript t = parse("Marguerite Oyelaran\nThank you. Joining me on the call today are Wen Jiahao, our Chief"
                + " Executive Officer, and Jane Doe, our Chief Financial Officer.\nWen Jiahao\nGood afternoon.\n");
        assertThat(t.participant("marguerite-oyelaran").orElseThrow().role()).isEqualTo(Role.CORPORATE);
        assertThat(t.diagnostics()).extracting(Diagnostic::toString).contains(
                "12: INFO SPEAKER_NOT_IN_ROSTER 'Marguerite Oyelaran' is not in the roster",
                "12: INFO ROLE_INFERRED 'Marguerite Oyelaran' taken as CORPORATE: they open the call and present the"
                        + " company's speakers as joining them");
    }

    @Test
    void theOperatorsIntroductionFillsAMissingAffiliation() throws Exception {
        Transcript t = TranscriptParser.parse(ROSTER.replace("Hiroko Tanaka - Fernhill Securities", "Hiroko Tanaka")
                + "Question-and-Answer Session\nOperator\nOur first question is from Hiroko Tanaka from Fernhill Securities. "
                + "Please go ahead.\nHiroko Tanaka\nWhat about costs?\n");
        assertThat(t.participant("hiroko-tanaka").orElseThrow().affiliation()).isEqualTo("Fernhill Securities");
        assertThat(t.diagnostics()).extracting(Diagnostic::code).contains("AFFILIATION_FROM_INTRODUCTION",
                "ROSTER_ENTRY_WITHOUT_TITLE");
    }

    @Test
    void aLabelTwoSlipsOffTheNameTheOperatorJustIntroducedIsThatPerson() throws Exception {
        Transcript t = parse("Operator\nOur next question comes from Hiroko Tanaka with Fernhill Securities.\n"
                + "Hirkoo Tankaa\nHow is Europe?\nJane Doe\nSteady.\n");
        assertThat(speakers(t)).containsExactly("operator", "operator", "hiroko-tanaka", "jane-doe");
        assertThat(t.diagnostics()).map(Diagnostic::toString).contains("14: INFO SPEAKER_NAME_VARIANT 'Hirkoo Tankaa'"
                + " taken as 'Hiroko Tanaka', whom the operator had just introduced (a misspelt label)");
    }

    @Test
    void theSameSlipWithNobodyIntroducedIsSomeoneElse() throws Exception {
        Transcript t = parse("Jane Doe\nThanks.\nHirkoo Tankaa\nHow is Europe?\n");
        assertThat(speakers(t)).containsExactly("operator", "jane-doe", "hirkoo-tankaa");
    }

    @Test
    void anInlineLabelsTitleInSeveralPartsAndAFirmEndingInItsLegalSuffix() throws Exception {
        Transcript t = TranscriptParser.builder().format(TranscriptFormat.INLINE_SPEAKERS).build().parse("""
                OPERATOR: Welcome to the call.
                DEREK OSEI, PRESIDENT, CEO, COO, TARNWOOD BANCORP: Earnings rose. We will take your questions.
                OPERATOR: Our first question comes from Luca Ferri with Pelham Research, LLC.
                LUCA FERRI, DIRECTOR OF EQUITY RESEARCH, PELHAM RESEARCH, LLC: What drove fees?
                DEREK OSEI, PRESIDENT, CEO, COO, TARNWOOD BANCORP: Card volumes.
                OPERATOR: Next is Nora Quill with Hollis Barrow, Inc.
                NORA QUILL: And costs?
                DEREK OSEI, PRESIDENT, CEO, COO, TARNWOOD BANCORP: Flat.
                """);
        Participant derek = t.participant("derek-osei").orElseThrow();
        assertThat(derek.title()).isEqualTo("PRESIDENT, CEO, COO");
        assertThat(derek.affiliation()).isEqualTo("TARNWOOD BANCORP");
        assertThat(t.participant("luca-ferri").orElseThrow().affiliation()).isEqualTo("PELHAM RESEARCH, LLC");
        assertThat(t.participant("nora-quill").orElseThrow().affiliation()).isEqualTo("Hollis Barrow, Inc.");
    }
}
