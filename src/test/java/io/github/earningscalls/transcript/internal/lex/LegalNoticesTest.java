package io.github.earningscalls.transcript.internal.lex;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The headings of publishers' legal notices, whole lines or labels before a colon. */
class LegalNoticesTest {
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Disclaimer", "Important Notice", "D I S C L A I M E R", "Safe Harbor:",
        "Safe Harbour:   Except for the historical information contained herein, statements in this release",
        "Caution regarding forward-looking statements", "F O R W A R D - L O O K I N G I N F O R M A T I O N",
        "FORWARD-LOOKING STATEMENTS"})
    void readsAsANoticeHeading(String line) {
        assertThat(LegalNotices.isHeading(line)).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Important", "Notice", "Disclaimer aside, we grew.", "Safe Harbor Bancorp",
        "Jane Roe: The disclaimer applies.", "Our forward-looking statements are in the release."})
    void readsAsNoNoticeHeading(String line) {
        assertThat(LegalNotices.isHeading(line)).isFalse();
    }
}
