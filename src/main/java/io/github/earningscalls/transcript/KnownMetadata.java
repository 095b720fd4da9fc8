package io.github.earningscalls.transcript;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * What the caller already knows about a call, such as the ticker and date from the database a file was
 * taken from. It fills the metadata fields the text leaves empty; where the text states a field, the
 * text's value is kept and a {@code METADATA_CONFLICT} warning names both when they differ. Any
 * component may be {@code null} for "not known".
 *
 * <pre>{@code
 * TranscriptParser parser = TranscriptParser.builder()
 *         .knownMetadata("acme-call.txt", new KnownMetadata("Acme Corp.", "ACME", "NYSE",
 *                 LocalDate.of(2021, 5, 11), 1, 2021))
 *         .build();
 * }</pre>
 *
 * @param company       the company's name
 * @param ticker        the ticker symbol (compared with the text's ignoring case)
 * @param exchange      the exchange, such as {@code NYSE}
 * @param date          the day the call was held
 * @param fiscalQuarter the fiscal quarter, 1 to 4
 * @param fiscalYear    the fiscal year, four digits
 * @serial exclude (serializable only so that Spark can ship a parser's settings to its executors)
 * @since 0.1.0
 */
public record KnownMetadata(String company, String ticker, String exchange, LocalDate date, Integer fiscalQuarter,
                            Integer fiscalYear) implements Serializable {
    private static final long serialVersionUID = 1L;

    /**
     * Creates known metadata; any component may be {@code null}.
     *
     * @param company       the company's name, or {@code null}
     * @param ticker        the ticker symbol, or {@code null}
     * @param exchange      the exchange, or {@code null}
     * @param date          the day the call was held, or {@code null}
     * @param fiscalQuarter the fiscal quarter, 1 to 4, or {@code null}
     * @param fiscalYear    the fiscal year, or {@code null}
     * @throws IllegalArgumentException if the quarter is outside 1 to 4
     */
    public KnownMetadata {
        if (fiscalQuarter != null && (fiscalQuarter < 1 || fiscalQuarter > 4)) {
            throw new IllegalArgumentException("fiscalQuarter must be 1 to 4: " + fiscalQuarter);
        }
    }

    /**
     * Whether nothing is known.
     *
     * @return true when every component is null
     */
    public boolean isEmpty() {
        return company == null && ticker == null && exchange == null && date == null && fiscalQuarter == null
                && fiscalYear == null;
    }
}
