/**
 * The immutable result of parsing a transcript: {@link io.github.earningscalls.transcript.model.Transcript}
 * and the records it is made of.
 *
 * <p>Every type here is a record or an enum; collections are unmodifiable. A component is
 * {@code null} only where its Javadoc says so (a header field the transcript does not print).
 */
package io.github.earningscalls.transcript.model;
