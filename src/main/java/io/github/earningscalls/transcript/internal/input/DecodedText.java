package io.github.earningscalls.transcript.internal.input;

/**
 * Input text after decoding, with what the decoder noticed.
 *
 * @param text            the characters, any byte-order mark removed
 * @param charset         the character set used
 * @param fellBackToCp1252 whether the bytes were not valid UTF-8 and were read as Windows-1252
 * @param byteCount       the size of the input in bytes
 * @param sha256          hex SHA-256 of the input bytes
 */
public record DecodedText(String text, String charset, boolean fellBackToCp1252, long byteCount, String sha256) {
}
