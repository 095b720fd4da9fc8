package io.github.earningscalls.transcript.internal.diagnostic;

/** The stable diagnostic codes; README lists them with their meaning. */
public final class DiagnosticCodes {
    private DiagnosticCodes() {
    }

    public static final String FORMAT_DETECTED = "FORMAT_DETECTED";
    public static final String ENCODING_FALLBACK = "ENCODING_FALLBACK";
    public static final String MOJIBAKE_REPAIRED = "MOJIBAKE_REPAIRED";
    public static final String HEADER_MISSING = "HEADER_MISSING";
    public static final String HEADER_FIELD_UNPARSABLE = "HEADER_FIELD_UNPARSABLE";
    public static final String DATE_CONTRADICTS_PERIOD = "DATE_CONTRADICTS_PERIOD";
    public static final String ROSTER_MISSING = "ROSTER_MISSING";
    public static final String ROSTER_ENTRY_WITHOUT_TITLE = "ROSTER_ENTRY_WITHOUT_TITLE";
    public static final String ROSTER_LINE_UNREADABLE = "ROSTER_LINE_UNREADABLE";
    public static final String DUPLICATE_ROSTER_ENTRY = "DUPLICATE_ROSTER_ENTRY";
    public static final String TEXT_BEFORE_FIRST_SPEAKER = "TEXT_BEFORE_FIRST_SPEAKER";
    public static final String SPEAKER_NOT_IN_ROSTER = "SPEAKER_NOT_IN_ROSTER";
    public static final String SPEAKER_NAME_VARIANT = "SPEAKER_NAME_VARIANT";
    public static final String AMBIGUOUS_SPEAKER = "AMBIGUOUS_SPEAKER";
    public static final String ROLE_INFERRED = "ROLE_INFERRED";
    public static final String AFFILIATION_FROM_INTRODUCTION = "AFFILIATION_FROM_INTRODUCTION";
    public static final String EMPTY_TURN = "EMPTY_TURN";
    public static final String QA_MARKER_MISSING = "QA_MARKER_MISSING";
    public static final String QA_MARKER_REPEATED = "QA_MARKER_REPEATED";
    public static final String QA_MARKER_VARIANT = "QA_MARKER_VARIANT";
    public static final String NO_QA_SECTION = "NO_QA_SECTION";
    public static final String REPEATED_TRANSCRIPT = "REPEATED_TRANSCRIPT";
    public static final String FOOTER_REMOVED = "FOOTER_REMOVED";
    public static final String GLUED_TEXT_SPLIT = "GLUED_TEXT_SPLIT";
    public static final String PAGE_FURNITURE_REMOVED = "PAGE_FURNITURE_REMOVED";
    public static final String UNWRAPPED = "UNWRAPPED";
    public static final String WRAPPED_LINES_JOINED = "WRAPPED_LINES_JOINED";
    public static final String NO_SPEAKERS = "NO_SPEAKERS";
    public static final String DIAGNOSTICS_TRUNCATED = "DIAGNOSTICS_TRUNCATED";
}
