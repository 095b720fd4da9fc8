package io.github.earningscalls.transcript;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.earningscalls.transcript.model.Transcript;
import io.github.earningscalls.transcript.model.Turn;
import io.github.earningscalls.transcript.model.Verdict;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The verdict as a filter over the real transcripts: a strict parser (which accepts exactly the
 * {@link Verdict#CLEAN} parses) keeps most of the corpus, and no parse whose turns are badly wrong
 * against its truth passes as clean or merely to review.
 */
class CorpusQualityTest {
    /** The share of parsed corpus files a strict parser must accept. */
    private static final double MIN_CLEAN_SHARE = 0.85;
    /** Turns agreeing less than this with the truth are badly wrong: the parse must say so with an ERROR. */
    private static final double BADLY_WRONG = 0.9;

    private static final TranscriptParser PARSER = TranscriptParser.builder().build();
    private static final Map<Path, Transcript> PARSED = new TreeMap<>();

    @BeforeAll
    static void parseTheCorpus() throws IOException {
        Path root = Corpus.require();
        List<Path> files;
        try (Stream<Path> s = Files.walk(root)) {
            files = s.filter(p -> p.toString().endsWith(".txt") || p.toString().endsWith(".xml")).sorted().toList();
        }
        for (Path f : files) {
            try {
                PARSED.put(root.relativize(f), PARSER.read(f));
            } catch (TranscriptParseException e) {
                // Refused loudly: neither clean nor silent.
            }
        }
    }

    @Test
    void strictModeAcceptsMostOfTheCorpus() {
        Map<Verdict, Integer> verdicts = new EnumMap<>(Verdict.class);
        PARSED.forEach((file, t) -> {
            Verdict v = t.quality().verdict();
            verdicts.merge(v, 1, Integer::sum);
            if (v != Verdict.CLEAN) {
                System.out.printf(Locale.ROOT, "%s %s %s%n", v, file, t.quality().codes());
            }
        });
        double clean = verdicts.getOrDefault(Verdict.CLEAN, 0) / (double) PARSED.size();
        System.out.printf(Locale.ROOT, "%d parsed: %s, %.1f%% clean%n", PARSED.size(), verdicts, 100 * clean);
        assertThat(clean).isGreaterThanOrEqualTo(MIN_CLEAN_SHARE);
    }

    @Test
    void noBadlyWrongParseEscapesAnError() throws IOException {
        Path root = Corpus.require();
        int judged = 0;
        for (Map.Entry<Path, Transcript> e : PARSED.entrySet()) {
            String name = e.getKey().toString();
            Path truth = root.resolve(name.substring(0, name.lastIndexOf('.')) + ".truth.json");
            if (!Files.exists(truth)) {
                continue;
            }
            JsonNode tree = new ObjectMapper().readTree(truth.toFile());
            double agreement;
            if (tree.has("turns")) {
                agreement = turnF1(e.getValue(), tree);
            } else if (tree.has("utterances")) {
                agreement = CorpusLayoutsTest.speakerAgreement(e.getValue(), truth);
            } else {
                continue;
            }
            judged++;
            Verdict v = e.getValue().quality().verdict();
            System.out.printf(Locale.ROOT, "%s: agreement %.3f, %s%n", name, agreement, v);
            if (agreement < BADLY_WRONG) {
                assertThat(v).as("%s agrees %.3f with its truth", name, agreement).isEqualTo(Verdict.BROKEN);
            }
        }
        assertThat(judged).isGreaterThanOrEqualTo(10);
    }

    /** F1 of the turns as (speaker line, speaker's letters) against a turn truth. */
    private static double turnF1(Transcript t, JsonNode truth) {
        Set<String> want = new HashSet<>();
        for (JsonNode turn : truth.get("turns")) {
            want.add(turn.get("line").asInt() + " " + letters(turn.get("speaker").asText()));
        }
        Set<String> got = new HashSet<>();
        for (Turn turn : t.turns()) {
            got.add(turn.line() + " " + letters(turn.speaker()));
        }
        Set<String> both = new HashSet<>(got);
        both.retainAll(want);
        return got.isEmpty() && want.isEmpty() ? 1 : 2.0 * both.size() / (got.size() + want.size());
    }

    private static String letters(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
    }
}
