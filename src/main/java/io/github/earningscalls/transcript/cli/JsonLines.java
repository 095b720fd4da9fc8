package io.github.earningscalls.transcript.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/** Where {@code batch --jsonl} writes its records, each a UTF-8 line the workers already encoded. */
interface JsonLines {
    /** Writes one record, its line break included. */
    void write(byte[] utf8Line) throws IOException;

    /** Whether the destination went away (a closed pipe); the batch stops early then. */
    boolean closed();

    /** Pushes what is buffered to the destination. */
    void flush() throws IOException;

    /** A file: the bytes go out as they are. */
    final class ToStream implements JsonLines {
        private final OutputStream out;

        ToStream(OutputStream out) {
            this.out = out;
        }

        @Override
        public void write(byte[] utf8Line) throws IOException {
            out.write(utf8Line);
        }

        @Override
        public boolean closed() {
            return false;
        }

        @Override
        public void flush() throws IOException {
            out.flush();
        }
    }

    /** Standard output, a character stream shared with the rest of the tool: decoded back to text. */
    final class ToWriter implements JsonLines {
        private final StandardStreams io;

        ToWriter(StandardStreams io) {
            this.io = io;
        }

        @Override
        public void write(byte[] utf8Line) {
            io.out().write(new String(utf8Line, StandardCharsets.UTF_8));
        }

        @Override
        public boolean closed() {
            return io.outClosed();
        }

        @Override
        public void flush() {
            io.out().flush();
        }
    }
}
