package io.github.earningscalls.transcript.internal.lex;

import io.github.earningscalls.transcript.internal.diagnostic.DiagnosticCode;
import io.github.earningscalls.transcript.internal.diagnostic.DiagnosticCollector;
import io.github.earningscalls.transcript.internal.header.EventLine;
import io.github.earningscalls.transcript.internal.input.LineIndex;
import io.github.earningscalls.transcript.internal.layout.LayoutRules;
import io.github.earningscalls.transcript.internal.people.Names;
import io.github.earningscalls.transcript.internal.people.ParticipantDirectory;
import io.github.earningscalls.transcript.model.Role;
import java.util.ArrayList;
import java.util.List;

/**
 * Classifies every line once, in order, as a small state machine driven by a {@link LayoutRules}
 * preset. It keeps the context a classifier needs (where in the document it is, which names the
 * roster listed) and looks ahead a few lines at most; it never goes back. The roster's lines are
 * {@link RosterReader}'s to read, and a line that runs several turns together is {@link GluedLines}'s to cut.
 */
public final class Lexer {
    /** Where in the document the lexer is. */
    private enum State { PREAMBLE, CONTENTS, ROSTER, BEFORE_BODY, BODY, FOOTER, REPEAT }

    /** Header lines are short; a longer line before the first speaker is text. */
    private static final int MAX_HEADER_LENGTH = 200;
    /** Section markers and contents entries are short lines; a longer one is text that starts with the words. */
    private static final int MAX_MARKER_LENGTH = 60;
    /** No layout's marker has more letters; longer letter runs are not looked up. */
    private static final int MAX_MARKER_LETTERS = 40;
    /** The name line after a dotted leader is a name; a longer line is the page's running text. */
    private static final int MAX_LEADER_NAME_LENGTH = 80;

    private final LayoutRules rules;
    private final ParticipantDirectory directory;
    private final DiagnosticCollector diagnostics;
    private final SpeakerLines speakers;
    private final RosterReader roster;
    private final List<Line> out = new ArrayList<>();
    private final GluedLines glued;
    private State state = State.PREAMBLE;
    private boolean sawTitle;
    /** The speaker line just read took its firm from the start of the next line, {@code (Acme) text}. */
    private boolean firmColumnFollows;
    /** The speaker line just read took its title from the next line, which is therefore no speech. */
    private String titleBelow;
    private int speakerLines;
    private int wrapWidth;

    public Lexer(LayoutRules rules, ParticipantDirectory directory, DiagnosticCollector diagnostics) {
        this.rules = rules;
        this.directory = directory;
        this.diagnostics = diagnostics;
        this.speakers = new SpeakerLines(rules, directory);
        this.glued = new GluedLines(out, diagnostics, this::body);
        this.roster = new RosterReader(rules, directory, diagnostics, speakers, out, glued,
                letters -> marker(letters) != null);
    }

    /** Classifies the lines of a text. */
    public List<Line> lex(LineIndex raw) {
        return lex(raw, PreparedLines.of(raw));
    }

    /** Classifies the lines of a text, prepared once for detection and lexing. */
    public List<Line> lex(LineIndex raw, PreparedLines prepared) {
        int n = raw.size();
        String[] texts = prepared.texts;
        String[] rawTexts = prepared.rawTexts;
        int[] starts = prepared.starts;
        int[] ends = prepared.ends;
        GluePlaces gluePlaces = prepared.gluePlaces;
        if (prepared.repaired > 0) {
            diagnostics.report(DiagnosticCode.MOJIBAKE_REPAIRED, prepared.firstRepaired,
                    "repaired double-encoded UTF-8 characters on " + prepared.repaired + " line(s)");
        }
        wrapWidth = rules.wrapped() ? LineShapes.wrapWidth(texts) : 0;
        if (rules.inlineSpeakers()) {
            speakers.oneWordLabels(OneWordLabels.find(texts));
        }
        boolean[] pageStarts = new boolean[n];
        for (int i = 0; i < n; i++) {
            pageStarts[i] = raw.pageStart(i);
        }
        boolean[] furniture = rules.pageFurniture() ? PageFurniture.find(texts, pageStarts) : new boolean[n];
        if (rules.inlineSpeakers()) {
            speakers.namedElsewhere(NamedPeople.find(texts, furniture));
        }
        glued.addLabels(rules.printedMarkers());
        int furnitureLines = 0;
        int firstFurniture = 0;
        for (int i = 0; i < n; i++) {
            int number = raw.number(i);
            if (furniture[i]) {
                if (furnitureLines++ == 0) {
                    firstFurniture = number;
                }
                emit(number, starts[i], ends[i], texts[i], LineKind.IGNORED);
                continue;
            }
            if (rules.leaderLines() && state != State.FOOTER && LineShapes.isLeader(texts[i])) {
                emit(number, starts[i], ends[i], texts[i], LineKind.IGNORED);
                i = leaderTurn(raw, texts, starts, ends, i + 1);
                continue;
            }
            if (rules.inlineSpeakers() && i + 1 < n && LineShapes.continuesLabel(texts[i], texts[i + 1])) {
                // A long "NAME, TITLE, COMPANY:" label wrapped onto the next line: read the two as one.
                String joined = texts[i] + " " + texts[i + 1];
                classify(number, starts[i], ends[i + 1], joined, LineShapes.nextNonBlank(texts, i + 2));
                Line last = out.get(out.size() - 1);
                if (last.kind() == LineKind.PARAGRAPH && last.start() > ends[i]) {
                    // The speech starts on the second line: keep its true offset.
                    out.set(out.size() - 1, Line.of(raw.number(i + 1), starts[i + 1]
                            + (last.text().length() <= texts[i + 1].length() ? texts[i + 1].length() - last.text().length() : 0),
                            ends[i + 1], last.text(), LineKind.PARAGRAPH));
                }
                i++;
                continue;
            }
            int before = out.size();
            classify(number, starts[i], ends[i], texts[i], LineShapes.nextNonBlank(texts, i + 1));
            Line line = out.get(out.size() - 1);
            speakers.afterBreak = line.kind() != LineKind.PARAGRAPH || LineShapes.endsParagraph(line.text());
            if (out.size() == before + 1 && line.kind() == LineKind.PARAGRAPH && state == State.BODY
                    && !rules.numberedSpeakerLines() && line.text().length() >= PreparedLines.GLUE_MIN_LENGTH) {
                // The places noted are those of texts[i]: a line the lexer rewrote is searched in full.
                List<Glue.Hit> hits = glued.find(line.text(), line.text() == texts[i] ? gluePlaces : null, i);
                if (!hits.isEmpty()) {
                    out.remove(out.size() - 1);
                    glued.split(line, rawTexts[i], hits);
                }
            }
            if (out.size() == before + 1 && line.kind() == LineKind.PARAGRAPH && state == State.BODY
                    && !rules.wrapped() && !rules.numberedSpeakerLines()
                    && LineShapes.nextNonBlank(texts, i + 1) != null) {
                int label = glued.trailingLabel(line.text());
                if (label > 0) {
                    // "... across the board. Steven Chubak": an unwrapped page left the next speaker's line
                    // at the end of this one.
                    out.remove(out.size() - 1);
                    glued.split(line, rawTexts[i], List.of(new Glue.Hit(label, line.text().length())));
                }
            }
        }
        if (furnitureLines > 0) {
            diagnostics.report(DiagnosticCode.PAGE_FURNITURE_REMOVED, firstFurniture,
                    furnitureLines + " running page header or footer line(s) removed");
        }
        return out;
    }

    /** The width the source wrapped its paragraphs at: the 90th percentile of line lengths. */
    public int wrapWidth() {
        return wrapWidth;
    }

    /**
     * After a dotted leader: the name line, then the title line that ends in the role letter. Returns
     * the index of the last line consumed.
     */
    private int leaderTurn(LineIndex raw, String[] texts, int[] starts, int[] ends, int i) {
        while (i < texts.length && (texts[i].isEmpty() || LineShapes.isPageNumber(texts[i]))) {
            if (!texts[i].isEmpty()) {
                emit(raw.number(i), starts[i], ends[i], texts[i], LineKind.IGNORED);
            }
            i++;
        }
        if (i >= texts.length) {
            return texts.length - 1;
        }
        String name = texts[i];
        if (marker(Speakers.letters(name)) != null || name.indexOf(':') >= 0
                || !Names.looksLikeName(Speakers.stripBrackets(name), 1, false)) {
            // A leader before a section marker, an inline speaker or a page's running text opens no turn here.
            classify(raw.number(i), starts[i], ends[i], name, LineShapes.nextNonBlank(texts, i + 1));
            return i;
        }
        int titleAt = i + 1;
        String title = titleAt < texts.length ? texts[titleAt] : "";
        RoleMark mark = RoleMark.NONE;
        if (title.endsWith(" Q") || title.endsWith(" A") || title.equals("Q") || title.equals("A")) {
            mark = RoleMark.ofLetter(title.charAt(title.length() - 1));
            title = title.substring(0, title.length() - 1).trim();
        } else {
            titleAt = -1;
        }
        if (name.length() > MAX_LEADER_NAME_LENGTH || state == State.FOOTER) {
            classify(raw.number(i), starts[i], ends[i], name, LineShapes.nextNonBlank(texts, i + 1));
            return i;
        }
        state = State.BODY;
        speakerLines++;
        out.add(Line.speaker(raw.number(i), starts[i], ends[i], name,
                Speakers.stripBrackets(name), titleAt < 0 || title.isEmpty() ? null : title, mark));
        if (titleAt < 0) {
            return i;
        }
        emit(raw.number(titleAt), starts[titleAt], ends[titleAt], texts[titleAt], LineKind.IGNORED);
        return titleAt;
    }

    private void classify(int number, int start, int end, String text, String next) {
        if (text.isEmpty()) {
            emit(number, start, end, text, LineKind.BLANK);
            return;
        }
        int tag = rules.sourceTextTag(text);
        if (tag > 0) {
            if (tag == text.length()) {
                emit(number, start, end, text, LineKind.IGNORED);
                return;
            }
            // "原文：Jane Roe: Thank you.": the plain copy's tag hides the speaker line behind it.
            classify(number, start + tag, end, text.substring(tag), next);
            return;
        }
        switch (state) {
            case FOOTER -> emit(number, start, end, text, LineKind.FOOTER);
            case REPEAT -> emit(number, start, end, text, LineKind.IGNORED);
            case PREAMBLE -> preamble(number, start, end, text, next);
            case CONTENTS -> contents(number, start, end, text, next);
            case ROSTER -> roster(number, start, end, text, next);
            case BEFORE_BODY -> beforeBody(number, start, end, text, next);
            default -> body(number, start, end, text, next);
        }
    }

    private void preamble(int number, int start, int end, String text, String next) {
        String letters = Speakers.letters(text);
        if (rules.contentsHeadings().contains(letters)) {
            state = State.CONTENTS;
            emit(number, start, end, text, LineKind.IGNORED);
            return;
        }
        if (rules.isNoise(text)) {
            emit(number, start, end, text, LineKind.IGNORED);
            return;
        }
        if (isStructureWord(text) && next != null && isStructureWord(next)
                && (marker(letters) != null || marker(Speakers.letters(next)) != null)) {
            // Section names listed one after the other are a table of contents, not the sections.
            state = State.CONTENTS;
            emit(number, start, end, text, LineKind.IGNORED);
            return;
        }
        Role group = LineShapes.isHeadingText(text) ? rules.rosterHeadings().get(letters) : null;
        if (group != null) {
            heading(number, start, end, text, group);
            return;
        }
        if (rules.bodyMarkers().contains(letters)) {
            state = State.BODY;
            out.add(Line.sectionMarker(number, start, end, text, bodyMarker(letters)));
            return;
        }
        if (marker(letters) != null || speakers.isSpeaker(text, next) || text.length() > MAX_HEADER_LENGTH
                || LineShapes.endsLikeProse(text)) {
            state = State.BODY;
            body(number, start, end, text, next);
            return;
        }
        if (EventLine.isEventLine(text)) {
            emit(number, start, end, text, LineKind.EVENT_LINE);
        } else if (!sawTitle) {
            sawTitle = true;
            emit(number, start, end, text, LineKind.TITLE);
        } else {
            emit(number, start, end, text, LineKind.HEADER);
        }
    }

    /** A section marker or roster heading without a colon, as a table of contents lists them. */
    private boolean isStructureWord(String text) {
        if (text.length() > MAX_MARKER_LENGTH || text.endsWith(":")) {
            return false;
        }
        String letters = Speakers.letters(text);
        return marker(letters) != null || rules.rosterHeadings().containsKey(letters);
    }

    /** Entries of a table of contents name sections; they do not open them. */
    private void contents(int number, int start, int end, String text, String next) {
        String letters = Speakers.letters(text);
        if (text.length() < MAX_MARKER_LENGTH && !text.endsWith(":") && (marker(letters) != null
                || rules.rosterHeadings().containsKey(letters) || rules.bodyMarkers().contains(letters))) {
            emit(number, start, end, text, LineKind.IGNORED);
            return;
        }
        state = State.PREAMBLE;
        preamble(number, start, end, text, next);
    }

    private void heading(int number, int start, int end, String text, Role group) {
        state = State.ROSTER;
        roster.heading(number, start, end, text, group);
    }

    private void roster(int number, int start, int end, String text, String next) {
        if (!roster.read(number, start, end, text, next)) {
            leaveRoster(number, start, end, text, next);
        }
    }

    private void leaveRoster(int number, int start, int end, String text, String next) {
        if (rules.summaryBeforeBody() && speakerLines == 0) {
            state = State.BEFORE_BODY;
            beforeBody(number, start, end, text, next);
        } else {
            state = State.BODY;
            body(number, start, end, text, next);
        }
    }

    /** Between the roster and the call: machine-written summaries that are not part of the call. */
    private void beforeBody(int number, int start, int end, String text, String next) {
        String letters = Speakers.letters(LayoutRules.untagged(text));
        if (rules.bodyMarkers().contains(letters)) {
            state = State.BODY;
            out.add(Line.sectionMarker(number, start, end, text, bodyMarker(letters)));
            return;
        }
        SpeakerLines.Found found = speakers.find(text, next);
        if (found != null && (Speakers.isOperator(found.name()) || directory.exact(found.name()) != null)) {
            // No marker: the call starts with the operator or a listed speaker, not a glossary's "Term: meaning".
            state = State.BODY;
            body(number, start, end, text, next);
            return;
        }
        emit(number, start, end, text, LineKind.IGNORED);
    }

    private void body(int number, int start, int end, String text, String next) {
        if (titleBelow != null) {
            boolean title = titleBelow.equals(text);
            titleBelow = null;
            if (title) {
                emit(number, start, end, text, LineKind.IGNORED);
                return;
            }
        }
        if (firmColumnFollows) {
            firmColumnFollows = false;
            String firm = SpeakerLines.firmColumn(text);
            if (firm != null) {
                // "(Acme Securities) is on costs.": the speaker's firm, then their words.
                int cut = text.indexOf(')') + 1;
                while (cut < text.length() && text.charAt(cut) == ' ') {
                    cut++;
                }
                emit(number, start + cut, end, text.substring(cut), cut < text.length() ? LineKind.PARAGRAPH : LineKind.IGNORED);
                return;
            }
        }
        // Only a marker or a heading needs the letters; most lines are neither.
        String letters = (text.length() <= MAX_MARKER_LENGTH || LineShapes.isHeadingText(text))
                && Speakers.hasAtMostLetters(text, MAX_MARKER_LETTERS) ? Speakers.letters(text) : "";
        if (speakerLines > 0 && (rules.isFooter(text) || LegalNotices.isHeading(text))) {
            // The vendor's boilerplate, or a notice's heading after the call ("Important Notice", "Safe Harbor:
            // ..."): the last turn ends there, and no heading is taken for a speaker.
            state = State.FOOTER;
            emit(number, start, end, text, LineKind.FOOTER);
            return;
        }
        if (rules.isNoise(text)) {
            emit(number, start, end, text, LineKind.IGNORED);
            return;
        }
        MarkerKind marker = text.length() <= MAX_MARKER_LENGTH ? marker(letters) : null;
        if (marker != null) {
            if (marker == MarkerKind.QA && !letters.equals(rules.qaMarkers().get(0))) {
                diagnostics.report(DiagnosticCode.QA_MARKER_VARIANT, number, "Q&A marker spelled '" + text + "'");
            }
            out.add(Line.sectionMarker(number, start, end, text, marker));
            return;
        }
        if (LineShapes.isHeadingText(text) && rules.rosterHeadings().containsKey(letters)) {
            if (rules.rosterFirst() && speakerLines > 0 && roster.sawRoster()) {
                state = State.REPEAT;
                // Only a second roster starts a copy: before the first, the "turns" were a cover page's lines.
                diagnostics.report(DiagnosticCode.REPEATED_TRANSCRIPT, number,
                        "a roster heading after the transcript's turns starts a second copy of the transcript; "
                                + "the rest of the file is ignored");
                emit(number, start, end, text, LineKind.IGNORED);
            } else {
                heading(number, start, end, text, rules.rosterHeadings().get(letters));
            }
            return;
        }
        SpeakerLines.Found found = speakers.find(text, next);
        if (found == null) {
            emit(number, start, end, text, LineKind.PARAGRAPH);
            return;
        }
        speakerLines++;
        firmColumnFollows = found.detail() != null && found.detail().equals(SpeakerLines.firmColumn(next));
        titleBelow = found.titleBelow() ? found.detail() : null;
        int labelEnd = found.labelEnd();
        out.add(Line.speaker(number, start, start + labelEnd, text.substring(0, labelEnd).trim(),
                found.name(), found.detail(), found.mark()));
        if (found.textStart() < text.length()) {
            out.add(Line.of(number, start + found.textStart(), end, text.substring(found.textStart()),
                    LineKind.PARAGRAPH));
        }
    }

    /** What a body marker opens: the section it names (an Event Brief's verbatim Q&amp;A), else the prepared remarks. */
    private MarkerKind bodyMarker(String letters) {
        MarkerKind kind = marker(letters);
        return kind == null ? MarkerKind.PREPARED : kind;
    }

    private MarkerKind marker(String letters) {
        if (letters.isEmpty() || letters.length() > MAX_MARKER_LETTERS) {
            return null;
        }
        if (rules.qaMarkers().contains(letters)) {
            return MarkerKind.QA;
        }
        if (rules.prepMarkers().contains(letters)) {
            return MarkerKind.PREPARED;
        }
        if (rules.endMarkers().contains(letters)) {
            return MarkerKind.END_QA;
        }
        return null;
    }

    public boolean sawRoster() {
        return roster.sawRoster();
    }

    private void emit(int number, int start, int end, String text, LineKind kind) {
        out.add(Line.of(number, start, end, text, kind));
    }
}
