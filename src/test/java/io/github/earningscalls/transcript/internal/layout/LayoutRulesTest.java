package io.github.earningscalls.transcript.internal.layout;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.earningscalls.transcript.TranscriptFormat;
import io.github.earningscalls.transcript.internal.layout.preset.InlineSpeakers;
import io.github.earningscalls.transcript.internal.layout.preset.MotleyFool;
import io.github.earningscalls.transcript.internal.layout.preset.Presets;
import io.github.earningscalls.transcript.internal.layout.preset.SeekingAlpha;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The presets' page chrome, footers and markers: which single lines each layout drops or stops at. */
class LayoutRulesTest {
    /** Seeking Alpha's rules with other footer and noise prefixes. */
    private static LayoutRules withPrefixes(List<String> footer, List<String> noise) {
        return SeekingAlpha.RULES.derive(TranscriptFormat.SEEKING_ALPHA).footerPrefixes(footer.toArray(String[]::new))
                .noisePrefixes(noise).build();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Duration: 58 minutes", "Image source: The Motley Fool.", "SOURCE:", "==========",
        "===== Page 3 =====", "Takeaways", "summary", "Industry Glossary", "Earnings Call Transcript for Plover Works"})
    void motleyFoolPageChromeIsNoise(String text) {
        assertThat(MotleyFool.RULES.isNoise(text)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Takeaways from the quarter were strong", "Summary of results follows", "Date of the call",
        "Duration", "Thank you, operator."})
    void motleyFoolShortNoiseWordsMustBeTheWholeLine(String text) {
        assertThat(MotleyFool.RULES.isNoise(text)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Voxant transcripts", "\u00a9 2021 Plover Wire", "(c) 2019 Plover Wire", "(C) CCBN 2004",
        "English", "FNDW", "[\u4e2d] \u8c22\u8c22", "[  7] [EN] Good morning.", "[12] [en] Good morning.",
        "[ 12345] [EN] Good morning."})
    void wireServiceChromeAndTranslationCopiesAreNoise(String text) {
        assertThat(InlineSpeakers.RULES.isNoise(text)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"English is spoken on the call", "Voxantics", "[  12345] [EN] Good morning.",
        "[Operator] [EN] Good morning.", "[7][EN] Good morning.", "[7] EN Good morning.", "Good morning [7] [EN]"})
    void otherInlineLinesAreNotNoise(String text) {
        assertThat(InlineSpeakers.RULES.isNoise(text)).isFalse();
    }

    @Test
    void layoutsWithoutNoisePrefixesKeepEveryLine() {
        assertThat(SeekingAlpha.RULES.isNoise("[\u4e2d] \u8c22\u8c22")).isFalse();
        assertThat(SeekingAlpha.RULES.isNoise("Duration: 58 minutes")).isFalse();
    }

    @Test
    void noiseIsAtMostTwoHundredCharactersLong() {
        String noise200 = "Source: " + "s".repeat(192);
        assertThat(MotleyFool.RULES.isNoise(noise200)).isTrue();
        assertThat(MotleyFool.RULES.isNoise(noise200 + "s")).isFalse();
        assertThat(InlineSpeakers.RULES.isNoise("[\u4e2d] " + "x".repeat(300)))
                .as("a translation copy is dropped however long").isTrue();
    }

    @Test
    void aPrefixOfTwelveCharactersOrMoreMatchesTheStartOfALine() {
        LayoutRules rules = withPrefixes(List.of(), List.of("running head", "running hea"));
        assertThat(rules.isNoise("Running head of page 4")).isTrue();
        assertThat(rules.isNoise("Running hea")).isTrue();
        assertThat(rules.isNoise("Running headline")).isTrue();
        assertThat(withPrefixes(List.of(), List.of("running hea")).isNoise("Running headline"))
                .as("eleven characters must be the whole line").isFalse();
    }

    @Test
    void translationTagsAreCutFromTheEnglishLine() {
        assertThat(LayoutRules.untagged("[  7] [EN] Good morning.")).isEqualTo("Good morning.");
        assertThat(LayoutRules.untagged("[ 12345] [EN] Presentation")).isEqualTo("Presentation");
        assertThat(LayoutRules.untagged("[  12345] [EN] Presentation")).as("tag too long").isEqualTo("[  12345] [EN] Presentation");
        assertThat(LayoutRules.untagged("[7] [en] Presentation")).isEqualTo("[7] [en] Presentation");
        assertThat(LayoutRules.untagged("[7][EN] Presentation")).isEqualTo("[7][EN] Presentation");
        assertThat(LayoutRules.untagged("Presentation [7] [EN] ")).isEqualTo("Presentation [7] [EN] ");
        assertThat(LayoutRules.untagged("Presentation")).isEqualTo("Presentation");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Copyright Policy: see the site", "Disclaimer: The information contained here is a summary."})
    void seekingAlphaFootersStartTheClosingBoilerplate(String text) {
        assertThat(SeekingAlpha.RULES.isFooter(text)).isTrue();
    }

    @Test
    void motleyFoolMoreLinesAreFootersOnlyWhenTheyEndInAnalysis() {
        assertThat(MotleyFool.RULES.isFooter("More PLVR analysis")).isTrue();
        assertThat(MotleyFool.RULES.isFooter("More than that, we grew.")).isFalse();
        assertThat(MotleyFool.RULES.isFooter("Premium Investing Services")).isTrue();
        assertThat(MotleyFool.RULES.isFooter("Thank you all for joining.")).isFalse();
    }

    @Test
    void aFooterLineHasAtLeastFiveCharacters() {
        LayoutRules rules = withPrefixes(List.of("(end)", "end"), List.of());
        assertThat(rules.isFooter("(end)")).isTrue();
        assertThat(rules.isFooter("end")).isFalse();
        assertThat(rules.isFooter("endnote")).isTrue();
    }

    @Test
    void motleyFoolReadsTheSameQaMarkersWithThePluralAsCanonical() {
        List<String> plural = MotleyFool.RULES.qaMarkers();
        assertThat(plural.get(0)).isEqualTo("questionsandanswers");
        assertThat(plural).doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(SeekingAlpha.RULES.qaMarkers());
        assertThat(SeekingAlpha.RULES.qaMarkers().get(0)).isEqualTo("questionandanswersession");
    }

    @Test
    void everyConcreteFormatHasItsPreset() {
        for (TranscriptFormat f : TranscriptFormat.values()) {
            assertThat(Presets.of(f).format()).isEqualTo(f == TranscriptFormat.AUTO ? TranscriptFormat.SEEKING_ALPHA : f);
        }
    }
}
