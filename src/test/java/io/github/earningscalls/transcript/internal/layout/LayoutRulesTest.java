package io.github.earningscalls.transcript.internal.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.earningscalls.transcript.TranscriptFormat;
import io.github.earningscalls.transcript.internal.layout.preset.InlineSpeakers;
import io.github.earningscalls.transcript.internal.layout.preset.MotleyFool;
import io.github.earningscalls.transcript.internal.layout.preset.MotleyFool2025;
import io.github.earningscalls.transcript.internal.layout.preset.Presets;
import io.github.earningscalls.transcript.internal.layout.preset.SeekingAlpha;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The presets' page chrome, footers and markers, and the builder that makes them. */
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
    void theBuilderStartsFromWhatMostLayoutsShare() {
        LayoutRules rules = LayoutRules.builder(TranscriptFormat.NAME_LINES).build();
        assertThat(rules.format()).isEqualTo(TranscriptFormat.NAME_LINES);
        assertThat(rules.qaMarkers().get(0)).isEqualTo("questionsandanswers");
        assertThat(rules.prepMarkers()).containsExactlyInAnyOrder("presentation", "preparedremarks",
                "managementdiscussionsection", "managementremarks");
        assertThat(rules.printedMarkers()).containsExactly("Operator");
        assertThat(rules.rosterFirst()).isTrue();
        assertThat(rules.roleFirstRosterEntries()).isTrue();
        assertThat(rules.rosterHeadings()).isEmpty();
        assertThat(rules.footerLines()).isEmpty();
        assertThat(rules.noisePrefixes()).isEmpty();
        assertThat(rules.summaryBeforeBody()).isFalse();
        assertThat(List.of(rules.translationCopies(), rules.inlineSpeakers(), rules.wrapped(), rules.pageFurniture(),
                rules.leaderLines(), rules.commaDetail())).containsOnly(false);
        assertThat(rules.telltales()).isEmpty();
    }

    @Test
    void aDerivedPresetKeepsEverySettingItDoesNotNameButNoTelltale() {
        LayoutRules derived = MotleyFool.RULES.derive(TranscriptFormat.MOTLEY_FOOL_2025).inlineSpeakers(true).build();
        assertThat(derived.format()).isEqualTo(TranscriptFormat.MOTLEY_FOOL_2025);
        assertThat(derived.inlineSpeakers()).isTrue();
        assertThat(derived.rosterHeadings()).isEqualTo(MotleyFool.RULES.rosterHeadings());
        assertThat(derived.rosterFirst()).isEqualTo(MotleyFool.RULES.rosterFirst());
        assertThat(derived.qaMarkers()).isEqualTo(MotleyFool.RULES.qaMarkers());
        assertThat(derived.prepMarkers()).isEqualTo(MotleyFool.RULES.prepMarkers());
        assertThat(derived.contentsHeadings()).isEqualTo(MotleyFool.RULES.contentsHeadings());
        assertThat(derived.footerLines()).isEqualTo(MotleyFool.RULES.footerLines());
        assertThat(derived.noisePrefixes()).isEqualTo(MotleyFool.RULES.noisePrefixes());
        assertThat(derived.translationCopies()).isEqualTo(MotleyFool.RULES.translationCopies());
        assertThat(derived.printedMarkers()).isEqualTo(MotleyFool.RULES.printedMarkers());
        assertThat(MotleyFool.RULES.telltales()).isNotEmpty();
        assertThat(derived.telltales()).as("telltales tell a layout from the one it derives from").isEmpty();
        assertThat(MotleyFool.RULES.inlineSpeakers()).as("the base is left as it was").isFalse();
    }

    @Test
    void motleyFool2025NamesOnlyItsDifferencesFromTheClassicLayout() {
        assertThat(MotleyFool2025.RULES.noisePrefixes()).isEqualTo(MotleyFool.RULES.noisePrefixes());
        assertThat(MotleyFool2025.RULES.footerLines()).containsAll(MotleyFool.RULES.footerLines())
                .contains(new LayoutRules.FooterLine("all earnings call transcripts", null));
        assertThat(MotleyFool2025.RULES.rosterFirst()).isTrue();
        assertThat(MotleyFool.RULES.rosterFirst()).isFalse();
        assertThat(MotleyFool2025.RULES.summaryBeforeBody()).isTrue();
        assertThat(MotleyFool.RULES.summaryBeforeBody()).isFalse();
    }

    @Test
    void theCanonicalQaMarkerMovesFirstAndTheOthersKeepTheirOrder() {
        LayoutRules rules = LayoutRules.builder(TranscriptFormat.NAME_LINES)
                .qaMarkers(List.of("qa", "questionanswer", "analystqa")).canonicalQaMarker("analystqa").build();
        assertThat(rules.qaMarkers()).containsExactly("analystqa", "qa", "questionanswer");
        assertThatThrownBy(() -> LayoutRules.builder(TranscriptFormat.NAME_LINES).canonicalQaMarker("qanda"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'qanda'");
    }

    @Test
    void aFooterLineWithASuffixNeedsBothEndsAndOtherFootersAreAdded() {
        LayoutRules rules = LayoutRules.builder(TranscriptFormat.NAME_LINES).footerPrefixes("disclaimer")
                .footerLine("see ", " online").addFooterPrefixes("end of document").build();
        assertThat(rules.isFooter("See the full call online")).isTrue();
        assertThat(rules.isFooter("See you next quarter")).isFalse();
        assertThat(rules.isFooter("Disclaimer")).isTrue();
        assertThat(rules.isFooter("End of document")).isTrue();
    }

    @Test
    void aFooterSuffixIsLookedForWithinTheFirst120Characters() {
        String more = "More " + "x".repeat(106) + " analysis";
        assertThat(more).hasSize(120);
        assertThat(MotleyFool.RULES.isFooter(more)).isTrue();
        assertThat(MotleyFool.RULES.isFooter("More " + "x".repeat(107) + " analysis")).isFalse();
        assertThat(MotleyFool.RULES.isFooter(more + " and more")).as("the window's end, not the line's").isTrue();
        assertThat(MotleyFool.RULES.isFooter("x" + more)).isFalse();
    }

    @Test
    void translationCopiesAreDroppedOnlyWhereThePresetSaysSo() {
        LayoutRules keeps = withPrefixes(List.of(), List.of("fndw"));
        assertThat(keeps.translationCopies()).isFalse();
        assertThat(keeps.isNoise("[\u4e2d] \u8c22\u8c22")).isFalse();
        LayoutRules drops = LayoutRules.builder(TranscriptFormat.NAME_LINES).translationCopies(true).build();
        assertThat(drops.isNoise("[\u4e2d] \u8c22\u8c22")).isTrue();
        assertThat(drops.isNoise("[  7] [EN] Good morning.")).isTrue();
        assertThat(drops.isNoise("Good morning.")).isFalse();
    }

    @Test
    void presetsAreRegisteredOncePerLayoutInTheOrderOfTheFormats() {
        List<TranscriptFormat> formats = Presets.ALL.stream().map(LayoutRules::format).toList();
        List<TranscriptFormat> concrete = java.util.Arrays.stream(TranscriptFormat.values())
                .filter(f -> f != TranscriptFormat.AUTO).toList();
        assertThat(formats).as("ties in detection go to the earlier preset").isEqualTo(concrete);
    }

    @Test
    void everyConcreteFormatHasItsPreset() {
        for (TranscriptFormat f : TranscriptFormat.values()) {
            assertThat(Presets.of(f).format()).isEqualTo(f == TranscriptFormat.AUTO ? TranscriptFormat.SEEKING_ALPHA : f);
        }
    }
}
