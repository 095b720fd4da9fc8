package io.github.earningscalls.transcript.internal.lex;

import io.github.earningscalls.transcript.internal.diagnostic.DiagnosticCode;
import io.github.earningscalls.transcript.internal.diagnostic.DiagnosticCollector;
import io.github.earningscalls.transcript.internal.layout.LayoutRules;
import io.github.earningscalls.transcript.internal.people.Names;
import io.github.earningscalls.transcript.internal.people.ParticipantDirectory;
import io.github.earningscalls.transcript.internal.people.Person;
import io.github.earningscalls.transcript.internal.people.Titles;
import io.github.earningscalls.transcript.model.Role;
import java.util.List;
import java.util.function.Predicate;

/**
 * The {@link Lexer}'s roster state: reads the participant list's headings and entries into the
 * {@link ParticipantDirectory}, and says where the list ends. Entries may take their title from the
 * next line or come as bullets; a vendor's bracketed note is reported and skipped.
 */
final class RosterReader {
    /** A roster entry is a name with a title and firm; a longer name-like line is prose. */
    private static final int MAX_ROSTER_ENTRY_LENGTH = 300;
    /** A short bracketed roster line is a vendor's note, reported; a longer one is text that ends the roster. */
    private static final int MAX_ROSTER_NOTE_LENGTH = 120;

    private final LayoutRules rules;
    private final ParticipantDirectory directory;
    private final DiagnosticCollector diagnostics;
    private final SpeakerLines speakers;
    /** The lexer's output, which the roster's lines join in order. */
    private final List<Line> out;
    /** Where lines that run turns together are cut: every entry's line and name are labels to look for. */
    private final GluedLines glued;
    /** Whether a line's letters are one of the layout's section markers. */
    private final Predicate<String> isMarker;
    /** The side of the block being read, from its heading. */
    private Role group = Role.CORPORATE;
    private boolean sawRoster;
    /** The roster entry just read took its title from the next line, which is therefore not an entry. */
    private boolean titleLineFollows;

    RosterReader(LayoutRules rules, ParticipantDirectory directory, DiagnosticCollector diagnostics,
                 SpeakerLines speakers, List<Line> out, GluedLines glued, Predicate<String> isMarker) {
        this.rules = rules;
        this.directory = directory;
        this.diagnostics = diagnostics;
        this.speakers = speakers;
        this.out = out;
        this.glued = glued;
        this.isMarker = isMarker;
    }

    /** Whether the transcript had a roster heading. */
    boolean sawRoster() {
        return sawRoster;
    }

    /** A roster heading: the entries after it are on its side. */
    void heading(int number, int start, int end, String text, Role group) {
        sawRoster = true;
        this.group = group;
        out.add(Line.rosterHeading(number, start, end, text, group));
    }

    /**
     * Reads a line in the roster: a heading, an entry over one line or two, a vendor's note. Returns false
     * when the line is not the roster's (the operator, a marker, a speaker line, prose): the roster ended.
     */
    boolean read(int number, int start, int end, String text, String next) {
        String letters = Speakers.letters(text);
        Role side = LineShapes.isHeadingText(text) ? rules.rosterHeadings().get(letters) : null;
        if (side != null) {
            heading(number, start, end, text, side);
            return true;
        }
        if (rules.isNoise(text)) {
            emit(number, start, end, text, LineKind.IGNORED);
            return true;
        }
        if (rules.bulletRoster()) {
            return bulletEntry(number, start, end, text, next);
        }
        if (isModeratorHeading(text, letters, next)) {
            // "MODERATOR" over "MR. JANE ROE - ACME SECURITIES": the host a broker sends, an analyst of the broker's
            // who moderates (the call's operator is the one "Moderator:" label, one participant).
            heading(number, start, end, text, Role.ANALYST);
            return true;
        }
        if (Speakers.isOperator(text) || isMarker.test(letters) || rules.isFooter(text)
                || rules.bodyMarkers().contains(letters)) {
            return false;
        }
        RosterLines.Entry entry = RosterLines.read(text, rules.roleFirstRosterEntries(), rules.commaDetail());
        String name = entry.name();
        String detail = entry.detail();
        if (detail == null && directory.exact(name) != null || speakers.isInline(text)) {
            return false;
        }
        if (titleLineFollows) {
            titleLineFollows = false;
            emit(number, start, end, text, LineKind.IGNORED);
            return true;
        }
        boolean nameLike = Names.looksLikeName(name, 1, detail == null);
        if (nameLike && detail == null && next != null && LineShapes.isTitleLine(next)) {
            // "Jane Doe" then "Chief Financial Officer, Acme Corp." on the next line: one entry over two lines.
            entry(number, start, end, text, name, next);
            titleLineFollows = true;
            return true;
        }
        if (nameLike && text.length() <= MAX_ROSTER_ENTRY_LENGTH && !LineShapes.endsSentence(entry.text())) {
            entry(number, start, end, text, name, detail);
            return true;
        }
        if (text.length() <= MAX_ROSTER_NOTE_LENGTH && text.startsWith("[") && text.endsWith("]")) {
            diagnostics.report(DiagnosticCode.ROSTER_LINE_UNREADABLE, number,
                    "roster line '" + text + "' is not a name; ignored");
            emit(number, start, end, text, LineKind.IGNORED);
            return true;
        }
        return false;
    }

    /** A roster's "Moderator" heading: the word alone, then a name with a firm or title, not a speaker's line. */
    private boolean isModeratorHeading(String text, String letters, String next) {
        if (!(letters.equals("moderator") || letters.equals("moderators")) || !LineShapes.isHeadingText(text)
                || next == null || speakers.isInline(next)) {
            return false;
        }
        RosterLines.Entry entry = RosterLines.read(next, rules.roleFirstRosterEntries());
        return entry.detail() != null && Names.looksLikeName(entry.name(), 2, false);
    }

    /**
     * A bulleted roster: {@code * Jane Doe}, then the firm and title on the next line unless another
     * bullet, a rule or a heading comes first. Any other line ends the roster.
     */
    private boolean bulletEntry(int number, int start, int end, String text, String next) {
        if (text.startsWith("*")) {
            String name = text.substring(1).trim();
            boolean detailLine = next != null && !next.startsWith("*") && !rules.isNoise(next)
                    && !(LineShapes.isHeadingText(next) && (rules.rosterHeadings().containsKey(Speakers.letters(next))
                    || isMarker.test(Speakers.letters(next)) || rules.bodyMarkers().contains(Speakers.letters(next))));
            if (!name.isEmpty()) {
                entry(number, start, end, text, name,
                        detailLine && !NumberedSpeakerLine.isEmptyDetail(next) ? next : null);
                titleLineFollows = detailLine;
                return true;
            }
        }
        if (titleLineFollows) {
            titleLineFollows = false;
            emit(number, start, end, text, LineKind.IGNORED);
            return true;
        }
        return false;
    }

    private void entry(int number, int start, int end, String text, String name, String detail) {
        Role role = group;
        String firm = detail;
        if (detail != null && rules.firmThenTitle()) {
            // "Acme Corp., Research Division - Senior Analyst": the side is the block's, whatever the title says.
            firm = null;
        } else if (detail != null) {
            int d = Speakers.findDash(detail);
            if (d >= 0 && Speakers.letters(detail.substring(d)).equals("analyst")) {
                role = Role.ANALYST;
                firm = detail.substring(0, d).trim();
            } else if (Speakers.letters(detail).equals("analyst")) {
                role = Role.ANALYST;
                firm = null;
            } else if (detail.indexOf(',') > 0 && Speakers.letters(detail.substring(0, detail.indexOf(','))).equals("analyst")) {
                role = Role.ANALYST;
                firm = detail.substring(detail.indexOf(',') + 1).trim();
            }
        } else {
            diagnostics.report(DiagnosticCode.ROSTER_ENTRY_WITHOUT_TITLE, number,
                    "roster entry '" + name + "' has no title or firm");
        }
        ParticipantDirectory.Match same = directory.resolve(name);
        if (same.kind() == ParticipantDirectory.MatchKind.VARIANT && same.person().listed()
                && same.rule().equals("middle names or initials")) {
            // "Amy Hood" listed again as "Amy E. Hood" is one person.
            diagnostics.report(DiagnosticCode.DUPLICATE_ROSTER_ENTRY, number,
                    "roster lists '" + name + "' again as '" + same.person().name() + "' (line "
                            + same.person().line() + ")");
            out.add(Line.rosterEntry(number, start, end, text, name, detail));
            return;
        }
        String title = null;
        String affiliation = null;
        String[] titleAndCompany = firm == null || role == Role.ANALYST ? null : Titles.titleAndCompany(firm);
        if (detail != null && rules.firmThenTitle()) {
            String[] titleAndFirm = Titles.titleAfterFirm(detail);
            title = titleAndFirm[0];
            affiliation = titleAndFirm[1];
        } else if (titleAndCompany != null) {
            title = titleAndCompany[0];
            affiliation = titleAndCompany[1];
        } else if (firm != null) {
            // "CHIEF RETAIL AND GOVT BUSINESS GROUP": an officer's title that names a unit, not a firm.
            boolean officer = Titles.isOfficerTitle(firm.substring(0, Math.max(0, firm.indexOf(' '))));
            if (role == Role.ANALYST || LineShapes.looksLikeCompany(firm) && !officer) {
                affiliation = firm;
            } else {
                title = firm;
            }
        }
        Person p = new Person(Names.display(name), title, affiliation, role, true, number);
        Person kept = directory.add(p);
        if (kept != p) {
            diagnostics.report(DiagnosticCode.DUPLICATE_ROSTER_ENTRY, number,
                    "roster lists '" + name + "' again (first at line " + kept.line() + ")");
        }
        glued.addLabels(List.of(text, name));
        out.add(Line.rosterEntry(number, start, end, text, name, detail));
    }

    private void emit(int number, int start, int end, String text, LineKind kind) {
        out.add(Line.of(number, start, end, text, kind));
    }
}
