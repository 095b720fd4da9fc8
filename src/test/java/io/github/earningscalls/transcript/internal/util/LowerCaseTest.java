package io.github.earningscalls.transcript.internal.util;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The allocation-free case-insensitive tests answer exactly as {@code toLowerCase(Locale.ROOT)}
 * would, including for characters whose lower case is ASCII (the Kelvin sign) or longer (a dotted
 * capital I).
 */
class LowerCaseTest {
    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.strings().withChars("aAbBoOpPkK \u212A\u0130\u00DF\u03A3\u00C9\u00E9.-").ofMaxLength(12);
    }

    @Provide
    Arbitrary<String> words() {
        return Arbitraries.strings().withChars("abopk i\u0307.-").ofMinLength(1).ofMaxLength(4)
                .filter(w -> w.equals(w.toLowerCase(Locale.ROOT)) && w.chars().allMatch(c -> c < 0x80));
    }

    @Property(tries = 200)
    void answersAsLowerCasingWould(@ForAll("texts") String text, @ForAll("words") String word) {
        String lower = text.toLowerCase(Locale.ROOT);
        assertThat(LowerCase.startsWith(text, word)).as("startsWith").isEqualTo(lower.startsWith(word));
        assertThat(LowerCase.endsWith(text, word)).as("endsWith").isEqualTo(lower.endsWith(word));
        assertThat(LowerCase.contains(text, word)).as("contains").isEqualTo(lower.contains(word));
        assertThat(LowerCase.equals(text, word)).as("equals").isEqualTo(lower.equals(word));
        assertThat(LowerCase.equals(text, lower.chars().allMatch(c -> c < 0x80) ? lower : word))
                .isEqualTo(lower.chars().allMatch(c -> c < 0x80) || lower.equals(word));
    }

    @Property(tries = 100)
    void aTextMatchesItsOwnLowerCasePieces(@ForAll("texts") String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        if (!lower.isEmpty() && lower.chars().allMatch(c -> c < 0x80)) {
            assertThat(LowerCase.startsWith(text, lower.substring(0, 1))).isTrue();
            assertThat(LowerCase.endsWith(text, lower.substring(lower.length() - 1))).isTrue();
            assertThat(LowerCase.contains(text, lower.substring(lower.length() / 2))).isTrue();
        }
    }
}
