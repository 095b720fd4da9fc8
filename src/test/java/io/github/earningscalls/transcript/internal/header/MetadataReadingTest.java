package io.github.earningscalls.transcript.internal.header;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.earningscalls.transcript.internal.diagnostic.DiagnosticCollector;
import io.github.earningscalls.transcript.internal.lex.Line;
import io.github.earningscalls.transcript.model.CallMetadata;
import io.github.earningscalls.transcript.model.MetadataField;
import io.github.earningscalls.transcript.model.MetadataSource;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Metadata read from cover pages, filings, datelines and the welcome, each field with the line it came from. */
class MetadataReadingTest {
    private final DiagnosticCollector diagnostics = new DiagnosticCollector(50);

    /** Lines before the first speaker, numbered from 1 (blank strings are skipped but keep their number). */
    private static List<TextLine> lines(String... texts) {
        List<TextLine> out = new ArrayList<>();
        for (int i = 0; i < texts.length; i++) {
            if (!texts[i].isBlank()) {
                out.add(new TextLine(i + 1, texts[i]));
            }
        }
        return out;
    }

    private CallMetadata read(List<TextLine> preamble, String... opening) {
        List<TextLine> open = new ArrayList<>();
        for (int i = 0; i < opening.length; i++) {
            open.add(new TextLine(100 + i, opening[i]));
        }
        return Header.metadata(List.<Line>of(), preamble, new Opening(open, List.of()), diagnostics);
    }

    @Test
    void aCoverPageGivesCompanyPeriodAndDateOnLinesOfTheirOwn() {
        CallMetadata m = read(lines("", "Kestrel Mutual", "Third Quarter 2024 Earnings Announcement", "October 15, 2024"));
        assertThat(m.company()).isEqualTo("Kestrel Mutual");
        assertThat(m.fiscalPeriod().quarter()).isEqualTo(3);
        assertThat(m.fiscalPeriod().year()).isEqualTo(2024);
        assertThat(m.date()).hasToString("2024-10-15");
        assertThat(m.title()).isEqualTo("Kestrel Mutual Third Quarter 2024 Earnings Announcement");
        assertThat(m.sources()).containsEntry(MetadataField.COMPANY, MetadataSource.text(2))
                .containsEntry(MetadataField.FISCAL_PERIOD, MetadataSource.text(3))
                .containsEntry(MetadataField.DATE, MetadataSource.text(4));
    }

    @Test
    void anExchangeFilingGivesItsSymbolAndTheCallDayNotTheLetterDateNorTheQuarterEnd() {
        CallMetadata m = read(lines("Ref. No.: SEC/2025/12", "January 30, 2025", "Scrip code: Equity (BSE: 512345/ NSE: ORBITAL)",
                "Subject: Transcript of the call for the quarter ended December 31, 2024",
                "", "\u201cOrbital Tea Estates", "Limited", "Q3 & 9M FY2025 Earnings Conference Call\u201d", "January 22, 2025"));
        assertThat(m.ticker()).isEqualTo("ORBITAL");
        assertThat(m.exchange()).isEqualTo("NSE");
        assertThat(m.company()).isEqualTo("Orbital Tea Estates Limited");
        assertThat(m.fiscalPeriod().quarter()).isEqualTo(3);
        assertThat(m.fiscalPeriod().year()).isEqualTo(2025);
        assertThat(m.date()).hasToString("2025-01-22");
    }

    @Test
    void theWelcomeNamesCompanyAndPeriodWithoutAPossessive() {
        CallMetadata m = read(List.of(), "Good morning, and welcome to Plover Works' first-quarter fiscal 2021 earnings call.");
        assertThat(m.company()).isEqualTo("Plover Works");
        assertThat(m.fiscalPeriod().quarter()).isEqualTo(1);
        assertThat(m.fiscalPeriod().year()).isEqualTo(2021);
        assertThat(m.title()).isNull();
        assertThat(m.sources()).containsEntry(MetadataField.COMPANY, MetadataSource.text(100));
        assertThat(read(List.of(), "Welcome to Plover Works's Third Quarter Earnings Call.").company()).isEqualTo("Plover Works");
        assertThat(read(List.of(), "Welcome to our third quarter earnings review.").company()).isNull();
    }

    @Test
    void aDateSaidToBeTodayIsTheCallsButAnotherCallsIsNot() {
        assertThat(read(List.of(), "These statements are made as of today, May 2, 2024.").date()).hasToString("2024-05-02");
        assertThat(read(List.of(), "Our next call will be held on July 30, 2024.").date()).isNull();
    }

    @Test
    void aGreetingADisclaimerOrACutOffPhraseIsNeverTheTitle() {
        assertThat(Titles.isNotATitle("Good day, and welcome to the Acme Q1 2021 Earnings Call")).isTrue();
        assertThat(Titles.isNotATitle("Requirements) Regulations, 2015 - Transcript of the earnings call for the")).isTrue();
        assertThat(Titles.isNotATitle("THE INFORMATION CONTAINED IN THIS TRANSCRIPT IS A TEXTUAL REPRESENTATION")).isTrue();
        assertThat(Titles.isNotATitle("Acme Corp. Q1 2021 Earnings Call")).isFalse();
    }

    @Test
    void aPublicationDatelineYieldsToTheEventLine() {
        CallMetadata m = read(lines("Title:", "Acme's (ACME) CEO on Q1 2018 Results - Earnings Call Transcript",
                "Date of document:", "Apr. 21, 2018 3:04 PM ET", "Content:",
                "Acme Corporation (NYSE:ACME) Q1 2018 Earnings Conference Call April 20, 2018 8:30 AM ET"));
        assertThat(m.date()).hasToString("2018-04-20");
        assertThat(m.time()).hasToString("08:30");
        assertThat(m.company()).isEqualTo("Acme Corporation");
    }

    @Test
    void letterSpacedCoversAndNewPeriodAndTimeForms() {
        assertThat(CoverBlock.unspaced("1 Q 2 3  F I N AN C I A L  R E SU L T S")).isEqualTo("1Q23 FINANCIAL RESULTS");
        assertThat(EventLine.period("Q3 FY \u201825 Investor Update Call").label()).isEqualTo("Q3 FY \u201825");
        assertThat(EventLine.period("Q3 and 9 Months FY '25 Earnings").year()).isEqualTo(2025);
        assertThat(EventLine.period("Fiscal Year 2023 First Quarter").quarter()).isEqualTo(1);
        assertThat(EventLine.period("Fourth Quarter and Full Year 2025").quarter()).isEqualTo(4);
        assertThat(EventLine.period("H1 2020 results").quarter()).isNull();
        assertThat(EventLine.parse("29 April 2025, 7.45am BST").time()).hasToString("07:45");
        assertThat(EventLine.parse("Thursday, 27 April 2023 | 11:00 CEST").time()).hasToString("11:00");
        assertThat(EventLine.parse("Thursday, May 14, 2026 at 5 p.m. ET").time()).hasToString("17:00");
        assertThat(EventLine.parse("JULY 21, 2016 / 9:00PM GMT").time()).hasToString("21:00");
        assertThat(EventLine.parse("JULY 21, 2016 / 9:00PM GMT").startsAt()).as("GMT has no summer time")
                .hasToString("2016-07-21T21:00Z");
        assertThat(EventLine.parse("14-Apr-2023").date()).hasToString("2023-04-14");
        assertThat(EventLine.parse("held on 11th February 2025").date()).hasToString("2025-02-11");
        assertThat(EventLine.parse("Acme (ACW) Call 2019-10-15T08:30:00+0000").timeZone()).isEqualTo("UTC");
    }

    @Test
    void aJointCallNamesNoSingleCompany() {
        assertThat(CompanyNames.isJoint("Acme Cements, Bolt and Crane Industries Limited")).isTrue();
        assertThat(CompanyNames.isJoint("Church & Wells Co., Inc.")).isFalse();
    }
}
