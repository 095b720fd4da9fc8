package io.github.earningscalls.transcript.internal.input;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Line breaks put back into a transcript that lost them all. */
class CollapsedTest {
    @Test
    void labelsCountOnlyAfterASentenceEnd() {
        String text = "Welcome.Operator: Please go ahead. Jane Doe: Hello! John Roe - Acme Corp., Inc.: Hi?Sam Poe: Yes";
        assertThat(Collapsed.labels(text)).containsExactly(8, 35, 52, 84);
        assertThat(Collapsed.split(text).split("\n")).containsExactly("Welcome.", "Operator: Please go ahead. ",
                "Jane Doe: Hello! ", "John Roe - Acme Corp., Inc.: Hi?", "Sam Poe: Yes");
    }

    @Test
    void notEveryColonIsALabel() {
        assertThat(Collapsed.labels("As I said. Revenue: up. Jane: hi. Jane Doe:no. Jane Doe (CFO): hi. good Day: x"))
                .as("one word, no space after the colon, brackets, and a lower-case start are not labels").isEmpty();
        assertThat(Collapsed.labels("x.Jane Doe: ")).containsExactly(2);
        assertThat(Collapsed.labels("x.Jane Doe:")).isEmpty();
        assertThat(Collapsed.labels("x." + "A".repeat(100) + ": hi")).as("labels are short").isEmpty();
        assertThat(Collapsed.labels("Jane Doe: hi")).as("not at the very start").isEmpty();
        assertThat(Collapsed.labels("x.  Jane Doe: hi")).as("one space at most").isEmpty();
    }

    @Test
    void anInlineRosterBecomesAHeadingAndOneEntryALine() {
        String text = "Acme Q1 2021 Earnings Call Executives: Jane Doe - Acme Inc. John Q. Roe - Acme Inc. "
                + "Analysts: Sam Poe - Big Bank Operator: Welcome.Jane Doe: Thanks.";
        assertThat(Collapsed.split(text).split("\n")).containsExactly("Acme Q1 2021 Earnings Call ", "Executives",
                "Jane Doe - Acme Inc.", "John Q. Roe - Acme Inc.", "Analysts", "Sam Poe - Big Bank",
                "Operator: Welcome.", "Jane Doe: Thanks.");
        assertThat(Collapsed.split("Executives: Jane Doe - CFO Operator: Hi.").split("\n"))
                .containsExactly("", "Executives", "Jane Doe - CFO", "Operator: Hi.");
        assertThat(Collapsed.split("x".repeat(201) + "Executives: Jane Doe - CFO Operator: Hi."))
                .as("a roster far from the start is text").doesNotContain("\n");
    }
}
