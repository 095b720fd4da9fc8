/**
 * Entry points: {@link io.github.earningscalls.transcript.TranscriptParser},
 * {@link io.github.earningscalls.transcript.TranscriptFormat} and
 * {@link io.github.earningscalls.transcript.TranscriptParseException}.
 *
 * <pre>{@code
 * Transcript t = TranscriptParser.parse(Path.of("call.txt"));
 * String json = TranscriptJson.toJson(t);
 * }</pre>
 */
package io.github.earningscalls.transcript;
