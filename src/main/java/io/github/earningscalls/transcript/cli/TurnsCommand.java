package io.github.earningscalls.transcript.cli;

import io.github.earningscalls.transcript.model.Section;
import io.github.earningscalls.transcript.model.Turn;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code turns}: one row per turn, for spreadsheets and text tools. The turn index counts within
 * its section, as the JSON's {@code index} and the exchanges' {@code turnIndices} do.
 */
@Command(name = "turns", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class, sortOptions = false,
        description = {
            "Prints one row per turn: file, section, turn, speaker, role, kind, line, words, text.",
            "CSV follows RFC 4180 (quoted fields, CRLF); TSV escapes tab, line breaks and backslash as \\t, \\n, \\r, \\\\.",
            "The text is the turn's plain text, editorial marks removed, paragraphs separated by a blank line."},
        exitCodeListHeading = "%nExit codes:%n", exitCodeList = {
            "0:every input parsed",
            "1:some inputs failed",
            "2:usage error"})
final class TurnsCommand implements Callable<Integer> {
    /** The header row. */
    static final List<String> COLUMNS = List.of("file", "section", "turn", "speaker", "role", "kind", "line", "words", "text");

    private final StandardStreams io;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Transcript files; - reads standard input.")
    List<String> files;

    @Option(names = "--tsv", description = "Write tab-separated values instead of CSV.")
    boolean tsv;

    @Option(names = "--no-header", description = "Leave out the header row.")
    boolean noHeader;

    @Mixin
    ParserOptions parserOptions;

    TurnsCommand(StandardStreams io) {
        this.io = io;
    }

    @Override
    public Integer call() throws Exception {
        DelimitedWriter rows = new DelimitedWriter(io.out(), tsv ? DelimitedWriter.Dialect.TSV : DelimitedWriter.Dialect.CSV);
        if (!noHeader) {
            rows.row(COLUMNS.toArray());
        }
        return InputLoop.forEach(files, parserOptions.parser(false), io, (arg, t) -> {
            String name = Sources.name(arg);
            for (Section s : t.sections()) {
                List<Turn> turns = s.turns();
                for (int i = 0; i < turns.size(); i++) {
                    Turn turn = turns.get(i);
                    rows.row(name, s.kind(), i, turn.speaker(), turn.role(), turn.kind(), turn.line(),
                            turn.wordCount(), turn.plainText());
                }
            }
        }).exitCode();
    }
}
