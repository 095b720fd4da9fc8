/**
 * Stage 1, input: bytes become text and text becomes lines. Owns decoding (byte-order marks, UTF-8
 * with a Windows-1252 fallback, rejection of binary input, repair of double-encoded characters), the
 * unwrapping of containers scrapers store transcripts in (JSON-LD, HTML pages, one-line lists, text
 * whose line breaks were removed, and StreetEvents XML stories, read in place), and the split into numbered lines with their offsets. Hands on a
 * {@link io.github.earningscalls.transcript.internal.input.DecodedText} and a list of
 * {@link io.github.earningscalls.transcript.internal.input.LineIndex} of its lines.
 */
package io.github.earningscalls.transcript.internal.input;
