package io.github.earningscalls.transcript.cli;

import io.github.earningscalls.transcript.model.Transcript;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * What {@code turns}, {@code calls} and {@code pairs} share: their inputs (transcripts, JSON that
 * {@code batch} wrote, folders of either, {@code -}) and their output, a table in CSV, TSV or JSON
 * Lines on standard output. Each subclass says which columns and which rows a transcript gives.
 */
abstract class TableCommand implements Callable<Integer> {
    /** The usual lines of a table command's help, after its own first line. */
    static final String INPUTS_HELP = "INPUT is a transcript, a .json or .jsonl file that parse or batch wrote, "
            + "a folder of either (searched recursively for *.txt, StreetEvents *.xml, *.json, *.jsonl), or - for standard "
            + "input.";
    static final String LAYOUT_HELP = "CSV follows RFC 4180 (quoted fields, CRLF); --tsv escapes tab, line breaks "
            + "and backslash as \\t, \\n, \\r, \\\\; --jsonl writes one object per row, numbers as numbers, "
            + "empty values as null.";

    final StandardStreams io;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "INPUT", arity = "1..*",
            description = "Transcripts, JSON from parse or batch, folders of either; - reads standard input.")
    List<String> inputs;

    @Option(names = "--tsv", description = "Write tab-separated values instead of CSV.")
    boolean tsv;

    @Option(names = "--jsonl", description = "Write JSON Lines, one object per row, instead of CSV.")
    boolean jsonl;

    @Option(names = "--no-header", description = "Leave out the header row (CSV and TSV).")
    boolean noHeader;

    @Mixin
    ParserOptions parserOptions;

    TableCommand(StandardStreams io) {
        this.io = io;
    }

    /** The header row. */
    abstract List<String> columns();

    /** Writes the rows one transcript gives. */
    abstract void rows(Transcript t, TableWriter out) throws IOException;

    @Override
    public Integer call() throws IOException {
        if (tsv && jsonl) {
            throw new ParameterException(spec.commandLine(), "--tsv and --jsonl exclude each other: choose one");
        }
        if (jsonl && noHeader) {
            throw new ParameterException(spec.commandLine(), "--no-header applies to CSV and TSV: JSON Lines have no header");
        }
        TableWriter.Layout layout = jsonl ? TableWriter.Layout.JSONL : tsv ? TableWriter.Layout.TSV : TableWriter.Layout.CSV;
        TableWriter out = TableWriter.of(layout, io.out(), !noHeader);
        out.start(columns());
        return TranscriptInputs.forEach(spec.name(), inputs, parserOptions.parser(false), io, t -> rows(t, out))
                .exitCode();
    }
}
