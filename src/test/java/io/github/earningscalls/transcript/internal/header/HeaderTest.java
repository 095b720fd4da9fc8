package io.github.earningscalls.transcript.internal.header;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.earningscalls.transcript.internal.diagnostic.DiagnosticCollector;
import io.github.earningscalls.transcript.internal.lex.Line;
import io.github.earningscalls.transcript.internal.lex.LineKind;
import io.github.earningscalls.transcript.model.CallMetadata;
import io.github.earningscalls.transcript.model.Diagnostic;
import io.github.earningscalls.transcript.model.EventType;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Call metadata read from the header lines, wherever each field stands, and the diagnostics for what is missing. */
class HeaderTest {
    private final DiagnosticCollector diagnostics = new DiagnosticCollector(50);

    /** The first line is the title, the others header lines, numbered from 1. */
    private CallMetadata metadata(String... texts) {
        List<Line> lines = new ArrayList<>();
        for (int i = 0; i < texts.length; i++) {
            LineKind kind = i == 0 ? LineKind.TITLE : LineKind.HEADER;
            lines.add(Line.of(i + 1, 0, texts[i].length(), texts[i], kind));
        }
        return Header.metadata(lines, diagnostics);
    }

    /** The diagnostics, but for the notes on a company or ticker the text does not give (see {@link #absentNamesAreNoted}). */
    private List<String> messages() {
        return diagnostics.sorted().stream().map(Diagnostic::toString)
                .filter(m -> !m.endsWith("the text names no company") && !m.endsWith("the text gives no ticker")).toList();
    }

    @Test
    void absentNamesAreNoted() {
        metadata("Q3 2021 Earnings Call", "May 3, 2021 9:00 AM ET");
        assertThat(diagnostics.sorted().stream().map(Diagnostic::toString)).containsExactly(
                "1: INFO HEADER_FIELD_UNPARSABLE the text names no company",
                "1: INFO HEADER_FIELD_UNPARSABLE the text gives no ticker");
    }

    @Test
    void noHeaderLinesGiveEmptyMetadataAndANote() {
        assertThat(Header.metadata(List.of(), diagnostics)).isEqualTo(CallMetadata.EMPTY);
        assertThat(messages()).containsExactly("0: INFO HEADER_MISSING the transcript has no header");
    }

    @Test
    void fieldsOnLinesOfTheirOwnAreCombined() {
        CallMetadata m = metadata("Plover Works Q3 2021 Earnings Call", "NASDAQ:PLVR", "October 28, 2021 5:00 PM ET");
        assertThat(m.title()).isEqualTo("Plover Works Q3 2021 Earnings Call");
        assertThat(m.exchange()).isEqualTo("NASDAQ");
        assertThat(m.ticker()).isEqualTo("PLVR");
        assertThat(m.fiscalPeriod().quarter()).isEqualTo(3);
        assertThat(m.fiscalPeriod().year()).isEqualTo(2021);
        assertThat(m.eventType()).isEqualTo(EventType.EARNINGS_CALL);
        assertThat(m.date()).isEqualTo(LocalDate.of(2021, 10, 28));
        assertThat(m.time()).isEqualTo(LocalTime.of(17, 0));
        assertThat(m.timeZone()).isEqualTo("ET");
        assertThat(m.startsAt()).hasToString("2021-10-28T17:00-04:00");
        assertThat(messages()).isEmpty();
    }

    @Test
    void anExchangeTickerLineIsShortUpperCaseAndHasNoSpaces() {
        assertThat(metadata("Plover Works Earnings Call", "NYSE:BRK.B").ticker()).isEqualTo("BRK.B");
        assertThat(metadata("Plover Works Earnings Call", "NY:PLVR").exchange()).isEqualTo("NY");
        assertThat(metadata("Plover Works Earnings Call", "N:PLVR").ticker()).as("one letter is no exchange").isNull();
        assertThat(metadata("Plover Works Earnings Call", "ABCDEFGHIJ:PLVR").exchange()).isEqualTo("ABCDEFGHIJ");
        assertThat(metadata("Plover Works Earnings Call", "ABCDEFGHIJK:PLVR").ticker()).isNull();
        assertThat(metadata("Plover Works Earnings Call", "NASDAQ:" + "P".repeat(17)).ticker()).hasSize(17);
        assertThat(metadata("Plover Works Earnings Call", "NASDAQ:" + "P".repeat(18)).ticker()).as("too long").isNull();
        assertThat(metadata("Plover Works Earnings Call", "NASDAQ:PL VR").ticker()).isNull();
        assertThat(metadata("Plover Works Earnings Call", "Nasdaq:PLVR").ticker()).isNull();
        assertThat(metadata("Plover Works Earnings Call", "NASDAQ:plvr").ticker()).isNull();
    }

    @Test
    void theFirstTickerFoundIsKept() {
        CallMetadata m = metadata("Plover Works Earnings Call", "Ticker: plvr", "NYSE:OTHR");
        assertThat(m.ticker()).isEqualTo("PLVR");
        assertThat(m.exchange()).isNull();
    }

    @Test
    void bannerFieldsGiveCompanyTickerAndQuarter() {
        CallMetadata m = metadata("Earnings Call Transcript", "Company: Plover Works", "Ticker: plvr",
                "Quarter: Q2 2022", "Date: May 3, 2022", "Company: Someone Else", "Replay:");
        assertThat(m.company()).isEqualTo("Plover Works");
        assertThat(m.ticker()).isEqualTo("PLVR");
        assertThat(m.fiscalPeriod().label()).isEqualTo("Q2 2022");
        assertThat(m.date()).as("a Date line is read as the call date").isEqualTo(LocalDate.of(2022, 5, 3));
        assertThat(m.title()).isEqualTo("Earnings Call Transcript");
    }

    @Test
    void aBannerKeyIsOneWordOfAtMostTwelveLetters() {
        CallMetadata twelve = metadata("Earnings Call", "Announcement: Q3 2021 results");
        assertThat(twelve.fiscalPeriod()).as("a banner field, not a header line").isNull();
        assertThat(messages()).contains("1: INFO HEADER_FIELD_UNPARSABLE the header names no fiscal period");
        CallMetadata thirteen = metadata("Earnings Call", "Announcements: Q3 2021 results");
        assertThat(thirteen.fiscalPeriod().label()).isEqualTo("Q3 2021");
        assertThat(metadata("Earnings Call", "Q3 2021: results").fiscalPeriod().label()).isEqualTo("Q3 2021");
        assertThat(metadata(": Q3 2021 results").fiscalPeriod().label()).as("no key before the colon").isEqualTo("Q3 2021");
        assertThat(metadata("Earnings Call", "Period:Q3 2021").fiscalPeriod().label()).as("no space after the colon")
                .isEqualTo("Q3 2021");
    }

    @Test
    void theFirstEventTypeNamedWins() {
        CallMetadata m = metadata("Plover Works Investor Day", "Plover Works Q3 2021 Earnings Call");
        assertThat(m.eventType()).isEqualTo(EventType.INVESTOR_DAY);
        assertThat(m.title()).as("the first line that names the call").isEqualTo("Plover Works Q3 2021 Earnings Call");
    }

    @Test
    void theCompanyMayStandBetweenThePeriodAndTheEvent() {
        assertThat(metadata("Q4 2019 Plover Works Earnings Call - Final").company()).isEqualTo("Plover Works");
        assertThat(metadata("Q4 2019 Plover Works - Call").company()).isEqualTo("Plover Works");
        assertThat(metadata("Q4 2019 Earnings Call").company()).as("the event comes first").isNull();
        assertThat(metadata("Q4 2019 Plover Works annual meeting").company()).as("no event word to cut at").isNull();
    }

    @Test
    void aMissingDateIsReported() {
        metadata("Plover Works Q3 2021 Earnings Call");
        assertThat(messages()).containsExactly("1: INFO HEADER_MISSING the header gives no date for the call");
    }

    @Test
    void anImpossibleDateIsReportedOnItsLine() {
        CallMetadata m = metadata("Plover Works Q1 2021 Earnings Call", "Ticker: PLVR", "February 30, 2021");
        assertThat(m.date()).isNull();
        assertThat(messages()).containsExactly(
                "3: WARNING HEADER_FIELD_UNPARSABLE the call date 'February 30, 2021' is not a valid date",
                "3: INFO HEADER_FIELD_UNPARSABLE the header gives no start time");
    }

    @Test
    void anUnknownTimeZoneIsReported() {
        CallMetadata m = metadata("Plover Works Q1 2021 Earnings Call", "May 3, 2021 9:00 AM XYZ");
        assertThat(m.time()).isEqualTo(LocalTime.of(9, 0));
        assertThat(m.startsAt()).isNull();
        assertThat(messages()).containsExactly("2: INFO HEADER_FIELD_UNPARSABLE time zone 'XYZ' is not one the parser knows");
    }

    @Test
    void aTimeWithoutZoneIsReported() {
        metadata("Plover Works Q1 2021 Earnings Call", "May 3, 2021 9:00 AM");
        assertThat(messages()).containsExactly("2: INFO HEADER_FIELD_UNPARSABLE time zone '' is not one the parser knows");
    }

    @Test
    void aTimeWithoutAValidDateIsNotAZoneProblem() {
        metadata("Plover Works Q1 2021 Earnings Call", "February 30, 2021 9:00 AM XYZ");
        assertThat(messages()).containsExactly(
                "2: WARNING HEADER_FIELD_UNPARSABLE the call date 'February 30, 2021' is not a valid date");
    }

    @Test
    void aDateMoreThanAYearFromTheFiscalYearIsReported() {
        metadata("Plover Works Q3 2018 Earnings Call", "May 3, 2022 9:00 AM ET");
        assertThat(messages()).containsExactly(
                "2: WARNING DATE_CONTRADICTS_PERIOD the call date 2022-05-03 is more than a year from fiscal year 2018");
    }

    @Test
    void aDateWithinAYearOfTheFiscalYearIsFine() {
        metadata("Plover Works Q4 2021 Earnings Call", "February 3, 2022 9:00 AM ET");
        metadata("Plover Works FY 2023 Earnings Call", "February 3, 2022 9:00 AM ET");
        assertThat(messages()).isEmpty();
    }
}
