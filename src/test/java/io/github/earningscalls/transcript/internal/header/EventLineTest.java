package io.github.earningscalls.transcript.internal.header;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.earningscalls.transcript.model.EventType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Header lines: ticker, exchange, fiscal period, event type, date, time and zone. */
class EventLineTest {
    private static String fields(String line) {
        EventLine.Parsed p = EventLine.parse(line);
        return p.company() + " | " + p.exchange() + ":" + p.ticker() + " | "
                + (p.period() == null ? null : p.period().quarter() + "/" + p.period().year() + " '" + p.period().label() + "'")
                + " | " + p.eventType() + " | " + p.dateText() + " | " + p.date() + " " + p.time() + " " + p.timeZone()
                + " | " + p.startsAt() + " | " + p.titleText();
    }

    @Test
    void readsTheUsualHeader() {
        assertThat(fields("Acme Corp. (NYSE:ACME) Q1 2021 Earnings Conference Call May 11, 2021 9:00 PM ET"))
                .isEqualTo("Acme Corp. | NYSE:ACME | 1/2021 'Q1 2021' | EARNINGS_CALL | May 11, 2021 | 2021-05-11 21:00 ET"
                        + " | 2021-05-11T21:00-04:00 | Acme Corp. (NYSE:ACME) Q1 2021 Earnings Conference Call");
        assertThat(EventLine.parse("Acme Corp. (NYSE:ACME) Q1 2021 Earnings Call May 11, 2021").tickerEnd()).isEqualTo(22);
    }

    @Test
    void readsTheVariants() {
        assertThat(fields("Magellan Health (MGLN) F3Q10 Earnings Call October 28, 2010 12:00 PM ET"))
                .isEqualTo("Magellan Health | null:MGLN | 3/2010 'F3Q10' | EARNINGS_CALL | October 28, 2010 | 2010-10-28 12:00 ET"
                        + " | 2010-10-28T12:00-04:00 | Magellan Health (MGLN) F3Q10 Earnings Call");
        assertThat(fields("Acme (NASDAQ GS:AC.B) Q2 FY 2020 Results Call Aug. 5, 2020 12:30 a.m. PT"))
                .isEqualTo("Acme | NASDAQ GS:AC.B | 2/2020 'Q2 FY 2020' | EARNINGS_CALL | Aug. 5, 2020 | 2020-08-05 00:30 PT"
                        + " | 2020-08-05T00:30-07:00 | Acme (NASDAQ GS:AC.B) Q2 FY 2020 Results Call");
        assertThat(fields("Acme plc (LSE:ACM) Investor Day 15 October 2019 ET"))
                .isEqualTo("Acme plc | LSE:ACM | null | INVESTOR_DAY | 15 October 2019 | 2019-10-15 null ET | null"
                        + " | Acme plc (LSE:ACM) Investor Day");
        assertThat(fields("Acme (ACME) Business Update 2019-10-15T08:30:00Z"))
                .isEqualTo("Acme | null:ACME | null | BUSINESS_UPDATE | 2019-10-15T08:30:00Z | 2019-10-15 08:30 UTC"
                        + " | 2019-10-15T08:30Z | Acme (ACME) Business Update");
        assertThat(fields("Acme (ACME) FY2019 Q3 Shareholder Meeting Sept 3, 2019 at 10:15 AM CET"))
                .isEqualTo("Acme | null:ACME | 3/2019 'FY2019 Q3' | SHAREHOLDER_MEETING | Sept 3, 2019 | 2019-09-03 10:15 CET"
                        + " | 2019-09-03T10:15+02:00 | Acme (ACME) FY2019 Q3 Shareholder Meeting");
    }

    @Test
    void unreadableFieldsStayEmpty() {
        assertThat(fields("Acme (ACME) FQ2 2020 Earnings Call February 30, 2021 13:00 PM XYZ"))
                .isEqualTo("Acme | null:ACME | 2/2020 'FQ2 2020' | EARNINGS_CALL | February 30, 2021 | null null XYZ | null"
                        + " | Acme (ACME) FQ2 2020 Earnings Call");
        assertThat(fields("Acme (ACME) 2Q 2019 Earnings Call May 11, 0000 9:00 AM"))
                .isEqualTo("Acme | null:ACME | 2/2019 '2Q 2019' | EARNINGS_CALL | May 11, 0000 | null 09:00 null | null"
                        + " | Acme (ACME) 2Q 2019 Earnings Call");
        assertThat(fields("Acme (ACME) Fiscal Year 2020 Conference presents at Summit"))
                .isEqualTo("Acme | null:ACME | null/2020 'Fiscal Year 2020' | CONFERENCE_PRESENTATION | null | null null null"
                        + " | null | Acme (ACME) Fiscal Year 2020 Conference presents at Summit");
        assertThat(fields("Acme Q1 '21 call 9:00 AM ET"))
                .isEqualTo("null | null:null | 1/2021 'Q1 '21' | EARNINGS_CALL | null | null null null | null"
                        + " | Acme Q1 '21 call 9:00 AM ET");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "(acme)|false", "(NYSE:)|false", "(BRK.B)|true", "(TOOLONGTICKR)|false", "(N4SE:ACME)|false",
            "(ABCDEFGHIJKLM:ACME)|false", "(123)|false", "(-AB)|false", "( ACME )|true", "(AB-C)|true", "(A)|true",
            "(NYSE:ACME%)|true", "(OTCPK:ACME.F 3.2%)|true", "x (ab) (CD)|true", "no ticker|false", "(ACME|false",
            "(AC_ME)|false"})
    void tickers(String line, boolean ticker) {
        assertThat(EventLine.hasTicker(line)).isEqualTo(ticker);
    }

    @Test
    void eventLinesNeedATickerAndADateAndAreShort() {
        String line = "Acme (ACME) Q1 2021 Earnings Call May 11, 2021";
        assertThat(EventLine.isEventLine(line)).isTrue();
        assertThat(EventLine.isEventLine(line.replace(" May 11, 2021", ""))).isFalse();
        assertThat(EventLine.isEventLine(line.replace("(ACME)", "Inc."))).isFalse();
        String padded = line.replace("Earnings", "Earnings" + " ".repeat(600 - line.length()));
        assertThat(padded).hasSize(600);
        assertThat(EventLine.isEventLine(padded)).isTrue();
        assertThat(EventLine.isEventLine(padded + " ")).isFalse();
        assertThat(EventLine.hasTicker(padded)).isTrue();
        assertThat(EventLine.hasTicker(padded + " ")).isFalse();
    }

    @Test
    void eventTypes() {
        assertThat(EventLine.eventType("Capital Markets Day", false)).isEqualTo(EventType.INVESTOR_DAY);
        assertThat(EventLine.eventType("Analyst Day", false)).isEqualTo(EventType.INVESTOR_DAY);
        assertThat(EventLine.eventType("annual general meeting", false)).isEqualTo(EventType.SHAREHOLDER_MEETING);
        assertThat(EventLine.eventType("Stockholder call", false)).isEqualTo(EventType.SHAREHOLDER_MEETING);
        assertThat(EventLine.eventType("Financial results", false)).isEqualTo(EventType.EARNINGS_CALL);
        assertThat(EventLine.eventType("Q1 Update", false)).isEqualTo(EventType.BUSINESS_UPDATE);
        assertThat(EventLine.eventType("Conference Call", false)).isEqualTo(EventType.OTHER);
        assertThat(EventLine.eventType("Conference Call", true)).isEqualTo(EventType.EARNINGS_CALL);
        assertThat(EventLine.eventType("Acme at the Tech Forum", false)).isEqualTo(EventType.CONFERENCE_PRESENTATION);
        assertThat(EventLine.eventType("Acme Conference", false)).isEqualTo(EventType.CONFERENCE_PRESENTATION);
        assertThat(EventLine.eventType("Acme presents at Summit", false)).isEqualTo(EventType.CONFERENCE_PRESENTATION);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"Q4 2019|4|2019|Q4 2019", "Q1 '21|1|2021|Q1 '21", "F3Q10|3|2010|F3Q10",
            "FQ2 2020|2|2020|FQ2 2020", "2Q 2019|2|2019|2Q 2019", "FY2019 Q3|3|2019|FY2019 Q3",
            "Full Year 2018 results|0|2018|Full Year 2018", "Q5 2019|-1|0|", "Q12019|1|2019|Q12019", "Q1 2019x|-1|0|"})
    void fiscalPeriods(String text, int quarter, int year, String label) {
        var p = EventLine.period(text);
        if (quarter < 0) {
            assertThat(p).isNull();
        } else {
            assertThat(p.quarter()).isEqualTo(quarter == 0 ? null : quarter);
            assertThat(p.year()).isEqualTo(year);
            assertThat(p.label()).isEqualTo(label);
        }
    }

    @Test
    void aTimeRightAfterTheTickerCountsWhenTheLineHasNoDate() {
        assertThat(fields("Acme Widgets (ACW) 9:00 AM ET Q1 2021 Earnings Call"))
                .isEqualTo("Acme Widgets | null:ACW | 1/2021 'Q1 2021' | EARNINGS_CALL | null | null 09:00 ET | null"
                        + " | Acme Widgets (ACW) 9:00 AM ET Q1 2021 Earnings Call");
        assertThat(EventLine.parse("Acme (ACW) at 4:30 p.m. pt Earnings Call").time()).hasToString("16:30");
        assertThat(EventLine.parse("Acme (ACW) at 4:30 p.m. pt Earnings Call").timeZone()).isEqualTo("PT");
        assertThat(EventLine.parse("Acme (ACW) 12:59 PM Earnings Call").time()).hasToString("12:59");
        assertThat(EventLine.parse("Acme (ACW) 1:00 AM Earnings Call").time()).hasToString("01:00");
        assertThat(EventLine.parse("Acme (ACW) 12:00 AM Earnings Call").time()).hasToString("00:00");
        assertThat(EventLine.parse("Acme (ACW) 12:00 AM Earnings Call").timeZone()).isNull();
        assertThat(EventLine.parse("Acme (ACW) 0:30 AM Earnings Call").time()).isNull();
        assertThat(EventLine.parse("Acme (ACW) 13:00 PM Earnings Call").time()).isNull();
        assertThat(EventLine.parse("Acme (ACW) 9:60 AM Earnings Call").time()).isNull();
    }

    @Test
    void theHourOfADatedLineRunsFromOneToTwelveAndTheMinuteToFiftyNine() {
        assertThat(EventLine.parse("Acme (ACW) Earnings Call May 11, 2021 1:05 PM ET").time()).hasToString("13:05");
        assertThat(EventLine.parse("Acme (ACW) Earnings Call May 11, 2021 12:30 PM ET").time()).hasToString("12:30");
        assertThat(EventLine.parse("Acme (ACW) Earnings Call May 11, 2021 0:30 AM ET").time()).isNull();
        assertThat(EventLine.parse("Acme (ACW) Earnings Call May 11, 2021 9:60 AM ET").time()).isNull();
    }

    @Test
    void yearsRunFrom1900To2200() {
        assertThat(EventLine.parse("Acme (ACW) Earnings Call May 11, 1900").date()).hasToString("1900-05-11");
        assertThat(EventLine.parse("Acme (ACW) Earnings Call May 11, 2200").date()).hasToString("2200-05-11");
        assertThat(EventLine.parse("Acme (ACW) Earnings Call May 11, 1899").date()).isNull();
        assertThat(EventLine.parse("Acme (ACW) Earnings Call May 11, 2201").date()).isNull();
        assertThat(EventLine.parse("Acme (ACW) Earnings Call 1900-01-02").date()).hasToString("1900-01-02");
        assertThat(EventLine.parse("Acme (ACW) Earnings Call 2200-12-31").date()).hasToString("2200-12-31");
        assertThat(EventLine.parse("Acme (ACW) Earnings Call 1899-12-31").date()).isNull();
        assertThat(EventLine.parse("Acme (ACW) Earnings Call 2201-01-01").date()).isNull();
    }

    @Test
    void anIsoOffsetGivesTheStartWithoutATimeZoneName() {
        assertThat(EventLine.parse("Acme (ACW) Earnings Call 2019-10-15T08:30+02:00").startsAt())
                .hasToString("2019-10-15T08:30+02:00");
        assertThat(EventLine.parse("Acme (ACW) Earnings Call 2019-10-15T08:30-0500").startsAt())
                .hasToString("2019-10-15T08:30-05:00");
        assertThat(EventLine.parse("Acme (ACW) Earnings Call 2019-10-15T08:30+19:00").startsAt())
                .as("no such offset").isNull();
        assertThat(EventLine.parse("Acme (ACW) Earnings Call May 11, 2021 9:00 AM XYZ").startsAt())
                .as("an unknown zone").isNull();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {"(ABCDEFGHIJKL:ACME)|true", "(ABCDEFGHIJ)|true", "(ABCDEFGHIJK)|false",
            "(:ACME)|false"})
    void tickerLengths(String line, boolean ticker) {
        assertThat(EventLine.hasTicker(line)).isEqualTo(ticker);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {"MDB+2.97%|MDB", "NYSE:MDB -1.5%|NYSE:MDB", "BRK.B+1%|BRK.B", "ACME.+2%|ACME",
            "ACME|ACME", "acme 2%|''"})
    void aPriceChangeAfterTheTickerIsDropped(String inner, String ticker) {
        assertThat(EventLine.tickerPart(inner)).isEqualTo(ticker);
    }
}
