package io.github.earningscalls.transcript.bench;

import io.github.earningscalls.transcript.TranscriptFormat;
import io.github.earningscalls.transcript.TranscriptParseException;
import io.github.earningscalls.transcript.TranscriptParser;
import io.github.earningscalls.transcript.model.Exchange;
import io.github.earningscalls.transcript.model.Role;
import io.github.earningscalls.transcript.model.Section;
import io.github.earningscalls.transcript.model.SectionKind;
import io.github.earningscalls.transcript.model.Transcript;
import io.github.earningscalls.transcript.model.Turn;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Benchmark inputs of any size in every layout, grown from the fictional samples in {@code samples/}: the
 * sample's Q&amp;A exchanges are repeated, each copy with new analysts (listed in the roster beside the
 * originals), so the result keeps the layout's structure and every speaker stays resolvable.
 *
 * <p>The samples are read from the folder named by the system property {@code bench.samples}, by default
 * {@code samples} in the working directory (the repository root).
 */
public final class SyntheticTranscripts {
    /** The layouts a benchmark can ask for: every {@link TranscriptFormat} but {@code AUTO}. */
    public static final List<TranscriptFormat> LAYOUTS = List.of(TranscriptFormat.SEEKING_ALPHA,
            TranscriptFormat.MOTLEY_FOOL, TranscriptFormat.MOTLEY_FOOL_2025, TranscriptFormat.INLINE_SPEAKERS,
            TranscriptFormat.FACTSET_CALLSTREET, TranscriptFormat.NAME_LINES, TranscriptFormat.STREETEVENTS);

    private static final Map<TranscriptFormat, String> SAMPLES = Map.of(
            TranscriptFormat.SEEKING_ALPHA, "seeking-alpha/northwind-robotics-q2-2024.txt",
            TranscriptFormat.MOTLEY_FOOL, "motley-fool/lumen-harbor-q3-2020.txt",
            TranscriptFormat.MOTLEY_FOOL_2025, "motley-fool-2025/quarry-peak-q1-2026.txt",
            TranscriptFormat.INLINE_SPEAKERS, "inline-speakers/tessaline-bank-q4-2019.txt",
            TranscriptFormat.FACTSET_CALLSTREET, "factset-callstreet/orrin-financial-q1-2023.txt",
            TranscriptFormat.NAME_LINES, "name-lines/velmora-bank-q1-2025.txt",
            TranscriptFormat.STREETEVENTS, "streetevents/calderwood-freight-q3-2019.txt");

    /** How many invented analysts one transcript has at most. */
    private static final int ANALYST_POOL = 60;

    private static final String[] GIVEN = {"Adrian", "Beatrice", "Camille", "Dorian", "Elena", "Felix", "Greta",
        "Hugo", "Ingrid", "Julian", "Kiran", "Leona", "Magnus", "Nadia", "Oscar", "Petra", "Quentin", "Rosalind",
        "Silas", "Tamsin", "Ulrich", "Vera", "Wendell", "Xenia", "Yusuf", "Zora", "Ambrose", "Blythe", "Cormac",
        "Delphine", "Emrys", "Fiona", "Gideon", "Hester", "Ivo", "Juno", "Lachlan", "Mireya", "Niall", "Odile",
        "Piers", "Rhiannon", "Soren", "Thea", "Viggo", "Wilhelmina", "Anselm", "Briony", "Cyprian", "Dagny",
        "Evander", "Freya", "Gunnar", "Honora", "Isadora", "Jasper", "Lucian", "Marisol", "Nico", "Ottilie",
        "Perpetua", "Raffaele", "Sabine", "Tobiah"};
    private static final String[] HEAD = {"Ab", "Bel", "Cor", "Dav", "Ell", "Fal", "Gor", "Hal", "Isk", "Jor", "Kes",
        "Lan", "Mor", "Nev", "Orm", "Pal", "Quill", "Ros", "Sel", "Tam", "Ulv", "Ver", "Wes", "Yor"};
    private static final String[] MIDDLE = {"an", "el", "in", "or", "ar", "en", "is", "ov", "un", "ad", "ic"};
    private static final String[] TAIL = {"dale", "ford", "ley", "mann", "sen", "ton", "well", "wick", "ridge",
        "stein", "berg", "ham"};

    private SyntheticTranscripts() {
    }

    /** The folder the samples are read from. */
    public static Path samplesDir() {
        return Path.of(System.getProperty("bench.samples", "samples"));
    }

    /** The sample a layout's inputs are grown from. */
    public static Path sample(TranscriptFormat layout) {
        String file = SAMPLES.get(layout);
        if (file == null) {
            throw new IllegalArgumentException("no sample for " + layout);
        }
        return samplesDir().resolve(file);
    }

    /**
     * A transcript in the layout of at least {@code targetBytes} UTF-8 bytes (the sample itself when it is
     * larger). {@code seed} shifts the invented analysts' names, so files made with different seeds name
     * different people.
     */
    public static byte[] generate(TranscriptFormat layout, int targetBytes, int seed) {
        String text;
        try {
            text = Files.readString(sample(layout), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the sample for " + layout + " (run from the repository root"
                    + " or pass -Dbench.samples=DIR)", e);
        }
        return grow(layout, text, targetBytes, seed).getBytes(StandardCharsets.UTF_8);
    }

    static String grow(TranscriptFormat layout, String text, int targetBytes, int seed) {
        Transcript sample;
        try {
            sample = TranscriptParser.builder().format(layout).build().read(text, "sample");
        } catch (TranscriptParseException e) {
            throw new IllegalStateException("the " + layout + " sample no longer parses", e);
        }
        Section qa = sample.section(SectionKind.QUESTIONS_AND_ANSWERS)
                .orElseThrow(() -> new IllegalStateException("the " + layout + " sample has no Q&A"));
        List<Turn> all = sample.turns();
        List<Turn> qaTurns = qa.turns();
        List<Exchange> exchanges = qa.exchanges();
        if (qaTurns.isEmpty() || exchanges.isEmpty()) {
            throw new IllegalStateException("the " + layout + " sample has no Q&A exchange to repeat");
        }
        int lastIndex = 0;
        for (int i : exchanges.get(exchanges.size() - 1).turnIndices()) {
            lastIndex = Math.max(lastIndex, i);
        }
        Turn first = qaTurns.get(0);
        int firstAt = all.indexOf(first);
        int previousEnd = firstAt > 0 ? all.get(firstAt - 1).endLine() : 0;
        int marker = qa.line() < first.line() ? qa.line() : 0;
        // The repeated block: from just after the previous turn (or the Q&A marker) to the end of the last
        // exchange, so a leader line or page furniture before a turn travels with it.
        int blockFrom = Math.max(previousEnd, marker) + 1;
        int blockTo = qaTurns.get(lastIndex).endLine();
        int speechFrom = all.get(0).line();
        int speechTo = all.get(all.size() - 1).endLine();

        Set<String> analysts = new LinkedHashSet<>();
        for (int i = 0; i <= lastIndex; i++) {
            Turn t = qaTurns.get(i);
            if (t.role() == Role.ANALYST && t.speaker().indexOf(' ') > 0) {
                analysts.add(t.speaker());
            }
        }
        List<String> lines = splitLines(text);
        StringBuilder block = new StringBuilder();
        for (int n = blockFrom; n <= blockTo; n++) {
            block.append(lines.get(n - 1));
        }
        int growth = Math.max(0, targetBytes - text.getBytes(StandardCharsets.UTF_8).length);
        int copies = (int) Math.ceil(growth / (double) block.toString().getBytes(StandardCharsets.UTF_8).length);

        // The new names: each copy asks with the next analysts of a pool about as large as a big call's roster,
        // so consecutive copies never share a questioner and the roster stays the size real ones have.
        int perCopy = Math.max(1, analysts.size());
        int distinctCopies = Math.max(1, ANALYST_POOL / perCopy);
        List<Map<String, String>> renames = new ArrayList<>(copies);
        for (int k = 0; k < copies; k++) {
            Map<String, String> names = new LinkedHashMap<>();
            int j = 0;
            for (String a : analysts) {
                names.put(a, inventedName(seed * 7919 + (k % distinctCopies) * perCopy + j++));
            }
            renames.add(names);
        }
        // Each invented analyst is listed once, beside the sample analyst whose questions they ask.
        List<Map<String, String>> listed = renames.subList(0, Math.min(copies, distinctCopies));
        StringBuilder out = new StringBuilder(targetBytes + 4096);
        for (int n = 1; n <= lines.size(); n++) {
            String line = lines.get(n - 1);
            out.append(line);
            boolean roster = n < speechFrom || n > speechTo;
            if (roster && line.length() < 200) {
                String analyst = listedAnalyst(line, analysts);
                if (analyst != null) {
                    // A roster entry: list each copy's analyst beside it, with a title line that follows it.
                    String entry = line;
                    if (n < lines.size() && lines.get(n).trim().toLowerCase(Locale.ROOT).startsWith("analyst")) {
                        entry += lines.get(n);
                        out.append(lines.get(n));
                        n++;
                    }
                    for (Map<String, String> names : listed) {
                        out.append(rename(entry, analyst, names.get(analyst)));
                    }
                }
            }
            if (n == blockTo) {
                for (Map<String, String> names : renames) {
                    String copy = block.toString();
                    for (Map.Entry<String, String> e : names.entrySet()) {
                        copy = rename(copy, e.getKey(), e.getValue());
                    }
                    out.append(copy);
                }
            }
        }
        return out.toString();
    }

    /** The lines with their terminators, so that joining them gives the text back. */
    private static List<String> splitLines(String text) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                lines.add(text.substring(start, i + 1));
                start = i + 1;
            }
        }
        if (start < text.length()) {
            lines.add(text.substring(start));
        }
        return lines;
    }

    private static String listedAnalyst(String line, Set<String> analysts) {
        for (String a : analysts) {
            if (line.contains(a) || line.contains(a.toUpperCase(Locale.ROOT))) {
                return a;
            }
        }
        return null;
    }

    /** Replaces a person's full name, given name and surname, as printed and in capitals. */
    static String rename(String text, String from, String to) {
        String[] f = from.split(" ");
        String[] t = to.split(" ");
        String s = text.replace(from, to).replace(from.toUpperCase(Locale.ROOT), to.toUpperCase(Locale.ROOT));
        s = word(s, f[0], t[0]);
        s = word(s, f[f.length - 1], t[t.length - 1]);
        return s;
    }

    private static String word(String text, String from, String to) {
        Matcher m = Pattern.compile("\\b(" + Pattern.quote(from) + "|" + Pattern.quote(from.toUpperCase(Locale.ROOT))
                + ")\\b").matcher(text);
        StringBuilder sb = new StringBuilder(text.length());
        while (m.find()) {
            m.appendReplacement(sb, Matcher.quoteReplacement(
                    m.group(1).equals(from) ? to : to.toUpperCase(Locale.ROOT)));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    /** An invented name: a given name from a list of common ones and a surname built from syllables. */
    static String inventedName(int i) {
        String given = GIVEN[Math.floorMod(i * 37, GIVEN.length)];
        StringBuilder surname = new StringBuilder();
        int rest = i & Integer.MAX_VALUE;
        surname.append(HEAD[rest % HEAD.length]);
        rest /= HEAD.length;
        surname.append(MIDDLE[rest % MIDDLE.length]);
        rest /= MIDDLE.length;
        String tail = TAIL[rest % TAIL.length];
        rest /= TAIL.length;
        while (rest > 0) {
            // Bijective numbering: every index gets its own surname.
            rest--;
            surname.append(MIDDLE[rest % MIDDLE.length]);
            rest /= MIDDLE.length;
        }
        surname.append(tail);
        return given + " " + surname;
    }
}
