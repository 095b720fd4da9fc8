package io.github.earningscalls.transcript.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The JSON Lines error record, written with the streaming layer, reads as a mapper would write it. */
class InputFailureTest {
    @ParameterizedTest
    @ValueSource(strings = {"plain", "quote \" and backslash \\", "tab\tnew line\ncarriage\r", "control \u0001\u001f",
        "non-ASCII é ü 日本 \uD83D\uDE00", "slash / and <html> & 'apostrophe'", ""})
    void recordIsWhatAMapperWrites(String text) throws Exception {
        InputFailure f = new InputFailure("dir/" + text + ".txt", 12, "reason: " + text);
        Map<String, Object> expected = new LinkedHashMap<>();
        expected.put("file", f.file());
        expected.put("line", f.line());
        expected.put("error", f.reason());
        assertThat(f.toJsonRecord()).isEqualTo(new ObjectMapper().writeValueAsString(expected));
    }
}
