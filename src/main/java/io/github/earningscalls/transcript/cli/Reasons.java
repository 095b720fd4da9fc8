package io.github.earningscalls.transcript.cli;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rewords the parser's reasons for the command line: the library names the builder setting to
 * change ({@code TranscriptParser.Builder.maxLineLength}), a user of the tool needs the option
 * ({@code --max-line-length}); and a detection that found no layout reads as such, not as a guess.
 */
final class Reasons {
    /** The builder settings the library names, and the options that set them. */
    static final Map<String, String> OPTIONS = Map.of(
            "maxInputBytes", "--max-input-bytes",
            "maxLineLength", "--max-line-length",
            "maxTurns", "--max-turns",
            "maxDiagnostics", "--max-diagnostics",
            "format", "--format");

    /** {@code ... the maximum allowed (1000, from TranscriptParser.Builder.maxLineLength)}. */
    private static final Pattern LIMIT = Pattern.compile(
            "the maximum allowed \\((\\d+), from TranscriptParser\\.Builder\\.(\\w+)\\)");
    /** {@code ... dropped (limit 1000, from TranscriptParser.Builder.maxDiagnostics)}. */
    private static final Pattern DROPPED = Pattern.compile("\\(limit (\\d+), from TranscriptParser\\.Builder\\.(\\w+)\\)");
    /** The detection's refusal, which names the best guess in a way that reads like a choice. */
    private static final Pattern NO_LAYOUT = Pattern.compile(
            "no known transcript layout recognised \\(best guess (\\w+), confidence ([\\d.]+)\\).*", Pattern.DOTALL);
    private static final Pattern BUILDER = Pattern.compile("TranscriptParser\\.Builder\\.(\\w+)");

    private Reasons() {
    }

    /** The reason as the command line words it. */
    static String forCommandLine(String reason) {
        Matcher m = NO_LAYOUT.matcher(reason);
        if (m.matches()) {
            return "no known transcript layout recognised; the closest, " + m.group(1)
                    + ", has too little evidence (" + m.group(2) + "); see --format";
        }
        String r = replace(LIMIT, reason, "the limit of %s; raise it with %s");
        r = replace(DROPPED, r, "(limit %s; raise it with %s)");
        return BUILDER.matcher(r).replaceAll(b -> Matcher.quoteReplacement(option(b.group(1))));
    }

    private static String replace(Pattern p, String text, String wording) {
        return p.matcher(text).replaceAll(m -> Matcher.quoteReplacement(
                String.format(wording, m.group(1), option(m.group(2)))));
    }

    private static String option(String builderMethod) {
        return OPTIONS.getOrDefault(builderMethod, builderMethod);
    }
}
