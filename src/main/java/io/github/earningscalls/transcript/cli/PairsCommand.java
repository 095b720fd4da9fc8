package io.github.earningscalls.transcript.cli;

import io.github.earningscalls.transcript.model.Exchange;
import io.github.earningscalls.transcript.model.Section;
import io.github.earningscalls.transcript.model.Transcript;
import io.github.earningscalls.transcript.model.Turn;
import io.github.earningscalls.transcript.model.TurnKind;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import picocli.CommandLine.Command;

/**
 * {@code pairs}: one row per question turn of the Q&amp;A, with the answers that follow it in its
 * exchange, up to the questioner's next question: the rows a question-answering data set is made of.
 * Greetings and thanks ({@link TurnKind#ACKNOWLEDGMENT}) are neither, and are left out.
 */
@Command(name = "pairs", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class, sortOptions = false,
        description = {
            "Prints one row per Q&A question turn with the answers that follow it in its exchange (up to the "
                    + "next question): the call's keys, the exchange, the questioner, the question, the answerers "
                    + "and the answer text. Greetings and thanks (ACKNOWLEDGMENT turns) are left out.",
            TableCommand.INPUTS_HELP,
            TableCommand.LAYOUT_HELP},
        exitCodeListHeading = "%nExit codes:%n", exitCodeList = {
            "0:every input was read",
            "1:some inputs failed",
            "2:usage error"})
final class PairsCommand extends TableCommand {
    /** The header row. */
    static final List<String> COLUMNS = CallKeys.concat(
            List.of("file"),
            CallKeys.COLUMNS,
            List.of("exchange_index", "question_turn", "questioner_id", "questioner", "questioner_role",
                    "questioner_affiliation", "question_line", "question_words", "question",
                    "answer_turns", "answerer_ids", "answerers", "answer_words", "answer"));

    PairsCommand(StandardStreams io) {
        super(io);
    }

    @Override
    List<String> columns() {
        return COLUMNS;
    }

    @Override
    void rows(Transcript t, TableWriter out) throws IOException {
        Object[] keys = CallKeys.values(t);
        Section qa = t.questionsAndAnswers().orElse(null);
        if (qa == null) {
            return;
        }
        List<Exchange> exchanges = qa.exchanges();
        for (int e = 0; e < exchanges.size(); e++) {
            Exchange exchange = exchanges.get(e);
            List<Turn> turns = qa.turns(exchange);
            List<Integer> indices = exchange.turnIndices();
            for (int q = 0; q < turns.size(); q++) {
                Turn question = turns.get(q);
                if (question.kind() != TurnKind.QUESTION) {
                    continue;
                }
                List<Turn> answers = new ArrayList<>();
                for (int a = q + 1; a < turns.size() && turns.get(a).kind() != TurnKind.QUESTION; a++) {
                    if (turns.get(a).kind() == TurnKind.ANSWER) {
                        answers.add(turns.get(a));
                    }
                }
                Set<String> ids = new LinkedHashSet<>();
                Set<String> names = new LinkedHashSet<>();
                List<String> texts = new ArrayList<>();
                int words = 0;
                for (Turn a : answers) {
                    ids.add(a.speakerId());
                    names.add(a.speaker());
                    texts.add(a.plainText());
                    words += a.wordCount();
                }
                out.row(CallKeys.concat(
                        new Object[] {t.source().name()},
                        keys,
                        new Object[] {e, indices.get(q), question.speakerId(), question.speaker(), question.role(),
                            CallKeys.affiliation(t, question.speakerId()), question.line(), question.wordCount(),
                            question.plainText(), answers.size(), String.join(";", ids), String.join("; ", names),
                            words, String.join("\n\n", texts)}));
            }
        }
    }
}
