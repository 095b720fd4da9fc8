package io.github.earningscalls.transcript.internal.assemble;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Names that read like speech, a heading or a job title, as the whole-transcript checks doubt them. */
class SelfChecksTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Hey Ken.|begins with 'hey'",
        "Thanks, Tom.|begins with 'thanks'",
        "Unidentified Analyst, Hey John.|ends like a sentence",
        "Jane Roe:|ends like a sentence",
        "So what I would say is that|has 7 words",
        "Safe Harbor|reads like a heading",
        "Important Notice|reads like a heading",
        "Slide 12|holds digits",
        "Chief Executive Officer|reads like a job title"})
    void namesThatReadLikeSpeechAreDoubted(String name, String why) {
        assertThat(SelfChecks.nameDoubt(name)).isEqualTo(why);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Jane Roe", "John R. Smith", "Robert Jones Jr.", "Maria de la Cruz", "Jean-Laurent Moreau",
        "Seán O'Brien", "P.J. Kaur", "Li Wei", "Ann Lee-Park"})
    void namesAreNotDoubted(String name) {
        assertThat(SelfChecks.nameDoubt(name)).isNull();
    }
}
