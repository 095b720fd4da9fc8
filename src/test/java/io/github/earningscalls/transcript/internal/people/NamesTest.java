package io.github.earningscalls.transcript.internal.people;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Honorifics are dropped from names; an initial that looks like one is kept. */
class NamesTest {
    @Test
    void anInitialBeforeASurnameIsKept() {
        assertThat(Names.display("M. Rao")).isEqualTo("M. Rao");
        assertThat(Names.keyWords("M. Rao")).containsExactly("m", "rao");
    }

    @Test
    void theSameLetterBeforeAGivenNameAndSurnameIsAnHonorific() {
        assertThat(Names.display("M. Jean Roe")).isEqualTo("Jean Roe");
        assertThat(Names.display("Mr. Jane Roe")).isEqualTo("Jane Roe");
        assertThat(Names.display("Mr. Roe")).isEqualTo("Roe");
    }
}
