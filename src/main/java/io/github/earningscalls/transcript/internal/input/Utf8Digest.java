package io.github.earningscalls.transcript.internal.input;

import java.security.MessageDigest;

/**
 * Feeds a digest the UTF-8 encoding of text through a small buffer, so that hashing text handed over as
 * characters costs no copy of it. The bytes are those of {@code String.getBytes(UTF_8)}: an unpaired
 * surrogate becomes {@code '?'}.
 */
final class Utf8Digest {
    private static final int BUFFER = 8192;

    private Utf8Digest() {
    }

    /** Adds the UTF-8 bytes of {@code text} to {@code digest}; returns how many there were. */
    static long update(MessageDigest digest, String text) {
        byte[] out = new byte[BUFFER];
        int len = 0;
        long total = 0;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            if (len > BUFFER - 4) {
                digest.update(out, 0, len);
                total += len;
                len = 0;
            }
            char c = text.charAt(i);
            if (c < 0x80) {
                out[len++] = (byte) c;
            } else if (c < 0x800) {
                out[len++] = (byte) (0xC0 | c >> 6);
                out[len++] = (byte) (0x80 | c & 0x3F);
            } else if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(text.charAt(i + 1))) {
                int cp = Character.toCodePoint(c, text.charAt(++i));
                out[len++] = (byte) (0xF0 | cp >> 18);
                out[len++] = (byte) (0x80 | cp >> 12 & 0x3F);
                out[len++] = (byte) (0x80 | cp >> 6 & 0x3F);
                out[len++] = (byte) (0x80 | cp & 0x3F);
            } else if (Character.isSurrogate(c)) {
                out[len++] = '?';
            } else {
                out[len++] = (byte) (0xE0 | c >> 12);
                out[len++] = (byte) (0x80 | c >> 6 & 0x3F);
                out[len++] = (byte) (0x80 | c & 0x3F);
            }
        }
        digest.update(out, 0, len);
        return total + len;
    }
}
