package io.github.earningscalls.transcript.cli;

import io.github.earningscalls.transcript.TranscriptParseException;
import io.github.earningscalls.transcript.TranscriptParser;
import io.github.earningscalls.transcript.model.Transcript;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads the transcript a command-line argument names: a file, or standard input for {@code -}. */
final class Sources {
    /** The argument that stands for standard input. */
    static final String STDIN = "-";
    /** The source name standard input gets in results and messages. */
    static final String STDIN_NAME = "<stdin>";

    private Sources() {
    }

    /** The name an argument goes by in results and messages. */
    static String name(String arg) {
        return STDIN.equals(arg) ? STDIN_NAME : arg;
    }

    /** The path an argument names, or null for standard input. */
    static Path path(String arg) {
        return STDIN.equals(arg) ? null : Path.of(arg);
    }

    /**
     * Parses the input an argument names.
     *
     * @throws IOException              if it cannot be read (a folder is refused here, with a hint,
     *                                  rather than failing with the operating system's wording)
     * @throws TranscriptParseException if it is not a transcript the parser accepts
     */
    static Transcript read(TranscriptParser parser, String arg, InputStream stdin)
            throws IOException, TranscriptParseException {
        if (STDIN.equals(arg)) {
            return parser.read(stdin, STDIN_NAME);
        }
        Path path = Path.of(arg);
        if (Files.isDirectory(path)) {
            throw new FileSystemException(arg, null, "is a folder (use 'batch' for folders)");
        }
        return parser.read(path);
    }
}
