package io.github.earningscalls.transcript.cli;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.earningscalls.transcript.TranscriptParser;
import io.github.earningscalls.transcript.json.TranscriptJson;
import io.github.earningscalls.transcript.model.Transcript;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The transcripts that the table commands and {@code stats} read: transcript files, JSON that
 * {@code parse} or {@code batch} already wrote ({@code .json} and {@code .jsonl} files, one document
 * or many), folders of either, searched recursively, and standard input for {@code -} (JSON when it
 * starts with <code>{</code>). An input that fails is reported as {@code file:line: reason} and the
 * others go on; a {@code batch} error record met in JSON is counted, not treated as a transcript. In
 * a folder, {@code NAME.json} beside {@code NAME.txt} is taken for the transcript's own JSON and left
 * out, so that each call gives its rows once.
 */
final class TranscriptInputs {
    /** What a folder is searched for. */
    static final List<String> FOLDER_INCLUDES = List.of(BatchCommand.DEFAULT_INCLUDE, BatchCommand.DEFAULT_XML_INCLUDE,
            "**.json", "**.jsonl");
    private static final Set<String> JSON_EXTENSIONS = Set.of("json", "jsonl");
    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** What a command does with each transcript. */
    @FunctionalInterface
    interface Handler {
        void accept(Transcript transcript) throws IOException;
    }

    /**
     * What a run read.
     *
     * @param transcripts  transcripts handed to the handler
     * @param failed       inputs (or JSON documents) that produced no transcript
     * @param errorRecords {@code batch} error records met in JSON, skipped
     * @param stopped      whether standard output closed and the run stopped early
     */
    record Result(int transcripts, int failed, int errorRecords, boolean stopped) {
        int exitCode() {
            return failed == 0 && !stopped ? ExitCodes.OK : ExitCodes.INPUT_FAILED;
        }
    }

    private final TranscriptParser parser;
    private final StandardStreams io;
    private final Handler handler;
    private int transcripts;
    private int failed;
    private int errorRecords;

    private TranscriptInputs(TranscriptParser parser, StandardStreams io, Handler handler) {
        this.parser = parser;
        this.io = io;
        this.handler = handler;
    }

    /**
     * Reads every argument and hands each transcript to the handler, in argument order and, within
     * a folder, in sorted path order.
     *
     * @param command the command's name, for the notes it prints
     * @throws IOException if the handler fails to write, which no further input could fix
     */
    static Result forEach(String command, List<String> args, TranscriptParser parser, StandardStreams io,
                          Handler handler) throws IOException {
        TranscriptInputs run = new TranscriptInputs(parser, io, handler);
        for (String arg : args) {
            if (!run.read(command, arg)) {
                return run.result(true);
            }
        }
        if (run.errorRecords > 0) {
            io.err().println(command + ": skipped " + run.errorRecords + " batch error record(s): inputs that "
                    + "produced no transcript");
        }
        return run.result(false);
    }

    private Result result(boolean stopped) {
        return new Result(transcripts, failed, errorRecords, stopped);
    }

    /** @return false when standard output closed */
    private boolean read(String command, String arg) throws IOException {
        if (Sources.STDIN.equals(arg)) {
            return readStdin();
        }
        Path path = Path.of(arg);
        if (!Files.isDirectory(path)) {
            return readFile(arg, path);
        }
        InputTree.Listing listing = InputTree.list(path, FileSelection.of(FOLDER_INCLUDES, List.of()), Set.of());
        for (InputFailure f : listing.failures()) {
            fail(f);
        }
        if (listing.files().isEmpty() && listing.failures().isEmpty()) {
            io.err().println(command + ": no transcript under " + arg + " (it looks for "
                    + String.join(", ", FOLDER_INCLUDES) + ")");
        }
        // As batch does: an .xml file is read only when it is a StreetEvents transcript.
        List<Path> files = XmlInputs.transcripts(listing.files(), new ArrayList<>());
        Set<Path> found = new HashSet<>(files);
        for (Path file : files) {
            if (isOutputBesideItsTranscript(file, found)) {
                continue;
            }
            if (!readFile(file.toString(), file)) {
                return false;
            }
        }
        return true;
    }

    private boolean readFile(String name, Path path) throws IOException {
        if (isJson(path)) {
            try (InputStream in = Files.newInputStream(path)) {
                return readJson(name, in);
            } catch (IOException e) {
                fail(InputFailure.of(name, path, e));
                return true;
            }
        }
        Transcript t;
        try {
            t = parser.read(path);
        } catch (Exception | StackOverflowError | OutOfMemoryError e) {
            fail(InputFailure.of(name, path, e));
            return true;
        }
        return hand(t);
    }

    private boolean readStdin() throws IOException {
        byte[] bytes = io.in().readAllBytes();
        if (startsWithBrace(bytes)) {
            return readJson(Sources.STDIN_NAME, new ByteArrayInputStream(bytes));
        }
        Transcript t;
        try {
            t = parser.read(bytes, Sources.STDIN_NAME);
        } catch (Exception | StackOverflowError | OutOfMemoryError e) {
            fail(InputFailure.of(Sources.STDIN_NAME, null, e));
            return true;
        }
        return hand(t);
    }

    /**
     * Reads a sequence of JSON documents: JSON Lines, or one indented document. A document that is
     * not a transcript fails alone; text that is not JSON ends the file, since nothing after it can
     * be trusted to start a document.
     *
     * @throws IOException only from the handler
     */
    private boolean readJson(String name, InputStream in) throws IOException {
        JsonParser p;
        try {
            p = MAPPER.createParser(in);
        } catch (IOException e) {
            fail(InputFailure.of(name, null, e));
            return true;
        }
        try (p) {
            while (true) {
                int line;
                JsonNode node;
                try {
                    if (p.nextToken() == null) {
                        return true;
                    }
                    line = p.currentTokenLocation().getLineNr();
                    node = MAPPER.readTree(p);
                } catch (JsonProcessingException e) {
                    fail(new InputFailure(name, e.getLocation() == null ? 0 : e.getLocation().getLineNr(),
                            "not JSON: " + e.getOriginalMessage()));
                    return true;
                }
                if (node.isObject() && node.has("error") && !node.has("schemaVersion")) {
                    errorRecords++;
                    continue;
                }
                Transcript t;
                try {
                    t = TranscriptJson.fromJson(node.toString());
                } catch (IOException e) {
                    fail(new InputFailure(name, line, "not a transcript document: " + e.getMessage()));
                    continue;
                }
                if (!hand(t)) {
                    return false;
                }
            }
        }
    }

    private boolean hand(Transcript t) throws IOException {
        handler.accept(t);
        transcripts++;
        return !io.outClosed();
    }

    private void fail(InputFailure f) {
        failed++;
        io.err().println(f.message());
    }

    /**
     * Whether a file is {@code NAME.json} beside {@code NAME.txt}: the transcript's own JSON (a sample's
     * expected output, {@code parse -o}), which would give every row twice.
     */
    private static boolean isOutputBesideItsTranscript(Path file, Set<Path> found) {
        String name = file.getFileName().toString();
        if (!name.toLowerCase(Locale.ROOT).endsWith(".json")) {
            return false;
        }
        return found.contains(file.resolveSibling(name.substring(0, name.length() - ".json".length()) + ".txt"));
    }

    private static boolean isJson(Path path) {
        Path name = path.getFileName();
        if (name == null) {
            return false;
        }
        String n = name.toString();
        int dot = n.lastIndexOf('.');
        return dot >= 0 && JSON_EXTENSIONS.contains(n.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    /** Whether the bytes start, past a byte-order mark and white space, with an opening brace. */
    private static boolean startsWithBrace(byte[] bytes) {
        int i = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF
                ? 3 : 0;
        while (i < bytes.length && (bytes[i] == ' ' || bytes[i] == '\t' || bytes[i] == '\r' || bytes[i] == '\n')) {
            i++;
        }
        return i < bytes.length && bytes[i] == '{';
    }
}
