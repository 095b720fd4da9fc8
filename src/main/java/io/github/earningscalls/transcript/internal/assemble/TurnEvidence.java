package io.github.earningscalls.transcript.internal.assemble;

import io.github.earningscalls.transcript.internal.people.Introductions;
import io.github.earningscalls.transcript.internal.people.Invitations;
import io.github.earningscalls.transcript.internal.people.Person;
import io.github.earningscalls.transcript.model.Role;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a turn says of the side its neighbours speak for, where no operator introduces anyone: a host who
 * hands over to questions or calls for the next one, brings a colleague in to answer, or presents the
 * company's speakers as joining them. {@link RoleInference} weighs it with the rest.
 */
final class TurnEvidence {
    /** How far from its end a host's turn hands over to questions ("... happy to take your questions. Jane."). */
    private static final int HAND_OVER_TAIL = 300;

    /** How a host presents the people with them: "Joining me on the call today are ...", "I'm joined by ...". */
    private static final Pattern JOINING = Pattern.compile(
            "\\b(?:[Jj]oining me|[Ww]ith me (?:today|here|on the call)|joined (?:today |here )?by)\\b");

    /** How far from its end a turn asks for the next question ("... Perhaps we can go to the next question, please."). */
    private static final int NEXT_QUESTION_TAIL = 120;

    private final List<TurnDraft> drafts;
    /** People whose side is still open. */
    private final Set<Person> pendingRole;
    /** Per person brought in to answer, the line of the first turn that does so; filled on first use. */
    private Map<Person, Integer> broughtIn;

    TurnEvidence(List<TurnDraft> drafts, Set<Person> pendingRole) {
        this.drafts = drafts;
        this.pendingRole = pendingRole;
    }

    /**
     * Whether this turn, by someone who spoke before in the remarks, ends by handing over to questions and a
     * newcomer with no title asks one next: a call whose host, not the operator, opens the Q&amp;A.
     */
    boolean hostHandsOver(int i, Set<Person> spoken) {
        TurnDraft next = drafts.get(i + 1);
        Person asker = next.person();
        String text = drafts.get(i).text();
        return pendingRole.contains(asker) && !spoken.contains(asker) && asker.title() == null
                && next.text().indexOf('?') >= 0
                && Introductions.handsOverToQuestions(text.substring(Math.max(0, text.length() - HAND_OVER_TAIL)));
    }

    /**
     * Whether the turn says who is joining its speaker and names a company speaker among them, as the host
     * who opens a call for the company does ("Joining me on the call today are Jane Roe, our CEO, ...").
     */
    boolean presentsTheCompanysSpeakers(TurnDraft d) {
        String text = d.text();
        if (!JOINING.matcher(text).find()) {
            return false;
        }
        // Each person once, however many turns they have.
        Set<Person> asked = new HashSet<>();
        for (TurnDraft other : drafts) {
            Person q = other.person();
            if (q != d.person() && q.role() == Role.CORPORATE && !pendingRole.contains(q) && asked.add(q)
                    && Introductions.mentions(text, q.name())) {
                return true;
            }
        }
        return false;
    }

    /**
     * The line of a turn before this one in which someone other than the operator brings this turn's speaker
     * in by name to answer ({@code Jane, do you want to take that?}), or 0: hosts of calls without an
     * operator hand each question to a colleague so, never to a questioner.
     */
    int broughtIn(int i) {
        if (broughtIn == null) {
            broughtIn = new HashMap<>();
            List<Person> open = new ArrayList<>(pendingRole);
            for (TurnDraft d : drafts) {
                if (d.person().role() == Role.OPERATOR) {
                    continue;
                }
                for (String word : Invitations.namesBroughtIn(d.text())) {
                    for (Person p : open) {
                        if (p != d.person() && Invitations.isGivenNameOf(word, p.name())) {
                            broughtIn.putIfAbsent(p, d.speakerLine().number());
                        }
                    }
                }
            }
        }
        Integer line = broughtIn.get(drafts.get(i).person());
        return line != null && line < drafts.get(i).speakerLine().number() ? line : 0;
    }

    /**
     * Whether this is the speaker's first turn and the turn before, someone else's, ends by asking for the
     * next question, as a company's host does where no operator introduces the questioners.
     */
    boolean calledOnForTheNextQuestion(int i) {
        if (!firstTurnAfterSomeoneElse(i)) {
            return false;
        }
        String before = drafts.get(i - 1).text();
        String tail = before.substring(Math.max(0, before.length() - NEXT_QUESTION_TAIL)).toLowerCase(Locale.ROOT);
        return tail.contains("next question") || tail.contains("first question");
    }

    /**
     * Whether this is the speaker's first turn and the turn before, someone else's, ends by calling on them
     * with their given name as a sentence of its own ({@code ... happy to take your questions. Ron.}), as a
     * host who moderates the questions in the room does.
     */
    boolean calledOnByName(int i) {
        if (!firstTurnAfterSomeoneElse(i)) {
            return false;
        }
        String before = drafts.get(i - 1).text().stripTrailing();
        if (!before.endsWith(".")) {
            return false;
        }
        int start = before.lastIndexOf(' ') + 1;
        String word = before.substring(start, before.length() - 1);
        boolean ownSentence = start == 0 || start >= 2 && ".?!".indexOf(before.charAt(start - 2)) >= 0;
        return ownSentence && word.length() >= 2 && Character.isUpperCase(word.charAt(0))
                && Invitations.isGivenNameOf(word, drafts.get(i).person().name());
    }

    private boolean firstTurnAfterSomeoneElse(int i) {
        if (i == 0 || drafts.get(i - 1).person() == drafts.get(i).person()) {
            return false;
        }
        for (int k = 0; k < i; k++) {
            if (drafts.get(k).person() == drafts.get(i).person()) {
                return false;
            }
        }
        return true;
    }
}
