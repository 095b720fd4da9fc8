package io.github.earningscalls.transcript.cli;

/** The tool's exit statuses, which scripts rely on. */
final class ExitCodes {
    /** Every input was processed. */
    static final int OK = 0;
    /** At least one input failed (or, for {@code validate}, did not pass); the others were processed. */
    static final int INPUT_FAILED = 1;
    /** The command line was wrong or asked for something refused, such as replacing an output without {@code --overwrite}. */
    static final int USAGE = 2;

    private ExitCodes() {
    }
}
