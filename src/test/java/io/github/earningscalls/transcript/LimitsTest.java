package io.github.earningscalls.transcript;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.earningscalls.transcript.model.Diagnostic;
import io.github.earningscalls.transcript.model.Transcript;
import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The limits: each has a safe default, is set on the builder, and when exceeded gives a
 * {@link TranscriptParseException} that names the source and the setting, before the memory is
 * spent (a file's size is checked before it is read; streams are checked as each chunk arrives).
 */
@Timeout(20)
class LimitsTest {
    private static final String CALL = TranscriptParserTest.CALL;

    @Test
    void defaultsAreSafe() {
        assertThat(TranscriptParser.DEFAULT_MAX_INPUT_BYTES).isEqualTo(64L << 20);
        assertThat(TranscriptParser.DEFAULT_MAX_LINE_LENGTH).isEqualTo(4 << 20);
        assertThat(TranscriptParser.DEFAULT_MAX_TURNS).isEqualTo(100_000);
        assertThat(TranscriptParser.DEFAULT_MAX_DIAGNOSTICS).isEqualTo(1_000);
    }

    @Test
    void aFileOverTheLimitFailsBeforeItIsRead(@TempDir Path dir) throws Exception {
        // A sparse 8 GiB file: reading it into memory would fail or take minutes.
        Path big = dir.resolve("big.txt");
        try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
            f.setLength(8L << 30);
        }
        assertThatThrownBy(() -> TranscriptParser.parse(big))
                .isInstanceOf(TranscriptParseException.class)
                .hasMessage(big + ": input of 8589934592 bytes or more exceeds the maximum allowed (67108864, "
                        + "from TranscriptParser.Builder.maxInputBytes)");
    }

    @Test
    void anEndlessStreamIsCutOffAtTheLimit() {
        CountingStream in = new CountingStream();
        TranscriptParser parser = TranscriptParser.builder().maxInputBytes(1 << 20).build();
        assertThatThrownBy(() -> parser.read(in, "endless"))
                .isInstanceOf(TranscriptParseException.class)
                .hasMessageStartingWith("endless: input of ")
                .hasMessageEndingWith("exceeds the maximum allowed (1048576, from TranscriptParser.Builder.maxInputBytes)");
        assertThat(in.read).as("bytes read before giving up").isLessThanOrEqualTo((1 << 20) + 64 * 1024);
    }

    @Test
    void anEndlessReaderIsCutOffAtTheLimit() {
        CountingReader in = new CountingReader();
        TranscriptParser parser = TranscriptParser.builder().maxInputBytes(1 << 20).build();
        assertThatThrownBy(() -> parser.read(in, "endless"))
                .isInstanceOf(TranscriptParseException.class)
                .hasMessageContaining("from TranscriptParser.Builder.maxInputBytes");
        assertThat(in.read).isLessThanOrEqualTo((1 << 20) + 16 * 1024);
    }

    @Test
    void bytesAndTextOverTheLimitFail() throws Exception {
        TranscriptParser parser = TranscriptParser.builder().maxInputBytes(100).build();
        assertThatThrownBy(() -> parser.read(CALL.getBytes(StandardCharsets.UTF_8), "b"))
                .isInstanceOf(TranscriptParseException.class).hasMessageStartingWith("b: input of ");
        assertThatThrownBy(() -> parser.read(CALL, "s"))
                .isInstanceOf(TranscriptParseException.class).hasMessageStartingWith("s: input of ");
        assertThat(TranscriptParser.builder().maxInputBytes(CALL.length()).build().read(CALL, "s").turns()).isNotEmpty();
    }

    @Test
    void aLongLineFailsNamingItsLineAndTheSetting() throws Exception {
        TranscriptParser parser = TranscriptParser.builder().maxLineLength(1000).build();
        String text = CALL.replace("We remain confident.", "We remain confident." + "x".repeat(1000));
        assertThatThrownBy(() -> parser.read(text, "long.txt"))
                .isInstanceOf(TranscriptParseException.class)
                .hasMessage("long.txt:13: line is 1020 characters long, which exceeds the maximum allowed (1000, "
                        + "from TranscriptParser.Builder.maxLineLength)")
                .extracting(e -> ((TranscriptParseException) e).line()).isEqualTo(13);
        assertThat(TranscriptParser.builder().maxLineLength(1020).build().read(text, "long.txt").turns()).isNotEmpty();
    }

    @Test
    void tooManyTurnsFailNamingTheSetting() throws Exception {
        assertThat(TranscriptParser.builder().maxTurns(8).build().read(CALL, "c").turns()).hasSize(8);
        assertThatThrownBy(() -> TranscriptParser.builder().maxTurns(7).build().read(CALL, "c"))
                .isInstanceOf(TranscriptParseException.class)
                .hasMessage("c:23: the transcript has more than 7 turns, which exceeds the maximum allowed (7, "
                        + "from TranscriptParser.Builder.maxTurns)");
    }

    @Test
    void diagnosticsAreCappedWithOneClosingNote() throws Exception {
        Transcript all = TranscriptParser.parse(CALL);
        int n = all.diagnostics().size();
        assertThat(n).isGreaterThan(2);
        Transcript capped = TranscriptParser.builder().maxDiagnostics(2).build().read(CALL, "c");
        assertThat(capped.diagnostics()).hasSize(3);
        assertThat(capped.diagnostics().get(2)).hasToString("0: WARNING DIAGNOSTICS_TRUNCATED " + (n - 2)
                + " more diagnostics were dropped (limit 2, from TranscriptParser.Builder.maxDiagnostics)");
        assertThat(capped.diagnostics().subList(0, 2)).extracting(Diagnostic::line).isSorted();
        assertThat(TranscriptParser.builder().maxDiagnostics(n).build().read(CALL, "c").diagnostics())
                .isEqualTo(all.diagnostics());
    }

    @Test
    void limitsMustBePositive() {
        assertThatThrownBy(() -> TranscriptParser.builder().maxInputBytes(0).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessage("maxInputBytes must be positive: 0");
        assertThatThrownBy(() -> TranscriptParser.builder().maxLineLength(-1).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessage("maxLineLength must be positive: -1");
        assertThatThrownBy(() -> TranscriptParser.builder().maxTurns(0).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessage("maxTurns must be positive: 0");
        assertThatThrownBy(() -> TranscriptParser.builder().maxDiagnostics(0).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessage("maxDiagnostics must be positive: 0");
    }

    @Test
    void failingReadsAreIoExceptions() {
        InputStream broken = new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("disk gone");
            }
        };
        assertThatThrownBy(() -> TranscriptParser.builder().build().read(broken, "x"))
                .isInstanceOf(IOException.class).hasMessage("disk gone");
        assertThatThrownBy(() -> TranscriptParser.parse(Path.of("no/such/file.txt"))).isInstanceOf(IOException.class);
    }

    /** An endless stream of transcript-like text that counts what was read. */
    private static final class CountingStream extends InputStream {
        long read;

        @Override
        public int read() {
            read++;
            return 'a';
        }

        @Override
        public int read(byte[] b, int off, int len) {
            for (int i = 0; i < len; i++) {
                b[off + i] = (byte) (i % 80 == 79 ? '\n' : 'a');
            }
            read += len;
            return len;
        }
    }

    /** An endless reader that counts what was read. */
    private static final class CountingReader extends Reader {
        long read;

        @Override
        public int read(char[] cbuf, int off, int len) {
            for (int i = 0; i < len; i++) {
                cbuf[off + i] = i % 80 == 79 ? '\n' : 'a';
            }
            read += len;
            return len;
        }

        @Override
        public void close() {
        }
    }
}
