package io.github.earningscalls.transcript.internal.layout.preset;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.earningscalls.transcript.internal.layout.LayoutRules;
import io.github.earningscalls.transcript.internal.layout.Telltale;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The weights each preset's telltales carry and the line counts they ask for, in the order they are
 * added: a change here changes which layout files are read as. What each telltale matches is tested
 * in {@code FormatDetectorTest}.
 */
class PresetTelltalesTest {
    /** Each telltale as {@code weight x lines}, {@code +} joining the counts of its signals. */
    private static List<String> weights(LayoutRules rules) {
        return rules.telltales().stream().map(PresetTelltalesTest::describe).toList();
    }

    private static String describe(Telltale t) {
        StringBuilder sb = new StringBuilder().append(t.weight()).append(" x ");
        for (int i = 0; i < t.requirements().size(); i++) {
            sb.append(i == 0 ? "" : "+").append(t.requirements().get(i).minLines());
        }
        return sb.toString();
    }

    @Test
    void seekingAlpha() {
        assertThat(weights(SeekingAlpha.RULES)).containsExactly("0.5 x 1", "0.3 x 1", "0.2 x 1", "0.2 x 1");
    }

    @Test
    void motleyFool() {
        assertThat(weights(MotleyFool.RULES)).containsExactly("0.4 x 1", "0.3 x 1", "0.4 x 3", "0.2 x 1", "0.2 x 1");
    }

    @Test
    void motleyFool2025() {
        assertThat(weights(MotleyFool2025.RULES)).containsExactly("0.6 x 1", "0.2 x 1", "0.3 x 3+1");
        assertThat(MotleyFool2025.RULES.telltales().get(2).requirements().get(0).signal())
                .as("inline turns are counted once for both layouts").isSameAs(InlineSpeakers.SPEAKER_LINE);
        assertThat(MotleyFool2025.RULES.telltales().get(2).requirements().get(1).signal())
                .as("only after the body heading").isSameAs(MotleyFool2025.RULES.telltales().get(0).requirements().get(0).signal());
    }

    @Test
    void inlineSpeakers() {
        assertThat(weights(InlineSpeakers.RULES)).containsExactly("0.5 x 3", "0.2 x 10", "0.3 x 1", "0.3 x 1");
    }

    @Test
    void factSetCallStreet() {
        assertThat(weights(FactSetCallStreet.RULES)).containsExactly("0.6 x 3", "0.3 x 1", "0.3 x 1");
    }

    @Test
    void nameLines() {
        assertThat(weights(NameLines.RULES)).containsExactly("0.5 x 5", "0.2 x 15", "0.4 x 2");
    }
}
