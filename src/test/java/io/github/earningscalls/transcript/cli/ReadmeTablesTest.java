package io.github.earningscalls.transcript.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The command-line reference ({@code src/site/markdown/cli.md}) documents every column of the tables, and
 * README and the reference pages show the summary line as the tool prints it.
 */
class ReadmeTablesTest {
    private static final Path README = Path.of("README.md");
    private static final Path SITE = Path.of("src/site/markdown");
    private static final Path CLI_PAGE = SITE.resolve("cli.md");

    @Test
    void everyColumnIsDocumented() throws Exception {
        String reference = Files.readString(CLI_PAGE);
        for (List<String> columns : List.of(TurnsCommand.COLUMNS, CallsCommand.COLUMNS, PairsCommand.COLUMNS)) {
            for (String column : columns) {
                assertThat(reference).as(column).contains("`" + column + "`");
            }
        }
        assertThat(reference).contains(String.join(",", TurnsCommand.COLUMNS) + "\n");
    }

    @Test
    void theSummaryLinesAreTheToolsOwn() throws Exception {
        String summary = new BatchSummary(0).line(1_000_000_000L);
        String shape = summary.replaceAll("\\d+(\\.\\d+)?", "N");
        List<Path> showing = new ArrayList<>();
        for (Path doc : docs()) {
            List<String> shown = Files.readString(doc).lines()
                    .filter(l -> l.startsWith("batch: ") && l.contains(" files, ")).toList();
            for (String line : shown) {
                assertThat(line.replaceAll("\\d+(\\.\\d+)?", "N")).as(doc.toString()).isEqualTo(shape);
            }
            if (!shown.isEmpty()) {
                showing.add(doc);
            }
        }
        assertThat(showing).as("docs showing a batch summary").contains(README, CLI_PAGE);
    }

    /** README and every page under {@code src/site/markdown}. */
    private static List<Path> docs() throws Exception {
        List<Path> docs = new ArrayList<>(List.of(README));
        try (Stream<Path> pages = Files.list(SITE)) {
            pages.filter(p -> p.toString().endsWith(".md")).sorted().forEach(docs::add);
        }
        return docs;
    }
}
