package io.github.earningscalls.transcript;

/**
 * The source layouts the parser reads.
 *
 * <p>{@link #AUTO}, the default, scores every layout on the opening lines of the input and reads
 * it as the best one; the choice and its confidence are recorded in
 * {@link io.github.earningscalls.transcript.model.SourceInfo}. Force a layout with
 * {@link TranscriptParser.Builder#format(TranscriptFormat)}.
 *
 * @since 0.1.0
 */
public enum TranscriptFormat {
    /** Detect the layout from the text. */
    AUTO,
    /**
     * Seeking Alpha article text: an event line such as
     * {@code Acme Corp. (NYSE:ACME) Q1 2021 Earnings Conference Call May 11, 2021 9:00 PM ET}, a roster
     * under headings such as {@code Company Participants}, speaker names alone on a line and a
     * {@code Question-and-Answer Session} marker.
     */
    SEEKING_ALPHA
}
