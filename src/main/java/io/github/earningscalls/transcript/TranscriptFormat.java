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
    SEEKING_ALPHA,
    /**
     * The classic Motley Fool layout: {@code Prepared Remarks:} and {@code Questions and Answers:}
     * headings, speaker lines {@code Jane Doe -- Chief Financial Officer} and
     * {@code John Roe -- Acme Bank -- Analyst}, and the {@code Call participants:} roster at the end.
     */
    MOTLEY_FOOL,
    /**
     * The Motley Fool layout from 2025: a role-first roster ({@code Chief Financial Officer — Jane Doe}),
     * machine-written takeaways that are not part of the call, then {@code Full Conference Call Transcript}
     * and turns written {@code Jane Doe:text}.
     */
    MOTLEY_FOOL_2025,
    /**
     * Speakers inline at the start of the line, {@code Jane Doe: text} or
     * {@code JANE DOE, CFO, ACME CORP.: text}, with hard-wrapped paragraphs and page furniture:
     * news-wire (Factiva, FD Wire) transcripts, Indian exchange filings, many bank PDFs.
     */
    INLINE_SPEAKERS,
    /**
     * FactSet CallStreet PDF text: a dotted leader line, the speaker's name, then
     * {@code Title, Company} ending in {@code Q} or {@code A}, under
     * {@code MANAGEMENT DISCUSSION SECTION} and {@code QUESTION AND ANSWER SECTION}.
     */
    FACTSET_CALLSTREET,
    /**
     * Investor-relations PDF text: the speaker's name alone on a line, possibly with the firm or title
     * ({@code Jane Doe, Acme Securities} or {@code Jane Doe – Acme – Chief Financial Officer}), followed
     * by hard-wrapped speech, under headings such as {@code Presentation} and {@code Q&A}.
     */
    NAME_LINES,
    /**
     * Thomson Reuters / Refinitiv StreetEvents transcripts, as the text export, the Event Brief and the
     * XML feed ({@code <Event>}, {@code <EventStory>}, {@code <Body><![CDATA[...]]>}): blocks between rules
     * of {@code =}, roster entries {@code * Jane Doe} over {@code Acme Corp. - CFO}, and each turn opened by
     * a header line between rules of {@code -}, {@code Jane Doe,  Acme Corp. - CFO    [3]}.
     *
     * @since 0.1.0
     */
    STREETEVENTS
}
