package io.github.earningscalls.transcript.model;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

/** Word counts: tokens between white space that hold a letter or a digit, whatever the script. */
class WordsTest {

    /** The definition, with the Character methods on every character (the count before its ASCII table). */
    private static int reference(String s) {
        int words = 0;
        boolean wordChar = false;
        for (int i = 0; i <= s.length(); i++) {
            if (i == s.length() || Character.isWhitespace(s.charAt(i))) {
                words += wordChar ? 1 : 0;
                wordChar = false;
            } else {
                wordChar |= Character.isLetterOrDigit(s.charAt(i));
            }
        }
        return words;
    }

    @Test
    void countsTokensWithALetterOrADigit() {
        assertThat(Words.count("Revenue rose 5% -- to $12 million.")).as("not the dashes").isEqualTo(6);
        assertThat(Words.count("  \u00c9t\u00e9\u2003caf\u00e9\u0009\u001c2021 \u2014 ")).isEqualTo(3);
        assertThat(Words.count("")).isZero();
    }

    @Property(tries = 300)
    void everyCharacterIsJudgedAsCharacterWould(
            @ForAll @StringLength(max = 60) @CharRange(from = '\u0000', to = '\u00ff') @CharRange(from = '\u2000', to = '\u2070')
            @CharRange(from = '\u3000', to = '\u3010') String s) {
        assertThat(Words.count(s)).isEqualTo(reference(s));
    }
}
