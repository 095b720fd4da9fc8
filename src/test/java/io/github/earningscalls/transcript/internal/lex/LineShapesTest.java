package io.github.earningscalls.transcript.internal.lex;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The shape tests on single lines that the lexer's states share, each at the edges of what it accepts. */
class LineShapesTest {
    @Test
    void wrapWidthIsTheNinetiethPercentileOfTheLongerLines() {
        String[] texts = new String[10];
        for (int i = 0; i < texts.length; i++) {
            texts[i] = "w".repeat(21 + i);
        }
        assertThat(LineShapes.wrapWidth(texts)).isEqualTo(30);
    }

    @Test
    void wrapWidthIgnoresLinesOfTwentyCharactersOrFewer() {
        String[] shortLines = {"w".repeat(20), "w".repeat(20), "w".repeat(5), ""};
        assertThat(LineShapes.wrapWidth(shortLines)).as("no line counts: the default width").isEqualTo(80);
        String[] mixed = {"w".repeat(20), "w".repeat(20), "w".repeat(20), "w".repeat(45)};
        assertThat(LineShapes.wrapWidth(mixed)).isEqualTo(45);
    }

    @ParameterizedTest
    @ValueSource(strings = {"We grew.", "Any questions?", "Record year!", "He said \"go\"", "She said \u201Cgo\u201D",
        "Here is the list:"})
    void aLineEndingASentenceOrQuoteOrColonEndsItsParagraph(String text) {
        assertThat(LineShapes.endsParagraph(text)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"and the margin grew", "revenue rose by 4%", "in the quarter,", "(see above)"})
    void aLineEndingMidSentenceContinuesItsParagraph(String text) {
        assertThat(LineShapes.endsParagraph(text)).isFalse();
    }

    @Test
    void aCapitalisedLabelContinuesOntoALineWithAColon() {
        assertThat(LineShapes.continuesLabel("MARA VOSS, CHIEF FINANCIAL OFFICER,", "PLOVER WORKS INC.: Thank you."))
                .isTrue();
        assertThat(LineShapes.continuesLabel("A, BC", "X: hello")).as("five characters are enough").isTrue();
        assertThat(LineShapes.continuesLabel("A, B", "X: hello")).as("four are not").isFalse();
        assertThat(LineShapes.continuesLabel(",ABCD", "X: hello")).as("a leading comma still counts").isTrue();
        assertThat(LineShapes.continuesLabel("MARA VOSS CFO", "X: hello")).as("no comma, no label").isFalse();
        assertThat(LineShapes.continuesLabel(":MARA, CFO", "X: hello")).as("the colon is already there").isFalse();
        assertThat(LineShapes.continuesLabel("MARA VOSS, Chief", "X: hello")).as("lower case is text").isFalse();
    }

    @Test
    void aContinuedLabelIsAtMostOneHundredAndTwentyCharacters() {
        String label120 = "MARA VOSS, " + "X".repeat(109);
        assertThat(label120).hasSize(120);
        assertThat(LineShapes.continuesLabel(label120, "PLOVER: Thanks.")).isTrue();
        assertThat(LineShapes.continuesLabel(label120 + "X", "PLOVER: Thanks.")).isFalse();
    }

    @Test
    void theNextLineMustCloseTheLabelWithACapitalisedPrefix() {
        String label = "MARA VOSS, CFO,";
        assertThat(LineShapes.continuesLabel(label, ": Thanks.")).as("nothing before the colon").isFalse();
        assertThat(LineShapes.continuesLabel(label, "Plover Works: Thanks.")).as("lower case before the colon").isFalse();
        assertThat(LineShapes.continuesLabel(label, "no colon at all")).isFalse();
        assertThat(LineShapes.continuesLabel(label, "P".repeat(79) + ": Thanks.")).isTrue();
        assertThat(LineShapes.continuesLabel(label, "P".repeat(80) + ": Thanks.")).as("colon too far in").isFalse();
    }

    @Test
    void pageNumbersAreUpToFourDigits() {
        assertThat(LineShapes.isPageNumber("7")).isTrue();
        assertThat(LineShapes.isPageNumber("1234")).isTrue();
        assertThat(LineShapes.isPageNumber("12345")).isFalse();
        assertThat(LineShapes.isPageNumber("12a")).isFalse();
        assertThat(LineShapes.isPageNumber("p. 3")).isFalse();
    }

    @Test
    void aLeaderIsTwentyOrMoreDotsSpacesOrEllipses() {
        assertThat(LineShapes.isLeader(".".repeat(20))).isTrue();
        assertThat(LineShapes.isLeader(".".repeat(19))).isFalse();
        assertThat(LineShapes.isLeader(". . . . . \u2026\u2026 . . . . . . .")).isTrue();
        assertThat(LineShapes.isLeader(".".repeat(20) + " 12")).as("a page number is not part of a leader").isFalse();
        assertThat(LineShapes.isLeader("-".repeat(25))).isFalse();
    }

    @Test
    void theNextNonBlankLineIsLookedForThreeLinesAhead() {
        String[] texts = {"Operator", "", "", "Good morning.", "later"};
        assertThat(LineShapes.nextNonBlank(texts, 1)).isEqualTo("Good morning.");
        assertThat(LineShapes.nextNonBlank(texts, 0)).isEqualTo("Operator");
        String[] farAway = {"", "", "", "Good morning."};
        assertThat(LineShapes.nextNonBlank(farAway, 0)).as("beyond three lines").isNull();
        assertThat(LineShapes.nextNonBlank(new String[] {"", ""}, 0)).isNull();
        assertThat(LineShapes.nextNonBlank(texts, 5)).isNull();
    }

    @Test
    void spaceIncludesInvisibleCharactersAndBoxDrawingRules() {
        assertThat(LineShapes.isSpace(' ')).isTrue();
        assertThat(LineShapes.isSpace('\t')).isTrue();
        assertThat(LineShapes.isSpace('\u00A0')).isTrue();
        assertThat(LineShapes.isSpace('\uFEFF')).isTrue();
        assertThat(LineShapes.isSpace('\u200B')).isTrue();
        assertThat(LineShapes.isSpace('\u2500')).isTrue();
        assertThat(LineShapes.isSpace('\u257F')).isTrue();
        assertThat(LineShapes.isSpace('\u24FF')).isFalse();
        assertThat(LineShapes.isSpace('\u2580')).as("block elements are not rules").isFalse();
        assertThat(LineShapes.isSpace('x')).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Analysts", "Company Participants:", "Q&A", "Question-and-Answer Session",
        "Management's Remarks", "Analysts  ", "Analysts \u2500\u2500", "Analysts \u257F", "Q&A \u2501\u2501",
        "Q\u2500A", "Q\u257FA", "Analysts: \u2500", "Analysts: \u257F"})
    void headingsAreShortCapitalisedWords(String text) {
        assertThat(LineShapes.isHeadingText(text)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "analysts", "Analysts: Acme", "Q2 Results", "Analysts (2)", "Analysts.",
        "Analysts \u2580", "\u2500 Q&A"})
    void otherLinesAreNotHeadings(String text) {
        assertThat(LineShapes.isHeadingText(text)).isFalse();
    }

    @Test
    void aHeadingIsShorterThanSixtyCharacters() {
        assertThat(LineShapes.isHeadingText("H".repeat(59))).isTrue();
        assertThat(LineShapes.isHeadingText("H".repeat(60))).isFalse();
        assertThat(LineShapes.isHeadingText("H".repeat(59) + "   ")).as("trailing spaces do not count").isTrue();
    }

    @Test
    void onlyALongLineEndingASentenceReadsAsProse() {
        String sentence61 = "W".repeat(60) + ".";
        assertThat(LineShapes.endsLikeProse(sentence61)).isTrue();
        assertThat(LineShapes.endsLikeProse(sentence61.substring(1))).as("sixty characters may be a title").isFalse();
        assertThat(LineShapes.endsLikeProse("W".repeat(60) + "?")).isTrue();
        assertThat(LineShapes.endsLikeProse("W".repeat(60) + "!")).isTrue();
        assertThat(LineShapes.endsLikeProse("W".repeat(60) + ",")).isFalse();
        assertThat(LineShapes.endsLikeProse("W".repeat(61))).isFalse();
    }

    @Test
    void aTitleLineNamesAJobBeforeItsFirstComma() {
        assertThat(LineShapes.isTitleLine("Chief Financial Officer, Plover Works Inc.")).isTrue();
        assertThat(LineShapes.isTitleLine(",Chief Financial Officer")).as("the comma must follow some words").isTrue();
        assertThat(LineShapes.isTitleLine("Plover Works Inc., Chief Financial Officer")).isFalse();
        assertThat(LineShapes.isTitleLine("Chief Financial Officer, and then she spoke;")).isFalse();
    }

    @Test
    void aTitleLineIsShorterThanOneHundredAndFiftyCharacters() {
        String line150 = "Chief Financial Officer, " + "X".repeat(125);
        assertThat(line150).hasSize(150);
        assertThat(LineShapes.isTitleLine(line150.substring(0, 149))).isTrue();
        assertThat(LineShapes.isTitleLine(line150)).isFalse();
    }

    @Test
    void abbreviationsEndNamesAndFirmsButNotSentences() {
        assertThat(LineShapes.endsSentence("Jr.")).as("three characters may be an abbreviation").isFalse();
        assertThat(LineShapes.endsSentence("Plover Works Inc.")).isFalse();
        assertThat(LineShapes.endsSentence("we went home.")).isTrue();
        assertThat(LineShapes.endsSentence("J.")).as("too short to check").isTrue();
        assertThat(LineShapes.isAbbreviationEnd("we went home.")).isFalse();
        assertThat(LineShapes.isAbbreviationEnd("Plover Corporation.")).as("longer than five").isFalse();
        assertThat(LineShapes.isAbbreviationEnd("Mara Voss Jr.")).isTrue();
    }
}
