package io.github.earningscalls.transcript;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.earningscalls.transcript.model.CallMetadata;
import io.github.earningscalls.transcript.model.MetadataField;
import io.github.earningscalls.transcript.model.MetadataSource;
import org.junit.jupiter.api.Test;

/**
 * Whole fictional transcripts whose header names no company or period: the parser reads them from the
 * company's own speakers, on their labels or in what they say in the opening turns.
 */
class SpokenMetadataTest {
    private static final TranscriptParser PARSER = TranscriptParser.builder().build();

    @Test
    void aWireTranscriptsCompanyIsTheFirmOnItsExecutivesLabels() throws Exception {
        CallMetadata m = PARSER.read("""
                9,412 words
                14 October 2031
                FD (FAIR DISCLOSURE) WIRE
                English

                ANA RUIZ, CHAIRMAN, CEO, PLOVER WORKS INC: Good morning. Welcome to our third quarter earnings meeting.

                TOM REED, CFO, PLOVER WORKS INC: Thank you, Ana. Revenue rose in every region this quarter.

                OPERATOR: Our first question comes from Lena Park with Kestrel Mutual.

                LENA PARK, ANALYST, KESTREL MUTUAL: Thanks. Could you talk about pricing?

                TOM REED: Prices held through the quarter.
                """, "wire.txt").metadata();
        assertThat(m.company()).isEqualTo("PLOVER WORKS INC");
        assertThat(m.source(MetadataField.COMPANY)).contains(MetadataSource.text(6));
        assertThat(m.fiscalPeriod().quarter()).isEqualTo(3);
        assertThat(m.fiscalPeriod().year()).as("no year is said with the quarter").isNull();
    }

    @Test
    void aHeaderlessBodysCompanyAndPeriodComeFromItsOpeningRemarks() throws Exception {
        CallMetadata m = PARSER.read("""
                Dana Holt -- Vice President of Investor Relations

                Thank you, and good afternoon. With me today are Ana Ruiz, Plover Works' Chairman and Chief Executive \
                Officer; and Tom Reed, our Chief Financial Officer. Plover Works' results release is on our website.

                Ana Ruiz -- Chairman and Chief Executive Officer

                Thanks, Dana. Revenue rose from the fourth quarter of 2024 in every region. Q4 2025 was a record quarter.

                Operator

                Our first question comes from Lena Park with Kestrel Mutual.

                Lena Park -- Kestrel Mutual -- Analyst

                Could you talk about pricing?

                Tom Reed -- Chief Financial Officer

                Prices held through the quarter.
                """, "body.txt").metadata();
        assertThat(m.company()).isEqualTo("Plover Works");
        assertThat(m.source(MetadataField.COMPANY)).contains(MetadataSource.text(3));
        assertThat(m.fiscalPeriod().label()).isEqualTo("Q4 2025");
        assertThat(m.source(MetadataField.FISCAL_PERIOD)).contains(MetadataSource.text(7));
    }
}
