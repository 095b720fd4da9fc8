package io.github.earningscalls.transcript.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.github.earningscalls.transcript.TranscriptParseException;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Why one input produced no transcript, in words a user can act on (never a stack trace).
 *
 * @param file   the input's name as the user gave it
 * @param line   the 1-based line of the problem, or 0 when it concerns the whole input
 * @param reason what went wrong, without the file and line
 */
record InputFailure(String file, int line, String reason) {
    /** The streaming layer only: an ObjectMapper would load some 300 classes to write three fields. */
    private static final JsonFactory JSON = new JsonFactory();

    InputFailure {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(reason, "reason");
    }

    /**
     * Describes a failure to read or parse an input.
     *
     * @param file the input's name as the user gave it
     * @param path the input's path, to tell a broken symbolic link from a missing file; may be null
     * @param e    what was thrown
     */
    static InputFailure of(String file, Path path, Throwable e) {
        if (e instanceof TranscriptParseException tpe) {
            return new InputFailure(file, tpe.line(), Reasons.forCommandLine(tpe.reason()));
        }
        if (e instanceof NoSuchFileException) {
            boolean dangling = path != null && Files.isSymbolicLink(path);
            return new InputFailure(file, 0, dangling ? "broken symbolic link" : "no such file");
        }
        if (e instanceof AccessDeniedException) {
            return new InputFailure(file, 0, "permission denied");
        }
        if (e instanceof FileSystemException fse && fse.getReason() != null) {
            return new InputFailure(file, 0, "cannot read: " + fse.getReason());
        }
        if (e instanceof UncheckedIOException u) {
            return of(file, path, u.getCause());
        }
        if (e instanceof IOException && path != null && Files.isDirectory(path)) {
            // The operating system's wording ("Is a directory") differs by platform; a link to a folder lands here.
            return new InputFailure(file, 0, "cannot read: is a folder");
        }
        if (e instanceof IOException) {
            return new InputFailure(file, 0, "cannot read: " + detail(e));
        }
        if (e instanceof OutOfMemoryError) {
            return new InputFailure(file, 0, "out of memory (try fewer --threads or a lower --max-input-bytes)");
        }
        // A parser bug must not stop a batch; the class name helps whoever reports it.
        return new InputFailure(file, 0, "internal error: " + e.getClass().getName()
                + (e.getMessage() == null ? "" : ": " + e.getMessage()) + " (please report it with this file)");
    }

    /**
     * Describes a failure to write an input's output.
     *
     * @param file   the input's name as the user gave it
     * @param output the output file
     * @param e      what was thrown
     */
    static InputFailure ofOutput(String file, Path output, IOException e) {
        if (e instanceof FileAlreadyExistsException) {
            return new InputFailure(file, 0, "output " + output + " exists (use --overwrite to replace it)");
        }
        String why = e instanceof FileSystemException fse && fse.getReason() != null ? fse.getReason() : detail(e);
        return new InputFailure(file, 0, "cannot write output " + output + ": " + why);
    }

    /** The compiler-style message, {@code file:line: reason}, the line left out when there is none. */
    String message() {
        return file + (line > 0 ? ":" + line : "") + ": " + reason;
    }

    /** The JSON Lines error record: {@code {"file":...,"line":...,"error":...}}. */
    String toJsonRecord() {
        StringWriter w = new StringWriter(64 + file.length() + reason.length());
        try (JsonGenerator g = JSON.createGenerator(w)) {
            g.writeStartObject();
            g.writeStringField("file", file);
            g.writeNumberField("line", line);
            g.writeStringField("error", reason);
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException("a StringWriter does not fail", e);
        }
        return w.toString();
    }

    private static String detail(Throwable e) {
        return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
    }
}
