package io.github.earningscalls.transcript.model;

import java.util.List;

/**
 * How far a parse can be trusted without reading it, from the worst diagnostic it carries.
 *
 * <p>A strict parser returns only {@link #CLEAN} transcripts; a lenient one returns all three, so an
 * archive can be filtered on the verdict instead of being parsed twice.
 *
 * @since 0.1.0
 */
public enum Verdict {
    /** No warning and no error: the structure is as printed. */
    CLEAN,
    /** Warnings and no error: a person should look at the lines the warnings name. */
    REVIEW,
    /** At least one error: part of the structure is missing or wrong; do not use it unread. */
    BROKEN;

    /**
     * The verdict of a set of diagnostics.
     *
     * @param errors   how many have severity {@link Severity#ERROR}
     * @param warnings how many have severity {@link Severity#WARNING}
     * @return {@link #BROKEN} with any error, else {@link #REVIEW} with any warning, else {@link #CLEAN}
     */
    public static Verdict of(int errors, int warnings) {
        return errors > 0 ? BROKEN : warnings > 0 ? REVIEW : CLEAN;
    }

    /**
     * The verdict of a transcript's diagnostics, without the rest of its {@link Quality}.
     *
     * @param diagnostics the diagnostics
     * @return {@link #BROKEN} with any error, else {@link #REVIEW} with any warning, else {@link #CLEAN}
     */
    public static Verdict of(List<Diagnostic> diagnostics) {
        Verdict v = CLEAN;
        for (Diagnostic d : diagnostics) {
            if (d.severity() == Severity.ERROR) {
                return BROKEN;
            }
            if (d.severity() == Severity.WARNING) {
                v = REVIEW;
            }
        }
        return v;
    }
}
