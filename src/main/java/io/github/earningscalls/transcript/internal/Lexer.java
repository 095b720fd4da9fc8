package io.github.earningscalls.transcript.internal;

import io.github.earningscalls.transcript.model.Role;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Classifies every line once, in order, as a small state machine. It keeps the context a
 * classifier needs (where in the document it is, which names the roster listed) and looks ahead
 * one line at most; it never goes back.
 */
final class Lexer {
    /** Where in the document the lexer is. */
    private enum State { PREAMBLE, ROSTER, BODY, FOOTER, REPEAT }

    private final LayoutRules rules;
    private final ParticipantDirectory directory;
    private final DiagnosticCollector diagnostics;
    private State state = State.PREAMBLE;
    private Role rosterGroup = Role.CORPORATE;
    private boolean sawTitle;
    private boolean sawEvent;
    private boolean sawRoster;
    private int speakerLines;
    private int repairedLines;
    private int firstRepairedLine;
    /** Labels that may be found run into a long line's text: roster lines and names, printed markers. */
    private final List<String> gluedLabels = new ArrayList<>();

    Lexer(LayoutRules rules, ParticipantDirectory directory, DiagnosticCollector diagnostics) {
        this.rules = rules;
        this.directory = directory;
        this.diagnostics = diagnostics;
    }

    List<Line> lex(List<LineReader.RawLine> raw) {
        List<Line> out = new ArrayList<>(raw.size());
        gluedLabels.addAll(rules.printedMarkers());
        String[] texts = new String[raw.size()];
        String[] rawTexts = new String[raw.size()];
        int[] starts = new int[raw.size()];
        int[] ends = new int[raw.size()];
        for (int i = 0; i < raw.size(); i++) {
            LineReader.RawLine r = raw.get(i);
            String s = r.text();
            int a = 0;
            int b = s.length();
            while (a < b && isSpace(s.charAt(a))) {
                a++;
            }
            while (b > a && isSpace(s.charAt(b - 1))) {
                b--;
            }
            String trimmed = s.substring(a, b);
            String repaired = Mojibake.repair(trimmed);
            if (repaired != trimmed) {
                if (repairedLines++ == 0) {
                    firstRepairedLine = r.number();
                }
            }
            texts[i] = repaired;
            rawTexts[i] = trimmed;
            starts[i] = r.start() + a;
            ends[i] = r.start() + b;
        }
        if (repairedLines > 0) {
            diagnostics.info(DiagnosticCodes.MOJIBAKE_REPAIRED, firstRepairedLine,
                    "repaired double-encoded UTF-8 characters on " + repairedLines + " line(s)");
        }
        for (int i = 0; i < texts.length; i++) {
            String next = nextNonBlank(texts, i + 1);
            Line line = classify(raw.get(i).number(), starts[i], ends[i], texts[i], next);
            if (line.kind() == LineKind.PARAGRAPH && state == State.BODY && line.text().length() >= GLUE_MIN_LENGTH) {
                List<Glue.Hit> hits = Glue.find(line.text(), gluedLabels);
                if (!hits.isEmpty()) {
                    splitGlued(line, rawTexts[i], hits, out);
                    continue;
                }
            }
            out.add(line);
        }
        return out;
    }

    /** Lines shorter than this are never searched for run-together speakers. */
    private static final int GLUE_MIN_LENGTH = 200;

    /** Cuts a line that holds several turns run together into the lines it should have been. */
    private void splitGlued(Line line, String rawText, List<Glue.Hit> hits, List<Line> out) {
        String text = line.text();
        int[] map = text.equals(rawText) ? null : Mojibake.offsetMap(rawText);
        int pos = 0;
        int turns = 0;
        for (Glue.Hit h : hits) {
            paragraphs(line, map, pos, h.start(), out);
            Line label = body(line.number(), offset(line, map, h.start()), offset(line, map, h.end()),
                    text.substring(h.start(), h.end()), "");
            if (label.kind() == LineKind.SPEAKER_LINE) {
                turns++;
            }
            out.add(label);
            pos = h.end();
        }
        paragraphs(line, map, pos, text.length(), out);
        diagnostics.info(DiagnosticCodes.GLUED_TEXT_SPLIT, line.number(), "the line runs " + turns
                + " speaker turn(s) into its text; split at the speaker names");
    }

    private static void paragraphs(Line line, int[] map, int from, int to, List<Line> out) {
        String text = line.text();
        int a = from;
        for (int end : Glue.paragraphEnds(text, from, to)) {
            int s = a;
            int e = end;
            while (s < e && Character.isWhitespace(text.charAt(s))) {
                s++;
            }
            while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
                e--;
            }
            if (e > s) {
                out.add(new Line(line.number(), offset(line, map, s), offset(line, map, e), text.substring(s, e),
                        LineKind.PARAGRAPH, null, null, (char) 0));
            }
            a = end;
        }
    }

    private static int offset(Line line, int[] map, int i) {
        return line.start() + (map == null ? i : map[i]);
    }

    private static String nextNonBlank(String[] texts, int from) {
        for (int j = from; j < texts.length && j < from + 3; j++) {
            if (!texts[j].isEmpty()) {
                return texts[j];
            }
        }
        return null;
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || c == '\u00A0' || c == '\uFEFF' || c == '\u200B';
    }

    private Line classify(int number, int start, int end, String text, String next) {
        if (text.isEmpty()) {
            return line(number, start, end, text, LineKind.BLANK, null, null, (char) 0);
        }
        switch (state) {
            case FOOTER:
                return line(number, start, end, text, LineKind.FOOTER, null, null, (char) 0);
            case REPEAT:
                return line(number, start, end, text, LineKind.IGNORED, null, null, (char) 0);
            case PREAMBLE:
                return preamble(number, start, end, text, next);
            case ROSTER:
                return roster(number, start, end, text, next);
            default:
                return body(number, start, end, text, next);
        }
    }

    private Line preamble(int number, int start, int end, String text, String next) {
        String letters = Speakers.letters(text);
        Role group = rules.rosterHeadings().get(letters);
        if (group != null && text.length() < 60) {
            return heading(number, start, end, text, group);
        }
        if (!sawEvent && EventLine.isEventLine(text)) {
            sawEvent = true;
            return line(number, start, end, text, LineKind.EVENT_LINE, null, null, (char) 0);
        }
        if (!sawTitle && !sawEvent && number <= 5 && EventLine.hasTicker(text)) {
            sawTitle = true;
            return line(number, start, end, text, LineKind.TITLE, null, null, (char) 0);
        }
        state = State.BODY;
        return body(number, start, end, text, next);
    }

    private Line heading(int number, int start, int end, String text, Role group) {
        state = State.ROSTER;
        sawRoster = true;
        rosterGroup = group;
        return line(number, start, end, text, LineKind.ROSTER_HEADING, group.name(), null, (char) 0);
    }

    private Line roster(int number, int start, int end, String text, String next) {
        String letters = Speakers.letters(text);
        Role group = rules.rosterHeadings().get(letters);
        if (group != null && text.length() < 60) {
            return heading(number, start, end, text, group);
        }
        if (Speakers.isOperator(text) || marker(letters) != null || isFooter(text)) {
            state = State.BODY;
            return body(number, start, end, text, next);
        }
        Speakers.Label label = Speakers.split(text);
        String name = label.name();
        if (label.detail() == null && directory.exact(name) != null) {
            // The first speaker is someone the roster already listed.
            state = State.BODY;
            return body(number, start, end, text, next);
        }
        boolean nameLike = Names.looksLikeName(name, 1, label.detail() == null);
        if (nameLike && text.length() <= 300 && !endsSentence(text)) {
            if (label.detail() == null) {
                diagnostics.warn(DiagnosticCodes.ROSTER_ENTRY_WITHOUT_TITLE, number,
                        "roster entry '" + name + "' has no title or firm");
            }
            Person p = new Person(name, null, null, rosterGroup, true, number);
            assignDetail(p, label.detail());
            Person kept = directory.add(p);
            gluedLabels.add(text);
            gluedLabels.add(name);
            if (kept != p) {
                diagnostics.info(DiagnosticCodes.DUPLICATE_ROSTER_ENTRY, number,
                        "roster lists '" + name + "' again (first at line " + kept.line + ")");
            }
            return line(number, start, end, text, LineKind.ROSTER_ENTRY, name, label.detail(), (char) 0);
        }
        if (text.length() <= 120 && text.startsWith("[") && text.endsWith("]")) {
            diagnostics.warn(DiagnosticCodes.ROSTER_LINE_UNREADABLE, number,
                    "roster line '" + text + "' is not a name; ignored");
            return line(number, start, end, text, LineKind.IGNORED, null, null, (char) 0);
        }
        state = State.BODY;
        return body(number, start, end, text, next);
    }

    /** Puts a roster entry's detail where it belongs: a firm for outsiders, a title (or a company name) for insiders. */
    private static void assignDetail(Person p, String detail) {
        if (detail == null) {
            return;
        }
        if (p.role == Role.ANALYST || looksLikeCompany(detail)) {
            p.affiliation = detail;
        } else {
            p.title = detail;
        }
    }

    static boolean looksLikeCompany(String s) {
        String k = " " + s.toLowerCase(Locale.ROOT).replace(",", " ").replace(".", " ") + " ";
        return k.contains(" inc ") || k.contains(" corp ") || k.contains(" corporation ") || k.contains(" co ")
                || k.contains(" llc ") || k.contains(" ltd ") || k.contains(" plc ") || k.contains(" limited ")
                || k.contains(" ag ") || k.contains(" nv ") || k.contains(" sa ") || k.contains(" company ")
                || k.contains(" group ") || k.contains(" holdings ") || k.contains(" lp ");
    }

    private Line body(int number, int start, int end, String text, String next) {
        String letters = Speakers.letters(text);
        if (isFooter(text)) {
            state = State.FOOTER;
            return line(number, start, end, text, LineKind.FOOTER, null, null, (char) 0);
        }
        String marker = text.length() <= 60 ? marker(letters) : null;
        if (marker != null) {
            if (marker.equals("QA") && !letters.equals(rules.qaMarkers().get(0))) {
                diagnostics.info(DiagnosticCodes.QA_MARKER_VARIANT, number,
                        "Q&A marker spelled '" + text + "'");
            }
            return line(number, start, end, text, LineKind.SECTION_MARKER, marker, null, (char) 0);
        }
        if (speakerLines > 0 && text.length() < 60 && rules.rosterHeadings().containsKey(letters)) {
            state = State.REPEAT;
            diagnostics.warn(DiagnosticCodes.REPEATED_TRANSCRIPT, number,
                    "a roster heading after the transcript's turns starts a second copy of the transcript; "
                            + "the rest of the file is ignored");
            return line(number, start, end, text, LineKind.IGNORED, null, null, (char) 0);
        }
        Line speaker = speaker(number, start, end, text, next);
        if (speaker != null) {
            speakerLines++;
            return speaker;
        }
        return line(number, start, end, text, LineKind.PARAGRAPH, null, null, (char) 0);
    }

    private Line speaker(int number, int start, int end, String text, String next) {
        if (text.length() > 200) {
            return null;
        }
        if (Speakers.isOperator(text)) {
            return line(number, start, end, text, LineKind.SPEAKER_LINE, text, null, (char) 0);
        }
        String tagged = taggedSpeaker(text);
        if (tagged != null) {
            return line(number, start, end, text, LineKind.SPEAKER_LINE, tagged, null, (char) 0);
        }
        Speakers.Label label = Speakers.split(text);
        String name = label.name();
        if (name.isEmpty() || endsSentence(name)) {
            return null;
        }
        if (Speakers.isOperator(name)) {
            return line(number, start, end, text, LineKind.SPEAKER_LINE, name, label.detail(), label.mark());
        }
        if (Speakers.genericRole(name) != null && name.length() <= 50) {
            return line(number, start, end, text, LineKind.SPEAKER_LINE, name, label.detail(), label.mark());
        }
        boolean known = directory.resolve(name).kind() != ParticipantDirectory.MatchKind.NONE;
        boolean plausible = known ? Names.looksLikeName(name, 1) || name.length() <= 40
                : Names.looksLikeName(name, 2);
        if (!plausible) {
            return null;
        }
        if (label.detail() != null && (label.detail().length() > 150 || endsSentence(label.detail()))) {
            return null;
        }
        if (!known && next == null) {
            // A name-like line that nothing follows is a fragment, not a speaker.
            return null;
        }
        return line(number, start, end, text, LineKind.SPEAKER_LINE, name, label.detail(), label.mark());
    }

    /**
     * The speaker of a line that is only a vendor's speaker tag: a bracketed tag ending in a roster
     * name ({@code [0AB12-E Jane Doe]}), or an abbreviation with a colon ({@code UCR:} for an
     * unidentified company representative). Null for any other line.
     */
    private String taggedSpeaker(String text) {
        if (text.length() > 80) {
            return null;
        }
        if (text.startsWith("[") && text.endsWith("]")) {
            String inner = text.substring(1, text.length() - 1).trim();
            String[] words = inner.split(" +");
            for (int k = Math.max(1, words.length - 4); k < words.length; k++) {
                String tail = String.join(" ", java.util.Arrays.asList(words).subList(k, words.length));
                if (directory.exact(tail) != null && directory.exact(tail).listed) {
                    return directory.exact(tail).name;
                }
            }
            return null;
        }
        if (text.endsWith(":")) {
            return Speakers.abbreviation(text.substring(0, text.length() - 1).trim());
        }
        return null;
    }

    private static boolean endsSentence(String s) {
        char c = s.charAt(s.length() - 1);
        return c == '?' || c == '!' || c == ',' || c == ';' || c == ':'
                || c == '.' && !(s.length() >= 3 && isAbbreviationEnd(s));
    }

    /** {@code Jr.}, {@code Inc.}, {@code Co.} or an initial end a name or firm, not a sentence. */
    private static boolean isAbbreviationEnd(String s) {
        int sp = s.lastIndexOf(' ');
        String last = s.substring(sp + 1);
        return last.length() <= 5 && Character.isUpperCase(last.charAt(0));
    }

    private String marker(String letters) {
        if (letters.isEmpty() || letters.length() > 40) {
            return null;
        }
        if (rules.qaMarkers().contains(letters)) {
            return "QA";
        }
        if (rules.prepMarkers().contains(letters)) {
            return "PREPARED";
        }
        if (rules.endMarkers().contains(letters)) {
            return "END_QA";
        }
        return null;
    }

    private boolean isFooter(String text) {
        if (text.length() < 12) {
            return false;
        }
        String lower = text.length() > 120 ? text.substring(0, 120).toLowerCase(Locale.ROOT) : text.toLowerCase(Locale.ROOT);
        for (String p : rules.footerPrefixes()) {
            if (lower.startsWith(p)) {
                return true;
            }
        }
        return false;
    }

    boolean sawRoster() {
        return sawRoster;
    }

    private static Line line(int number, int start, int end, String text, LineKind kind, String label, String detail,
                             char mark) {
        return new Line(number, start, end, text, kind, label, detail, mark);
    }
}
