package io.github.earningscalls.transcript.internal.assemble;

import io.github.earningscalls.transcript.TranscriptParseException;
import io.github.earningscalls.transcript.internal.diagnostic.DiagnosticCode;
import io.github.earningscalls.transcript.internal.diagnostic.DiagnosticCollector;
import io.github.earningscalls.transcript.internal.header.Header;
import io.github.earningscalls.transcript.internal.header.Opening;
import io.github.earningscalls.transcript.internal.header.TextLine;
import io.github.earningscalls.transcript.internal.lex.LegalNotices;
import io.github.earningscalls.transcript.internal.lex.LineKind;
import io.github.earningscalls.transcript.internal.lex.Line;
import io.github.earningscalls.transcript.internal.lex.RoleMark;
import io.github.earningscalls.transcript.internal.lex.Speakers;
import io.github.earningscalls.transcript.internal.people.Introductions;
import io.github.earningscalls.transcript.internal.people.Names;
import io.github.earningscalls.transcript.internal.people.ParticipantDirectory;
import io.github.earningscalls.transcript.internal.people.Person;
import io.github.earningscalls.transcript.internal.people.Titles;
import io.github.earningscalls.transcript.model.CallMetadata;
import io.github.earningscalls.transcript.model.Paragraph;
import io.github.earningscalls.transcript.model.Participant;
import io.github.earningscalls.transcript.model.Role;
import io.github.earningscalls.transcript.model.Section;
import io.github.earningscalls.transcript.model.Severity;
import io.github.earningscalls.transcript.model.Turn;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Builds the transcript's parts from classified lines: it groups lines into turns as a small state
 * machine, resolves each speaker, places the Q&amp;A boundary, and derives roles, turn kinds and
 * exchanges.
 */
public final class Assembler {
    /** Where in the document the assembler is. */
    private enum State { HEADER, PREPARED, QA }

    /**
     * Text before the first speaker is an ERROR when more than one line of text in this many is there:
     * the layout was then only partly understood.
     */
    private static final int LARGE_SHARE_ONE_IN = 5;
    /** A title, a date or a source line the header did not claim: too few lines to hide a speaker's words. */
    private static final int FEW_LINES_BEFORE_FIRST_SPEAKER = 3;
    /** Lines before the first speaker kept for the metadata: a cover letter and a cover page fit. */
    private static final int MAX_PREAMBLE_LINES = 200;
    /** Metadata lines are short: a long line before the first speaker is read only this far. */
    private static final int OPENING_CHARS = 2000;
    /** How news wires end an analyst's label, after the title and the firm. */
    private static final String RESEARCH_DIVISION = ", research division";

    /** What the assembler produced. */
    public record Result(CallMetadata metadata, List<Participant> participants, List<Section> sections,
                         Supplier<String> fingerprint) {
    }

    private final ParticipantDirectory directory;
    private final DiagnosticCollector diagnostics;
    /** The width the source wrapped its lines at; 0 when paragraphs are one line each. */
    private final int wrapWidth;
    /** Whether a speaker line's detail reads {@code Firm - Title}. */
    private final boolean firmThenTitle;
    private final List<Line> headerLines = new ArrayList<>();
    /** Every non-blank line before the first speaker, where cover pages and filings state the call's metadata. */
    private final List<TextLine> preamble = new ArrayList<>();
    private int joinedLines;
    private int paragraphLines;
    private final int maxTurns;
    private final String source;
    private final List<TurnDraft> drafts = new ArrayList<>();
    /** People added because they spoke without being listed; their role is settled after the Q&A boundary. */
    private final Set<Person> pendingRole = new HashSet<>();
    /** The firm the operator named when introducing each person ("" for none), for people the operator introduced. */
    private final Map<Person, String> introductions = new HashMap<>();
    /** The label of each speaker the roster does not list; reported once their role is settled. */
    private final Map<Person, String> unlisted = new HashMap<>();
    private State state = State.HEADER;
    private int prepMarkerLine;
    private int qaLine;
    private int textBeforeFirstSpeaker;
    /** The text before the first speaker, read to tell a publisher's legal notice from speech nobody was given. */
    private final LegalNotices.Reading beforeFirstSpeaker = new LegalNotices.Reading();
    private int firstTextLine;
    private int footerLines;
    private int firstFooterLine;
    private Person operator;

    /** A label this short is too short to take as a slip for another name. */
    private static final int MIN_SLIP_KEY_LENGTH = 6;
    /** Edits a label may be off the name the operator just introduced and still be that person. */
    private static final int MAX_SLIP_EDITS = 2;

    public Assembler(int wrapWidth, ParticipantDirectory directory, DiagnosticCollector diagnostics, int maxTurns,
                     String source) {
        this(wrapWidth, false, directory, diagnostics, maxTurns, source);
    }

    /**
     * An assembler for a layout whose speaker lines print {@code Firm - Title} after the name when
     * {@code firmThenTitle} is set (see {@link io.github.earningscalls.transcript.internal.layout.LayoutRules#firmThenTitle()}).
     */
    public Assembler(int wrapWidth, boolean firmThenTitle, ParticipantDirectory directory, DiagnosticCollector diagnostics,
                     int maxTurns, String source) {
        this.firmThenTitle = firmThenTitle;
        this.wrapWidth = wrapWidth;
        this.directory = directory;
        this.diagnostics = diagnostics;
        this.maxTurns = maxTurns;
        this.source = source;
    }

    public Result assemble(List<Line> lines) throws TranscriptParseException {
        TurnDraft current = null;
        for (Line line : lines) {
            if (drafts.isEmpty() && line.kind() != LineKind.BLANK && line.kind() != LineKind.SPEAKER_LINE
                    && preamble.size() < MAX_PREAMBLE_LINES && !line.text().isBlank()) {
                String text = line.text().strip();
                // Metadata lines are short; a long line before the first speaker is read only at its start.
                preamble.add(new TextLine(line.number(), text.length() > OPENING_CHARS ? text.substring(0, OPENING_CHARS) : text));
            }
            switch (line.kind()) {
                case TITLE, EVENT_LINE, HEADER -> {
                    headerLines.add(line);
                    if (drafts.isEmpty()) {
                        beforeFirstSpeaker.heading(line.text());
                    }
                }
                case SECTION_MARKER -> onMarker(line);
                case SPEAKER_LINE -> {
                    if (drafts.size() >= maxTurns) {
                        throw new TranscriptParseException(source, line.number(), "the transcript has more than "
                                + maxTurns + " turns, which exceeds the maximum allowed (" + maxTurns
                                + ", from TranscriptParser.Builder.maxTurns)");
                    }
                    if (state == State.HEADER) {
                        state = State.PREPARED;
                    }
                    if (current != null) {
                        current.close();
                    }
                    current = new TurnDraft(line, resolve(line, drafts.isEmpty() ? null : drafts.get(drafts.size() - 1)),
                            state == State.QA);
                    drafts.add(current);
                }
                case PARAGRAPH -> {
                    if (current == null) {
                        if (textBeforeFirstSpeaker++ == 0) {
                            firstTextLine = line.number();
                        }
                        beforeFirstSpeaker.text(line.text());
                    } else {
                        paragraphLines++;
                        if (current.addText(line, wrapWidth)) {
                            joinedLines++;
                        }
                    }
                }
                case BLANK -> {
                    if (current != null) {
                        current.addBlank();
                    }
                }
                case FOOTER -> {
                    if (footerLines++ == 0) {
                        firstFooterLine = line.number();
                    }
                }
                default -> {
                    // Blank lines, roster lines and ignored lines carry nothing into turns.
                }
            }
        }
        if (current != null) {
            current.close();
        }
        if (joinedLines > 0) {
            diagnostics.report(DiagnosticCode.WRAPPED_LINES_JOINED, 0,
                    joinedLines + " hard-wrapped line(s) joined into their paragraphs");
        }
        if (drafts.isEmpty()) {
            throw new TranscriptParseException(source, 0,
                    "no speaker turns found: the text has no speaker lines this layout recognises");
        }
        if (textBeforeFirstSpeaker > 0 && beforeFirstSpeaker.isNotice()) {
            // A publisher's disclaimer or forward-looking statements before the call: expected, and nobody's words.
            diagnostics.reportAs(Severity.INFO, DiagnosticCode.TEXT_BEFORE_FIRST_SPEAKER, firstTextLine,
                    textBeforeFirstSpeaker + " line(s) of text before the first speaker belong to no turn; "
                            + "they read as a disclaimer or legal notice, not speech");
        } else if (textBeforeFirstSpeaker > 0) {
            boolean large = textBeforeFirstSpeaker * LARGE_SHARE_ONE_IN > textBeforeFirstSpeaker + paragraphLines;
            Severity severity = large ? Severity.ERROR
                    : textBeforeFirstSpeaker <= FEW_LINES_BEFORE_FIRST_SPEAKER ? Severity.INFO : Severity.WARNING;
            diagnostics.reportAs(severity, DiagnosticCode.TEXT_BEFORE_FIRST_SPEAKER,
                    firstTextLine, textBeforeFirstSpeaker + " line(s) of text before the first speaker belong to no turn"
                            + (large ? "; the speakers of that part of the call were not recognised" : ""));
        }
        if (footerLines > 0) {
            diagnostics.report(DiagnosticCode.FOOTER_REMOVED, firstFooterLine,
                    footerLines + " line(s) of the vendor's closing boilerplate are not part of any turn");
        }
        RoleInference inference = new RoleInference(drafts, pendingRole, introductions, diagnostics);
        if (qaLine == 0) {
            qaLine = inference.placeQa();
        }
        // Without a printed roster nobody is "in the roster": ROSTER_MISSING says so once.
        inference.settleRoles(hasRoster() ? unlisted : Map.of());
        assignIds();
        List<Section> sections = SectionBuilder.build(drafts, prepMarkerLine, qaLine, diagnostics);
        List<Participant> participants = participants();
        SelfChecks.run(sections, directory.people(), diagnostics);
        CallMetadata metadata = Header.metadata(headerLines, preamble, Opening.of(sections, participants), diagnostics);
        return new Result(metadata, participants, sections, fingerprint(sections));
    }

    private boolean hasRoster() {
        for (Person p : directory.people()) {
            if (p.listed()) {
                return true;
            }
        }
        return false;
    }

    private void onMarker(Line line) {
        switch (line.marker()) {
            case QA -> {
                if (qaLine == 0) {
                    qaLine = line.number();
                    state = State.QA;
                } else {
                    diagnostics.report(DiagnosticCode.QA_MARKER_REPEATED, line.number(),
                            "the Q&A marker appears again (first at line " + qaLine + "); the Q&A continues");
                }
            }
            case PREPARED -> {
                if (prepMarkerLine == 0 && state != State.QA) {
                    prepMarkerLine = line.number();
                }
            }
            case END_QA -> diagnostics.report(DiagnosticCode.QA_MARKER_VARIANT, line.number(),
                    "'" + line.text() + "' ends the Q&A; later turns stay in the Q&A section");
        }
    }

    private Person resolve(Line line, TurnDraft previous) {
        String label = line.name();
        if (Speakers.isOperator(label)) {
            if (operator == null) {
                operator = directory.add(new Person("Operator", null, null, Role.OPERATOR, false, line.number()));
            }
            return operator;
        }
        Role generic = Speakers.genericRole(label);
        if (generic != null) {
            Person p = directory.exact(label);
            return p != null ? p : directory.add(new Person(label, null, null, generic, false, line.number()));
        }
        ParticipantDirectory.Match m = directory.resolve(label);
        Person p;
        switch (m.kind()) {
            case EXACT -> p = m.person();
            case VARIANT -> {
                p = m.person();
                String spelling = Names.display(label);
                if (m.rule().equals(ParticipantDirectory.GLUED_WORDS) && !p.listed()
                        && Names.keyWords(spelling).size() > p.wordCount() && Names.wordsAreWhole(spelling)) {
                    // The first label glued the words ("JANEA. ROEBUCK"); this one has them apart.
                    diagnostics.report(DiagnosticCode.SPEAKER_NAME_VARIANT, line.number(), "'" + p.name()
                            + "' (line " + p.line() + ") is written '" + spelling + "' here; that spelling is kept");
                    directory.respell(p, spelling);
                } else {
                    diagnostics.report(DiagnosticCode.SPEAKER_NAME_VARIANT, line.number(),
                            "'" + label + "' taken as '" + p.name() + "' (" + m.rule() + ")");
                }
            }
            case AMBIGUOUS -> {
                p = directory.add(new Person(Names.display(label), null, null, Role.UNKNOWN, false, line.number()));
                pendingRole.add(p);
                List<String> names = new ArrayList<>();
                for (Person c : m.candidates()) {
                    names.add(c.name());
                }
                diagnostics.report(DiagnosticCode.AMBIGUOUS_SPEAKER, line.number(),
                        "'" + label + "' could be any of " + names + "; kept as a separate speaker");
            }
            default -> {
                p = justIntroduced(label, previous);
                if (p != null) {
                    diagnostics.report(DiagnosticCode.SPEAKER_NAME_VARIANT, line.number(), "'" + label + "' taken as '"
                            + p.name() + "', whom the operator had just introduced (a misspelt label)");
                } else {
                    p = directory.add(new Person(Names.display(label), null, null, Role.UNKNOWN, false, line.number()));
                    pendingRole.add(p);
                    unlisted.put(p, label);
                }
            }
        }
        String detail = line.detail();
        if (detail != null && p.role() != Role.OPERATOR) {
            fillFromDetail(p, detail, line);
        }
        if (previous != null && previous.person().role() == Role.OPERATOR) {
            String intro = previous.text();
            // The name is looked for once: the firm after it, else whether the text names the person at all.
            String firm = Introductions.firmOf(intro, p.name());
            boolean named = firm != null || Introductions.mentions(intro, p.name());
            if (!named && Introductions.introducesQuestioner(intro)) {
                // "the line of Jane from Acme Bank": the questioner named by the given name alone.
                firm = Introductions.firmOfGivenName(intro, p.name());
            }
            if (firm != null || named) {
                introductions.putIfAbsent(p, firm == null ? "" : firm);
            }
        }
        return p;
    }

    /**
     * The person the operator's turn just before introduced, when this label that matched nobody is a
     * transcriber's slip for their name: two letters off ({@code Annelise Harrwick} for Hartwick), or the
     * same letters in another order. Null otherwise.
     */
    private Person justIntroduced(String label, TurnDraft previous) {
        if (previous == null || previous.person().role() != Role.OPERATOR) {
            return null;
        }
        String introduced = Introductions.introducedName(previous.text());
        ParticipantDirectory.Match m = introduced == null ? null : directory.resolve(introduced);
        if (m == null || m.person() == null || m.person().role() == Role.OPERATOR) {
            return null;
        }
        String a = Names.key(label);
        String b = Names.key(m.person().name());
        boolean close = a.length() >= MIN_SLIP_KEY_LENGTH && Names.distance(a, b, MAX_SLIP_EDITS) <= MAX_SLIP_EDITS;
        return close || sameLetters(a, b) ? m.person() : null;
    }

    private static boolean sameLetters(String a, String b) {
        char[] x = a.replace(" ", "").toCharArray();
        char[] y = b.replace(" ", "").toCharArray();
        java.util.Arrays.sort(x);
        java.util.Arrays.sort(y);
        return x.length > 0 && java.util.Arrays.equals(x, y);
    }

    /**
     * Reads the title or firm a speaker line prints after the name. {@code Acme Bank -- Analyst} makes
     * an unlisted speaker an analyst at Acme Bank.
     */
    private void fillFromDetail(Person p, String detail, Line line) {
        if (p.knowsTitleOrFirm() && !pendingRole.contains(p)) {
            // Nothing left to learn (their side is settled, their title or firm known): most turns end here.
            return;
        }
        String firm = detail;
        String title = null;
        boolean analyst = false;
        int d = Speakers.findDash(detail);
        if (firmThenTitle) {
            // "Acme Securities, Research Division - Senior Analyst": the title after the last dash.
            String[] titleAndFirm = Titles.titleAfterFirm(detail);
            title = titleAndFirm[0];
            firm = titleAndFirm[1];
            String lower = detail.toLowerCase(java.util.Locale.ROOT);
            analyst = lower.contains("analyst") || lower.contains("research");
            if (title != null && firm == null) {
                firm = title;
                title = null;
            }
        } else if (d >= 0 && Speakers.letters(detail.substring(d)).equals("analyst")) {
            firm = detail.substring(0, d).trim();
            analyst = true;
        } else if (Speakers.letters(detail).equals("analyst")) {
            firm = null;
            analyst = true;
        } else if (detail.indexOf(',') > 0) {
            // "CHAIRMAN & CEO, ACME CORP." or "MD, ACME SECURITIES, RESEARCH DIVISION": title first, then the firm.
            String lower = detail.toLowerCase(java.util.Locale.ROOT);
            analyst = lower.contains("analyst") || lower.contains("research");
            String first = detail.substring(0, detail.indexOf(',')).trim();
            String[] titleAndCompany = Titles.titleAndCompany(detail);
            int division = lower.endsWith(RESEARCH_DIVISION) ? detail.lastIndexOf(',') : -1;
            // "DIRECTOR OF RESEARCH, ACME RESEARCH, LLC": a firm that ends in its legal suffix ends the detail.
            int firmEnd = division > 0 ? division : detail.length();
            boolean suffixed = analyst && Titles.isCompanySuffix(detail.substring(detail.lastIndexOf(',') + 1));
            int firmAt = division > 0 || suffixed ? detail.lastIndexOf(',', firmEnd - 1) : -1;
            while (firmAt > 0 && (Titles.isCompanySuffix(detail.substring(firmAt + 1, firmEnd))
                    || !Character.isLetterOrDigit(detail.charAt(firmAt + 1 + countSpaces(detail, firmAt + 1))))) {
                // "ACME SECURITIES, LLC", "BARROW, & STONE", "|NC." (a misread "INC."): the suffix,
                // "& NAME" or a piece that starts with a sign belongs to the firm's name.
                firmAt = detail.lastIndexOf(',', firmAt - 1);
            }
            if (firmAt > 0) {
                // "MD AND HEAD OF BANKS RESEARCH, ACME SECURITIES, RESEARCH DIVISION": the firm is the part
                // before the research division, the title all before it, however many commas it has.
                title = detail.substring(0, firmAt).trim();
                firm = detail.substring(firmAt + 1, firmEnd).trim();
            } else if (!analyst && Titles.titleRunEnd(detail) > 0) {
                // "PRESIDENT, CEO, COO, ACME BANCORP": an officer's title in several parts before the firm.
                title = detail.substring(0, Titles.titleRunEnd(detail)).trim();
                firm = detail.substring(Titles.titleRunEnd(detail) + 1).trim();
            } else if (titleAndCompany != null || analyst && (Titles.looksLikeTitle(first) || lower.contains("analyst")
                    && Speakers.letters(first).contains("analyst"))
                    || !analyst && Titles.isCompanyTitle(first)
                    && !Titles.looksLikeTitle(detail.substring(first.length()))
                    && (Titles.isOfficerTitle(first) || !Titles.looksLikeFirm(detail.substring(first.length())))) {
                // "CFO, ACME BANCORP", "HEAD OF MARKETS, ACME": an officer's title, or a title an analyst may have
                // too before a firm no broker is named like: the company's.
                title = first;
                firm = detail.substring(detail.indexOf(',') + 1).trim();
            }
        }
        if (analyst && pendingRole.remove(p)) {
            p.settleRole(Role.ANALYST);
            diagnostics.report(DiagnosticCode.ROLE_INFERRED, line.number(),
                    "'" + p.name() + "' taken as ANALYST: the speaker line says so");
        }
        if (p.knowsTitleOrFirm() || firm == null) {
            return;
        }
        if (title != null) {
            p.learnTitleAndFirm(analyst && !firmThenTitle ? null : title, firm);
        } else if (p.role() != Role.ANALYST && line.roleMark() != RoleMark.QUESTION && Titles.looksLikeTitle(firm)) {
            p.learnTitle(firm);
        } else {
            p.learnFirm(firm);
        }
    }

    private static int countSpaces(String s, int from) {
        int i = from;
        while (i < s.length() && s.charAt(i) == ' ') {
            i++;
        }
        return i - from;
    }

    private void assignIds() {
        Set<String> used = new HashSet<>();
        for (Person p : directory.people()) {
            String base = p.role() == Role.OPERATOR && p == operator ? "operator" : Names.slug(p.name());
            String id = base;
            for (int k = 2; !used.add(id); k++) {
                id = base + "-" + k;
            }
            p.assignId(id);
        }
    }

    private List<Participant> participants() {
        List<Participant> out = new ArrayList<>(directory.people().size());
        for (Person p : directory.people()) {
            out.add(p.toParticipant());
        }
        return out;
    }

    /**
     * SHA-256 of the letters and digits of the spoken text, lower case, accents removed, computed when
     * first asked for, from the sections the transcript keeps anyway: their turns are the drafts in
     * order, since the prepared remarks are the drafts before the Q&amp;A.
     */
    private static Supplier<String> fingerprint(List<Section> sections) {
        return () -> {
            Fingerprint f = new Fingerprint();
            for (Section section : sections) {
                for (Turn turn : section.turns()) {
                    for (Paragraph p : turn.paragraphs()) {
                        f.add(p.text());
                    }
                }
            }
            return f.hex();
        };
    }
}
