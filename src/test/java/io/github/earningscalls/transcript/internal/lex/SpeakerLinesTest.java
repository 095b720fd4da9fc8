package io.github.earningscalls.transcript.internal.lex;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.earningscalls.transcript.internal.layout.LayoutRules;
import io.github.earningscalls.transcript.internal.layout.preset.InlineSpeakers;
import io.github.earningscalls.transcript.internal.layout.preset.NameLines;
import io.github.earningscalls.transcript.internal.layout.preset.SeekingAlpha;
import io.github.earningscalls.transcript.internal.people.ParticipantDirectory;
import io.github.earningscalls.transcript.internal.people.Person;
import io.github.earningscalls.transcript.model.Role;
import org.junit.jupiter.api.Test;

/** Which lines open a turn, and the name, title and speech offsets read from them, layout by layout. */
class SpeakerLinesTest {
    private final ParticipantDirectory roster = new ParticipantDirectory();

    SpeakerLinesTest() {
        roster.add(new Person("Mara Voss", "Chief Financial Officer", "Plover Works", Role.CORPORATE, true, 3));
    }

    private SpeakerLines speakers(LayoutRules rules) {
        return new SpeakerLines(rules, roster);
    }

    private static SpeakerLines speakers(LayoutRules rules, ParticipantDirectory directory) {
        return new SpeakerLines(rules, directory);
    }

    // Inline layouts: "Name, Title: text".

    @Test
    void anInlineLabelSplitsNameTitleAndSpeech() {
        SpeakerLines.Found f = speakers(InlineSpeakers.RULES).find("Tobias Renn, Analyst, Kestrel Bank:  Hi there.", null);
        assertThat(f).isEqualTo(new SpeakerLines.Found("Tobias Renn", "Analyst, Kestrel Bank", RoleMark.NONE, 35, 37));
    }

    @Test
    void aDashAfterTheNameSeparatesTheTitleWhenItComesBeforeAnyComma() {
        SpeakerLines.Found f = speakers(InlineSpeakers.RULES).find("Tobias Renn - Analyst, Kestrel Bank: Hi.", null);
        assertThat(f.name()).isEqualTo("Tobias Renn");
        assertThat(f.detail()).isEqualTo("Analyst, Kestrel Bank");
        SpeakerLines.Found commaFirst = speakers(InlineSpeakers.RULES).find("Tobias Renn, Analyst - Kestrel: Hi.", null);
        assertThat(commaFirst.name()).isEqualTo("Tobias Renn");
        assertThat(commaFirst.detail()).isEqualTo("Analyst - Kestrel");
    }

    @Test
    void anInlineLabelIsAtMostOneHundredAndTwentyCharacters() {
        String prefix120 = "Tobias Renn, " + "K".repeat(107);
        assertThat(prefix120).hasSize(120);
        assertThat(speakers(InlineSpeakers.RULES).find(prefix120 + ": Hi.", null)).isNotNull();
        assertThat(speakers(InlineSpeakers.RULES).find(prefix120 + "K: Hi.", null)).isNull();
    }

    @Test
    void anInlineNameIsAtMostSixtyCharacters() {
        String name61 = "Maximiliana Bartholomew Featherstonehaugh Montgomery Ploverss";
        assertThat(name61).hasSize(61);
        assertThat(speakers(InlineSpeakers.RULES).find(name61 + ": Hello.", null)).isNull();
        assertThat(speakers(InlineSpeakers.RULES).find(name61.substring(0, 60) + ": Hello.", null)).isNotNull();
    }

    @Test
    void anInlineLabelNeedsSpeechAfterTheColon() {
        assertThat(speakers(InlineSpeakers.RULES).find("Tobias Renn:", "Hi.")).isNull();
        assertThat(speakers(InlineSpeakers.RULES).find("Tobias Renn:   ", "Hi.")).isNull();
    }

    @Test
    void aPrefixWithDigitsIsNotALabel() {
        assertThat(speakers(InlineSpeakers.RULES).find("Unidentified caller at 10:05 the line dropped.", null))
                .isNull();
        assertThat(speakers(InlineSpeakers.RULES).find("Unidentified caller: the line dropped.", null).name())
                .isEqualTo("Unidentified caller");
    }

    @Test
    void aGenericInlineLabelIsAtMostFiftyCharacters() {
        String fifty = "unidentified speaker from the back of the big hall";
        assertThat(fifty).hasSize(50);
        assertThat(speakers(InlineSpeakers.RULES).find(fifty + ": Hello.", null).name()).isEqualTo(fifty);
        assertThat(speakers(InlineSpeakers.RULES).find("unidentified speaker from the back of the tall hall: Hello.",
                null)).isNull();
    }

    @Test
    void vendorAbbreviationsStandForGenericSpeakers() {
        assertThat(speakers(InlineSpeakers.RULES).find("UA: What about margins?", null).name())
                .isEqualTo("Unidentified Analyst");
    }

    @Test
    void inInlineLayoutsALineAloneIsASpeakerOnlyWhenTheRosterNamesIt() {
        assertThat(speakers(InlineSpeakers.RULES).find("Tobias Renn", "Thanks.")).isNull();
        assertThat(speakers(InlineSpeakers.RULES).find("Mara Voss", "Thanks.").name()).isEqualTo("Mara Voss");
        assertThat(speakers(InlineSpeakers.RULES).isInline("Mara Voss")).isFalse();
        assertThat(speakers(InlineSpeakers.RULES).isInline("Mara Voss: Thanks.")).isTrue();
        assertThat(speakers(SeekingAlpha.RULES).isInline("Mara Voss: Thanks.")).as("not an inline layout").isFalse();
    }

    // Names alone on their line.

    @Test
    void aNameAloneWithATitleAfterADash() {
        SpeakerLines.Found f = speakers(SeekingAlpha.RULES).find("Tobias Renn - Kestrel Bank", "Thanks.");
        assertThat(f).isEqualTo(new SpeakerLines.Found("Tobias Renn", "Kestrel Bank", RoleMark.NONE, 26, 26));
        assertThat(speakers(SeekingAlpha.RULES).isSpeaker("Good morning everyone", "Thanks.")).isFalse();
    }

    @Test
    void anUnlistedNameWithNothingAfterItIsAFragment() {
        assertThat(speakers(SeekingAlpha.RULES).find("Tobias Renn", null)).isNull();
        assertThat(speakers(SeekingAlpha.RULES).find("Tobias Renn", "Thanks.")).isNotNull();
        assertThat(speakers(SeekingAlpha.RULES).find("Mara Voss", null)).as("the roster names her").isNotNull();
    }

    @Test
    void aTitleAfterTheNameIsAtMostOneHundredAndFiftyCharacters() {
        String title150 = "Kestrel Bank " + "k".repeat(137);
        assertThat(title150).hasSize(150);
        assertThat(speakers(SeekingAlpha.RULES).find("Tobias Renn - " + title150, "Thanks.").detail()).isEqualTo(title150);
        assertThat(speakers(SeekingAlpha.RULES).find("Tobias Renn - " + title150 + "k", "Thanks.")).isNull();
        assertThat(speakers(SeekingAlpha.RULES).find("Tobias Renn - we will now begin.", "Thanks.")).isNull();
    }

    @Test
    void aSpeakerLineIsAtMostTwoHundredCharacters() {
        String name = "Maximiliana Bartholomew Featherstonehaugh Montgomery Plovers";
        assertThat(name).hasSize(60);
        String detail = "Kestrel Bank " + "k".repeat(123);
        String line200 = name + " -- " + detail;
        assertThat(line200).hasSize(200);
        assertThat(speakers(SeekingAlpha.RULES).find(line200, "Thanks.").name()).as("a sixty-character name")
                .isEqualTo(name);
        assertThat(speakers(SeekingAlpha.RULES).find(line200 + "k", "Thanks.")).isNull();
        assertThat(speakers(SeekingAlpha.RULES).find(name + "s", "Thanks.")).as("a name is at most sixty").isNull();
    }

    @Test
    void aGenericLabelAloneIsAtMostFiftyCharacters() {
        String fifty = "unidentified speaker from the back of the big hall";
        assertThat(speakers(SeekingAlpha.RULES).find(fifty, null).name()).isEqualTo(fifty);
        assertThat(speakers(SeekingAlpha.RULES).find("unidentified speaker from the back of the tall hall", "Hi."))
                .isNull();
        assertThat(speakers(SeekingAlpha.RULES).find("Q - Unidentified Analyst", null))
                .isEqualTo(new SpeakerLines.Found("Unidentified Analyst", null, RoleMark.QUESTION, 24, 24));
    }

    @Test
    void aListedLabelThatIsNoNameMayBeFortyCharacters() {
        ParticipantDirectory desk = new ParticipantDirectory();
        String label40 = "Investor Relations, Plover Works Limited";
        assertThat(label40).hasSize(40);
        desk.add(new Person(label40, null, null, Role.CORPORATE, true, 2));
        assertThat(speakers(SeekingAlpha.RULES, desk).find(label40, "Thanks.").name()).isEqualTo(label40);
        String label41 = "Investor Relations, Plover Works Limiteds";
        desk.add(new Person(label41, null, null, Role.CORPORATE, true, 2));
        assertThat(speakers(SeekingAlpha.RULES, desk).find(label41, "Thanks.")).isNull();
    }

    @Test
    void aListedSpeakerMayBeNamedByOneWord() {
        assertThat(speakers(SeekingAlpha.RULES).find("Voss", "Thanks.").name()).isEqualTo("Voss");
        assertThat(speakers(SeekingAlpha.RULES).find("Renn", "Thanks.")).as("nobody listed by that name").isNull();
    }

    @Test
    void aListedNameMayBeLongerThanFortyCharacters() {
        ParticipantDirectory desk = new ParticipantDirectory();
        String name41 = "Maximiliana Featherstonehaugh-Bartholomew";
        assertThat(name41).hasSize(41);
        desk.add(new Person(name41, null, null, Role.CORPORATE, true, 2));
        assertThat(speakers(SeekingAlpha.RULES, desk).find(name41, null).name()).isEqualTo(name41);
    }

    @Test
    void aCommaMaySeparateTheFirmWhereTheLayoutSaysSo() {
        SpeakerLines.Found f = speakers(NameLines.RULES).find("Tobias Renn, Kestrel Bank", "Thanks.");
        assertThat(f.name()).isEqualTo("Tobias Renn");
        assertThat(f.detail()).isEqualTo("Kestrel Bank");
        assertThat(speakers(SeekingAlpha.RULES).find("Tobias Renn, Kestrel Bank", "Thanks.")).isNull();
        assertThat(speakers(NameLines.RULES).find("Tobias Renn - Kestrel Bank, London", "Thanks.").detail())
                .as("a dash already separates it").isEqualTo("Kestrel Bank, London");
    }

    @Test
    void inWrappedTextAnUnlistedNameMustFollowAParagraphEnd() {
        SpeakerLines s = speakers(NameLines.RULES);
        assertThat(s.find("Tobias Renn", "Thanks.")).isNotNull();
        s.afterBreak = false;
        assertThat(s.find("Tobias Renn", "Thanks.")).as("mid-paragraph").isNull();
        assertThat(s.find("Mara Voss", "Thanks.")).as("the roster names her").isNotNull();
    }

    @Test
    void inWrappedTextAnUnlistedSpeakerLineIsAtMostOneHundredCharacters() {
        SpeakerLines s = speakers(NameLines.RULES);
        String line100 = "Tobias Renn - Kestrel Bank " + "k".repeat(73);
        assertThat(line100).hasSize(100);
        assertThat(s.find(line100, "Thanks.")).isNotNull();
        assertThat(s.find(line100 + "k", "Thanks.")).isNull();
        assertThat(s.find("Mara Voss - Plover Works " + "k".repeat(80), "Thanks.")).as("listed").isNotNull();
    }

    @Test
    void aBracketedVendorTagEndingInAListedNameIsThatSpeaker() {
        SpeakerLines s = speakers(SeekingAlpha.RULES);
        assertThat(s.find("[0AB12-E Mara Voss]", null)).isEqualTo(new SpeakerLines.Found("Mara Voss", null, RoleMark.NONE, 19, 19));
        assertThat(s.find("[A B C D Mara Voss]", null).name()).isEqualTo("Mara Voss");
        assertThat(s.find("[Mara Voss]", null)).as("the tag comes first").isNull();
        assertThat(s.find("[0AB12-E Tobias Renn]", "Thanks.")).as("not listed").isNull();
        assertThat(s.find("[0AB12-E Mara Voss", null)).isNull();
        assertThat(s.find("0AB12-E Mara Voss]", null)).isNull();
    }

    @Test
    void aTagNamesOnlyAListedPerson() {
        ParticipantDirectory seen = new ParticipantDirectory();
        seen.add(new Person("Tobias Renn", null, null, Role.ANALYST, false, 0));
        assertThat(speakers(SeekingAlpha.RULES, seen).find("[0AB12-E Tobias Renn]", null)).isNull();
    }

    @Test
    void aVendorTagIsAtMostEightyCharacters() {
        String tag80 = "[" + "0".repeat(68) + " Mara Voss]";
        assertThat(tag80).hasSize(80);
        assertThat(speakers(SeekingAlpha.RULES).find(tag80, null).name()).isEqualTo("Mara Voss");
        assertThat(speakers(SeekingAlpha.RULES).find("[0" + tag80.substring(1), null)).isNull();
    }

    @Test
    void anAbbreviationWithAColonIsAGenericSpeaker() {
        assertThat(speakers(SeekingAlpha.RULES).find("UCR:", null))
                .isEqualTo(new SpeakerLines.Found("Unidentified Company Representative", null, RoleMark.NONE, 4, 4));
        assertThat(speakers(SeekingAlpha.RULES).find("XYZ:", null)).isNull();
    }

    @Test
    void theOperatorNeedsNoRoster() {
        assertThat(speakers(SeekingAlpha.RULES).find("Operator", null))
                .isEqualTo(new SpeakerLines.Found("Operator", null, RoleMark.NONE, 8, 8));
    }

    // Two-column pages: "Jane Roe  Good morning..." with "(Firm)" starting the next line.

    @Test
    void aNewNameOpensALineOfSpeechWhenItsFirmInParenthesesStartsTheNext() {
        SpeakerLines s = speakers(NameLines.RULES);
        assertThat(s.find("Tobias Renn  Good morning. My first question is on", "(Kestrel Bank) costs, please."))
                .isEqualTo(new SpeakerLines.Found("Tobias Renn", "Kestrel Bank", RoleMark.NONE, 11, 13));
        // One space: the shortest name before a capitalised word.
        assertThat(s.find("Ivo Lund Morning, thanks. First on", "(Fjord Capital) costs.").name()).isEqualTo("Ivo Lund");
        // A particle does not end a name.
        assertThat(s.find("Ada von Berg Thanks. My question is", "(Fjord Capital) on costs.").name())
                .isEqualTo("Ada von Berg");
    }

    @Test
    void aNameFoundWithItsFirmOpensLaterLinesAlone() {
        SpeakerLines s = speakers(NameLines.RULES);
        assertThat(s.find("Tobias Renn That is clear, thank you.", "Mara Voss Thanks.")).isNull();
        s.find("Tobias Renn  Good morning. My first question is on", "(Kestrel Bank) costs, please.");
        assertThat(s.find("Tobias Renn That is clear, thank you.", "Mara Voss Thanks."))
                .isEqualTo(new SpeakerLines.Found("Tobias Renn", null, RoleMark.NONE, 11, 12));
    }

    @Test
    void aListedNameOpensALineOfSpeechAsTheRosterSpellsIt() {
        SpeakerLines s = speakers(NameLines.RULES);
        assertThat(s.find("Mara Voss Thank you, Tobias. Costs will fall.", "next line").name()).isEqualTo("Mara Voss");
        assertThat(s.find("MARA VOSS Thank you, Tobias. Costs will fall.", "next line")).isNull();
        // Only after a paragraph ends, and only where the layout has such lines.
        s.afterBreak = false;
        assertThat(s.find("Mara Voss Thank you, Tobias. Costs will fall.", "next line")).isNull();
        assertThat(speakers(SeekingAlpha.RULES).find("Mara Voss Thank you, Tobias. Costs will fall.", "next line"))
                .isNull();
    }

    @Test
    void aLineOfSpeechThatOpensWithANewNameIsSpeechWithoutAFirmBelow() {
        SpeakerLines s = speakers(NameLines.RULES);
        assertThat(s.find("Tobias Renn  Good morning. My first question is on", "costs, please.")).isNull();
        assertThat(s.find("Tobias Renn  good morning", "(Kestrel Bank) costs, please.")).isNull();
        assertThat(s.find("Tobias Renn  Good morning", "(we think) costs will fall.")).isNull();
    }

    @Test
    void aCompanyNameOnACoverPageIsNoSpeaker() {
        assertThat(speakers(NameLines.RULES).find("Kestrel Bank AG", "Kestrel Bank Q1 2024 Analyst Call")).isNull();
        assertThat(speakers(NameLines.RULES).find("Scott Group", "Good morning, my question is on volumes.").name())
                .isEqualTo("Scott Group");
    }

    // Mixed layouts: name and title lines head the remarks, inline labels the questions.

    @Test
    void aNameTheTranscriptGivesElsewhereHeadsATurnOverATitleLine() {
        SpeakerLines s = speakers(InlineSpeakers.RULES, new ParticipantDirectory());
        s.namedElsewhere(NamedPeople.find(new String[] {"Tobias Renn (Group CEO)", "Ivo Lund (Acme): Hi, two questions."},
                new boolean[2]));
        assertThat(s.find("Tobias Renn", "Chief Executive Officer"))
                .isEqualTo(new SpeakerLines.Found("Tobias Renn", "Chief Executive Officer", RoleMark.NONE, 11, 11, true));
        assertThat(s.find("Ivo Lund", "Group Chief Financial Officer").detail()).isEqualTo("Group Chief Financial Officer");
        // Not over a line of speech, not a name given nowhere else, not inside a paragraph.
        assertThat(s.find("Tobias Renn", "Good afternoon, and welcome to our results.")).isNull();
        assertThat(s.find("Mara Quist", "Chief Executive Officer")).isNull();
        s.afterBreak = false;
        assertThat(s.find("Tobias Renn", "Chief Executive Officer")).isNull();
    }

    @Test
    void namesAreGivenElsewhereByCoverListsAndInlineLabelsOutsideThePageFurniture() {
        String[] texts = {"Tobias Renn (Group CEO)", "Mara Quist (Acme Securities): Thanks.", "Ivo Lund: Hello.",
            "Revenue (Group): up 4%", "Pia Berg (we think so)", "Ada Holm: Acme results"};
        assertThat(NamedPeople.find(texts, new boolean[] {false, false, false, false, false, true}))
                .containsExactlyInAnyOrder("tobias renn", "mara quist", "ivo lund");
    }
}
