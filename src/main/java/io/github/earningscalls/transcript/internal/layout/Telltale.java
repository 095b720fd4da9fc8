package io.github.earningscalls.transcript.internal.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Evidence for a layout: {@code weight} points, earned when each required signal matched at least
 * its count of the opening lines. A layout's score is the sum of the weights it earned.
 *
 * @param weight       the points earned
 * @param requirements the signals and how many lines each must match, all of them
 */
public record Telltale(double weight, List<Requirement> requirements) {
    /**
     * A signal and how many lines it must match.
     *
     * @param signal   the kind of line
     * @param minLines the fewest lines of that kind
     */
    public record Requirement(Signal signal, int minLines) {
        /** Checks the arguments. */
        public Requirement {
            Objects.requireNonNull(signal);
            if (minLines < 1) {
                throw new IllegalArgumentException("minLines must be at least 1: " + minLines);
            }
        }
    }

    /** Copies the requirements. */
    public Telltale {
        requirements = List.copyOf(requirements);
        if (requirements.isEmpty()) {
            throw new IllegalArgumentException("a telltale needs a signal");
        }
    }

    /** {@code weight} points when one line or more is a {@code signal}. */
    public static Telltale any(Signal signal, double weight) {
        return atLeast(1, signal, weight);
    }

    /** {@code weight} points when {@code minLines} lines or more are a {@code signal}. */
    public static Telltale atLeast(int minLines, Signal signal, double weight) {
        return new Telltale(weight, List.of(new Requirement(signal, minLines)));
    }

    /** This telltale, earned only when one line or more is also a {@code signal}. */
    public Telltale and(Signal signal) {
        List<Requirement> all = new ArrayList<>(requirements);
        all.add(new Requirement(signal, 1));
        return new Telltale(weight, all);
    }
}
