package io.github.earningscalls.transcript.internal.people;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Job titles and firms, told from names and from speech. */
class TitlesTest {
    @Test
    void aTitleOrFirmAfterANameIsCapitalisedWordsAndSmallConnectingWords() {
        assertThat(Titles.looksLikeTitleOrFirm("Chief Executive Officer")).isTrue();
        assertThat(Titles.looksLikeTitleOrFirm("Head of Investor Relations & Local Markets")).isTrue();
        assertThat(Titles.looksLikeTitleOrFirm("Fenwick Partners")).isTrue();
        assertThat(Titles.looksLikeTitleOrFirm("3 Rivers Capital")).isTrue();
        assertThat(Titles.looksLikeTitleOrFirm("vice president, investor relations")).isTrue();
    }

    @Test
    void speechAfterANameAndACommaIsNoTitle() {
        assertThat(Titles.looksLikeTitleOrFirm("I'm hearing a lot of caution from your peers")).isFalse();
        assertThat(Titles.looksLikeTitleOrFirm("will take you through the quarter in detail")).isFalse();
        assertThat(Titles.looksLikeTitleOrFirm("but that may change over time")).isFalse();
        assertThat(Titles.looksLikeTitleOrFirm("")).isFalse();
    }

    @Test
    void aFirmsLegalSuffixIsNoFirmOfItsOwn() {
        assertThat(Titles.isCompanySuffix(" LLC")).isTrue();
        assertThat(Titles.isCompanySuffix("Inc.")).isTrue();
        assertThat(Titles.isCompanySuffix("S.A.")).isTrue();
        assertThat(Titles.isCompanySuffix("Capstone Securities")).isFalse();
        assertThat(Titles.isCompanySuffix("RESEARCH DIVISION")).isFalse();
    }

    @Test
    void aFirmIsToldFromAPersonByItsWords() {
        assertThat(Titles.looksLikeFirm("Jane Roe")).isFalse();
        assertThat(Titles.looksLikeFirm("Harbour Capital Partners")).isTrue();
        assertThat(Titles.looksLikeFirm("Acme Corp.")).isTrue();
    }

    @Test
    void aCompanyTitleHasAnOfficersWordAndNoAnalystOrFirm() {
        assertThat(Titles.isCompanyTitle("CFO")).isTrue();
        assertThat(Titles.isCompanyTitle("Director of Investor Relations")).isTrue();
        assertThat(Titles.isCompanyTitle("President of Operations")).isTrue();
        assertThat(Titles.isCompanyTitle("Senior Analyst")).isFalse();
        assertThat(Titles.isCompanyTitle("Director, Equity Research")).isFalse();
        assertThat(Titles.isCompanyTitle("Acme Corp.")).isFalse();
        assertThat(Titles.isCompanyTitle("our team")).isFalse();
    }

    @Test
    void aTitleInSeveralPartsBeforeTheFirm() {
        String detail = "PRESIDENT, CEO, COO, TARNWOOD BANCORP";
        assertThat(detail.substring(0, Titles.titleRunEnd(detail))).isEqualTo("PRESIDENT, CEO, COO");
        assertThat(Titles.titleRunEnd("CFO, TARNWOOD BANCORP")).as("one part: the usual title and firm").isEqualTo(-1);
        assertThat(Titles.titleRunEnd("Vice President, Investor Relations")).as("no firm after").isEqualTo(-1);
        assertThat(Titles.titleRunEnd("Managing Director, Head, Pelham Securities")).as("no officer").isEqualTo(-1);
        assertThat(Titles.titleRunEnd("Chairman, CEO, Inc.")).as("a suffix alone is no firm").isEqualTo(-1);
    }
}
