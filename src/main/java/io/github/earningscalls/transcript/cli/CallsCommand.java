package io.github.earningscalls.transcript.cli;

import io.github.earningscalls.transcript.model.CallMetadata;
import io.github.earningscalls.transcript.model.Diagnostic;
import io.github.earningscalls.transcript.model.Participant;
import io.github.earningscalls.transcript.model.Role;
import io.github.earningscalls.transcript.model.Section;
import io.github.earningscalls.transcript.model.SectionKind;
import io.github.earningscalls.transcript.model.Severity;
import io.github.earningscalls.transcript.model.Transcript;
import io.github.earningscalls.transcript.model.Verdict;
import io.github.earningscalls.transcript.model.Turn;
import io.github.earningscalls.transcript.model.TurnKind;
import java.io.IOException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;

/**
 * {@code calls}: one row per transcript, the call's keys with its counts (turns, questions, answers,
 * exchanges, participants), its words by role and its diagnostics by severity, for choosing calls
 * and checking a corpus before any analysis.
 */
@Command(name = "calls", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class, sortOptions = false,
        description = {
            "Prints one row per transcript: its keys (file, ticker, call date, fiscal period), the header's "
                    + "company and event, the layout read, counts of turns, questions, answers, exchanges and "
                    + "participants, words by role, diagnostics by severity, and the verdict (CLEAN, REVIEW or BROKEN).",
            TableCommand.INPUTS_HELP,
            TableCommand.LAYOUT_HELP},
        exitCodeListHeading = "%nExit codes:%n", exitCodeList = {
            "0:every input was read",
            "1:some inputs failed",
            "2:usage error"})
final class CallsCommand extends TableCommand {
    /** The header row. */
    static final List<String> COLUMNS = CallKeys.concat(
            List.of("file"),
            CallKeys.COLUMNS,
            List.of("exchange", "company", "event_type", "format", "format_confidence",
                    "turns", "prepared_turns", "qa_turns", "questions", "answers", "acknowledgments", "exchanges",
                    "participants", "analysts",
                    "words", "corporate_words", "analyst_words", "operator_words", "unknown_words",
                    "errors", "warnings", "info", "fingerprint", "verdict"));

    CallsCommand(StandardStreams io) {
        super(io);
    }

    @Override
    List<String> columns() {
        return COLUMNS;
    }

    @Override
    void rows(Transcript t, TableWriter out) throws IOException {
        CallMetadata m = t.metadata();
        Map<TurnKind, Integer> kinds = new EnumMap<>(TurnKind.class);
        Map<Role, Integer> words = new EnumMap<>(Role.class);
        for (Turn turn : t.turns()) {
            kinds.merge(turn.kind(), 1, Integer::sum);
            words.merge(turn.role(), turn.wordCount(), Integer::sum);
        }
        Map<Severity, Integer> diagnostics = new EnumMap<>(Severity.class);
        for (Diagnostic d : t.diagnostics()) {
            diagnostics.merge(d.severity(), 1, Integer::sum);
        }
        int errors = diagnostics.getOrDefault(Severity.ERROR, 0);
        int warnings = diagnostics.getOrDefault(Severity.WARNING, 0);
        int words0 = words.values().stream().mapToInt(Integer::intValue).sum();
        out.row(CallKeys.concat(
                new Object[] {t.source().name()},
                CallKeys.values(t),
                new Object[] {m.exchange(), m.company(), m.eventType(), t.source().format(), t.source().formatConfidence(),
                    t.turns().size(), turns(t, SectionKind.PREPARED_REMARKS), turns(t, SectionKind.QUESTIONS_AND_ANSWERS),
                    kinds.getOrDefault(TurnKind.QUESTION, 0), kinds.getOrDefault(TurnKind.ANSWER, 0),
                    kinds.getOrDefault(TurnKind.ACKNOWLEDGMENT, 0),
                    t.sections().stream().mapToInt(s -> s.exchanges().size()).sum(),
                    t.participants().size(),
                    (int) t.participants().stream().map(Participant::role).filter(r -> r == Role.ANALYST).count(),
                    words0, words.getOrDefault(Role.CORPORATE, 0), words.getOrDefault(Role.ANALYST, 0),
                    words.getOrDefault(Role.OPERATOR, 0), words.getOrDefault(Role.UNKNOWN, 0),
                    errors, warnings, diagnostics.getOrDefault(Severity.INFO, 0), t.source().fingerprint(),
                    Verdict.of(errors, warnings)}));
    }

    private static int turns(Transcript t, SectionKind kind) {
        return t.section(kind).map(Section::turns).map(List::size).orElse(0);
    }
}
