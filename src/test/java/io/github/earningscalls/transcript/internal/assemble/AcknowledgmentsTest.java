package io.github.earningscalls.transcript.internal.assemble;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Which Q&amp;A turns only greet, thank or acknowledge. */
class AcknowledgmentsTest {
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Thank you.", "Okay. Thank you.", "Got it.", "Thanks, Tom.", "Great. Thanks, Amy and Raj.",
        "Hi, good morning.", "That's helpful. Thank you.", "Okay, super helpful. Thank you.", "Yes.",
        "Thanks for taking my questions.", "Okay.\n\nThank you."})
    void anAnalystsCourtesyIsAnAcknowledgment(String text) {
        assertThat(Acknowledgments.only(text, false)).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Thanks. And on freight?", "Okay, and what about pricing in Europe next year",
        "Thanks. Pricing was up 4% and volumes were down 2%.", "Thank you, and congratulations on the quarter, it was"
            + " a strong one for the whole team and all of you", "...", "Thanks, Tom, Ann and Raj."})
    void anythingThatAsksOrSaysMoreIsNot(String text) {
        assertThat(Acknowledgments.only(text, false)).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Yes.", "Sure.", "Right.", "Okay."})
    void aCompanySpeakersShortReplyAnswers(String text) {
        assertThat(Acknowledgments.only(text, true)).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Thank you.", "You're welcome.", "Thanks, Lena.", "Good morning, Sven."})
    void aCompanySpeakersThanksOrGreetingIsAnAcknowledgment(String text) {
        assertThat(Acknowledgments.only(text, true)).isTrue();
    }
}
