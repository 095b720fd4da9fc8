package io.github.earningscalls.transcript.internal.input;

import io.github.earningscalls.transcript.TranscriptParseException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Turns input bytes into text: byte-order marks, UTF-8 with a Windows-1252 fallback, binary rejection. */
public final class TextDecoder {
    private static final Charset CP1252 = Charset.forName("windows-1252");

    private TextDecoder() {
    }

    public static DecodedText decode(byte[] bytes, String source) throws TranscriptParseException {
        String sha = sha256(bytes);
        int off = 0;
        Charset charset = null;
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            off = 3;
            charset = StandardCharsets.UTF_8;
        } else if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
            off = 2;
            charset = StandardCharsets.UTF_16BE;
        } else if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
            off = 2;
            charset = StandardCharsets.UTF_16LE;
        }
        boolean utf16 = charset == StandardCharsets.UTF_16BE || charset == StandardCharsets.UTF_16LE;
        if (startsWith(bytes, off, PDF_MAGIC)) {
            // The commonest wrong input of all: a transcript still in the PDF it was published as.
            throw new TranscriptParseException(source, 1, "the input is a PDF document, not text: convert it to "
                    + "text first, keeping the layout (for example: pdftotext -layout FILE.pdf FILE.txt)");
        }
        if (!utf16) {
            rejectBinary(bytes, off, source);
        }
        if (charset != null) {
            String text = decodeStrict(bytes, off, charset);
            if (text == null) {
                throw new TranscriptParseException(source, 0,
                        "the input starts with a " + charset.name() + " byte-order mark but is not valid " + charset.name());
            }
            if (utf16) {
                rejectBinary(text, source);
            }
            return new DecodedText(text, charset.name(), false, bytes.length, sha);
        }
        String text = decodeStrict(bytes, 0, StandardCharsets.UTF_8);
        if (text != null) {
            return new DecodedText(text, StandardCharsets.UTF_8.name(), false, bytes.length, sha);
        }
        return new DecodedText(new String(bytes, CP1252), CP1252.name(), true, bytes.length, sha);
    }

    /** Text handed over as characters: no decoding, but the same binary check and a digest of its UTF-8 form. */
    public static DecodedText ofText(String text, String source) throws TranscriptParseException {
        String t = !text.isEmpty() && text.charAt(0) == '\uFEFF' ? text.substring(1) : text;
        rejectBinary(t, source);
        MessageDigest digest = newSha256();
        long bytes = Utf8Digest.update(digest, t);
        return new DecodedText(t, StandardCharsets.UTF_8.name(), false, bytes, HexFormat.of().formatHex(digest.digest()));
    }

    private static final byte[] PDF_MAGIC = {'%', 'P', 'D', 'F', '-'};

    private static boolean startsWith(byte[] bytes, int off, byte[] prefix) {
        if (bytes.length - off < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[off + i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static String decodeStrict(byte[] bytes, int off, Charset cs) {
        if (cs == StandardCharsets.UTF_8) {
            // The String constructor decodes several times faster than a CharsetDecoder and makes no
            // intermediate copy, but replaces malformed input with U+FFFD: only text holding a U+FFFD
            // needs the strict decoder, to tell a real one from an error.
            String text = new String(bytes, off, bytes.length - off, cs);
            if (text.indexOf('\uFFFD') < 0) {
                return text;
            }
        }
        CharsetDecoder dec = cs.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            CharBuffer out = dec.decode(ByteBuffer.wrap(bytes, off, bytes.length - off));
            return out.toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static void rejectBinary(byte[] bytes, int off, String source) throws TranscriptParseException {
        int controls = 0;
        for (int i = off; i < bytes.length; i++) {
            int b = bytes[i];
            // Signed bytes: only 0x00-0x1F fall in this range, so one test passes every other byte.
            if (b >= 0 && b < 0x20) {
                if (b == 0) {
                    throw new TranscriptParseException(source, lineAt(bytes, off, i),
                            "the input is binary (it contains a NUL byte), not a transcript");
                }
                if (b != '\n' && b != '\t' && b != '\r' && b != '\f' && b != 0x0B) {
                    controls++;
                }
            }
        }
        checkControlShare(controls, bytes.length - off, source);
    }

    /** The 1-based line of byte {@code i}, counted only for the message, when a NUL is found. */
    private static int lineAt(byte[] bytes, int off, int i) {
        int line = 1;
        for (int k = off; k < i; k++) {
            if (bytes[k] == '\n') {
                line++;
            }
        }
        return line;
    }

    private static void rejectBinary(String text, String source) throws TranscriptParseException {
        int controls = 0;
        int line = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                line++;
            } else if (c == 0) {
                throw new TranscriptParseException(source, line, "the input is binary (it contains a NUL character), not a transcript");
            } else if (c < 0x20 && c != '\t' && c != '\r' && c != '\f' && c != 0x0B) {
                controls++;
            }
        }
        checkControlShare(controls, text.length(), source);
    }

    private static void checkControlShare(int controls, int total, String source) throws TranscriptParseException {
        // Real transcripts have none; a few stray ones are tolerated, a binary file has many.
        if (controls > 16 && controls * 20L > total) {
            throw new TranscriptParseException(source, 0,
                    "the input is binary (" + controls + " control characters in " + total + "), not a transcript");
        }
    }

    public static String sha256(byte[] bytes) {
        return HexFormat.of().formatHex(newSha256().digest(bytes));
    }

    private static MessageDigest newSha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
