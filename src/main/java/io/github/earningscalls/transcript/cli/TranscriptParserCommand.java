package io.github.earningscalls.transcript.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;

/** The top-level {@code transcript-parser} command, which only dispatches to its subcommands. */
@Command(name = "transcript-parser", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        subcommands = HelpCommand.class,
        description = {
            "Parses earnings-call transcripts into JSON, and checks, summarises and tabulates them.",
            "Run 'transcript-parser help COMMAND' or 'transcript-parser COMMAND --help' for a command's options."},
        synopsisSubcommandLabel = "COMMAND",
        commandListHeading = "%nCommands:%n",
        exitCodeListHeading = "%nExit codes:%n", exitCodeList = {
            "0:every input was processed",
            "1:some inputs failed (the others were still processed)",
            "2:usage error, or a refused output (exists, or inside the input folder)"})
final class TranscriptParserCommand {
}
