package io.github.earningscalls.transcript.internal.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.earningscalls.transcript.TranscriptParseException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Byte-order marks, UTF-8 with the Windows-1252 fallback, UTF-16, and binary rejection. */
class TextDecoderTest {
    private static final String TEXT = "Cr\u00E9dit Suisse \u2019 \u20AC5\nOperator\n";

    private static byte[] bytes(int... prefix) {
        byte[] out = new byte[prefix.length];
        for (int i = 0; i < prefix.length; i++) {
            out[i] = (byte) prefix[i];
        }
        return out;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    @Test
    void utf8WithAndWithoutByteOrderMark() throws Exception {
        byte[] plain = TEXT.getBytes(StandardCharsets.UTF_8);
        DecodedText d = TextDecoder.decode(plain, "a");
        assertThat(d.text()).isEqualTo(TEXT);
        assertThat(d.charset()).isEqualTo("UTF-8");
        assertThat(d.fellBackToCp1252()).isFalse();
        assertThat(d.byteCount()).isEqualTo(plain.length);
        assertThat(d.sha256()).isEqualTo(TextDecoder.sha256(plain)).hasSize(64);
        byte[] bom = concat(bytes(0xEF, 0xBB, 0xBF), plain);
        DecodedText b = TextDecoder.decode(bom, "a");
        assertThat(b.text()).isEqualTo(TEXT);
        assertThat(b.byteCount()).isEqualTo(plain.length + 3);
        assertThat(b.sha256()).as("the digest is of the bytes as given").isEqualTo(TextDecoder.sha256(bom));
    }

    @Test
    void utf16WithByteOrderMarks() throws Exception {
        DecodedText be = TextDecoder.decode(concat(bytes(0xFE, 0xFF), TEXT.getBytes(StandardCharsets.UTF_16BE)), "a");
        assertThat(be.text()).isEqualTo(TEXT);
        assertThat(be.charset()).isEqualTo("UTF-16BE");
        DecodedText le = TextDecoder.decode(concat(bytes(0xFF, 0xFE), TEXT.getBytes(StandardCharsets.UTF_16LE)), "a");
        assertThat(le.text()).isEqualTo(TEXT);
        assertThat(le.charset()).isEqualTo("UTF-16LE");
        assertThat(le.fellBackToCp1252()).isFalse();
    }

    @Test
    void utf16WithNulBytesIsNotTakenForBinary() throws Exception {
        // UTF-16 of ASCII is half NUL bytes; the check runs on the decoded characters.
        byte[] le = concat(bytes(0xFF, 0xFE), "Operator\nHello.\n".getBytes(StandardCharsets.UTF_16LE));
        assertThat(TextDecoder.decode(le, "a").text()).isEqualTo("Operator\nHello.\n");
    }

    @Test
    void aByteOrderMarkThatLies() {
        byte[] odd = concat(bytes(0xFE, 0xFF), bytes(0xD8, 0x00, 0x00, 0x41));
        assertThatThrownBy(() -> TextDecoder.decode(odd, "odd.txt"))
                .isInstanceOf(TranscriptParseException.class)
                .hasMessage("odd.txt: the input starts with a UTF-16BE byte-order mark but is not valid UTF-16BE");
        byte[] badUtf8 = concat(bytes(0xEF, 0xBB, 0xBF), bytes('a', 0xC3, 0x28));
        assertThatThrownBy(() -> TextDecoder.decode(badUtf8, "bad.txt"))
                .isInstanceOf(TranscriptParseException.class)
                .hasMessage("bad.txt: the input starts with a UTF-8 byte-order mark but is not valid UTF-8");
    }

    @Test
    void invalidUtf8FallsBackToWindows1252() throws Exception {
        byte[] cp = TEXT.getBytes(Charset.forName("windows-1252"));
        DecodedText d = TextDecoder.decode(cp, "a");
        assertThat(d.text()).isEqualTo(TEXT);
        assertThat(d.charset()).isEqualTo("windows-1252");
        assertThat(d.fellBackToCp1252()).isTrue();
        // One stray byte is enough: the whole input is read as Windows-1252.
        assertThat(TextDecoder.decode(bytes('a', 0x93, 'b', 0x94), "a").text()).isEqualTo("a\u201Cb\u201D");
    }

    @Test
    void aPdfIsNamedAsOneWithTheWayOut() {
        byte[] pdf = concat("%PDF-1.7\n%".getBytes(StandardCharsets.ISO_8859_1), bytes(0xE2, 0xE3, 0, 1, 2, 3));
        assertThatThrownBy(() -> TextDecoder.decode(pdf, "call.pdf"))
                .isInstanceOf(TranscriptParseException.class)
                .hasMessage("call.pdf:1: the input is a PDF document, not text: convert it to text first, keeping "
                        + "the layout (for example: pdftotext -layout FILE.pdf FILE.txt)");
    }

    @Test
    void nulBytesAreBinaryWithTheirLine() {
        assertThatThrownBy(() -> TextDecoder.decode(bytes('a', '\n', 'b', '\n', 0, 'c'), "x.bin"))
                .isInstanceOf(TranscriptParseException.class)
                .hasMessage("x.bin:3: the input is binary (it contains a NUL byte), not a transcript");
        assertThatThrownBy(() -> TextDecoder.ofText("a\nb\u0000", "s"))
                .isInstanceOf(TranscriptParseException.class)
                .hasMessage("s:2: the input is binary (it contains a NUL character), not a transcript");
        byte[] utf16Nul = concat(bytes(0xFE, 0xFF), bytes(0, 'a', 0, 0));
        assertThatThrownBy(() -> TextDecoder.decode(utf16Nul, "u"))
                .isInstanceOf(TranscriptParseException.class).hasMessageContaining("NUL character");
    }

    @Test
    void mostlyControlCharactersAreBinary() {
        byte[] controls = new byte[400];
        Arrays.fill(controls, (byte) 'a');
        for (int i = 0; i < 40; i++) {
            controls[i * 10] = 0x01;
        }
        assertThatThrownBy(() -> TextDecoder.decode(controls, "c.bin"))
                .isInstanceOf(TranscriptParseException.class)
                .hasMessage("c.bin: the input is binary (40 control characters in 400), not a transcript");
        assertThatThrownBy(() -> TextDecoder.ofText(new String(controls, StandardCharsets.ISO_8859_1), "c"))
                .isInstanceOf(TranscriptParseException.class).hasMessageContaining("40 control characters in 400");
    }

    @Test
    void aFewStrayControlCharactersAndWhiteSpaceControlsAreTolerated() throws Exception {
        byte[] text = new byte[400];
        Arrays.fill(text, (byte) 'a');
        for (int i = 0; i < 16; i++) {
            text[i * 20] = 0x1B;
        }
        assertThat(TextDecoder.decode(text, "a").text()).hasSize(400);
        // 17 controls in 400 characters: more than 16, but less than one in twenty.
        text[399] = 0x1B;
        assertThat(TextDecoder.decode(text, "a").text()).hasSize(400);
        // Tabs, form feeds, vertical tabs and carriage returns are white space, not controls.
        byte[] spaces = new byte[100];
        for (int i = 0; i < spaces.length; i++) {
            spaces[i] = (byte) "\t\f\u000B\r".charAt(i % 4);
        }
        assertThat(TextDecoder.decode(spaces, "a").text()).hasSize(100);
        assertThat(TextDecoder.ofText(new String(spaces, StandardCharsets.ISO_8859_1), "a").text()).hasSize(100);
    }

    @Test
    void textKeepsItsCharactersLessAByteOrderMark() throws Exception {
        DecodedText d = TextDecoder.ofText("\uFEFFHello", "s");
        assertThat(d.text()).isEqualTo("Hello");
        assertThat(d.charset()).isEqualTo("UTF-8");
        assertThat(d.byteCount()).isEqualTo(5);
        assertThat(d.sha256()).isEqualTo(TextDecoder.sha256("Hello".getBytes(StandardCharsets.UTF_8)));
        assertThat(TextDecoder.ofText("", "s").text()).isEmpty();
        assertThat(TextDecoder.decode(new byte[0], "s").text()).isEmpty();
    }

    @Test
    void shortInputsAreNotMistakenForByteOrderMarks() throws Exception {
        assertThat(TextDecoder.decode(bytes(0xEF, 0xBB), "s").charset()).isEqualTo("windows-1252");
        assertThat(TextDecoder.decode(bytes(0xFE), "s").charset()).isEqualTo("windows-1252");
        assertThat(TextDecoder.decode(bytes('a', 'b'), "s").charset()).isEqualTo("UTF-8");
    }
}
