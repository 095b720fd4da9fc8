package io.github.earningscalls.transcript.internal.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class MojibakeTest {
    private static String doubleEncode(String s) {
        return new String(s.getBytes(StandardCharsets.UTF_8), Charset.forName("windows-1252"));
    }

    @Test
    void repairsDoubleEncodedText() {
        assertThat(Mojibake.repair(doubleEncode("Cr\u00e9dit Suisse"))).isEqualTo("Cr\u00e9dit Suisse");
        assertThat(Mojibake.repair(doubleEncode("we\u2019re \u2013 fine"))).isEqualTo("we\u2019re \u2013 fine");
        assertThat(Mojibake.repair("Marie Zieglar \u00e2\u0080\u0093 VP")).isEqualTo("Marie Zieglar \u2013 VP");
    }

    @Test
    void leavesRealTextAlone() {
        String s = "Soci\u00e9t\u00e9 G\u00e9n\u00e9rale, M\u00fcller, \u00c2ge, caf\u00e9 \u00e0 Z\u00fcrich";
        assertThat(Mojibake.repair(s)).isSameAs(s);
        assertThat(Mojibake.repair("plain ascii")).isSameAs("plain ascii");
        assertThat(Mojibake.repair("ends with \u00c3")).isEqualTo("ends with \u00c3");
    }
}
