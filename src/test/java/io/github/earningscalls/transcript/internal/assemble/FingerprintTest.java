package io.github.earningscalls.transcript.internal.assemble;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.apache.commons.lang3.StringUtils;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The text fingerprint: SHA-256 of the letters and digits, lower case, accents removed. */
class FingerprintTest {
    private static String fingerprint(String... pieces) {
        Fingerprint f = new Fingerprint();
        for (String piece : pieces) {
            f.add(piece);
        }
        return f.hex();
    }

    /** The definition, on the whole text at once: what the streaming fingerprint must equal. */
    private static String folded(String... pieces) throws Exception {
        String stripped = StringUtils.stripAccents(String.join("\n", pieces));
        StringBuilder kept = new StringBuilder();
        stripped.chars().filter(Character::isLetterOrDigit).forEach(c -> kept.append(Character.toLowerCase((char) c)));
        byte[] sha = MessageDigest.getInstance("SHA-256").digest(kept.toString().getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(sha);
    }

    @Test
    void onlyLettersAndDigitsCountWhateverTheirCase() {
        assertThat(fingerprint("Revenue rose 5%, to $12 million.")).isEqualTo(fingerprint("revenue ROSE 5 to 12", "million"))
                .isEqualTo(fingerprint("revenuerose5to12million"));
        assertThat(fingerprint("")).isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
        assertThat(fingerprint("Revenue rose.")).isNotEqualTo(fingerprint("Revenue rise."));
    }

    @Test
    void accentsAreRemoved() {
        assertThat(fingerprint("Caf\u00e9 cr\u00e8me")).isEqualTo(fingerprint("Cafe creme"))
                .isEqualTo(fingerprint("Cafe\u0301 cre\u0300me"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Caf\u00e9", "na\u00efve r\u00e9sum\u00e9!", "\u00c0 \u00c9 \u00ce \u00d5 \u00dc",
            "\u03a9\u03bc\u03ad\u03b3\u03b1 \u0394\u03ad\u03bb\u03c4\u03b1", "\u041f\u0440\u0438\u0432\u0435\u0442",
            "\u4f60\u597d\u4e16\u754c 2021", "\u0800\u07ff\u0801", "\uac00\ub098 \ud55c\uad6d", "a\u0080b", "\u0080b",
            "\u0141\u00f3d\u017a", "\uff21\uff22\uff23 \u2460", "x\ud83d\ude00y", "\u00e9"})
    void matchesFoldingTheWholeText(String text) throws Exception {
        assertThat(fingerprint(text)).isEqualTo(folded(text));
        assertThat(fingerprint("Acme " + text, text + " Acme")).isEqualTo(folded("Acme " + text, text + " Acme"));
    }

    @Test
    void textLongerThanOneChunkOrOneBufferMatchesToo() throws Exception {
        for (int at : new int[] {4094, 4095, 4096, 4097, 8190, 8191, 8192}) {
            String text = "a".repeat(at) + "e\u0301\u00e9 \u4f60 " + "b".repeat(9000) + "\u03a9";
            assertThat(fingerprint(text)).as("non-ASCII at %d", at).isEqualTo(folded(text));
        }
        String wide = "\u4f60\u00e9\u03a9".repeat(5000);
        assertThat(fingerprint(wide)).isEqualTo(folded(wide));
        String filled = "a".repeat(8191) + " \u4f60";
        assertThat(fingerprint(filled)).isEqualTo(folded(filled));
    }

    @Test
    void curlyQuotesDashesAndCompatibilityDigitsFoldAsTheWholeTextWould() throws Exception {
        String curly = "We\u2019re \u201cconfident\u201d \u2014 revenue rose 12\u00a0% \u2026 \u00b4twice\u00b4";
        assertThat(fingerprint(curly)).isEqualTo(folded(curly))
                .isEqualTo(fingerprint("Were confident revenue rose 12 % twice"));
        // '\u00b9' and '\u00bd' are no digits to Character, yet folding turns them into "1" and "12".
        assertThat(fingerprint("x\u00b9 \u00bd")).isEqualTo(folded("x\u00b9 \u00bd")).isEqualTo(fingerprint("x1 12"));
    }

    @Property(tries = 100)
    void anyTextGivesTheDefinedDigest(@ForAll("pieces") List<String> pieces) throws Exception {
        String[] array = pieces.toArray(String[]::new);
        assertThat(fingerprint(array)).isEqualTo(folded(array));
    }

    @Provide
    Arbitrary<List<String>> pieces() {
        // ASCII, Latin-1, general punctuation, combining marks, Greek and CJK; pieces longer than a 4,096-character
        // chunk, so runs cross chunk boundaries.
        Arbitrary<Character> chars = Arbitraries.oneOf(
                Arbitraries.chars().range(' ', '~'),
                Arbitraries.chars().range('\u0080', '\u00ff'),
                Arbitraries.chars().range('\u2000', '\u206f'),
                Arbitraries.chars().range('\u0300', '\u036f'),
                Arbitraries.chars().range('\u0391', '\u03c9'),
                Arbitraries.chars().range('\u4e00', '\u4e20'));
        return chars.list().ofMaxSize(9000).map(FingerprintTest::join).list().ofMaxSize(4);
    }

    private static String join(List<Character> cs) {
        StringBuilder sb = new StringBuilder(cs.size());
        cs.forEach(sb::append);
        return sb.toString();
    }
}
