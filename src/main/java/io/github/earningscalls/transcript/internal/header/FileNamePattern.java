package io.github.earningscalls.transcript.internal.header;

import io.github.earningscalls.transcript.KnownMetadata;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads metadata from a file's name with a pattern such as {@code {ticker}_{year}Q{quarter}}. Placeholders:
 * {@code {ticker}}, {@code {exchange}}, {@code {company}}, {@code {year}} (four digits, or two for 20xx),
 * {@code {quarter}} (1 to 4), {@code {date}} ({@code 2021-05-11} or {@code 20210511}); {@code *} matches any
 * text; anything else matches itself, ignoring case. The pattern must match the start of the name (its last
 * path element), so {@code {ticker}_{year}Q{quarter}} reads {@code ACME_2021Q1.txt} and
 * {@code ACME_2021Q1_brief.txt}.
 */
public final class FileNamePattern {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}]*)}");
    private static final List<String> NAMES = List.of("ticker", "exchange", "company", "year", "quarter", "date");

    private final String source;
    private final Pattern pattern;
    private final List<String> groups;

    private FileNamePattern(String source, Pattern pattern, List<String> groups) {
        this.source = source;
        this.pattern = pattern;
        this.groups = groups;
    }

    /**
     * Compiles a pattern.
     *
     * @throws IllegalArgumentException if it has no placeholder, an unknown or repeated one, or a stray brace
     */
    public static FileNamePattern compile(String text) {
        StringBuilder regex = new StringBuilder();
        List<String> groups = new ArrayList<>();
        Matcher m = PLACEHOLDER.matcher(text);
        int last = 0;
        while (m.find()) {
            literal(text.substring(last, m.start()), regex, text);
            String name = m.group(1);
            if (!NAMES.contains(name)) {
                throw new IllegalArgumentException("file-name pattern '" + text + "': unknown placeholder {" + name
                        + "}; known: " + NAMES.stream().map(n -> "{" + n + "}").toList());
            }
            if (groups.contains(name)) {
                throw new IllegalArgumentException("file-name pattern '" + text + "': {" + name + "} appears twice");
            }
            groups.add(name);
            regex.append(switch (name) {
                case "ticker", "exchange" -> "([A-Za-z0-9][A-Za-z0-9.\\-]{0,19})";
                case "company" -> "(.{1,200}?)";
                case "year" -> "(\\d{4}|\\d{2})";
                case "quarter" -> "([1-4])";
                default -> "(\\d{4}-?\\d{2}-?\\d{2})";
            });
            last = m.end();
        }
        literal(text.substring(last), regex, text);
        if (groups.isEmpty()) {
            throw new IllegalArgumentException("file-name pattern '" + text + "' has no placeholder such as {ticker}");
        }
        return new FileNamePattern(text, Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE), List.copyOf(groups));
    }

    private static void literal(String part, StringBuilder regex, String whole) {
        if (part.indexOf('{') >= 0 || part.indexOf('}') >= 0) {
            throw new IllegalArgumentException("file-name pattern '" + whole + "' has a stray brace");
        }
        String[] pieces = part.split("\\*", -1);
        for (int i = 0; i < pieces.length; i++) {
            if (i > 0) {
                regex.append(".{0,200}?");
            }
            if (!pieces[i].isEmpty()) {
                regex.append(Pattern.quote(pieces[i]));
            }
        }
    }

    /** The pattern as written. */
    public String source() {
        return source;
    }

    /** What the name of {@code sourceName} (its last path element) says, or null when the pattern does not match it. */
    public KnownMetadata read(String sourceName) {
        String name = baseName(sourceName);
        Matcher m = pattern.matcher(name);
        if (!m.lookingAt()) {
            return null;
        }
        String company = null;
        String ticker = null;
        String exchange = null;
        Integer year = null;
        Integer quarter = null;
        LocalDate date = null;
        for (int i = 0; i < groups.size(); i++) {
            String v = m.group(i + 1);
            switch (groups.get(i)) {
                case "ticker" -> ticker = v.toUpperCase(Locale.ROOT);
                case "exchange" -> exchange = v.toUpperCase(Locale.ROOT);
                case "company" -> company = v.replace('_', ' ').trim();
                case "year" -> year = v.length() == 2 ? 2000 + Integer.parseInt(v) : Integer.parseInt(v);
                case "quarter" -> quarter = Integer.parseInt(v);
                default -> date = date(v.replace("-", ""));
            }
        }
        return new KnownMetadata(company, ticker, exchange, date, quarter, year);
    }

    private static LocalDate date(String digits) {
        try {
            return LocalDate.of(Integer.parseInt(digits.substring(0, 4)), Integer.parseInt(digits.substring(4, 6)),
                    Integer.parseInt(digits.substring(6, 8)));
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** The last element of a path or URI. */
    public static String baseName(String sourceName) {
        int slash = Math.max(sourceName.lastIndexOf('/'), sourceName.lastIndexOf('\\'));
        return sourceName.substring(slash + 1);
    }
}
