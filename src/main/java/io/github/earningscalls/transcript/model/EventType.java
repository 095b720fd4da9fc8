package io.github.earningscalls.transcript.model;

/**
 * The kind of event a transcript records, as its header names it.
 *
 * @since 0.1.0
 */
public enum EventType {
    /** A quarterly or annual results call. */
    EARNINGS_CALL,
    /** A business update or other company-hosted call that is not about results. */
    BUSINESS_UPDATE,
    /** A talk at a third-party investor conference. */
    CONFERENCE_PRESENTATION,
    /** An investor or analyst day. */
    INVESTOR_DAY,
    /** An annual or special shareholder meeting. */
    SHAREHOLDER_MEETING,
    /** A header that names some other event, or none. */
    OTHER
}
