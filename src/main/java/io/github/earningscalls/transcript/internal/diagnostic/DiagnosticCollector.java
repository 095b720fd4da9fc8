package io.github.earningscalls.transcript.internal.diagnostic;

import io.github.earningscalls.transcript.model.Diagnostic;
import io.github.earningscalls.transcript.model.Severity;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Collects diagnostics up to a cap, so a pathological file cannot grow the result without bound. */
public final class DiagnosticCollector {
    private final int max;
    private final List<Diagnostic> diagnostics = new ArrayList<>();
    private int dropped;

    /** A collector that keeps at most {@code max} diagnostics and counts the rest. */
    public DiagnosticCollector(int max) {
        this.max = max;
    }

    /** Reports a problem at its code's default severity. */
    public void report(DiagnosticCode code, int line, String message) {
        reportAs(code.severity(), code, line, message);
    }

    /**
     * Reports a problem at a severity other than its code's default, for the few codes whose weight
     * depends on what was found; the caller says why.
     */
    public void reportAs(Severity severity, DiagnosticCode code, int line, String message) {
        // An ERROR says the parse is wrong in a large way; the cap must never hide one.
        if (diagnostics.size() < max || severity == Severity.ERROR) {
            diagnostics.add(new Diagnostic(severity, code.name(), line, message));
        } else {
            dropped++;
        }
    }

    /** The diagnostics in line order (stable for equal lines), plus a note when some were dropped. */
    public List<Diagnostic> sorted() {
        List<Diagnostic> out = new ArrayList<>(diagnostics);
        out.sort(Comparator.comparingInt(Diagnostic::line));
        if (dropped > 0) {
            DiagnosticCode code = DiagnosticCode.DIAGNOSTICS_TRUNCATED;
            out.add(new Diagnostic(code.severity(), code.name(), 0,
                    dropped + " more diagnostics were dropped (limit " + max
                            + ", from TranscriptParser.Builder.maxDiagnostics)"));
        }
        return out;
    }
}
