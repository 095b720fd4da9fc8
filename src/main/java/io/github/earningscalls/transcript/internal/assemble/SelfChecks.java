package io.github.earningscalls.transcript.internal.assemble;

import io.github.earningscalls.transcript.internal.diagnostic.DiagnosticCode;
import io.github.earningscalls.transcript.internal.diagnostic.DiagnosticCollector;
import io.github.earningscalls.transcript.internal.lex.Speakers;
import io.github.earningscalls.transcript.internal.people.Introductions;
import io.github.earningscalls.transcript.internal.people.Names;
import io.github.earningscalls.transcript.internal.people.Person;
import io.github.earningscalls.transcript.internal.people.Titles;
import io.github.earningscalls.transcript.internal.util.Tokens;
import io.github.earningscalls.transcript.model.Role;
import io.github.earningscalls.transcript.model.Section;
import io.github.earningscalls.transcript.model.SectionKind;
import io.github.earningscalls.transcript.model.Severity;
import io.github.earningscalls.transcript.model.Turn;
import io.github.earningscalls.transcript.model.TurnKind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads the finished transcript as a whole and reports what a careful reader would doubt: a structure
 * whose turns cannot be right is an ERROR, a doubt about one speaker or turn a WARNING on its line. A
 * parse that is wrong in a large way then says so, whichever rule upstream went astray.
 */
final class SelfChecks {
    /**
     * Q&amp;A turns hold 30 to 250 words on average across every layout of the corpus; far more per turn
     * means speaker lines went unrecognised and several people's words were run together.
     */
    static final int MAX_QA_WORDS_PER_TURN = 350;
    /** Below this many Q&amp;A words the words-per-turn average says too little to judge. */
    static final int MIN_QA_WORDS_TO_JUDGE = 1500;
    /**
     * Over a whole call, even one of long prepared speeches and no Q&amp;A, speakers average under 1,500
     * words a turn in the corpus; far more means the turns are not the call's.
     */
    static final int MAX_WORDS_PER_TURN = 2500;
    /** Below this many words a call may be a short statement by one or two people. */
    static final int MIN_WORDS_TO_JUDGE_CALL = 5000;
    /**
     * A single turn asking this many questions holds a question-and-answer session that was not split
     * into turns; speeches ask a handful of rhetorical questions at most.
     */
    static final int MAX_QUESTIONS_IN_ONE_TURN = 15;
    /**
     * A question put in a session is a short turn; a speech's rhetorical question sits in a long one
     * (pre-recorded calls have no Q&amp;A and speeches of a thousand words).
     */
    static final int MAX_ASKING_TURN_WORDS = 300;
    /** Short asking turns, and speakers asking them, that make a session read as remarks. */
    static final int MIN_ASKING_TURNS = 5;
    static final int MIN_ASKERS = 3;
    /**
     * Operators hand over in a sentence or two; only the opening turn (a welcome, often with the
     * forward-looking statement read out) runs long. A later operator turn beyond this holds other
     * people's words.
     */
    static final int MAX_OPERATOR_WORDS = 400;
    /** After naming the questioner, an operator adds a firm and "your line is open", rarely more words. */
    static final int MAX_HANDOVER_TAIL_WORDS = 30;
    /** Names of more words than this read like speech. */
    private static final int MAX_NAME_WORDS = 5;

    /** Words that open a reply and never a name ("Hey Ken.", "Thanks, Tom."). */
    private static final Set<String> SPEECH_OPENERS = Set.of("hey", "hi", "hello", "thanks", "thank", "okay", "ok",
            "yes", "yeah", "sorry", "sure", "great", "well", "so", "and", "but", "good", "morning", "afternoon",
            "right", "perfect", "got", "congratulations", "sounds");
    /** Words of the headings and notices that stand alone on a line like a speaker's name. */
    private static final Set<String> HEADING_WORDS = Set.of("safe", "harbor", "harbour", "notice", "important",
            "disclaimer", "cautionary", "statement", "statements", "forward", "looking", "agenda", "presentation",
            "appendix", "contents", "definitions", "glossary", "copyright", "legal");
    private static final Set<String> NAME_SUFFIXES = Set.of("jr", "sr", "esq", "phd", "inc", "ltd", "co");

    private final List<Section> sections;
    private final DiagnosticCollector diagnostics;

    private SelfChecks(List<Section> sections, DiagnosticCollector diagnostics) {
        this.sections = sections;
        this.diagnostics = diagnostics;
    }

    /** Runs every check over the assembled sections and the people of the call. */
    static void run(List<Section> sections, List<Person> participants, DiagnosticCollector diagnostics) {
        SelfChecks c = new SelfChecks(sections, diagnostics);
        c.turnDensity();
        c.sessionInRemarks();
        c.operatorTurns();
        c.handOvers();
        c.sidesAgree();
        c.names(participants);
    }

    /** Too few turns for the words: whole stretches of the call fell into a few turns. */
    private void turnDensity() {
        // Each section's words are counted at most once, when a bound from its length cannot decide.
        int[] counted = new int[sections.size()];
        Arrays.fill(counted, -1);
        for (int i = 0; i < sections.size(); i++) {
            Section s = sections.get(i);
            if (s.kind() != SectionKind.QUESTIONS_AND_ANSWERS || s.turns().isEmpty()) {
                continue;
            }
            int turns = s.turns().size();
            // Counting words costs a pass over the text; most calls are far below the bound without it.
            int atMost = wordsAtMost(s);
            if (atMost < MIN_QA_WORDS_TO_JUDGE || atMost <= MAX_QA_WORDS_PER_TURN * turns) {
                continue;
            }
            int words = counted[i] = s.wordCount();
            if (words >= MIN_QA_WORDS_TO_JUDGE && words > MAX_QA_WORDS_PER_TURN * turns) {
                diagnostics.report(DiagnosticCode.FEW_TURNS, s.line(), String.format(Locale.ROOT,
                        "the Q&A has %d turns for %d words (%d words a turn; calls have at most about %d): "
                                + "speaker lines were missed and several people's words run together",
                        turns, words, words / turns, MAX_QA_WORDS_PER_TURN));
            }
        }
        int bound = 0;
        int turns = 0;
        for (Section s : sections) {
            bound += wordsAtMost(s);
            turns += s.turns().size();
        }
        int words = 0;
        if (bound >= MIN_WORDS_TO_JUDGE_CALL && bound > MAX_WORDS_PER_TURN * turns) {
            for (int i = 0; i < sections.size(); i++) {
                words += counted[i] >= 0 ? counted[i] : sections.get(i).wordCount();
            }
        }
        if (words >= MIN_WORDS_TO_JUDGE_CALL && words > MAX_WORDS_PER_TURN * turns) {
            diagnostics.report(DiagnosticCode.FEW_TURNS, sections.get(0).line(), String.format(Locale.ROOT,
                    "the call has %d turns for %d words (%d words a turn; even calls of long speeches have at "
                            + "most about %d): speaker lines were missed, or the layout is not the one it was read as",
                    turns, words, words / turns, MAX_WORDS_PER_TURN));
        }
        // One ERROR for the first such turn, however many there are: the cap on diagnostics keeps ERRORs.
        Turn first = null;
        int firstAsked = 0;
        int more = 0;
        for (Section s : sections) {
            for (Turn t : s.turns()) {
                if (t.role() == Role.OPERATOR) {
                    continue;
                }
                int asked = questionMarks(t);
                if (asked >= MAX_QUESTIONS_IN_ONE_TURN) {
                    if (first == null) {
                        first = t;
                        firstAsked = asked;
                    } else {
                        more++;
                    }
                }
            }
        }
        if (first != null) {
            diagnostics.report(DiagnosticCode.FEW_TURNS, first.line(), String.format(Locale.ROOT,
                    "the turn of '%s' (%d words) asks %d questions: a question-and-answer exchange was not split "
                            + "into turns%s", first.speaker(), first.wordCount(), firstAsked,
                    more == 0 ? "" : " (and " + more + " more turns like it)"));
        }
    }

    /**
     * No Q&amp;A, yet short turns of several people ask questions: a session without a marker or an
     * operator's hand-over (an in-room meeting the host moderates) was read as remarks.
     */
    private void sessionInRemarks() {
        for (Section s : sections) {
            if (s.kind() == SectionKind.QUESTIONS_AND_ANSWERS) {
                return;
            }
        }
        Turn first = null;
        int asking = 0;
        Set<String> askers = new HashSet<>();
        for (Section s : sections) {
            for (Turn t : s.turns()) {
                if (t.role() != Role.OPERATOR && questionMarks(t) > 0 && t.wordCount() <= MAX_ASKING_TURN_WORDS) {
                    first = first == null ? t : first;
                    asking++;
                    askers.add(t.speakerId());
                }
            }
        }
        if (asking >= MIN_ASKING_TURNS && askers.size() >= MIN_ASKERS) {
            diagnostics.report(DiagnosticCode.QA_NOT_FOUND, first.line(), String.format(Locale.ROOT,
                    "the transcript has no Q&A, yet %d short turns of %d speakers ask questions, the first here: "
                            + "the session was read as remarks and its questioners as the company's people",
                    asking, askers.size()));
        }
    }

    /** An upper bound of a turn's words from its length: a word takes a character and a separator. */
    private static int wordsAtMost(Turn t) {
        int chars = 0;
        for (var p : t.paragraphs()) {
            chars += p.text().length() + 1;
        }
        return chars / 2 + 1;
    }

    private static int wordsAtMost(Section s) {
        int n = 0;
        for (Turn t : s.turns()) {
            n += wordsAtMost(t);
        }
        return n;
    }

    private static int questionMarks(Turn t) {
        int n = 0;
        for (var p : t.paragraphs()) {
            String text = p.text();
            for (int i = text.indexOf('?'); i >= 0; i = text.indexOf('?', i + 1)) {
                n++;
            }
        }
        return n;
    }

    /** Operator turns that run far longer than an operator speaks. */
    private void operatorTurns() {
        boolean first = true;
        for (Section s : sections) {
            for (Turn t : s.turns()) {
                if (t.role() != Role.OPERATOR) {
                    continue;
                }
                if (!first && wordsAtMost(t) > MAX_OPERATOR_WORDS && t.wordCount() > MAX_OPERATOR_WORDS) {
                    diagnostics.report(DiagnosticCode.OPERATOR_TURN_LONG, t.line(), String.format(Locale.ROOT,
                            "this operator turn has %d words (operators rarely pass %d): it probably holds "
                                    + "the words of speakers whose lines were missed", t.wordCount(), MAX_OPERATOR_WORDS));
                }
                first = false;
            }
        }
    }

    /** The operator introduced a questioner; the next turn should be theirs. */
    private void handOvers() {
        for (Section s : sections) {
            if (s.kind() != SectionKind.QUESTIONS_AND_ANSWERS) {
                continue;
            }
            List<Turn> turns = s.turns();
            for (int i = 0; i + 1 < turns.size(); i++) {
                Turn op = turns.get(i);
                Turn next = turns.get(i + 1);
                if (op.role() != Role.OPERATOR || next.role() == Role.OPERATOR) {
                    continue;
                }
                String text = op.plainText();
                if (!Introductions.introducesQuestioner(text)) {
                    continue;
                }
                String introduced = Introductions.introducedName(text);
                // "Unidentified Analyst" and the like may be anyone the operator introduced.
                if (introduced == null || Speakers.genericRole(next.speaker()) != null) {
                    continue;
                }
                // "Ke n Roe": a name the PDF split inside a word reads as "Ke", yet names the next speaker.
                if (!Introductions.couldBe(introduced, next.speaker()) && !Introductions.mentions(text, next.speaker())) {
                    if (holdsTheirWords(text, introduced)) {
                        diagnostics.report(DiagnosticCode.INTRODUCED_SPEAKER_MISSING, next.line(),
                                "the operator introduced '" + introduced + "' but '" + next.speaker()
                                        + "' speaks next, and the operator's turn goes on after the introduction: "
                                        + "their speaker line was probably missed");
                    } else {
                        // Some sources leave a question out; the turns are then as the source gives them.
                        diagnostics.reportAs(Severity.INFO, DiagnosticCode.INTRODUCED_SPEAKER_MISSING, next.line(),
                                "the operator introduced '" + introduced + "' but '" + next.speaker()
                                        + "' speaks next: the source gives no words of theirs here");
                    }
                } else if (next.role() == Role.CORPORATE) {
                    diagnostics.report(DiagnosticCode.ROLE_CONTRADICTS_TURN, next.line(),
                            "the operator introduced '" + next.speaker() + "' as a questioner, but they are "
                                    + "taken as CORPORATE");
                }
            }
        }
    }

    /**
     * Whether the operator's turn goes on past the introduction with a question or more than a
     * hand-over's words: the introduced person's own words then sit in the operator's turn.
     */
    private static boolean holdsTheirWords(String text, String introduced) {
        int at = text.lastIndexOf(introduced);
        String tail = at < 0 ? "" : text.substring(at + introduced.length());
        return tail.indexOf('?') >= 0 || Tokens.count(tail) > MAX_HANDOVER_TAIL_WORDS;
    }

    /** A turn's kind should agree with its speaker's side. */
    private void sidesAgree() {
        Map<String, List<Turn>> contradicting = new LinkedHashMap<>();
        for (Section s : sections) {
            for (Turn t : s.turns()) {
                boolean bad = t.kind() == TurnKind.QUESTION && t.role() == Role.CORPORATE
                        || t.kind() == TurnKind.ANSWER && t.role() == Role.ANALYST;
                if (bad) {
                    contradicting.computeIfAbsent(t.speakerId(), k -> new ArrayList<>()).add(t);
                }
            }
        }
        // An analyst asking in the prepared remarks: the Q&A probably starts earlier than it was placed.
        for (Section s : sections) {
            if (s.kind() != SectionKind.PREPARED_REMARKS) {
                continue;
            }
            for (Turn t : s.turns()) {
                if (t.role() == Role.ANALYST && questionMarks(t) > 0) {
                    diagnostics.report(DiagnosticCode.ROLE_CONTRADICTS_TURN, t.line(), "'" + t.speaker()
                            + "' is taken as ANALYST and asks a question in the prepared remarks: the Q&A may "
                            + "start earlier, or the speaker's side is wrong");
                    break;
                }
            }
        }
        for (List<Turn> ts : contradicting.values()) {
            Turn t = ts.get(0);
            diagnostics.report(DiagnosticCode.ROLE_CONTRADICTS_TURN, t.line(), String.format(Locale.ROOT,
                    "'%s' is taken as %s but the source marks %s %s", t.speaker(), t.role(),
                    ts.size() == 1 ? "this turn as" : ts.size() + " of their turns, from this one, as",
                    t.kind() == TurnKind.QUESTION ? "a question" : "an answer"));
        }
    }

    /** Participants whose names read like speech or a title. */
    private void names(List<Person> people) {
        for (Person p : people) {
            if (p.role() == Role.OPERATOR) {
                continue;
            }
            String why = nameDoubt(p.name());
            if (why != null) {
                diagnostics.report(DiagnosticCode.SUSPECT_PARTICIPANT_NAME, p.line(),
                        "participant '" + p.name() + "' " + why + ": a line of text may have been read as a speaker");
            }
        }
    }

    /** Why the name does not read as a person's name, or null when it does. */
    static String nameDoubt(String name) {
        String trimmed = name.strip();
        if (trimmed.isEmpty()) {
            return "has no name";
        }
        char last = trimmed.charAt(trimmed.length() - 1);
        if (last == '?' || last == '!' || last == ',' || last == ':' || last == ';') {
            return "ends like a sentence";
        }
        List<String> ws = Names.lowerCaseWords(trimmed);
        if (ws.size() > MAX_NAME_WORDS) {
            return "has " + ws.size() + " words";
        }
        if (!ws.isEmpty() && SPEECH_OPENERS.contains(ws.get(0))) {
            return "begins with '" + ws.get(0) + "'";
        }
        if (last == '.' && !ws.isEmpty()) {
            String w = ws.get(ws.size() - 1);
            if (w.length() >= 3 && !NAME_SUFFIXES.contains(w)) {
                return "ends like a sentence";
            }
        }
        if (!ws.isEmpty() && HEADING_WORDS.containsAll(ws)) {
            return "reads like a heading";
        }
        for (int i = 0; i < trimmed.length(); i++) {
            char c = trimmed.charAt(i);
            if (Character.isDigit(c)) {
                return "holds digits";
            }
        }
        // "Unidentified Analyst" and the like are how sources name people they could not name.
        if (Titles.isOnlyTitle(trimmed) && Speakers.genericRole(trimmed) == null) {
            return "reads like a job title";
        }
        return null;
    }
}
