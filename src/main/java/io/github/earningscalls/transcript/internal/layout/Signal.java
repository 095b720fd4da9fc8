package io.github.earningscalls.transcript.internal.layout;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * A kind of line that detection counts over the opening lines, such as "a dotted leader line". A
 * signal is counted once per line however many telltales, of however many presets, name it, and
 * only until every telltale that names it has as many lines as it asks for.
 */
public final class Signal {
    /** A test of one line of the sample. */
    @FunctionalInterface
    public interface Test {
        /** Whether the line is of this kind; cheap character tests should come before expensive ones. */
        boolean matches(SampleLine line);
    }

    private final String description;
    private final Supplier<Test> tests;
    private final int withinFirst;

    private Signal(String description, Supplier<Test> tests, int withinFirst) {
        this.description = Objects.requireNonNull(description);
        this.tests = Objects.requireNonNull(tests);
        this.withinFirst = withinFirst;
    }

    /** A signal whose test keeps no state. */
    public static Signal of(String description, Test test) {
        Objects.requireNonNull(test);
        return new Signal(description, () -> test, Integer.MAX_VALUE);
    }

    /** A signal whose test keeps state (a cache), so that each detection gets a fresh one from {@code tests}. */
    public static Signal perDetection(String description, Supplier<Test> tests) {
        return new Signal(description, tests, Integer.MAX_VALUE);
    }

    /** The same signal counted only among the first {@code lines} non-blank lines. */
    public Signal withinFirst(int lines) {
        return new Signal(description, tests, lines);
    }

    /** A test for one detection. */
    Test newTest() {
        return tests.get();
    }

    /** How many of the opening non-blank lines the signal is counted on. */
    int withinFirst() {
        return withinFirst;
    }

    @Override
    public String toString() {
        return description;
    }
}
