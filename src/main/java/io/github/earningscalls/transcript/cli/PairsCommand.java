package io.github.earningscalls.transcript.cli;

import io.github.earningscalls.transcript.model.QaPair;
import io.github.earningscalls.transcript.model.Section;
import io.github.earningscalls.transcript.model.Transcript;
import io.github.earningscalls.transcript.model.Turn;
import io.github.earningscalls.transcript.model.TurnKind;
import java.io.IOException;
import java.util.List;
import picocli.CommandLine.Command;

/**
 * {@code pairs}: one row per question turn of the Q&amp;A, with the answers that follow it in its
 * exchange, up to the questioner's next question: the rows a question-answering data set is made of.
 * Greetings and thanks ({@link TurnKind#ACKNOWLEDGMENT}) are neither, and are left out. The pairs are
 * {@link Section#pairs()}, as the Spark {@code pairs} table's are.
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
        for (QaPair pair : t.questionsAndAnswers().map(Section::pairs).orElse(List.of())) {
            Turn question = pair.question();
            out.row(CallKeys.concat(
                    new Object[] {t.source().name()},
                    keys,
                    new Object[] {pair.exchangeIndex(), pair.questionIndex(), question.speakerId(), question.speaker(),
                        question.role(), CallKeys.affiliation(t, question.speakerId()), question.line(),
                        question.wordCount(), question.plainText(), pair.answers().size(),
                        String.join(";", pair.answererIds()), String.join("; ", pair.answerers()),
                        pair.answerWordCount(), pair.answerText()}));
        }
    }
}
