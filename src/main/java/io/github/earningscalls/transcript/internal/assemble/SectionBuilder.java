package io.github.earningscalls.transcript.internal.assemble;

import io.github.earningscalls.transcript.internal.diagnostic.DiagnosticCode;
import io.github.earningscalls.transcript.internal.diagnostic.DiagnosticCollector;
import io.github.earningscalls.transcript.internal.lex.RoleMark;
import io.github.earningscalls.transcript.internal.people.Person;
import io.github.earningscalls.transcript.model.Exchange;
import io.github.earningscalls.transcript.model.Paragraph;
import io.github.earningscalls.transcript.model.Role;
import io.github.earningscalls.transcript.model.Section;
import io.github.earningscalls.transcript.model.SectionKind;
import io.github.earningscalls.transcript.model.Turn;
import io.github.earningscalls.transcript.model.TurnKind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Turns the drafts into sections: each turn's kind and questions, and the questioners' exchanges. */
final class SectionBuilder {
    private SectionBuilder() {
    }

    /** The sections, their turns with kinds and questions, and the Q&A exchanges. */
    static List<Section> build(List<TurnDraft> drafts, int prepMarkerLine, int qaLine, DiagnosticCollector diagnostics) {
        List<Turn> prepared = new ArrayList<>();
        List<Turn> qa = new ArrayList<>();
        List<Exchange> exchanges = new ArrayList<>();
        int firstPrepLine = 0;
        String questioner = null;
        int exStart = 0;
        int exEnd = 0;
        List<Integer> exTurns = new ArrayList<>();
        // One string per distinct speaker label: a call repeats its few labels in every turn, and the
        // transcript keeps them all.
        Map<String, String> labels = new HashMap<>();
        Turn previous = null;
        for (TurnDraft d : drafts) {
            Person p = d.person();
            TurnKind kind = kind(d, previous);
            List<String> questions = kind == TurnKind.QUESTION ? questions(d) : List.of();
            if (d.paragraphs().isEmpty()) {
                diagnostics.report(DiagnosticCode.EMPTY_TURN, d.speakerLine().number(),
                        "speaker line '" + d.speakerLine().text() + "' is followed by no text");
            }
            String label = labels.computeIfAbsent(d.speakerLine().text(), text -> text);
            Turn turn = new Turn(p.id(), p.name(), label, p.role(), kind, d.speakerLine().number(), d.endLine(),
                    d.paragraphs(), questions);
            if (!d.inQa()) {
                if (firstPrepLine == 0) {
                    firstPrepLine = d.speakerLine().number();
                }
                prepared.add(turn);
            } else {
                int index = qa.size();
                qa.add(turn);
                if (kind == TurnKind.OPERATOR) {
                    questioner = closeExchange(exchanges, questioner, exStart, exEnd, exTurns);
                } else if (kind == TurnKind.QUESTION && !p.id().equals(questioner)) {
                    closeExchange(exchanges, questioner, exStart, exEnd, exTurns);
                    questioner = p.id();
                    exStart = turn.line();
                    exTurns.add(index);
                    exEnd = turn.endLine();
                } else if (questioner != null) {
                    exTurns.add(index);
                    exEnd = turn.endLine();
                }
            }
            previous = turn;
        }
        closeExchange(exchanges, questioner, exStart, exEnd, exTurns);
        List<Section> sections = new ArrayList<>(2);
        if (!prepared.isEmpty() || prepMarkerLine > 0) {
            int line = prepMarkerLine > 0 ? prepMarkerLine : firstPrepLine;
            sections.add(new Section(SectionKind.PREPARED_REMARKS, line, prepared, List.of()));
        }
        if (qaLine > 0) {
            sections.add(new Section(SectionKind.QUESTIONS_AND_ANSWERS, qaLine, qa, exchanges));
        }
        return sections;
    }

    private static String closeExchange(List<Exchange> out, String questioner, int start, int end, List<Integer> turns) {
        if (questioner != null && !turns.isEmpty()) {
            out.add(new Exchange(questioner, start, end, turns));
        }
        turns.clear();
        return null;
    }

    private static TurnKind kind(TurnDraft d, Turn previous) {
        Role role = d.person().role();
        if (role == Role.OPERATOR) {
            return TurnKind.OPERATOR;
        }
        if (!d.inQa()) {
            return TurnKind.REMARK;
        }
        if (d.textLength() <= Acknowledgments.MAX_CHARS && Acknowledgments.only(d.text(), role == Role.CORPORATE)) {
            return TurnKind.ACKNOWLEDGMENT;
        }
        if (d.speakerLine().roleMark() == RoleMark.QUESTION) {
            return TurnKind.QUESTION;
        }
        if (d.speakerLine().roleMark() == RoleMark.ANSWER) {
            return TurnKind.ANSWER;
        }
        return switch (role) {
            case ANALYST -> TurnKind.QUESTION;
            case CORPORATE -> TurnKind.ANSWER;
            default -> previous != null && previous.kind() == TurnKind.OPERATOR ? TurnKind.QUESTION : TurnKind.ANSWER;
        };
    }

    /** The sentences that ask, paragraph by paragraph: no sentence runs across paragraphs, so none is joined. */
    private static List<String> questions(TurnDraft d) {
        List<String> out = new ArrayList<>();
        for (Paragraph p : d.paragraphs()) {
            out.addAll(Questions.find(p.plainText()));
        }
        return out;
    }
}
