package io.github.earningscalls.transcript;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.earningscalls.transcript.model.CallMetadata;
import io.github.earningscalls.transcript.model.FiscalPeriod;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Call metadata against the hand-read {@code *.meta.json} beside every corpus transcript: per field, the
 * share of the files whose text states it where we give that value ("given"), and where we give another
 * value or one the text does not state ("wrong"). Figures are printed; asserted are the targets for
 * every field: given in at least 98% of the files that state it (values said only in speech counted), wrong
 * in at most 1%. Files no layout recognises (documented in {@link CorpusLayoutsTest}) are counted apart.
 */
class CorpusMetadataTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    /** Legal forms and articles left out when company names are compared: "Acme Corp." is "Acme Corporation". */
    private static final Set<String> LEGAL = Set.of("inc", "incorporated", "corp", "corporation", "co", "company", "ltd",
            "limited", "plc", "the", "nv", "ag", "sa", "sab", "llc", "group", "holding", "holdings", "cos", "companies", "and");

    /** One field: how to read it from our metadata and from the truth, and how to compare. */
    private record Field(String name, String truthKey, Function<CallMetadata, Object> ours) {
    }

    private static final List<Field> FIELDS = List.of(
            new Field("company", "company", CallMetadata::company),
            new Field("ticker", "ticker", CallMetadata::ticker),
            new Field("exchange", "exchange", CallMetadata::exchange),
            new Field("date", "date", m -> m.date() == null ? null : m.date().toString()),
            new Field("time", "time", m -> m.time() == null ? null : m.time().toString()),
            new Field("timeZone", "timeZone", CallMetadata::timeZone),
            new Field("fiscalQuarter", "fiscalQuarter", m -> quarter(m.fiscalPeriod())),
            new Field("fiscalYear", "fiscalYear", m -> m.fiscalPeriod() == null ? null : m.fiscalPeriod().year()));

    private static Object quarter(FiscalPeriod p) {
        return p == null ? null : p.quarter();
    }

    /** Counts for one field: files stating it, given right, given wrong (or invented where the text is silent). */
    private static final class Tally {
        int stated;
        int given;
        int wrong;
        int statedOutsideSpeech;
        int givenOutsideSpeech;
        final List<String> misses = new ArrayList<>();

        double givenShare() {
            return stated == 0 ? 1 : (double) given / stated;
        }

        double wrongShare() {
            return stated == 0 ? 0 : (double) wrong / stated;
        }

        double givenOutsideSpeechShare() {
            return statedOutsideSpeech == 0 ? 1 : (double) givenOutsideSpeech / statedOutsideSpeech;
        }
    }

    @Test
    void metadataMatchesTheHandReadTruth() throws IOException {
        Path root = Corpus.require();
        List<Path> metas;
        try (Stream<Path> s = Files.walk(root, 2)) {
            metas = s.filter(p -> p.getFileName().toString().endsWith(".meta.json")).sorted().toList();
        }
        Map<String, Tally> tallies = new LinkedHashMap<>();
        FIELDS.forEach(f -> tallies.put(f.name(), new Tally()));
        List<String> unparsed = new ArrayList<>();
        TranscriptParser parser = TranscriptParser.builder().build();
        for (Path meta : metas) {
            String stem = meta.toString().substring(0, meta.toString().length() - ".meta.json".length());
            Path source = Files.exists(Path.of(stem + ".txt")) ? Path.of(stem + ".txt") : Path.of(stem + ".xml");
            String name = root.relativize(source).toString();
            CallMetadata ours;
            try {
                ours = parser.read(source).metadata();
            } catch (TranscriptParseException e) {
                unparsed.add(name);
                continue;
            }
            JsonNode truth = MAPPER.readTree(meta.toFile());
            List<String> bodyOnly = new ArrayList<>();
            truth.path("bodyOnly").forEach(n -> bodyOnly.add(n.asText()));
            for (Field f : FIELDS) {
                Tally t = tallies.get(f.name());
                JsonNode expected = truth.get(f.truthKey());
                Object value = f.ours().apply(ours);
                boolean speechOnly = bodyOnly.contains(f.name())
                        || f.name().startsWith("fiscal") && bodyOnly.contains("fiscalPeriod");
                if (expected == null || expected.isNull()) {
                    if (value != null) {
                        t.wrong++;
                        t.misses.add(name + ": gave '" + value + "' where the text states none");
                    }
                    continue;
                }
                t.stated++;
                t.statedOutsideSpeech += speechOnly ? 0 : 1;
                if (value != null && same(f.name(), value, expected, truth)) {
                    t.given++;
                    t.givenOutsideSpeech += speechOnly ? 0 : 1;
                } else if (value != null) {
                    t.wrong++;
                    t.misses.add(name + ": gave '" + value + "', the text states '" + expected.asText() + "'");
                } else {
                    t.misses.add(name + ": missing '" + expected.asText() + "'" + (speechOnly ? " (stated only in speech)" : ""));
                }
            }
        }
        System.out.printf(Locale.ROOT, "Corpus metadata: %d files with hand-read metadata, %d not parsed %s%n",
                metas.size(), unparsed.size(), unparsed);
        System.out.printf(Locale.ROOT, "%-14s %7s %7s %7s %18s%n", "field", "stated", "given", "wrong", "given (not speech)");
        tallies.forEach((field, t) -> System.out.printf(Locale.ROOT, "%-14s %7d %6.1f%% %6.1f%% %17.1f%%%n", field, t.stated,
                100 * t.givenShare(), 100 * t.wrongShare(), 100 * t.givenOutsideSpeechShare()));
        tallies.forEach((field, t) -> t.misses.forEach(m -> System.out.println("  " + field + " " + m)));
        tallies.forEach((field, t) -> {
            assertThat(t.wrongShare()).as(field + " wrong: " + t.misses).isLessThanOrEqualTo(0.01);
            // The target, counting values stated only in someone's words: 98% given wherever the text states it.
            assertThat(t.givenShare()).as(field + " given: " + t.misses).isGreaterThanOrEqualTo(0.98);
            assertThat(t.givenOutsideSpeechShare()).as(field + " given where stated outside speech: " + t.misses)
                    .isGreaterThanOrEqualTo(0.98);
        });
    }

    private static boolean same(String field, Object ours, JsonNode expected, JsonNode truth) {
        if (!field.equals("company")) {
            return ours.toString().equals(expected.asText());
        }
        String n = normalise(ours.toString());
        return n.equals(normalise(expected.asText()))
                || truth.hasNonNull("companyAlt") && n.equals(normalise(truth.get("companyAlt").asText()));
    }

    private static String normalise(String company) {
        StringBuilder out = new StringBuilder();
        for (String w : company.toLowerCase(Locale.ROOT).replace("&", " and ").split("[^\\p{L}\\p{N}]+")) {
            if (!w.isEmpty() && !LEGAL.contains(w)) {
                out.append(w);
            }
        }
        return out.toString();
    }
}
