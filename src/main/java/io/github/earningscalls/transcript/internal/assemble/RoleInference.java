package io.github.earningscalls.transcript.internal.assemble;

import io.github.earningscalls.transcript.internal.diagnostic.DiagnosticCode;
import io.github.earningscalls.transcript.internal.diagnostic.DiagnosticCollector;
import io.github.earningscalls.transcript.internal.lex.RoleMark;
import io.github.earningscalls.transcript.internal.people.Introductions;
import io.github.earningscalls.transcript.internal.util.Tokens;
import io.github.earningscalls.transcript.internal.people.Person;
import io.github.earningscalls.transcript.internal.people.Titles;
import io.github.earningscalls.transcript.model.Role;
import io.github.earningscalls.transcript.model.Severity;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Decides what the source does not print: where the Q&amp;A starts when no marker says so, and which
 * side each speaker the roster did not list is on.
 */
final class RoleInference {
    private final List<TurnDraft> drafts;
    /** People added because they spoke without being listed; their role is settled here. */
    private final Set<Person> pendingRole;
    /** The firm the operator named when introducing each person ("" for none), for people the operator introduced. */
    private final Map<Person, String> introductions;
    private final DiagnosticCollector diagnostics;
    /** What single turns say of who is on which side: hosts' hand-overs and introductions. */
    private final TurnEvidence evidence;

    RoleInference(List<TurnDraft> drafts, Set<Person> pendingRole, Map<Person, String> introductions,
                  DiagnosticCollector diagnostics) {
        this.drafts = drafts;
        this.pendingRole = pendingRole;
        this.introductions = introductions;
        this.diagnostics = diagnostics;
        this.evidence = new TurnEvidence(drafts, pendingRole);
    }

    /**
     * Whether short turns of several outsiders (analysts, or people without a role or title yet) ask
     * questions, as {@link SelfChecks} counts a session read as remarks: evidence enough that the call has a
     * Q&amp;A though nobody announced it.
     */
    private boolean holdsASession() {
        int asking = 0;
        Set<Person> askers = new HashSet<>();
        for (TurnDraft d : drafts) {
            Person p = d.person();
            if (isOutsider(p) && d.text().indexOf('?') >= 0 && Tokens.count(d.text()) <= SelfChecks.MAX_ASKING_TURN_WORDS) {
                asking++;
                askers.add(p);
            }
        }
        return asking >= SelfChecks.MIN_ASKING_TURNS && askers.size() >= SelfChecks.MIN_ASKERS;
    }

    /** Someone who may ask: an analyst, or a speaker whose role is still open and who has no title. */
    private boolean isOutsider(Person p) {
        return p.role() == Role.ANALYST || pendingRole.contains(p) && p.title() == null;
    }

    private boolean looksLikeQuestioner(int i) {
        TurnDraft d = drafts.get(i);
        Person p = d.person();
        return d.speakerLine().roleMark() == RoleMark.QUESTION || p.role() == Role.ANALYST
                || pendingRole.contains(p) && introductions.containsKey(p) && introducedAsQuestioner(i);
    }

    /** Places the Q&A at the first operator hand-over to a questioner when the source prints no marker. */
    /** Returns the line where the Q&A starts, or 0 when the transcript has none. */
    int placeQa() {
        boolean sawRemark = false;
        boolean outsiderAsked = false;
        Set<Person> spoken = new HashSet<>();
        for (int i = 0; i + 1 < drafts.size(); i++) {
            TurnDraft d = drafts.get(i);
            boolean spokeBefore = !spoken.add(d.person());
            if (d.person().role() != Role.OPERATOR) {
                // A newcomer's question before any hand-over: a file that starts in the Q&A, left to the search below.
                outsiderAsked |= !spokeBefore && isOutsider(d.person()) && d.text().indexOf('?') >= 0;
                if (sawRemark && spokeBefore && !outsiderAsked && evidence.hostHandsOver(i, spoken)) {
                    int qaLine = drafts.get(i + 1).speakerLine().number();
                    for (int k = i + 1; k < drafts.size(); k++) {
                        drafts.get(k).moveToQa();
                    }
                    diagnostics.reportAs(Severity.INFO, DiagnosticCode.QA_MARKER_MISSING, qaLine, "the transcript has "
                            + "no Q&A marker; the Q&A is taken to start with this question, which follows the host's "
                            + "hand-over to questions");
                    return qaLine;
                }
                sawRemark = true;
                continue;
            }
            TurnDraft next = drafts.get(i + 1);
            // Someone new who speaks right after the operator opens the questions ("on for ..." stand-ins included).
            boolean newcomer = pendingRole.contains(next.person()) && !spoken.contains(next.person())
                    && next.person().title() == null;
            if (sawRemark && (looksLikeQuestioner(i + 1) || newcomer) && Introductions.handsOverToQuestions(d.text())) {
                int qaLine = d.speakerLine().number();
                for (int k = i; k < drafts.size(); k++) {
                    drafts.get(k).moveToQa();
                }
                // The operator's hand-over is firm evidence: many sources print no marker at all.
                diagnostics.reportAs(Severity.INFO, DiagnosticCode.QA_MARKER_MISSING, qaLine,
                        "the transcript has no Q&A marker; the Q&A is taken to start with this operator turn");
                return qaLine;
            }
        }
        // No operator at all (some scrapes drop the operator, some files hold only the Q&A): the Q&A starts
        // with the first question asked by someone who has not spoken yet and is not a company speaker.
        // An operator who never hands over to questions means no Q&A, unless the turns hold a session anyway
        // (an in-room meeting its host moderates, the operator only opening and closing it).
        boolean moderated = false;
        for (int i = 1; i < drafts.size() && !moderated; i++) {
            if (drafts.get(i).person().role() == Role.OPERATOR) {
                if (!holdsASession()) {
                    diagnostics.report(DiagnosticCode.NO_QA_SECTION, 0, "the transcript has no Q&A session");
                    return 0;
                }
                moderated = true;
            }
        }
        Set<Person> spoke = new HashSet<>();
        for (int i = 0; i < drafts.size(); i++) {
            TurnDraft d = drafts.get(i);
            Person p = d.person();
            boolean outsider = isOutsider(p);
            if (!spoke.contains(p) && p.role() != Role.OPERATOR && outsider && d.text().indexOf('?') >= 0) {
                int qaLine = d.speakerLine().number();
                for (int k = i; k < drafts.size(); k++) {
                    drafts.get(k).moveToQa();
                }
                if (moderated) {
                    // Weaker evidence than a marker or a hand-over, and the roles then rest on first turns alone.
                    diagnostics.reportAs(Severity.WARNING, DiagnosticCode.QA_MARKER_MISSING, qaLine, "the transcript "
                            + "has no Q&A marker and the operator never hands over to questions, yet short turns of "
                            + "several people ask them: the Q&A is taken to start with this first question from a new "
                            + "speaker, and who is on which side rests on each one's first turn");
                } else {
                    diagnostics.reportAs(Severity.INFO, DiagnosticCode.QA_MARKER_MISSING, qaLine,
                            "the transcript has no Q&A marker and no operator hand-over; the Q&A is taken to start "
                                    + "with this first question from a new speaker");
                }
                return qaLine;
            }
            spoke.add(p);
        }
        diagnostics.report(DiagnosticCode.NO_QA_SECTION, 0, "the transcript has no Q&A session");
        return 0;
    }

    /**
     * The unlisted speakers the operator never introduces who, in the Q&amp;A, answer: they speak right after
     * a questioner the operator introduced, or right after a turn that reads out someone else's question;
     * and those who read out questions themselves, as a company's host does when analysts send them in.
     */
    private Set<Person> companySide(Set<Person> questioners) {
        Set<Person> answering = new HashSet<>();
        for (int i = 1; i < drafts.size(); i++) {
            TurnDraft d = drafts.get(i);
            Person p = d.person();
            if (!d.inQa() || !pendingRole.contains(p) || introductions.containsKey(p)) {
                continue;
            }
            TurnDraft before = drafts.get(i - 1);
            Person asker = before.person();
            boolean afterQuestioner = asker != p && asker.role() != Role.OPERATOR
                    && (asker.role() == Role.ANALYST || questioners.contains(asker));
            boolean afterReadQuestion = asker != p && asker.role() != Role.OPERATOR
                    && Introductions.readsQuestionFrom(before.text())
                    && !Introductions.mentions(before.text(), p.name())
                    && !Introductions.mentionsGivenName(before.text(), p.name());
            boolean readsQuestions = asker.role() != Role.OPERATOR && Introductions.readsQuestionFrom(d.text())
                    && (i + 1 >= drafts.size() || drafts.get(i + 1).person() != p);
            if (afterQuestioner || afterReadQuestion || readsQuestions) {
                answering.add(p);
            }
        }
        return answering;
    }

    /** The people the operator hands the call to as the next questioner, by name. */
    private Set<Person> introducedQuestioners() {
        Set<Person> questioners = new HashSet<>();
        for (int i = 1; i < drafts.size(); i++) {
            TurnDraft before = drafts.get(i - 1);
            if (before.person().role() == Role.OPERATOR && Introductions.introducesQuestioner(before.text())
                    && Introductions.mentions(before.text(), drafts.get(i).person().name())) {
                questioners.add(drafts.get(i).person());
            }
        }
        return questioners;
    }

    /**
     * Settles the role of every speaker the roster did not list, from what the transcript says of them.
     * {@code unlisted} gives the label of each speaker a printed roster leaves out (empty when the
     * transcript prints none): such a speaker is a WARNING only when nothing firm says who they are.
     */
    void settleRoles(Map<Person, String> unlisted) {
        Set<Person> questioners = introducedQuestioners();
        Set<Person> companySide = companySide(questioners);
        Map<Person, String> introducedTitles = CompanyIntroductions.find(drafts, pendingRole);
        for (int i = 0; i < drafts.size(); i++) {
            TurnDraft d = drafts.get(i);
            Person p = d.person();
            String intro = introductions.get(p);
            if (intro != null && !intro.isEmpty() && p.affiliation() == null
                    && (p.role() == Role.ANALYST || pendingRole.contains(p))) {
                p.learnFirm(intro);
                diagnostics.report(DiagnosticCode.AFFILIATION_FROM_INTRODUCTION, d.speakerLine().number(),
                        "'" + p.name() + "' is with " + p.affiliation() + ", as the operator's introduction says");
            }
            if (!pendingRole.remove(p)) {
                continue;
            }
            String why;
            // Firm evidence: what the source prints about the person, or a question asked in the Q&A. Speaking
            // first in the prepared remarks is only a guess when a printed roster leaves the person out.
            boolean firm = true;
            if (d.speakerLine().roleMark() == RoleMark.QUESTION || intro != null && d.inQa()) {
                p.settleRole(Role.ANALYST);
                why = d.speakerLine().roleMark() == RoleMark.QUESTION ? "the speaker line marks a question"
                        : "the operator introduced them";
            } else if (p.title() != null && Titles.looksLikeTitle(p.title())) {
                p.settleRole(Role.CORPORATE);
                why = "the speaker line gives a company title";
            } else if (introducedTitles.containsKey(p)) {
                p.settleRole(Role.CORPORATE);
                if (p.title() == null) {
                    p.learnTitle(introducedTitles.get(p));
                }
                why = "the prepared remarks introduce them as " + introducedTitles.get(p);
            } else if (i > 0 && drafts.get(i - 1).person().role() == Role.OPERATOR
                    && Introductions.handsOverToManagement(drafts.get(i - 1).text())) {
                p.settleRole(Role.CORPORATE);
                why = "the operator hands the call over to the company's management just before they speak";
            } else if (!d.inQa() && questioners.contains(p) && intro != null && !intro.isEmpty()) {
                // A broker's host opens the call, then asks questions of their own when the operator calls them.
                p.settleRole(Role.ANALYST);
                why = "the operator introduced them with their firm and calls on them for questions";
            } else if (d.inQa() && introducedByHost(i)) {
                p.settleRole(Role.ANALYST);
                why = "the host who reads out the questions introduced them";
            } else if (evidence.broughtIn(i) > 0) {
                p.settleRole(Role.CORPORATE);
                why = "another speaker brings them in by name to answer (line " + evidence.broughtIn(i) + ")";
            } else if (d.inQa() && companySide.contains(p)) {
                p.settleRole(Role.CORPORATE);
                why = "in the Q&A they answer questions the operator or a host put to the call";
            } else if (d.inQa() && answersMoreThanAsks(p)) {
                // Whole-call evidence before the first turn's: a co-chief executive may open with a question.
                p.settleRole(Role.CORPORATE);
                why = "they answer others' questions in the Q&A (" + tally(p)[ANSWERS] + " times)";
            } else if (d.inQa() && d.text().indexOf('?') >= 0 && !introducedSomeoneElse(i)) {
                p.settleRole(Role.ANALYST);
                why = "their first turn in the Q&A asks a question";
            } else if (d.inQa() && tally(p)[ASKS] > 0 && tally(p)[ANSWERS] == 0) {
                p.settleRole(Role.ANALYST);
                why = "they ask questions in the Q&A and answer none";
            } else if (d.inQa() && answeredByName(i)) {
                // "Ravi Mehta, Acme" asks without a question mark; "Thanks, Ravi. I'll take both of those."
                p.settleRole(Role.ANALYST);
                why = "a company speaker replies to them by name";
            } else if (!d.inQa() && evidence.presentsTheCompanysSpeakers(d)) {
                p.settleRole(Role.CORPORATE);
                why = "they open the call and present the company's speakers as joining them";
            } else if (d.inQa() && evidence.calledOnForTheNextQuestion(i) && !introducedSomeoneElse(i)) {
                p.settleRole(Role.ANALYST);
                why = "they first speak right after a call for the next question";
            } else if (d.inQa() && evidence.calledOnByName(i)) {
                p.settleRole(Role.ANALYST);
                why = "they first speak right after the host calls on them by name";
            } else if (d.speakerLine().roleMark() == RoleMark.ANSWER || !d.inQa()) {
                p.settleRole(Role.CORPORATE);
                firm = d.speakerLine().roleMark() == RoleMark.ANSWER;
                why = firm ? "the speaker line marks an answer" : "they first speak in the prepared remarks";
            } else {
                p.settleRole(Role.UNKNOWN);
                why = "nothing says which side they are on";
                firm = false;
            }
            String label = unlisted.get(p);
            if (label != null) {
                diagnostics.reportAs(firm ? Severity.INFO : Severity.WARNING, DiagnosticCode.SPEAKER_NOT_IN_ROSTER,
                        d.speakerLine().number(), "'" + label + "' is not in the roster");
            }
            diagnostics.reportAs(p.role() == Role.UNKNOWN ? Severity.WARNING : Severity.INFO,
                    DiagnosticCode.ROLE_INFERRED, d.speakerLine().number(),
                    "'" + p.name() + "' taken as " + p.role() + ": " + why);
        }
    }

    /** Index of {@link #tally}'s count of Q&amp;A turns that ask. */
    private static final int ASKS = 0;
    /** Index of {@link #tally}'s count of Q&amp;A turns that reply to someone else's question. */
    private static final int ANSWERS = 1;
    /** Replies to others' questions it takes to call a speaker a company speaker: one could be a follow-up. */
    static final int MIN_ANSWERS = 2;

    /** Per speaker, what their Q&amp;A turns do over the whole call; counted once, on first use. */
    private Map<Person, int[]> tallies;

    private int[] tally(Person p) {
        if (tallies == null) {
            tallies = new HashMap<>();
            for (int i = 0; i < drafts.size(); i++) {
                TurnDraft d = drafts.get(i);
                if (!d.inQa() || d.person().role() == Role.OPERATOR) {
                    continue;
                }
                int[] t = tallies.computeIfAbsent(d.person(), k -> new int[2]);
                // A question right after the operator introduced someone else may be theirs, misattributed.
                if (d.text().indexOf('?') >= 0 && !introducedSomeoneElse(i)) {
                    t[ASKS]++;
                }
                TurnDraft before = i > 0 ? drafts.get(i - 1) : null;
                if (before != null && before.person() != d.person() && before.person().role() != Role.OPERATOR
                        && before.text().indexOf('?') >= 0) {
                    t[ANSWERS]++;
                }
            }
        }
        return tallies.getOrDefault(p, new int[2]);
    }

    private boolean answersMoreThanAsks(Person p) {
        int[] t = tally(p);
        return t[ANSWERS] >= MIN_ANSWERS && t[ANSWERS] > t[ASKS];
    }

    /** Whether the turn before this one, not the operator's, hands over to this speaker's question ("from Jane at Acme"). */
    private boolean introducedByHost(int i) {
        if (i == 0) {
            return false;
        }
        TurnDraft before = drafts.get(i - 1);
        String name = drafts.get(i).person().name();
        return before.person().role() != Role.OPERATOR && before.person() != drafts.get(i).person()
                && Introductions.readsQuestionFrom(before.text())
                && (Introductions.mentions(before.text(), name) || Introductions.mentionsGivenName(before.text(), name)
                || Introductions.firmOf(before.text(), name) != null);
    }

    /**
     * Whether the turn after this one is a company speaker's that opens by addressing this speaker by their
     * given name ({@code Thanks, Ravi.}, {@code Ravi, on your first point}): the reply to a questioner.
     */
    private boolean answeredByName(int i) {
        if (i + 1 >= drafts.size()) {
            return false;
        }
        TurnDraft reply = drafts.get(i + 1);
        Person p = drafts.get(i).person();
        if (reply.person() == p || reply.person().role() != Role.CORPORATE) {
            return false;
        }
        String text = reply.text();
        return Introductions.givenNameAt(text.substring(0, Math.min(text.length(), REPLY_OPENING)), p.name(), 0) >= 0;
    }

    /** Where a reply addresses the questioner by name: its first words. */
    private static final int REPLY_OPENING = 40;

    /** Whether the operator turn before this one introduces this speaker as the next questioner. */
    private boolean introducedAsQuestioner(int i) {
        return i > 0 && drafts.get(i - 1).person().role() == Role.OPERATOR
                && Introductions.introducesQuestioner(drafts.get(i - 1).text());
    }

    /** Whether the operator turn before this one introduced a questioner, and not this speaker. */
    private boolean introducedSomeoneElse(int i) {
        TurnDraft d = drafts.get(i);
        if (i <= 0 || drafts.get(i - 1).person().role() != Role.OPERATOR) {
            return false;
        }
        String intro = drafts.get(i - 1).text();
        if (!Introductions.introducesQuestioner(intro) || Introductions.mentions(intro, d.person().name())) {
            return false;
        }
        String introduced = Introductions.introducedName(intro);
        return introduced == null || !Introductions.couldBe(introduced, d.person().name());
    }
}
