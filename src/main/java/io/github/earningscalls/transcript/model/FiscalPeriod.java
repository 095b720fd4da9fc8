package io.github.earningscalls.transcript.model;

import java.util.Objects;

/**
 * The fiscal period a call reports on, as its header prints it.
 *
 * @param quarter the fiscal quarter 1 to 4, or {@code null} for a full year or an unknown quarter
 * @param year    the four-digit fiscal year, or {@code null} when the header gives none
 * @param label   the period exactly as printed, for example {@code Q1 2021} or {@code F3Q10}
 * @since 0.1.0
 */
public record FiscalPeriod(Integer quarter, Integer year, String label) {
    /**
     * Creates a fiscal period.
     *
     * @param quarter the quarter 1 to 4, or {@code null}
     * @param year    the fiscal year, or {@code null}
     * @param label   the period as printed
     * @throws IllegalArgumentException if {@code quarter} is outside 1 to 4
     */
    public FiscalPeriod {
        Objects.requireNonNull(label, "label");
        if (quarter != null && (quarter < 1 || quarter > 4)) {
            throw new IllegalArgumentException("quarter must be 1 to 4: " + quarter);
        }
    }
}
