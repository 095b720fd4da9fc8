package io.github.earningscalls.transcript.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** README documents every column of the tables and the summary line as the tool prints them. */
class ReadmeTablesTest {
    private static final Path README = Path.of("README.md");

    @Test
    void everyColumnIsDocumented() throws Exception {
        String readme = Files.readString(README);
        for (List<String> columns : List.of(TurnsCommand.COLUMNS, CallsCommand.COLUMNS, PairsCommand.COLUMNS)) {
            for (String column : columns) {
                assertThat(readme).as(column).contains("`" + column + "`");
            }
        }
        assertThat(readme).contains(String.join(",", TurnsCommand.COLUMNS) + "\n");
    }

    @Test
    void theSummaryLinesAreTheToolsOwn() throws Exception {
        String readme = Files.readString(README);
        String summary = new BatchSummary(0).line(1_000_000_000L);
        String shape = summary.replaceAll("\\d+(\\.\\d+)?", "N");
        List<String> shown = readme.lines().filter(l -> l.startsWith("batch: ") && l.contains(" files, ")).toList();
        assertThat(shown).isNotEmpty();
        for (String line : shown) {
            assertThat(line.replaceAll("\\d+(\\.\\d+)?", "N")).isEqualTo(shape);
        }
    }
}
