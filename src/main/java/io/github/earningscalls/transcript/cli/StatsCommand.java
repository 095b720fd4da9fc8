package io.github.earningscalls.transcript.cli;

import io.github.earningscalls.transcript.model.CallMetadata;
import io.github.earningscalls.transcript.model.Participant;
import io.github.earningscalls.transcript.model.SectionKind;
import io.github.earningscalls.transcript.model.Severity;
import io.github.earningscalls.transcript.model.SourceInfo;
import io.github.earningscalls.transcript.model.Transcript;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * {@code stats}: a readable summary of each transcript: its metadata, the split between prepared
 * remarks and Q&amp;A, and every participant's role, turns and words.
 */
@Command(name = "stats", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class, sortOptions = false,
        description = {
            "Prints each transcript's metadata, section sizes and per-speaker turns and words as aligned tables.",
            TableCommand.INPUTS_HELP},
        exitCodeListHeading = "%nExit codes:%n", exitCodeList = {
            "0:every input parsed",
            "1:some inputs failed",
            "2:usage error"})
final class StatsCommand implements Callable<Integer> {
    /** Longer titles and firms are cut so the table stays readable in a terminal. */
    private static final int MAX_DETAIL = 40;

    private final StandardStreams io;

    @Parameters(paramLabel = "INPUT", arity = "1..*",
            description = "Transcripts, JSON from parse or batch, folders of either; - reads standard input.")
    List<String> inputs;

    @Mixin
    ParserOptions parserOptions;

    StatsCommand(StandardStreams io) {
        this.io = io;
    }

    @Override
    public Integer call() throws Exception {
        boolean[] first = {true};
        return TranscriptInputs.forEach("stats", inputs, parserOptions.parser(false), io, t -> {
            if (!first[0]) {
                io.out().println();
            }
            first[0] = false;
            print(t.source().name(), t, io.out());
        }).exitCode();
    }

    /** Prints one transcript's summary. */
    static void print(String name, Transcript t, PrintWriter out) {
        CallStatistics stats = CallStatistics.of(t);
        CallMetadata m = t.metadata();
        SourceInfo s = t.source();
        out.println(name);
        new TextTable(TextTable.Align.LEFT, TextTable.Align.LEFT)
                .row("Title", m.title())
                .row("Company", m.company())
                .row("Ticker", m.exchange() == null ? m.ticker() : m.exchange() + ":" + m.ticker())
                .row("Period", m.fiscalPeriod() == null ? null : m.fiscalPeriod().label())
                .row("Event", m.eventType().name())
                .row("Date", join(" ", m.date(), m.time(), m.timeZone()))
                .row("Layout", String.format(Locale.ROOT, "%s (confidence %.2f)", s.format(), s.formatConfidence()))
                .row("Source", String.format(Locale.ROOT, "%,d lines, %,d bytes, %s", s.lineCount(), s.byteCount(),
                        s.charset()))
                .row("Diagnostics", diagnostics(stats.diagnostics()))
                .print(out, "  ");
        out.println();

        TextTable sections = new TextTable(TextTable.Align.LEFT, TextTable.Align.RIGHT, TextTable.Align.RIGHT,
                TextTable.Align.RIGHT).row("Section", "Turns", "Words", "Share");
        for (CallStatistics.SectionFigures f : stats.sections()) {
            sections.row(f.kind() == SectionKind.PREPARED_REMARKS ? "Prepared remarks" : "Q&A",
                    number(f.turns()), number(f.words()), percent(stats.share(f.words())));
        }
        sections.row("Total", number(stats.turns()), number(stats.words()), percent(stats.words() == 0 ? 0 : 100))
                .print(out, "  ");
        out.println("  Q&A exchanges: " + stats.exchanges());
        out.println();

        TextTable speakers = new TextTable(TextTable.Align.LEFT, TextTable.Align.LEFT, TextTable.Align.LEFT,
                TextTable.Align.RIGHT, TextTable.Align.RIGHT, TextTable.Align.RIGHT)
                .row("Speaker", "Role", "Title / firm", "Turns", "Words", "Share");
        for (CallStatistics.SpeakerFigures f : stats.speakers()) {
            Participant p = f.participant();
            speakers.row(p.name() + (p.listed() ? "" : " *"), p.role().name(), detail(p),
                    number(f.turns()), number(f.words()), percent(stats.share(f.words())));
        }
        speakers.print(out, "  ");
        if (stats.speakers().stream().anyMatch(f -> !f.participant().listed())) {
            out.println("  * not in the transcript's participant list");
        }
    }

    private static String detail(Participant p) {
        String d = p.title() != null && p.affiliation() != null ? p.title() + ", " + p.affiliation()
                : p.title() != null ? p.title() : p.affiliation();
        if (d == null || d.length() <= MAX_DETAIL) {
            return d;
        }
        return d.substring(0, MAX_DETAIL - 3) + "...";
    }

    private static String diagnostics(Map<Severity, Integer> counts) {
        List<String> parts = new ArrayList<>();
        for (Severity s : new Severity[] {Severity.ERROR, Severity.WARNING, Severity.INFO}) {
            int n = counts.getOrDefault(s, 0);
            parts.add(n + " " + s.name().toLowerCase(Locale.ROOT) + (n == 1 || s == Severity.INFO ? "" : "s"));
        }
        return String.join(", ", parts);
    }

    private static String join(String sep, Object... parts) {
        List<String> present = new ArrayList<>();
        for (Object p : parts) {
            if (p != null) {
                present.add(p.toString());
            }
        }
        return present.isEmpty() ? null : String.join(sep, present);
    }

    private static String number(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    private static String percent(double share) {
        return String.format(Locale.ROOT, "%.1f%%", share);
    }
}
