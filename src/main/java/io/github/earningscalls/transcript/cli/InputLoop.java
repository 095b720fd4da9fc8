package io.github.earningscalls.transcript.cli;

import io.github.earningscalls.transcript.TranscriptParser;
import io.github.earningscalls.transcript.model.Transcript;
import java.io.IOException;
import java.util.List;

/**
 * Runs a command's work on each input in turn: an input that fails is reported on standard error as
 * {@code file:line: reason} and the loop goes on with the next.
 */
final class InputLoop {
    /** What a command does with each transcript that parsed. */
    @FunctionalInterface
    interface TranscriptHandler {
        /** Handles one transcript; {@code arg} is the command-line argument it came from. */
        void accept(String arg, Transcript transcript) throws IOException;
    }

    /**
     * What a loop did.
     *
     * @param parsed  inputs that parsed and were handled
     * @param failed  inputs that failed
     * @param stopped whether standard output closed and the loop stopped before the last input
     */
    record Result(int parsed, int failed, boolean stopped) {
        /** {@link ExitCodes#OK}, or {@link ExitCodes#INPUT_FAILED} when an input failed or the loop stopped. */
        int exitCode() {
            return failed == 0 && !stopped ? ExitCodes.OK : ExitCodes.INPUT_FAILED;
        }
    }

    private InputLoop() {
    }

    /**
     * Parses each argument and hands the transcript to the handler.
     *
     * @throws IOException if the handler fails to write its output, which no further input could fix
     */
    static Result forEach(List<String> args, TranscriptParser parser, StandardStreams io, TranscriptHandler handler)
            throws IOException {
        int parsed = 0;
        int failed = 0;
        for (String arg : args) {
            Transcript t;
            try {
                t = Sources.read(parser, arg, io.in());
            } catch (Exception | StackOverflowError | OutOfMemoryError e) {
                failed++;
                io.err().println(InputFailure.of(Sources.name(arg), Sources.path(arg), e).message());
                continue;
            }
            handler.accept(arg, t);
            parsed++;
            if (io.outClosed()) {
                return new Result(parsed, failed, true);
            }
        }
        return new Result(parsed, failed, false);
    }
}
