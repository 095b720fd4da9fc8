package io.github.earningscalls.transcript.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.junit.jupiter.api.Test;

class ParseEngineTest {

    @Property(tries = 2000)
    void twoDecimalsPrintsWhatFormatPrints(@ForAll @DoubleRange(min = 0, max = 1) double confidence) {
        assertThat(ParseEngine.twoDecimals(confidence))
                .isEqualTo(String.format(Locale.ROOT, "%.2f", confidence));
    }

    @Test
    void twoDecimalsRoundsHalfUpFromTheShortestDecimal() {
        // 0.125 and 0.345 sit on a half; 0.345 is just below it in binary, yet both round up as Formatter does.
        for (double d : new double[] {0, 1, 0.125, 0.345, 0.005, 0.995, 0.675, 1e-9, 0.3333333333333333}) {
            assertThat(ParseEngine.twoDecimals(d)).as("%s", d).isEqualTo(String.format(Locale.ROOT, "%.2f", d));
        }
    }
}
