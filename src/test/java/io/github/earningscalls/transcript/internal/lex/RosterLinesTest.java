package io.github.earningscalls.transcript.internal.lex;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Roster lines as transcribers leave them: a closing period, a loose hyphen, the firm before the name. */
class RosterLinesTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Jane Roe - Vice President, Investor Relations.|Jane Roe|Vice President, Investor Relations",
        "Jane Roe -Chief Executive Officer|Jane Roe|Chief Executive Officer",
        "Jane Roe- Chief Financial Officer|Jane Roe|Chief Financial Officer",
        "Harbour Securities - Jane Roe|Jane Roe|Harbour Securities",
        "Jane Roe - Acme Corp.|Jane Roe|Acme Corp.",
        "Jean-Luc Roe - Analyst|Jean-Luc Roe|Analyst"})
    void readsTheNameAndItsDetail(String line, String name, String detail) {
        RosterLines.Entry entry = RosterLines.read(line, false);
        assertThat(entry.name()).isEqualTo(name);
        assertThat(entry.detail()).isEqualTo(detail);
    }

    @Test
    void aTitleAfterACommaIsReadOnlyWhereTheLayoutPrintsItSo() {
        RosterLines.Entry entry = RosterLines.read("Jane van Roe, Deputy Head of Investor Relations", false, true);
        assertThat(entry.name()).isEqualTo("Jane van Roe");
        assertThat(entry.detail()).isEqualTo("Deputy Head of Investor Relations");
        assertThat(RosterLines.read("Jane Roe, Deputy Head of Investor Relations", false, false).detail()).isNull();
        // Speech after a name and a comma is no title, and a name needs two words.
        assertThat(RosterLines.read("Jane, I would add that costs fell", false, true).detail()).isNull();
        assertThat(RosterLines.read("Jane Roe, we expect costs to fall", false, true).detail()).isNull();
    }

    @Test
    void aPeriodThatClosesTheEntryIsNotPartOfTheLine() {
        assertThat(RosterLines.read("Jane Roe - Head of Investor Relations.", false).text())
                .isEqualTo("Jane Roe - Head of Investor Relations");
    }

    @Test
    void aHyphenInsideANameSeparatesNothing() {
        RosterLines.Entry entry = RosterLines.read("Mary Roe-Doe", false);
        assertThat(entry.name()).isEqualTo("Mary Roe-Doe");
        assertThat(entry.detail()).isNull();
    }

    @Test
    void aTitleBeforeTheNameIsSwappedOnlyWhereTheLayoutPrintsThemSo() {
        assertThat(RosterLines.read("Chief Financial Officer - Jane Roe", true).name()).isEqualTo("Jane Roe");
        assertThat(RosterLines.read("Chief Financial Officer - Jane Roe", false).name())
                .isEqualTo("Chief Financial Officer");
    }
}
