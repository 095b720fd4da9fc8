package io.github.earningscalls.transcript.internal.lex;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.earningscalls.transcript.internal.diagnostic.DiagnosticCollector;
import io.github.earningscalls.transcript.internal.input.LineReader;
import io.github.earningscalls.transcript.internal.layout.LayoutRules;
import io.github.earningscalls.transcript.internal.layout.preset.FactSetCallStreet;
import io.github.earningscalls.transcript.internal.layout.preset.InlineSpeakers;
import io.github.earningscalls.transcript.internal.layout.preset.MotleyFool;
import io.github.earningscalls.transcript.internal.layout.preset.MotleyFool2025;
import io.github.earningscalls.transcript.internal.layout.preset.NameLines;
import io.github.earningscalls.transcript.internal.layout.preset.SeekingAlpha;
import io.github.earningscalls.transcript.internal.people.ParticipantDirectory;
import io.github.earningscalls.transcript.model.Diagnostic;
import io.github.earningscalls.transcript.model.Role;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How the lexer classifies each line of short transcripts written for the purpose, layout by layout. */
class LexerTest {
    private static final String LEADER = ".".repeat(40);

    private final DiagnosticCollector diagnostics = new DiagnosticCollector(50);
    private final ParticipantDirectory directory = new ParticipantDirectory();

    private List<Line> lex(LayoutRules rules, String... lines) throws Exception {
        return new Lexer(rules, directory, diagnostics).lex(LineReader.read(String.join("\n", lines), 10_000, "test"));
    }

    /** Each line as {@code 3 ROSTER_ENTRY [Mara Voss | CFO]: Mara Voss - CFO}, with the mark after the label when there is one. */
    private List<String> classify(LayoutRules rules, String... lines) throws Exception {
        return lex(rules, lines).stream().map(LexerTest::shown).toList();
    }

    private static String shown(Line l) {
        String label = l.name() != null ? l.name() + (l.detail() == null ? "" : " | " + l.detail())
                : l.group() != null ? l.group().name() : l.marker() != null ? l.marker().name() : null;
        return l.number() + " " + l.kind() + (label == null ? "" : " [" + label + "]")
                + (l.roleMark() == RoleMark.NONE ? "" : " " + l.roleMark().name().charAt(0)) + ": " + l.text();
    }

    private List<String> messages() {
        return diagnostics.sorted().stream().map(Diagnostic::toString).toList();
    }

    private static Line line(int number, int start, int end, String text, LineKind kind) {
        return Line.of(number, start, end, text, kind);
    }

    // The roster.

    @Test
    void rosterEntriesAreFiledUnderTheirHeadingAndRepeatsReported() throws Exception {
        assertThat(classify(SeekingAlpha.RULES,
                "Plover Works Inc. (NASDAQ:PLVR) Q3 2021 Earnings Call October 28, 2021 5:00 PM ET",
                "Executives", "Mara Voss - Chief Financial Officer", "Mara Voss - Chief Financial Officer",
                "Mara J. Voss - CFO", "Analysts", "Tobias Renn - Kestrel Bank - Analyst", "[inaudible]", "Operator",
                "Good day, and welcome to the Plover Works call.", "Mara Voss", "Thank you.")).containsExactly(
                "1 EVENT_LINE: Plover Works Inc. (NASDAQ:PLVR) Q3 2021 Earnings Call October 28, 2021 5:00 PM ET",
                "2 ROSTER_HEADING [CORPORATE]: Executives",
                "3 ROSTER_ENTRY [Mara Voss | Chief Financial Officer]: Mara Voss - Chief Financial Officer",
                "4 ROSTER_ENTRY [Mara Voss | Chief Financial Officer]: Mara Voss - Chief Financial Officer",
                "5 ROSTER_ENTRY [Mara J. Voss | CFO]: Mara J. Voss - CFO",
                "6 ROSTER_HEADING [ANALYST]: Analysts",
                "7 ROSTER_ENTRY [Tobias Renn | Kestrel Bank - Analyst]: Tobias Renn - Kestrel Bank - Analyst",
                "8 IGNORED: [inaudible]",
                "9 SPEAKER_LINE [Operator]: Operator",
                "10 PARAGRAPH: Good day, and welcome to the Plover Works call.",
                "11 SPEAKER_LINE [Mara Voss]: Mara Voss",
                "12 PARAGRAPH: Thank you.");
        assertThat(messages()).containsExactly(
                "4: INFO DUPLICATE_ROSTER_ENTRY roster lists 'Mara Voss' again (first at line 3)",
                "5: INFO DUPLICATE_ROSTER_ENTRY roster lists 'Mara J. Voss' again as 'Mara Voss' (line 3)",
                "8: WARNING ROSTER_LINE_UNREADABLE roster line '[inaudible]' is not a name; ignored");
        assertThat(directory.people()).extracting(p -> p.name(), p -> p.title(), p -> p.affiliation(), p -> p.role())
                .containsExactly(tuple("Mara Voss", "Chief Financial Officer", null, Role.CORPORATE),
                        tuple("Tobias Renn", null, "Kestrel Bank", Role.ANALYST));
    }

    @Test
    void aRosterEntryMayTakeItsTitleFromTheNextLineOrNameTheRoleFirst() throws Exception {
        assertThat(classify(SeekingAlpha.RULES, "Plover Works Q3 2021 Earnings Call", "Executives", "Mara Voss",
                "Chief Financial Officer, Plover Works Inc.", "Wren Adair - Treasurer", "Chief Executive Officer - Ines Calder",
                "Mara Voss", "Good morning.")).containsExactly(
                "1 TITLE: Plover Works Q3 2021 Earnings Call",
                "2 ROSTER_HEADING [CORPORATE]: Executives",
                "3 ROSTER_ENTRY [Mara Voss | Chief Financial Officer, Plover Works Inc.]: Mara Voss",
                "4 IGNORED: Chief Financial Officer, Plover Works Inc.",
                "5 ROSTER_ENTRY [Wren Adair | Treasurer]: Wren Adair - Treasurer",
                "6 ROSTER_ENTRY [Ines Calder | Chief Executive Officer]: Chief Executive Officer - Ines Calder",
                "7 SPEAKER_LINE [Mara Voss]: Mara Voss",
                "8 PARAGRAPH: Good morning.");
        assertThat(directory.exact("Mara Voss").affiliation()).isEqualTo("Plover Works Inc.");
    }

    @Test
    void aNameAloneIsARosterEntryWithoutTitle() throws Exception {
        assertThat(classify(SeekingAlpha.RULES, "Plover Works Q3 2021 Earnings Call", "Executives", "Mara Voss",
                "Ines Calder", "", "Analysts", "Tobias Renn - Kestrel Bank", "Wren Adair")).containsExactly(
                "1 TITLE: Plover Works Q3 2021 Earnings Call",
                "2 ROSTER_HEADING [CORPORATE]: Executives",
                "3 ROSTER_ENTRY [Mara Voss]: Mara Voss",
                "4 ROSTER_ENTRY [Ines Calder]: Ines Calder",
                "5 BLANK: ",
                "6 ROSTER_HEADING [ANALYST]: Analysts",
                "7 ROSTER_ENTRY [Tobias Renn | Kestrel Bank]: Tobias Renn - Kestrel Bank",
                "8 ROSTER_ENTRY [Wren Adair]: Wren Adair");
        assertThat(messages()).containsExactly(
                "3: INFO ROSTER_ENTRY_WITHOUT_TITLE roster entry 'Mara Voss' has no title or firm",
                "4: INFO ROSTER_ENTRY_WITHOUT_TITLE roster entry 'Ines Calder' has no title or firm",
                "8: INFO ROSTER_ENTRY_WITHOUT_TITLE roster entry 'Wren Adair' has no title or firm");
        assertThat(directory.exact("Wren Adair").role()).isEqualTo(Role.ANALYST);
    }

    @Test
    void aWordThatOpensSpeechIsANameOnlyBesideATitle() throws Exception {
        assertThat(classify(SeekingAlpha.RULES, "Plover Works Q3 2021 Earnings Call", "Executives",
                "Nora Good - Treasurer", "Good Morning")).containsExactly(
                "1 TITLE: Plover Works Q3 2021 Earnings Call",
                "2 ROSTER_HEADING [CORPORATE]: Executives",
                "3 ROSTER_ENTRY [Nora Good | Treasurer]: Nora Good - Treasurer",
                "4 PARAGRAPH: Good Morning");
    }

    @Test
    void aRosterLineIsAtMostThreeHundredCharactersAndAnUnreadableOneAtMostOneHundredAndTwenty() throws Exception {
        String entry300 = "Mara Voss - " + "Chief Financial Officer and Treasurer of Plover Works ".repeat(6).substring(0, 288);
        String unreadable120 = "[" + "inaudible ".repeat(12).substring(0, 118) + "]";
        assertThat(entry300).hasSize(300);
        assertThat(unreadable120).hasSize(120);
        assertThat(lex(SeekingAlpha.RULES, "Plover Works Q3 2021 Earnings Call", "Executives", entry300, unreadable120,
                entry300 + "s")).extracting(Line::kind).containsExactly(LineKind.TITLE, LineKind.ROSTER_HEADING,
                LineKind.ROSTER_ENTRY, LineKind.IGNORED, LineKind.PARAGRAPH);
        assertThat(messages()).containsExactly("4: WARNING ROSTER_LINE_UNREADABLE roster line '" + unreadable120
                + "' is not a name; ignored");
    }

    @Test
    void aLongerBracketedLineEndsTheRoster() throws Exception {
        String unreadable121 = "[" + "inaudible ".repeat(12).substring(0, 119) + "]";
        assertThat(lex(SeekingAlpha.RULES, "Plover Works Q3 2021 Earnings Call", "Executives", unreadable121))
                .extracting(Line::kind).containsExactly(LineKind.TITLE, LineKind.ROSTER_HEADING, LineKind.PARAGRAPH);
        assertThat(messages()).isEmpty();
    }

    @Test
    void anInlineSpeakerEndsTheRoster() throws Exception {
        assertThat(classify(InlineSpeakers.RULES, "Plover Works Q3 2021 Earnings Call", "Executives",
                "Mara Voss - Chief Financial Officer", "Tobias Renn - Kestrel Bank: Hi all")).containsExactly(
                "1 TITLE: Plover Works Q3 2021 Earnings Call",
                "2 ROSTER_HEADING [CORPORATE]: Executives",
                "3 ROSTER_ENTRY [Mara Voss | Chief Financial Officer]: Mara Voss - Chief Financial Officer",
                "4 SPEAKER_LINE [Tobias Renn | Kestrel Bank]: Tobias Renn - Kestrel Bank:",
                "4 PARAGRAPH: Hi all");
    }

    @Test
    void aModeratorHeadingFilesTheBrokersHostAsAnAnalyst() throws Exception {
        assertThat(classify(InlineSpeakers.RULES, "Plover Works Q3 FY25 Earnings Call", "MANAGEMENT:",
                "MR. MARA VOSS - CHIEF FINANCIAL OFFICER", "MODERATOR", "MS. ANJALI RAO - BANYAN SECURITIES",
                "Moderator: Good day and welcome.")).containsExactly(
                "1 TITLE: Plover Works Q3 FY25 Earnings Call",
                "2 ROSTER_HEADING [CORPORATE]: MANAGEMENT:",
                "3 ROSTER_ENTRY [MR. MARA VOSS | CHIEF FINANCIAL OFFICER]: MR. MARA VOSS - CHIEF FINANCIAL OFFICER",
                "4 ROSTER_HEADING [ANALYST]: MODERATOR",
                "5 ROSTER_ENTRY [MS. ANJALI RAO | BANYAN SECURITIES]: MS. ANJALI RAO - BANYAN SECURITIES",
                "6 SPEAKER_LINE [Moderator]: Moderator:",
                "6 PARAGRAPH: Good day and welcome.");
        assertThat(directory.exact("Anjali Rao").role()).isEqualTo(Role.ANALYST);
        assertThat(directory.exact("Anjali Rao").affiliation()).isEqualTo("BANYAN SECURITIES");
    }

    @Test
    void anOfficersTitleThatNamesAGroupIsATitleNotAFirm() throws Exception {
        lex(InlineSpeakers.RULES, "Plover Works Q3 FY25 Earnings Call", "MANAGEMENT:",
                "MR. MARA VOSS - CHIEF RETAIL AND GOVERNMENT BUSINESS GROUP", "MR. TOBIAS RENN - PLOVER GROUP",
                "Moderator: Good day and welcome.");
        assertThat(directory.exact("Mara Voss").title()).isEqualTo("CHIEF RETAIL AND GOVERNMENT BUSINESS GROUP");
        assertThat(directory.exact("Mara Voss").affiliation()).isNull();
        assertThat(directory.exact("Tobias Renn").affiliation()).isEqualTo("PLOVER GROUP");
    }

    @Test
    void anOperatorLabelThatNoEntryFollowsEndsTheRoster() throws Exception {
        assertThat(classify(InlineSpeakers.RULES, "Plover Works Q3 FY25 Earnings Call", "MANAGEMENT:",
                "MR. MARA VOSS - CHIEF FINANCIAL OFFICER", "MODERATOR", "Good day and welcome to the call.")).contains(
                "4 SPEAKER_LINE [MODERATOR]: MODERATOR");
    }

    @Test
    void theTagBeforeATranslationsPlainCopyHidesNoSpeakerLine() throws Exception {
        assertThat(classify(MotleyFool2025.RULES, "Operator:Welcome.", "\u539f\u6587\uff1a",
                "Mara Voss:Thank you.", "\u539f\u6587\uff1aTobias Renn:How is demand?")).containsExactly(
                "1 SPEAKER_LINE [Operator]: Operator:",
                "1 PARAGRAPH: Welcome.",
                "2 IGNORED: \u539f\u6587\uff1a",
                "3 SPEAKER_LINE [Mara Voss]: Mara Voss:",
                "3 PARAGRAPH: Thank you.",
                "4 SPEAKER_LINE [Tobias Renn]: Tobias Renn:",
                "4 PARAGRAPH: How is demand?");
        List<Line> lines = lex(MotleyFool2025.RULES, "Operator:Welcome.", "\u539f\u6587\uff1aTobias Renn:Hi.");
        assertThat(lines.get(2).start()).as("the speaker line starts after the tag").isEqualTo(21);
    }

    @Test
    void motleyFoolDropsPageChromeAndEndsAtItsFooter() throws Exception {
        assertThat(classify(MotleyFool.RULES, "Plover Works (PLVR) Q3 2021 Earnings Call", "Contents:",
                "Prepared Remarks", "Questions and Answers", "Call Participants", "Prepared Remarks:", "Operator", "Welcome.",
                "Image source: Getty Images.", "Call participants:", "Mara Voss -- Chief Financial Officer",
                "Image source: Getty Images.", "More PLVR analysis", "All earnings call transcripts")).containsExactly(
                "1 TITLE: Plover Works (PLVR) Q3 2021 Earnings Call",
                "2 IGNORED: Contents:",
                "3 IGNORED: Prepared Remarks",
                "4 IGNORED: Questions and Answers",
                "5 IGNORED: Call Participants",
                "6 SECTION_MARKER [PREPARED]: Prepared Remarks:",
                "7 SPEAKER_LINE [Operator]: Operator",
                "8 PARAGRAPH: Welcome.",
                "9 IGNORED: Image source: Getty Images.",
                "10 ROSTER_HEADING [CORPORATE]: Call participants:",
                "11 ROSTER_ENTRY [Mara Voss | Chief Financial Officer]: Mara Voss -- Chief Financial Officer",
                "12 IGNORED: Image source: Getty Images.",
                "13 FOOTER: More PLVR analysis",
                "14 FOOTER: All earnings call transcripts");
    }

    // Between the roster and the call (Motley Fool 2025).

    @Test
    void summariesBeforeTheCallAreIgnoredUntilTheOperatorOrAListedSpeaker() throws Exception {
        assertThat(classify(MotleyFool2025.RULES, "Plover Works (PLVR) Q3 2021 Earnings Call Transcript",
                "Call participants:", "Chief Financial Officer \u2014 Mara Voss", "Analyst \u2014 Tobias Renn", "Takeaways",
                "Revenue rose to $1.2 billion.", "Free Cash Flow: cash from operations less capital spending.",
                "Mara Voss: Thanks, everyone.", "Operator: Next question.")).containsExactly(
                "1 TITLE: Plover Works (PLVR) Q3 2021 Earnings Call Transcript",
                "2 ROSTER_HEADING [CORPORATE]: Call participants:",
                "3 ROSTER_ENTRY [Mara Voss | Chief Financial Officer]: Chief Financial Officer \u2014 Mara Voss",
                "4 ROSTER_ENTRY [Tobias Renn | Analyst]: Analyst \u2014 Tobias Renn",
                "5 IGNORED: Takeaways",
                "6 IGNORED: Revenue rose to $1.2 billion.",
                "7 IGNORED: Free Cash Flow: cash from operations less capital spending.",
                "8 SPEAKER_LINE [Mara Voss]: Mara Voss:",
                "8 PARAGRAPH: Thanks, everyone.",
                "9 SPEAKER_LINE [Operator]: Operator:",
                "9 PARAGRAPH: Next question.");
        assertThat(directory.exact("Tobias Renn").role()).isEqualTo(Role.ANALYST);
    }

    @Test
    void aBodyMarkerOpensTheCallEvenForAnUnlistedSpeaker() throws Exception {
        assertThat(classify(MotleyFool2025.RULES, "Plover Works (PLVR) Q3 2021 Earnings Call Transcript",
                "Call participants:", "Chief Financial Officer \u2014 Mara Voss", "Tobias Renn: a glossary?",
                "Full Conference Call Transcript", "Tobias Renn: Thanks.")).containsExactly(
                "1 TITLE: Plover Works (PLVR) Q3 2021 Earnings Call Transcript",
                "2 ROSTER_HEADING [CORPORATE]: Call participants:",
                "3 ROSTER_ENTRY [Mara Voss | Chief Financial Officer]: Chief Financial Officer \u2014 Mara Voss",
                "4 IGNORED: Tobias Renn: a glossary?",
                "5 SECTION_MARKER [PREPARED]: Full Conference Call Transcript",
                "6 SPEAKER_LINE [Tobias Renn]: Tobias Renn:",
                "6 PARAGRAPH: Thanks.");
    }

    // The preamble and tables of contents.

    @Test
    void sectionNamesListedTogetherAreATableOfContents() throws Exception {
        assertThat(classify(SeekingAlpha.RULES, "Plover Works Q3 2021 Earnings Call", "Presentation",
                "Question-and-Answer Session", "Executives", "October 28, 2021", "Presentation", "Operator", "Welcome."))
                .containsExactly(
                "1 TITLE: Plover Works Q3 2021 Earnings Call",
                "2 IGNORED: Presentation",
                "3 IGNORED: Question-and-Answer Session",
                "4 IGNORED: Executives",
                "5 HEADER: October 28, 2021",
                "6 SECTION_MARKER [PREPARED]: Presentation",
                "7 SPEAKER_LINE [Operator]: Operator",
                "8 PARAGRAPH: Welcome.");
    }

    @Test
    void rosterHeadingsOrAMarkerWithAColonAreNoTableOfContents() throws Exception {
        assertThat(classify(SeekingAlpha.RULES, "Plover Works Q3 2021 Earnings Call", "Executives", "Analysts",
                "Tobias Renn - Kestrel Bank", "Presentation:", "Question-and-Answer Session")).containsExactly(
                "1 TITLE: Plover Works Q3 2021 Earnings Call",
                "2 ROSTER_HEADING [CORPORATE]: Executives",
                "3 ROSTER_HEADING [ANALYST]: Analysts",
                "4 ROSTER_ENTRY [Tobias Renn | Kestrel Bank]: Tobias Renn - Kestrel Bank",
                "5 SECTION_MARKER [PREPARED]: Presentation:",
                "6 SECTION_MARKER [QA]: Question-and-Answer Session");
    }

    @Test
    void aTableOfContentsEntryIsAtMostSixtyCharacters() throws Exception {
        String entry60 = "Presentation " + ".".repeat(47);
        assertThat(entry60).hasSize(60);
        assertThat(lex(SeekingAlpha.RULES, "Plover Works Q3 2021 Earnings Call", entry60, "Question-and-Answer Session",
                "October 28, 2021", entry60 + ".", "Question-and-Answer Session")).extracting(Line::kind).containsExactly(
                LineKind.TITLE, LineKind.IGNORED, LineKind.IGNORED, LineKind.HEADER, LineKind.PARAGRAPH,
                LineKind.SECTION_MARKER);
    }

    @Test
    void underAContentsHeadingEntriesAreShorterThanSixtyCharacters() throws Exception {
        String qa59 = "Questions and Answers " + ".".repeat(37);
        String qa60 = qa59 + ".";
        assertThat(classify(MotleyFool.RULES, "Plover Works Q3 2021 Earnings Call", "Contents:", "Prepared Remarks",
                qa59, qa60, "Prepared Remarks:", "Operator", "Hi.", qa60, qa60 + ".")).containsExactly(
                "1 TITLE: Plover Works Q3 2021 Earnings Call",
                "2 IGNORED: Contents:",
                "3 IGNORED: Prepared Remarks",
                "4 IGNORED: " + qa59,
                "5 SECTION_MARKER [QA]: " + qa60,
                "6 SECTION_MARKER [PREPARED]: Prepared Remarks:",
                "7 SPEAKER_LINE [Operator]: Operator",
                "8 PARAGRAPH: Hi.",
                "9 SECTION_MARKER [QA]: " + qa60,
                "10 PARAGRAPH: " + qa60 + ".");
    }

    @Test
    void aContentsEntryMayNameTheBodyMarker() throws Exception {
        assertThat(classify(MotleyFool2025.RULES, "Plover Works Q3 2021 Earnings Call", "Contents:",
                "Full Conference Call Transcript", "Call Participants", "October 28, 2021", "Full Conference Call Transcript",
                "Operator: Hi.")).containsExactly(
                "1 TITLE: Plover Works Q3 2021 Earnings Call",
                "2 IGNORED: Contents:",
                "3 IGNORED: Full Conference Call Transcript",
                "4 IGNORED: Call Participants",
                "5 HEADER: October 28, 2021",
                "6 SECTION_MARKER [PREPARED]: Full Conference Call Transcript",
                "7 SPEAKER_LINE [Operator]: Operator:",
                "7 PARAGRAPH: Hi.");
    }

    @Test
    void aHeaderLineIsAtMostTwoHundredCharacters() throws Exception {
        String header200 = "Plover Works Inc., a maker of garden tools and watering cans for homes and small farms across "
                + "the northern counties, with offices in three towns and a workshop by the river and the old mill and a barn";
        assertThat(header200).hasSize(200);
        assertThat(lex(SeekingAlpha.RULES, "Plover Works Q3 2021 Earnings Call", header200, header200 + "s", "Operator"))
                .extracting(Line::kind).containsExactly(LineKind.TITLE, LineKind.HEADER, LineKind.PARAGRAPH,
                        LineKind.SPEAKER_LINE);
    }

    // The body.

    @Test
    void markersFootersAndASecondCopyInTheBody() throws Exception {
        assertThat(classify(SeekingAlpha.RULES, "Plover Works Q3 2021 Earnings Call", "Presentation",
                "Copyright Policy: we quote it.", "Executives", "Mara Voss - CFO", "Operator", "Welcome.", "Q&A Session",
                "End of Q&A", "Executives", "Mara Voss - CFO", "Operator")).containsExactly(
                "1 TITLE: Plover Works Q3 2021 Earnings Call",
                "2 SECTION_MARKER [PREPARED]: Presentation",
                "3 PARAGRAPH: Copyright Policy: we quote it.",
                "4 ROSTER_HEADING [CORPORATE]: Executives",
                "5 ROSTER_ENTRY [Mara Voss | CFO]: Mara Voss - CFO",
                "6 SPEAKER_LINE [Operator]: Operator",
                "7 PARAGRAPH: Welcome.",
                "8 SECTION_MARKER [QA]: Q&A Session",
                "9 SECTION_MARKER [END_QA]: End of Q&A",
                "10 IGNORED: Executives",
                "11 IGNORED: Mara Voss - CFO",
                "12 IGNORED: Operator");
        assertThat(messages()).containsExactly("8: INFO QA_MARKER_VARIANT Q&A marker spelled 'Q&A Session'",
                "10: INFO REPEATED_TRANSCRIPT a roster heading after the transcript's turns starts a second copy of "
                        + "the transcript; the rest of the file is ignored");
    }

    @Test
    void aRosterAfterACoverPagesLinesIsTheRosterNotASecondCopy() throws Exception {
        List<String> lines = classify(NameLines.RULES, "Transcript Archive",
                "This document is provided for information only and may contain errors or omissions in places.",
                "Velmora Bank", "First Quarter Call", "Participants", "Jane Roe \u2013 Chief Financial Officer", "",
                "Jane Roe", "Good morning, everyone, and thank you for joining us for the first quarter call today.");
        assertThat(lines).contains("5 ROSTER_HEADING [ANALYST]: Participants",
                "6 ROSTER_ENTRY [Jane Roe | Chief Financial Officer]: Jane Roe \u2013 Chief Financial Officer",
                "8 SPEAKER_LINE [Jane Roe]: Jane Roe");
        assertThat(messages()).noneMatch(m -> m.contains("REPEATED_TRANSCRIPT"));
    }

    @Test
    void afterTheFirstTurnTheFooterTakesTheRestOfTheFile() throws Exception {
        assertThat(classify(SeekingAlpha.RULES, "Plover Works Q3 2021 Earnings Call", "Operator", "Welcome.",
                "Copyright Policy: we quote it.", "Operator", "Bye.")).containsExactly(
                "1 TITLE: Plover Works Q3 2021 Earnings Call",
                "2 SPEAKER_LINE [Operator]: Operator",
                "3 PARAGRAPH: Welcome.",
                "4 FOOTER: Copyright Policy: we quote it.",
                "5 FOOTER: Operator",
                "6 FOOTER: Bye.");
    }

    @Test
    void offsetsPointIntoTheSourceAndRepairedLinesAreCounted() throws Exception {
        assertThat(lex(SeekingAlpha.RULES, "  Plover Works Caf\u00c3\u00a9 Q3 2021 Earnings Call  ", "Operator",
                "\tWelcome to the caf\u00c3\u00a9.", "Thanks.")).containsExactly(
                line(1, 2, 42, "Plover Works Caf\u00e9 Q3 2021 Earnings Call", LineKind.TITLE),
                Line.speaker(2, 45, 53, "Operator", "Operator", null, RoleMark.NONE),
                line(3, 55, 76, "Welcome to the caf\u00e9.", LineKind.PARAGRAPH),
                line(4, 77, 84, "Thanks.", LineKind.PARAGRAPH));
        assertThat(messages()).containsExactly(
                "1: INFO MOJIBAKE_REPAIRED repaired double-encoded UTF-8 characters on 2 line(s)");
    }

    @Test
    void aWrappedInlineLabelIsReadAsOneLineAndItsSpeechKeepsItsOffsets() throws Exception {
        assertThat(lex(InlineSpeakers.RULES, "Plover Works Q3 2021 Earnings Call", "Presentation",
                "MARA VOSS, CHIEF FINANCIAL OFFICER,", "PLOVER WORKS INC.: Thank you, operator.", "PLOVER, KESTREL AND WREN",
                "SEGMENTS: revenue grew.", "  Tobias Renn:   Hello there.")).containsExactly(
                line(1, 0, 34, "Plover Works Q3 2021 Earnings Call", LineKind.TITLE),
                Line.sectionMarker(2, 35, 47, "Presentation", MarkerKind.PREPARED),
                Line.speaker(3, 48, 102, "MARA VOSS, CHIEF FINANCIAL OFFICER, PLOVER WORKS INC.:",
                        "MARA VOSS", "CHIEF FINANCIAL OFFICER, PLOVER WORKS INC.", RoleMark.NONE),
                line(4, 103, 123, "Thank you, operator.", LineKind.PARAGRAPH),
                line(5, 124, 172, "PLOVER, KESTREL AND WREN SEGMENTS: revenue grew.", LineKind.PARAGRAPH),
                Line.speaker(7, 175, 187, "Tobias Renn:", "Tobias Renn", null, RoleMark.NONE),
                line(7, 190, 202, "Hello there.", LineKind.PARAGRAPH));
    }

    @Test
    void aMarkerLineInTheBodyIsAtMostSixtyCharacters() throws Exception {
        String qa60 = "=".repeat(16) + " Question-and-Answer Session " + "=".repeat(15);
        assertThat(qa60).hasSize(60);
        assertThat(classify(SeekingAlpha.RULES, "Plover Works Q3 2021 Earnings Call", "Operator", "Welcome.", qa60,
                qa60 + "=")).containsExactly(
                "1 TITLE: Plover Works Q3 2021 Earnings Call",
                "2 SPEAKER_LINE [Operator]: Operator",
                "3 PARAGRAPH: Welcome.",
                "4 SECTION_MARKER [QA]: " + qa60,
                "5 PARAGRAPH: " + qa60 + "=");
    }

    // Wrapped text and page furniture (name-line layouts).

    @Test
    void inWrappedTextANameOpensATurnOnlyAfterAParagraphEnds() throws Exception {
        assertThat(classify(NameLines.RULES, "Plover Works Q3 2021 Earnings Call", "Plover Works | Page 1", "Operator",
                "Welcome to the call and thank you for", "Tobias Renn", "joining us today.", "Plover Works | Page 2",
                "Tobias Renn", "Hello.", "Plover Works | Page 3")).containsExactly(
                "1 TITLE: Plover Works Q3 2021 Earnings Call",
                "2 IGNORED: Plover Works | Page 1",
                "3 SPEAKER_LINE [Operator]: Operator",
                "4 PARAGRAPH: Welcome to the call and thank you for",
                "5 PARAGRAPH: Tobias Renn",
                "6 PARAGRAPH: joining us today.",
                "7 IGNORED: Plover Works | Page 2",
                "8 SPEAKER_LINE [Tobias Renn]: Tobias Renn",
                "9 PARAGRAPH: Hello.",
                "10 IGNORED: Plover Works | Page 3");
        assertThat(messages()).containsExactly(
                "2: INFO PAGE_FURNITURE_REMOVED 3 running page header or footer line(s) removed");
    }

    @Test
    void layoutsThatAreNotFromPdfKeepNumberedLines() throws Exception {
        assertThat(lex(SeekingAlpha.RULES, "Plover Works Q3 2021 Earnings Call", "Plover Works | Page 1", "Operator",
                "Welcome.", "Plover Works | Page 2", "Plover Works | Page 3")).extracting(Line::kind).containsExactly(
                LineKind.TITLE, LineKind.HEADER, LineKind.SPEAKER_LINE, LineKind.PARAGRAPH, LineKind.PARAGRAPH,
                LineKind.PARAGRAPH);
        assertThat(messages()).isEmpty();
    }

    // Speaker labels run into the text.

    private static final String GLUED = "Thank you all for joining us today. I will now hand over to our finance chief."
            + "Mara Voss - CFOThank you.Sales grew four percent.Question-and-Answer SessionOperator"
            + "Our first question comes from Kestrel.";

    @Test
    void aLongLineWithLabelsRunIntoItIsSplitAtThem() throws Exception {
        assertThat(GLUED).hasSize(200);
        List<Line> lines = lex(SeekingAlpha.RULES, "Plover Works Q3 2021 Earnings Call", "Executives", "Mara Voss - CFO",
                "Operator", GLUED);
        assertThat(lines.subList(4, lines.size())).containsExactly(
                line(5, 71, 149, "Thank you all for joining us today. I will now hand over to our finance chief.",
                        LineKind.PARAGRAPH),
                Line.speaker(5, 149, 164, "Mara Voss - CFO", "Mara Voss", "CFO", RoleMark.NONE),
                line(5, 164, 174, "Thank you.", LineKind.PARAGRAPH),
                line(5, 174, 198, "Sales grew four percent.", LineKind.PARAGRAPH),
                Line.sectionMarker(5, 198, 225, "Question-and-Answer Session", MarkerKind.QA),
                Line.speaker(5, 225, 233, "Operator", "Operator", null, RoleMark.NONE),
                line(5, 233, 271, "Our first question comes from Kestrel.", LineKind.PARAGRAPH));
        assertThat(messages()).containsExactly(
                "5: INFO GLUED_TEXT_SPLIT the line runs 2 speaker turn(s) into its text; split at the speaker names");
    }

    @Test
    void offsetsOfSplitPiecesCountTheCharactersAsTheSourceHasThem() throws Exception {
        String mangled = GLUED.replace("today", "tod\u00c3\u00a9y");
        List<Line> lines = lex(SeekingAlpha.RULES, "Plover Works Q3 2021 Earnings Call", "Executives", "Mara Voss - CFO",
                "Operator", mangled);
        assertThat(lines.get(4)).isEqualTo(line(5, 71, 150,
                "Thank you all for joining us tod\u00e9y. I will now hand over to our finance chief.", LineKind.PARAGRAPH));
        assertThat(lines.get(5)).isEqualTo(
                Line.speaker(5, 150, 165, "Mara Voss - CFO", "Mara Voss", "CFO", RoleMark.NONE));
        assertThat(lines.get(lines.size() - 1)).isEqualTo(line(5, 234, 272, "Our first question comes from Kestrel.",
                LineKind.PARAGRAPH));
    }

    @Test
    void aLineShorterThanTwoHundredCharactersIsNotSearchedForLabels() throws Exception {
        String glued199 = GLUED.replace("finance chief.", "finance head.");
        assertThat(glued199).hasSize(199);
        List<Line> lines = lex(SeekingAlpha.RULES, "Plover Works Q3 2021 Earnings Call", "Executives", "Mara Voss - CFO",
                "Operator", glued199);
        assertThat(lines).hasSize(5);
        assertThat(lines.get(4).kind()).isEqualTo(LineKind.PARAGRAPH);
        assertThat(messages()).isEmpty();
    }

    // Dotted leaders (FactSet CallStreet).

    @Test
    void aDottedLeaderOpensATurnWithTheNameAndTheTitleEndingInTheRoleLetter() throws Exception {
        assertThat(classify(FactSetCallStreet.RULES, "Plover Works Inc. (PLVR) Q3 2021 Earnings Call",
                "CORPORATE PARTICIPANTS", "Mara Voss", "Chief Financial Officer, Plover Works Inc.", "OTHER PARTICIPANTS",
                "Tobias Renn", "Analyst, Kestrel Bank", "MANAGEMENT DISCUSSION SECTION", LEADER, "Mara Voss",
                "Chief Financial Officer, Plover Works Inc. A", "Thank you. Revenue grew in the quarter.", LEADER, "7", "",
                "QUESTION AND ANSWER SECTION", LEADER, "Tobias Renn", "Analyst, Kestrel Bank Q", "How were margins?",
                LEADER, "Operator: Next question.", LEADER, "Mara Voss", "Thanks for that.", LEADER,
                "Tobias Renn", "Q", "One more.", LEADER, "Mara Voss")).containsExactly(
                "1 TITLE: Plover Works Inc. (PLVR) Q3 2021 Earnings Call",
                "2 ROSTER_HEADING [CORPORATE]: CORPORATE PARTICIPANTS",
                "3 ROSTER_ENTRY [Mara Voss | Chief Financial Officer, Plover Works Inc.]: Mara Voss",
                "4 IGNORED: Chief Financial Officer, Plover Works Inc.",
                "5 ROSTER_HEADING [ANALYST]: OTHER PARTICIPANTS",
                "6 ROSTER_ENTRY [Tobias Renn | Analyst, Kestrel Bank]: Tobias Renn",
                "7 IGNORED: Analyst, Kestrel Bank",
                "8 SECTION_MARKER [PREPARED]: MANAGEMENT DISCUSSION SECTION",
                "9 IGNORED: " + LEADER,
                "10 SPEAKER_LINE [Mara Voss | Chief Financial Officer, Plover Works Inc.] A: Mara Voss",
                "11 IGNORED: Chief Financial Officer, Plover Works Inc. A",
                "12 PARAGRAPH: Thank you. Revenue grew in the quarter.",
                "13 IGNORED: " + LEADER,
                "14 IGNORED: 7",
                "16 SECTION_MARKER [QA]: QUESTION AND ANSWER SECTION",
                "17 IGNORED: " + LEADER,
                "18 SPEAKER_LINE [Tobias Renn | Analyst, Kestrel Bank] Q: Tobias Renn",
                "19 IGNORED: Analyst, Kestrel Bank Q",
                "20 PARAGRAPH: How were margins?",
                "21 IGNORED: " + LEADER,
                "22 SPEAKER_LINE [Operator]: Operator:",
                "22 PARAGRAPH: Next question.",
                "23 IGNORED: " + LEADER,
                "24 SPEAKER_LINE [Mara Voss]: Mara Voss",
                "25 PARAGRAPH: Thanks for that.",
                "26 IGNORED: " + LEADER,
                "27 SPEAKER_LINE [Tobias Renn] Q: Tobias Renn",
                "28 IGNORED: Q",
                "29 PARAGRAPH: One more.",
                "30 IGNORED: " + LEADER,
                "31 SPEAKER_LINE [Mara Voss]: Mara Voss");
    }

    @Test
    void aLeaderAtTheEndOfTheFileOpensNothing() throws Exception {
        assertThat(classify(FactSetCallStreet.RULES, "Plover Works Inc. (PLVR) Q3 2021 Earnings Call",
                "MANAGEMENT DISCUSSION SECTION", LEADER, "Mara Voss", "A", "Thanks.", LEADER, "", "3")).containsExactly(
                "1 TITLE: Plover Works Inc. (PLVR) Q3 2021 Earnings Call",
                "2 SECTION_MARKER [PREPARED]: MANAGEMENT DISCUSSION SECTION",
                "3 IGNORED: " + LEADER,
                "4 SPEAKER_LINE [Mara Voss] A: Mara Voss",
                "5 IGNORED: A",
                "6 PARAGRAPH: Thanks.",
                "7 IGNORED: " + LEADER,
                "9 IGNORED: 3");
    }

    @Test
    void aLeaderBeforeRunningTextOrAnOverlongNameLineOpensNoLeaderTurn() throws Exception {
        String name80 = "Mara Voss [" + "x".repeat(68) + "]";
        assertThat(name80).hasSize(80);
        String name81 = name80.replace("[", "[x");
        assertThat(classify(FactSetCallStreet.RULES, "Plover Works Inc. (PLVR) Q3 2021 Earnings Call",
                "CORPORATE PARTICIPANTS", "Mara Voss", "Chief Financial Officer, Plover Works Inc.",
                "MANAGEMENT DISCUSSION SECTION", LEADER, name80, "Chief Financial Officer, Plover Works Inc. A", "Thanks.",
                LEADER, name81, "Chief Financial Officer, Plover Works Inc. A", "Thanks.", LEADER,
                "Thank you all for joining today.")).containsExactly(
                "1 TITLE: Plover Works Inc. (PLVR) Q3 2021 Earnings Call",
                "2 ROSTER_HEADING [CORPORATE]: CORPORATE PARTICIPANTS",
                "3 ROSTER_ENTRY [Mara Voss | Chief Financial Officer, Plover Works Inc.]: Mara Voss",
                "4 IGNORED: Chief Financial Officer, Plover Works Inc.",
                "5 SECTION_MARKER [PREPARED]: MANAGEMENT DISCUSSION SECTION",
                "6 IGNORED: " + LEADER,
                "7 SPEAKER_LINE [Mara Voss | Chief Financial Officer, Plover Works Inc.] A: " + name80,
                "8 IGNORED: Chief Financial Officer, Plover Works Inc. A",
                "9 PARAGRAPH: Thanks.",
                "10 IGNORED: " + LEADER,
                "11 SPEAKER_LINE [Mara Voss]: " + name81,
                "12 PARAGRAPH: Chief Financial Officer, Plover Works Inc. A",
                "13 PARAGRAPH: Thanks.",
                "14 IGNORED: " + LEADER,
                "15 PARAGRAPH: Thank you all for joining today.");
    }
}
