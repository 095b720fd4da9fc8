package io.github.earningscalls.transcript.internal.diagnostic;

import io.github.earningscalls.transcript.model.Severity;

/**
 * The stable diagnostic codes, each with the severity it is raised at unless the call site says
 * otherwise. A constant's {@code name()} is the code the JSON carries and src/site/markdown/diagnostics.md lists: never rename one.
 */
public enum DiagnosticCode {
    /** The layout detection chose a layout, with its confidence. */
    FORMAT_DETECTED(Severity.INFO),
    /** The bytes were not UTF-8 and were read as Windows-1252. */
    ENCODING_FALLBACK(Severity.WARNING),
    /** Double-encoded UTF-8 was repaired on some lines. */
    MOJIBAKE_REPAIRED(Severity.INFO),
    /** No header, or no date for the call in the text: a fact of the source, hence INFO. */
    HEADER_MISSING(Severity.INFO),
    /** A printed date could not be read; a field the text does not state is raised as INFO. */
    HEADER_FIELD_UNPARSABLE(Severity.WARNING),
    /** The call date is more than a year from the fiscal year. */
    DATE_CONTRADICTS_PERIOD(Severity.WARNING),
    /** The text, the caller's known metadata and the file name give different values for a field. */
    METADATA_CONFLICT(Severity.WARNING),
    /** The transcript lists no participants: a fact of many layouts, said once instead of per speaker. */
    ROSTER_MISSING(Severity.INFO),
    /** A roster entry gives no title or firm. */
    ROSTER_ENTRY_WITHOUT_TITLE(Severity.INFO),
    /** A roster line that is not a name was ignored. */
    ROSTER_LINE_UNREADABLE(Severity.WARNING),
    /** The roster lists someone twice. */
    DUPLICATE_ROSTER_ENTRY(Severity.INFO),
    /**
     * Text before the first speaker line belongs to no turn: INFO for a few lines, a WARNING for more,
     * an ERROR when it is a large share.
     */
    TEXT_BEFORE_FIRST_SPEAKER(Severity.WARNING),
    /** A speaker a printed roster does not list; a WARNING only when nothing else says who they are. */
    SPEAKER_NOT_IN_ROSTER(Severity.WARNING),
    /** A speaker line resolved to a roster name written differently. */
    SPEAKER_NAME_VARIANT(Severity.INFO),
    /** A label fits several people and was kept apart. */
    AMBIGUOUS_SPEAKER(Severity.WARNING),
    /** An unlisted speaker's role, and why; a WARNING when their side stays unknown. */
    ROLE_INFERRED(Severity.INFO),
    /** An analyst's firm taken from the operator's introduction. */
    AFFILIATION_FROM_INTRODUCTION(Severity.INFO),
    /** A speaker line followed by no text. */
    EMPTY_TURN(Severity.INFO),
    /** No Q&amp;A marker; the Q&amp;A was placed by the operator's hand-over or the first question. */
    QA_MARKER_MISSING(Severity.INFO),
    /** The Q&amp;A marker appears more than once. */
    QA_MARKER_REPEATED(Severity.INFO),
    /** The Q&amp;A marker, or an end-of-Q&amp;A marker, is spelled unusually. */
    QA_MARKER_VARIANT(Severity.INFO),
    /** The transcript has no Q&amp;A. */
    NO_QA_SECTION(Severity.INFO),
    /** A second copy of the transcript follows; it is ignored. */
    REPEATED_TRANSCRIPT(Severity.INFO),
    /** The vendor's closing boilerplate is not part of any turn. */
    FOOTER_REMOVED(Severity.INFO),
    /** A line ran several turns together and was split at the speaker names. */
    GLUED_TEXT_SPLIT(Severity.INFO),
    /** Running page headers or footers were dropped. */
    PAGE_FURNITURE_REMOVED(Severity.INFO),
    /** The text was taken out of a container (JSON-LD, HTML, a list). */
    UNWRAPPED(Severity.INFO),
    /** Hard-wrapped lines were joined into paragraphs. */
    WRAPPED_LINES_JOINED(Severity.INFO),
    /** More diagnostics than the cap; the rest were dropped. */
    DIAGNOSTICS_TRUNCATED(Severity.WARNING),
    /**
     * Far fewer turns than the words call for, or one turn asking a whole session's questions: speakers
     * were missed and the turns are wrong in a large way.
     */
    FEW_TURNS(Severity.ERROR),
    /**
     * No Q&amp;A was found, but many short turns of several speakers ask questions: the session is
     * there, read as remarks, and its questioners as the company's people.
     */
    QA_NOT_FOUND(Severity.ERROR),
    /** An operator turn, other than the opening one, far longer than operators speak. */
    OPERATOR_TURN_LONG(Severity.WARNING),
    /** The operator introduced a questioner, but someone else speaks next. */
    INTRODUCED_SPEAKER_MISSING(Severity.WARNING),
    /** A speaker's side (CORPORATE or ANALYST) disagrees with what their turns do. */
    ROLE_CONTRADICTS_TURN(Severity.WARNING),
    /** A participant's name reads like speech or a job title, not like a name. */
    SUSPECT_PARTICIPANT_NAME(Severity.WARNING);

    private final Severity severity;

    DiagnosticCode(Severity severity) {
        this.severity = severity;
    }

    /** The severity the code is raised at unless its call site chooses another. */
    public Severity severity() {
        return severity;
    }
}
