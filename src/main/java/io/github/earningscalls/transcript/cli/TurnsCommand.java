package io.github.earningscalls.transcript.cli;

import io.github.earningscalls.transcript.model.Exchange;
import io.github.earningscalls.transcript.model.Section;
import io.github.earningscalls.transcript.model.Transcript;
import io.github.earningscalls.transcript.model.Turn;
import java.io.IOException;
import java.util.List;
import picocli.CommandLine.Command;

/**
 * {@code turns}: one row per turn, for spreadsheets, data frames and text tools, with the call's keys
 * and the speaker beside each turn. The turn index counts within its section, as the JSON's
 * {@code index} and the exchanges' {@code turnIndices} do; the columns after {@code text} came later,
 * so that the first nine keep their places.
 */
@Command(name = "turns", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class, sortOptions = false,
        description = {
            "Prints one row per turn: file, section, turn, speaker, role, kind, line, words, text, then ticker, "
                    + "call_date, fiscal_year, fiscal_quarter, fiscal_period, speaker_id, affiliation, exchange_index.",
            "The text is the turn's plain text, editorial marks removed, paragraphs separated by a blank line; "
                    + "exchange_index counts the Q&A exchanges from 0, empty outside one.",
            TableCommand.INPUTS_HELP,
            TableCommand.LAYOUT_HELP},
        exitCodeListHeading = "%nExit codes:%n", exitCodeList = {
            "0:every input was read",
            "1:some inputs failed",
            "2:usage error"})
final class TurnsCommand extends TableCommand {
    /** The header row. */
    static final List<String> COLUMNS = CallKeys.concat(
            List.of("file", "section", "turn", "speaker", "role", "kind", "line", "words", "text"),
            CallKeys.COLUMNS,
            List.of("speaker_id", "affiliation", "exchange_index"));

    TurnsCommand(StandardStreams io) {
        super(io);
    }

    @Override
    List<String> columns() {
        return COLUMNS;
    }

    @Override
    void rows(Transcript t, TableWriter out) throws IOException {
        Object[] keys = CallKeys.values(t);
        for (Section s : t.sections()) {
            Integer[] exchangeOf = exchangeOfTurn(s);
            List<Turn> turns = s.turns();
            for (int i = 0; i < turns.size(); i++) {
                Turn turn = turns.get(i);
                out.row(CallKeys.concat(
                        new Object[] {t.source().name(), s.kind(), i, turn.speaker(), turn.role(), turn.kind(),
                            turn.line(), turn.wordCount(), turn.plainText()},
                        keys,
                        new Object[] {turn.speakerId(), CallKeys.affiliation(t, turn.speakerId()), exchangeOf[i]}));
            }
        }
    }

    /** For each turn of a section, the index of the exchange it belongs to, or null. */
    static Integer[] exchangeOfTurn(Section s) {
        Integer[] of = new Integer[s.turns().size()];
        List<Exchange> exchanges = s.exchanges();
        for (int e = 0; e < exchanges.size(); e++) {
            for (int i : exchanges.get(e).turnIndices()) {
                if (i >= 0 && i < of.length) {
                    of[i] = e;
                }
            }
        }
        return of;
    }
}
