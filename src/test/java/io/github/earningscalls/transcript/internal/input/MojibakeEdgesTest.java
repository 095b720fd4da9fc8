package io.github.earningscalls.transcript.internal.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

/** Repair of double-encoded UTF-8 at the edges of the encoding, and the offset map. */
class MojibakeEdgesTest {
    private static final Charset CP1252 = Charset.forName("windows-1252");

    private static String doubleEncode(String s) {
        return new String(s.getBytes(StandardCharsets.UTF_8), CP1252);
    }

    @Test
    void everyLengthOfSequenceIsRepaired() {
        for (String s : new String[] {"\u0080\u00A0", "\u00FF", "\u07FF", "\u0800", "\u20AC", "\uFFFD",
                "\uD83D\uDE00", "\uDBFF\uDFFF"}) {
            // U+0080 and other bytes that Windows-1252 leaves undefined come back as Latin-1 controls.
            String broken = new String(s.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
            assertThat(Mojibake.repair(broken)).as("U+%04X", s.codePointAt(0)).isEqualTo(s);
        }
        assertThat(Mojibake.repair(doubleEncode("\u20AC5 caf\u00E9 \uD83D\uDE00"))).isEqualTo("\u20AC5 caf\u00E9 \uD83D\uDE00");
    }

    @Test
    void onlyWellFormedSequencesAreRepaired() {
        String[] left = {
            "\u00C1\u00A9",            // C1 is never a lead byte (overlong)
            "\u00C3A",                 // a follower below 0x80
            "\u00C3\u00C3",            // a follower above 0xBF
            "\u00E0\u0080\u0080",      // overlong three-byte form
            "\u00ED\u00A0\u0080",      // a surrogate
            "\u00F4\u0090\u0080\u0080", // above U+10FFFF
            "\u00F0\u0080\u0080\u0080", // overlong four-byte form
            "\u00F5\u0080\u0080\u0080", // F5 is never a lead byte
            "\u00E2\u20AC",            // cut short
            "\u00C3\u4E00",            // a follower outside Windows-1252
        };
        for (String s : left) {
            assertThat(Mojibake.repair(s)).as(s).isSameAs(s);
        }
    }

    @Test
    void suspicionCoversExactlyTheLeadCharacters() {
        assertThat(Mojibake.suspicious("\u00C2")).isTrue();
        assertThat(Mojibake.suspicious("\u00F4")).isTrue();
        assertThat(Mojibake.suspicious("x\u00E2x")).isTrue();
        assertThat(Mojibake.suspicious("\u00C1")).isFalse();
        assertThat(Mojibake.suspicious("\u00F5")).isFalse();
        assertThat(Mojibake.suspicious("")).isFalse();
    }

    @Test
    void theOffsetMapPointsEachCharacterBackToItsSource() {
        String broken = "Cr" + doubleEncode("\u00E9") + "dit " + doubleEncode("\u2019") + doubleEncode("\uD83D\uDE00") + "!";
        assertThat(broken).isEqualTo("Cr\u00C3\u00A9dit \u00E2\u20AC\u2122\u00F0\u0178\u02DC\u20AC!");
        String fixed = Mojibake.repair(broken);
        assertThat(fixed).isEqualTo("Cr\u00E9dit \u2019\uD83D\uDE00!");
        int[] map = Mojibake.offsetMap(broken);
        assertThat(map).hasSize(broken.length() + 1);
        assertThat(java.util.Arrays.copyOf(map, fixed.length() + 1))
                .containsExactly(0, 1, 2, 4, 5, 6, 7, 8, 11, 11, 15, broken.length());
        assertThat(Mojibake.offsetMap("abc")).containsExactly(0, 1, 2, 3);
    }

    @Property(tries = 300)
    void anArrayIsRepairableExactlyWhenRepairChangesItsText(
            @ForAll @StringLength(max = 40) @CharRange(from = '\u0000', to = '\u00ff') @CharRange(from = '\u2013', to = '\u2122')
            String s) {
        char[] padded = ("xy" + s + "z").toCharArray();
        assertThat(Mojibake.repairable(padded, 2, 2 + s.length())).isEqualTo(!Mojibake.repair(s).equals(s));
    }

    @Test
    void aRepairableSequenceMustEndInsideTheRange() {
        char[] cs = doubleEncode("caf\u00E9").toCharArray();
        assertThat(Mojibake.repairable(cs, 0, cs.length)).isTrue();
        assertThat(Mojibake.repairable(cs, 0, cs.length - 1)).as("the follower is outside").isFalse();
    }
}
