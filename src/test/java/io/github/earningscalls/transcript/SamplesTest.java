package io.github.earningscalls.transcript;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.earningscalls.transcript.json.TranscriptJson;
import io.github.earningscalls.transcript.json.TranscriptSchema;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The bundled samples: each {@code samples/<layout>/<name>.txt} (or {@code .xml}, a StreetEvents XML
 * story) parses to the JSON in {@code <name>.json} beside it (compared as trees, so formatting does not
 * matter).
 */
class SamplesTest {
    private static final Path SAMPLES = Path.of("samples");
    private static final ObjectMapper MAPPER = new ObjectMapper();

    static List<Path> samples() throws IOException {
        try (Stream<Path> s = Files.walk(SAMPLES)) {
            return s.filter(p -> p.toString().endsWith(".txt") || p.toString().endsWith(".xml")).sorted()
                    .collect(Collectors.toList());
        }
    }

    @Test
    void everyLayoutHasASample() throws IOException {
        assertThat(samples()).isNotEmpty();
        for (TranscriptFormat f : TranscriptFormat.values()) {
            if (f != TranscriptFormat.AUTO) {
                Path dir = SAMPLES.resolve(f.name().toLowerCase().replace('_', '-'));
                assertThat(samples()).as("a sample in %s", dir).anyMatch(p -> p.startsWith(dir));
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void parsesToTheExpectedJson(Path sample) throws Exception {
        Path expected = Path.of(sample.toString().replaceFirst("\\.(txt|xml)$", ".json"));
        assertThat(expected).as("expected JSON beside the sample").exists();
        String json = TranscriptJson.toJson(TranscriptParser.parse(sample));
        assertThat(TranscriptSchema.validate(json)).isEmpty();
        assertThat(MAPPER.readTree(json)).isEqualTo(MAPPER.readTree(expected.toFile()));
    }
}
