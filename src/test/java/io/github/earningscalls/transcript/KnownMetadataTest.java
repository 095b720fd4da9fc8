package io.github.earningscalls.transcript;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.earningscalls.transcript.json.TranscriptJson;
import io.github.earningscalls.transcript.model.MetadataField;
import io.github.earningscalls.transcript.model.MetadataSource;
import io.github.earningscalls.transcript.model.Transcript;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Caller knowledge and file-name patterns fill what the text leaves out; the text wins, with a warning. */
class KnownMetadataTest {
    /** One of our samples: its header states the company, period (Q4 2019) and date (line 3), but no ticker. */
    private static final String CALL = sample();

    private static String sample() {
        try {
            return Files.readString(Path.of("samples/inline-speakers/tessaline-bank-q4-2019.txt"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void theFileNameFillsWhatTheTextLeavesOut() throws Exception {
        TranscriptParser parser = TranscriptParser.builder().fileNamePattern("{ticker}_{year}Q{quarter}").build();
        Transcript t = parser.read(CALL, "calls/TSLN_2019Q4.txt");
        assertThat(t.metadata().ticker()).isEqualTo("TSLN");
        assertThat(t.metadata().source(MetadataField.TICKER)).contains(MetadataSource.FILE_NAME);
        assertThat(t.metadata().source(MetadataField.COMPANY)).contains(MetadataSource.text(1));
        assertThat(t.diagnostics()).noneMatch(d -> d.code().equals("METADATA_CONFLICT"));
        assertThat(TranscriptJson.toJson(t)).contains("\"metadataSources\":{\"title\":{\"origin\":\"TEXT\",\"line\":1}")
                .contains("\"ticker\":{\"origin\":\"FILE_NAME\"}");
        assertThat(TranscriptJson.fromJson(TranscriptJson.toJson(t)).metadata()).isEqualTo(t.metadata());
    }

    @Test
    void theTextWinsOverTheFileNameWithAWarningNamingBoth() throws Exception {
        Transcript t = TranscriptParser.builder().fileNamePattern("{ticker}_{year}Q{quarter}").build()
                .read(CALL, "TSLN_2019Q3.txt");
        assertThat(t.metadata().fiscalPeriod().label()).isEqualTo("Q4 2019");
        assertThat(t.diagnostics()).anySatisfy(d -> assertThat(d.toString()).isEqualTo("1: WARNING METADATA_CONFLICT "
                + "fiscalPeriod: the text (line 1) says 'Q4 2019', the file name says 'Q3 2019'; the text's value is kept"));
    }

    @Test
    void theCallerFillsFieldsAndOutranksTheFileName() throws Exception {
        TranscriptParser parser = TranscriptParser.builder()
                .fileNamePattern("{ticker}_*")
                .knownMetadata("TSLN_call.txt", new KnownMetadata(null, "TBC", "NYSE", LocalDate.of(2020, 1, 22), null, null))
                .build();
        Transcript t = parser.read(CALL, "/data/TSLN_call.txt");
        assertThat(t.metadata().ticker()).isEqualTo("TBC");
        assertThat(t.metadata().exchange()).isEqualTo("NYSE");
        assertThat(t.metadata().source(MetadataField.TICKER)).contains(MetadataSource.CALLER);
        assertThat(t.metadata().source(MetadataField.DATE)).contains(MetadataSource.text(3));
        assertThat(t.diagnostics().stream().map(Object::toString)).contains("0: WARNING METADATA_CONFLICT "
                + "ticker: the caller says 'TBC', the file name says 'TSLN'; the caller's value is kept",
                "3: WARNING METADATA_CONFLICT "
                        + "date: the text (line 3) says '2020-01-21', the caller says '2020-01-22'; the text's value is kept");
    }

    @Test
    void aMalformedPatternIsRejectedAtBuild() {
        assertThatThrownBy(() -> TranscriptParser.builder().fileNamePattern("{ticker}_{yr}").build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unknown placeholder {yr}");
        assertThatThrownBy(() -> TranscriptParser.builder().fileNamePattern("calls.txt").build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no placeholder");
        assertThatThrownBy(() -> TranscriptParser.builder().fileNamePattern("{ticker}_{ticker}").build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("appears twice");
        assertThatThrownBy(() -> new KnownMetadata(null, null, null, null, 5, null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aNameThePatternDoesNotMatchIsNoted() throws Exception {
        Transcript t = TranscriptParser.builder().fileNamePattern("{ticker}_{year}Q{quarter}").build()
                .read(CALL, "notes.txt");
        assertThat(t.metadata().ticker()).isNull();
        assertThat(t.diagnostics()).anySatisfy(d -> assertThat(d.message())
                .isEqualTo("the file name 'notes.txt' does not match the pattern '{ticker}_{year}Q{quarter}'"));
    }
}
