package io.github.earningscalls.transcript.internal.header;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.earningscalls.transcript.internal.diagnostic.DiagnosticCollector;
import io.github.earningscalls.transcript.internal.lex.Line;
import io.github.earningscalls.transcript.internal.lex.LineKind;
import io.github.earningscalls.transcript.model.CallMetadata;
import io.github.earningscalls.transcript.model.MetadataField;
import io.github.earningscalls.transcript.model.MetadataSource;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The company and period read from what the company's own people say in the opening turns, and from the
 * firm on their labels, where no header, cover page or welcome gave them.
 */
class RemarksTest {
    private final DiagnosticCollector diagnostics = new DiagnosticCollector(50);

    /** Opening paragraphs numbered from 100, and no header. */
    private static List<TextLine> opening(String... paragraphs) {
        List<TextLine> out = new ArrayList<>();
        for (int i = 0; i < paragraphs.length; i++) {
            out.add(new TextLine(100 + i, paragraphs[i]));
        }
        return out;
    }

    private CallMetadata read(String... paragraphs) {
        return Header.metadata(List.<Line>of(), List.of(), new Opening(opening(paragraphs), List.of()), diagnostics);
    }

    private CallMetadata readWithFirms(List<TextLine> firms, String... paragraphs) {
        return Header.metadata(List.<Line>of(), List.of(), new Opening(opening(paragraphs), firms), diagnostics);
    }

    @Test
    void anOfficerIntroducedWithTheCompanysNameGivesTheCompany() {
        CallMetadata m = read("Thank you. With me today are Ana Ruiz, Plover Works' Chairman and Chief Executive Officer; "
                + "and Tom Reed, our Chief Financial Officer.", "Plover Works delivered a strong quarter.");
        assertThat(m.company()).isEqualTo("Plover Works");
        assertThat(m.sources()).containsEntry(MetadataField.COMPANY, MetadataSource.text(100));
        assertThat(read("I'm Ana Ruiz, CEO of Plover Works, and I'm joined by our CFO.",
                "At Plover Works, we grew in every region.").company()).isEqualTo("Plover Works");
    }

    @Test
    void aDivisionNamedOnceOrTheCompanySpokenOfWithoutItsNameIsNoCompany() {
        assertThat(read("Joining us is Tom Reed, CEO of Plover Services, who leads that business.").company())
                .as("named once: the head of a division").isNull();
        assertThat(read("We begin with remarks from Ana Ruiz, the Bank's CEO. The Bank's results were strong.").company())
                .isNull();
    }

    @Test
    void theInvestorWebsiteNamesTheCompanyTheOpeningSpeaksOf() {
        List<TextLine> cover = List.of(new TextLine(3, "First quarter 2031 results"),
                new TextLine(5, "Slides and a replay are at www.ploverworks.com/investors"));
        CallMetadata m = Header.metadata(List.<Line>of(), cover, new Opening(opening("Good morning, everyone.",
                "It is a privilege to lead Plover Works. Plover Works grew in every region."), List.of()), diagnostics);
        assertThat(m.company()).isEqualTo("Plover Works");
        assertThat(m.sources()).containsEntry(MetadataField.COMPANY, MetadataSource.text(101));
        assertThat(Remarks.websitesCompany(cover, opening("KESTREL grew. We thank KESTREL's clients.")))
                .as("the site spells no word said in the opening").isNull();
        assertThat(Remarks.websitesCompany(cover, opening("Plover Works grew in every region.")))
                .as("said once").isNull();
    }

    @Test
    void theFirmTheCompanysSpeakersAreLabelledWithIsTheCompany() {
        CallMetadata m = readWithFirms(List.of(new TextLine(8, "CEO, PLOVER WORKS INC"), new TextLine(12, "PLOVER WORKS INC")),
                "Good morning. Welcome to our third quarter earnings meeting.");
        assertThat(m.company()).isEqualTo("PLOVER WORKS INC");
        assertThat(m.sources()).containsEntry(MetadataField.COMPANY, MetadataSource.text(8));
        assertThat(Remarks.speakersFirm(List.of(new TextLine(3, "Plover Works Co., Inc."),
                new TextLine(5, "Plover Works Co., Inc."))).value()).as("a legal form after a comma is part of the name")
                .isEqualTo("Plover Works Co., Inc.");
        assertThat(Remarks.speakersFirm(List.of(new TextLine(3, "Plover Works")))).as("one speaker is not enough").isNull();
        assertThat(Remarks.speakersFirm(List.of(new TextLine(3, "Plover Works"), new TextLine(5, "Plover Works"),
                new TextLine(7, "Kestrel Mutual"), new TextLine(9, "Kestrel Mutual")))).as("two firms as common").isNull();
        assertThat(Remarks.speakersFirm(List.of(new TextLine(3, "Plover Works, Inc."), new TextLine(5, "Inc.")))).isNull();
    }

    @Test
    void thePeriodTheSpeakersReportIsTheFirstThatComparesWithNothing() {
        CallMetadata m = read("Thanks, Dana. Revenue rose from the fourth quarter of 2024 on better pricing.",
                "Q4 2025 was a record quarter for us. We expect Q1 2026 to be seasonally softer.");
        assertThat(m.fiscalPeriod().quarter()).isEqualTo(4);
        assertThat(m.fiscalPeriod().year()).isEqualTo(2025);
        assertThat(m.sources()).containsEntry(MetadataField.FISCAL_PERIOD, MetadataSource.text(101));
        assertThat(read("Turning to the first quarter of fiscal 2026. Revenue was flat.").fiscalPeriod().label())
                .isEqualTo("first quarter of fiscal 2026");
        assertThat(read("Following an outstanding fourth quarter 2024, sales slowed.").fiscalPeriod()).isNull();
    }

    @Test
    void aSpokenPeriodMoreThanAYearFromTheCallsDateIsAnotherCalls() {
        CallMetadata m = read("These remarks are made as of today, January 28, 2026.",
                "Q4 2019 was when we began this programme.");
        assertThat(m.date()).hasToString("2026-01-28");
        assertThat(m.fiscalPeriod()).isNull();
    }

    @Test
    void aFiscalYearSaidOfTheWelcomesQuarterCompletesIt() {
        CallMetadata m = read("Good day and welcome to the Plover Works First Quarter Earnings Call.",
                "Thanks. We're pleased with our Q1 results, a strong start to fiscal year 2026.");
        assertThat(m.fiscalPeriod().quarter()).isEqualTo(1);
        assertThat(m.fiscalPeriod().year()).isEqualTo(2026);
        assertThat(m.sources()).containsEntry(MetadataField.FISCAL_PERIOD, MetadataSource.text(101));
        assertThat(read("Good day and welcome to the Plover Works First Quarter Earnings Call.",
                "Our Q2 outlook reflects a careful view of fiscal 2026.").fiscalPeriod().year())
                .as("another quarter's sentence").isNull();
    }

    @Test
    void aTalkAtAConferenceReportsNoPeriod() {
        String title = "Plover Works Presents at Harbor Growth Conference";
        CallMetadata m = Header.metadata(List.of(Line.of(1, 0, title.length(), title, LineKind.TITLE)),
                List.of(new TextLine(1, title)),
                new Opening(opening("Q1 2026 was a good start, and we will say more in May."), List.of()), diagnostics);
        assertThat(m.fiscalPeriod()).isNull();
    }
}
