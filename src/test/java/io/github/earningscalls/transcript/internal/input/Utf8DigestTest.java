package io.github.earningscalls.transcript.internal.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

/** Hashing text through the small buffer gives the digest of {@code String.getBytes(UTF_8)}. */
class Utf8DigestTest {
    private static MessageDigest sha256() throws NoSuchAlgorithmException {
        return MessageDigest.getInstance("SHA-256");
    }

    private static void assertSameAsGetBytes(String text) throws NoSuchAlgorithmException {
        MessageDigest streamed = sha256();
        long count = Utf8Digest.update(streamed, text);
        byte[] whole = text.getBytes(StandardCharsets.UTF_8);
        assertThat(count).isEqualTo(whole.length);
        assertThat(streamed.digest()).isEqualTo(sha256().digest(whole));
    }

    @Property(tries = 300)
    void anyTextHashesAsItsUtf8Bytes(@ForAll @CharRange(from = '\u0000', to = '\uFFFF') @StringLength(max = 20_000)
                                     String text) throws NoSuchAlgorithmException {
        assertSameAsGetBytes(text);
    }

    @Test
    void everyEncodedLengthAndUnpairedSurrogatesAcrossBufferEnds() throws NoSuchAlgorithmException {
        String pieces = "a\u00E9\u20AC\uD83D\uDE00\uD800x\uDC00";
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 3000; i++) {
            sb.append(pieces, 0, 1 + i % pieces.length());
        }
        assertSameAsGetBytes(sb.toString());
        assertSameAsGetBytes("");
        assertSameAsGetBytes("\uD83D");
    }
}
