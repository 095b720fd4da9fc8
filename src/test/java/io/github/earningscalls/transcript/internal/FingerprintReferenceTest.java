package io.github.earningscalls.transcript.internal;

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

/**
 * The fingerprint's fast paths (ASCII, and runs of punctuation that accent stripping leaves alone) give the
 * digest its Javadoc defines: SHA-256 of the letters and digits of the whole text, accents stripped, lower case.
 */
class FingerprintReferenceTest {

    /** The definition, computed the slow way over the joined text. */
    private static String reference(List<String> pieces) throws Exception {
        String stripped = StringUtils.stripAccents(String.join("\n", pieces));
        StringBuilder kept = new StringBuilder();
        for (int i = 0; i < stripped.length(); i++) {
            char c = stripped.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                kept.append(Character.toLowerCase(c));
            }
        }
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(kept.toString().getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(digest);
    }

    private static String fingerprint(List<String> pieces) {
        Fingerprint f = new Fingerprint();
        pieces.forEach(f::add);
        return f.hex();
    }

    @Test
    void curlyQuotesAndDashesAreDroppedLikeAnyPunctuation() throws Exception {
        List<String> curly = List.of("We\u2019re \u201cconfident\u201d \u2014 revenue rose 12\u00a0%.");
        assertThat(fingerprint(curly)).isEqualTo(reference(curly))
                .isEqualTo(fingerprint(List.of("Were confident revenue rose 12 %")));
    }

    @Test
    void accentsAndCombiningMarksFoldIntoTheirLetter() throws Exception {
        List<String> accented = List.of("Jos\u00e9 Mu\u00f1oz", "Rene\u0301e \u2013 Z\u00fcrich \u00b5 \u00aa");
        assertThat(fingerprint(accented)).isEqualTo(reference(accented))
                .isEqualTo(fingerprint(List.of("jose munoz renee zurich \u00b5\u00aa")));
    }

    @Property(tries = 300)
    void anyTextGivesTheDefinedDigest(@ForAll("pieces") List<String> pieces) throws Exception {
        assertThat(fingerprint(pieces)).isEqualTo(reference(pieces));
    }

    @Provide
    Arbitrary<List<String>> pieces() {
        // ASCII, Latin-1, general punctuation, combining marks, Greek and CJK, in long and short pieces.
        Arbitrary<Character> chars = Arbitraries.oneOf(
                Arbitraries.chars().range(' ', '~'),
                Arbitraries.chars().range('\u0080', '\u00ff'),
                Arbitraries.chars().range('\u2000', '\u206f'),
                Arbitraries.chars().range('\u0300', '\u036f'),
                Arbitraries.chars().range('\u0391', '\u03c9'),
                Arbitraries.chars().range('\u4e00', '\u4e20'));
        // Pieces longer than the fingerprint's 4,096-character chunks, so runs cross chunk boundaries.
        return chars.list().ofMaxSize(9000).map(FingerprintReferenceTest::join)
                .list().ofMaxSize(4);
    }

    private static String join(List<Character> cs) {
        StringBuilder sb = new StringBuilder(cs.size());
        cs.forEach(sb::append);
        return sb.toString();
    }
}
