package io.github.earningscalls.transcript.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.earningscalls.transcript.TranscriptParser;
import io.github.earningscalls.transcript.model.CallMetadata;
import io.github.earningscalls.transcript.model.Participant;
import io.github.earningscalls.transcript.model.Section;
import io.github.earningscalls.transcript.model.Transcript;
import io.github.earningscalls.transcript.model.Turn;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code turns}: one row per turn; CSV and TSV read back to the model's values. */
class TurnsCommandTest {
    @TempDir
    Path dir;

    @Test
    void csvRowsReadBackToTheTurns() throws Exception {
        Path call = Files.writeString(dir.resolve("quillfeather, \"QPC\".txt"), Cli.QUOTING_CALL);
        Cli.Result r = Cli.run("turns", call.toString(), Cli.sample("meridian").toString());
        assertThat(r.exitCode()).isZero();
        List<List<String>> records = readCsv(r.out());
        assertThat(records.get(0)).containsExactlyElementsOf(TurnsCommand.COLUMNS);
        List<List<String>> expected = new ArrayList<>();
        expected.addAll(rows(call));
        expected.addAll(rows(Cli.sample("meridian")));
        assertThat(records.subList(1, records.size())).containsExactlyElementsOf(expected);
        assertThat(r.out()).contains("quillfeather, \"\"QPC\"\".txt\",PREPARED_REMARKS,0,Operator,", "\"We call it \"\"the mill\"\", and it runs\t");
    }

    @Test
    void tsvKeepsEveryRecordOnOneLine() throws Exception {
        Path call = Files.writeString(dir.resolve("call.txt"), Cli.QUOTING_CALL);
        Cli.Result r = Cli.run("turns", "--tsv", "--no-header", call.toString());
        assertThat(r.exitCode()).isZero();
        List<String> lines = r.out().lines().toList();
        List<List<String>> expected = rows(call);
        assertThat(lines).hasSameSizeAs(expected);
        for (int i = 0; i < lines.size(); i++) {
            String[] fields = lines.get(i).split("\t", -1);
            assertThat(fields).hasSize(TurnsCommand.COLUMNS.size());
            List<String> unescaped = new ArrayList<>();
            for (String f : fields) {
                unescaped.add(unescapeTsv(f));
            }
            assertThat(unescaped).containsExactlyElementsOf(expected.get(i));
        }
        assertThat(r.out()).contains("runs\\tthree shifts on C:\\\\plant.\\n\\nVolumes were flat.");
    }

    @Test
    void aBadInputIsReportedAndTheRestStillPrinted() throws Exception {
        Path empty = Files.createFile(dir.resolve("empty.txt"));
        Cli.Result r = Cli.run("turns", empty.toString(), Cli.sample("harbor").toString());
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err().strip()).isEqualTo(empty + ": the input is empty");
        assertThat(readCsv(r.out())).hasSize(1 + TranscriptParser.parse(Cli.sample("harbor")).turns().size());
    }

    private static List<List<String>> rows(Path file) throws Exception {
        Transcript t = TranscriptParser.parse(file);
        CallMetadata m = t.metadata();
        List<List<String>> rows = new ArrayList<>();
        for (Section s : t.sections()) {
            for (int i = 0; i < s.turns().size(); i++) {
                Turn turn = s.turns().get(i);
                String exchange = "";
                for (int e = 0; e < s.exchanges().size(); e++) {
                    if (s.exchanges().get(e).turnIndices().contains(i)) {
                        exchange = Integer.toString(e);
                    }
                }
                String affiliation = t.participant(turn.speakerId()).map(Participant::affiliation).orElse(null);
                rows.add(List.of(file.toString(), s.kind().name(), Integer.toString(i), turn.speaker(), turn.role().name(),
                        turn.kind().name(), Integer.toString(turn.line()), Integer.toString(turn.wordCount()),
                        turn.plainText(), text(m.ticker()), text(m.date()), text(m.fiscalPeriod().year()),
                        text(m.fiscalPeriod().quarter()), text(m.fiscalPeriod().label()), turn.speakerId(),
                        text(affiliation), exchange));
            }
        }
        return rows;
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }

    /** A strict RFC 4180 reader: records end with CRLF, quoted fields may hold anything. */
    static List<List<String>> readCsv(String text) {
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '"' && field.length() == 0) {
                i++;
                while (true) {
                    char q = text.charAt(i++);
                    if (q == '"') {
                        if (i < text.length() && text.charAt(i) == '"') {
                            field.append('"');
                            i++;
                        } else {
                            break;
                        }
                    } else {
                        field.append(q);
                    }
                }
            } else if (c == ',') {
                record.add(field.toString());
                field.setLength(0);
                i++;
            } else if (c == '\r') {
                assertThat(text.charAt(i + 1)).as("CR must start CRLF").isEqualTo('\n');
                record.add(field.toString());
                field.setLength(0);
                records.add(record);
                record = new ArrayList<>();
                i += 2;
            } else {
                assertThat(c).as("unquoted field holds a quote or line feed at %d", i).isNotIn('"', '\n');
                field.append(c);
                i++;
            }
        }
        assertThat(record).as("the last record ends with CRLF").isEmpty();
        return records;
    }

    private static String unescapeTsv(String f) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < f.length(); i++) {
            char c = f.charAt(i);
            if (c != '\\') {
                sb.append(c);
                continue;
            }
            char e = f.charAt(++i);
            sb.append(switch (e) {
                case 't' -> '\t';
                case 'n' -> '\n';
                case 'r' -> '\r';
                default -> e;
            });
        }
        return sb.toString();
    }
}
