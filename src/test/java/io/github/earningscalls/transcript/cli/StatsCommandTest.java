package io.github.earningscalls.transcript.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.earningscalls.transcript.TranscriptParser;
import io.github.earningscalls.transcript.model.Participant;
import io.github.earningscalls.transcript.model.Section;
import io.github.earningscalls.transcript.model.Transcript;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code stats}: aligned tables whose figures agree with the model. */
class StatsCommandTest {
    @TempDir
    Path dir;

    @Test
    void metadataValuesLineUp() throws Exception {
        Path sample = Cli.sample("northwind");
        Cli.Result r = Cli.run("stats", sample.toString());
        assertThat(r.exitCode()).isZero();
        List<String> lines = r.out().lines().toList();
        assertThat(lines.get(0)).isEqualTo(sample.toString());
        List<String> block = lines.subList(1, lines.indexOf(""));
        assertThat(block).allMatch(l -> l.startsWith("  ") && !l.startsWith("   "));
        assertThat(block).extracting(l -> l.strip().split("\\s{2,}", 2)[1]).contains("NASDAQ:NWRB", "Q2 2024", "EARNINGS_CALL");
        int column = block.get(0).indexOf(block.get(0).strip().split("\\s{2,}", 2)[1]);
        assertThat(block).allMatch(l -> l.length() > column && l.charAt(column - 1) == ' ' && l.charAt(column) != ' ');
    }

    @Test
    void speakerFiguresAgreeWithTheModel() throws Exception {
        Path sample = Cli.sample("northwind");
        Transcript t = TranscriptParser.parse(sample);
        String out = Cli.run("stats", sample.toString()).out();
        for (Participant p : t.participants()) {
            long turns = t.turns().stream().filter(turn -> turn.speakerId().equals(p.id())).count();
            Pattern row = Pattern.compile("^  " + Pattern.quote(p.name()) + "( \\*)?\\s+" + p.role()
                    + "\\s.*?\\s(\\d+)\\s+([\\d,]+)\\s+([\\d.]+)%$", Pattern.MULTILINE);
            Matcher m = row.matcher(out);
            assertThat(m.find()).as("row for %s in%n%s", p.name(), out).isTrue();
            assertThat(Long.parseLong(m.group(2))).isEqualTo(turns);
            assertThat(Integer.parseInt(m.group(3).replace(",", ""))).isEqualTo(t.wordCount(p.id()));
        }
        int words = t.sections().stream().mapToInt(Section::wordCount).sum();
        assertThat(out).containsPattern("\\n  Total\\s+" + t.turns().size() + "\\s+" + String.format("%,d", words)
                + "\\s+100\\.0%\\n");
        int exchanges = t.sections().stream().mapToInt(s -> s.exchanges().size()).sum();
        assertThat(out).contains("Q&A exchanges: " + exchanges);
    }

    @Test
    void sectionSharesAddUpToTheWhole() throws Exception {
        String out = Cli.run("stats", Cli.sample("harbor").toString()).out();
        Matcher m = Pattern.compile("^  (Prepared remarks|Q&A)\\s+\\d+\\s+[\\d,]+\\s+([\\d.]+)%$", Pattern.MULTILINE)
                .matcher(out);
        double sum = 0;
        int sections = 0;
        while (m.find()) {
            sum += Double.parseDouble(m.group(2));
            sections++;
        }
        assertThat(sections).isEqualTo(2);
        assertThat(sum).isBetween(99.9, 100.1);
    }

    @Test
    void severalFilesAreSeparatedAndABadOneIsReported() throws Exception {
        Path empty = Files.createFile(dir.resolve("empty.txt"));
        Path a = Cli.sample("meridian");
        Path b = Cli.sample("harbor");
        Cli.Result r = Cli.run("stats", a.toString(), empty.toString(), b.toString());
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err().strip()).isEqualTo(empty + ": the input is empty");
        assertThat(r.out()).startsWith(a + "\n").contains("\n\n" + b + "\n");
    }
}
