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

    public DiagnosticCollector(int max) {
        this.max = max;
    }

    public void add(Severity severity, String code, int line, String message) {
        if (diagnostics.size() < max) {
            diagnostics.add(new Diagnostic(severity, code, line, message));
        } else {
            dropped++;
        }
    }

    public void info(String code, int line, String message) {
        add(Severity.INFO, code, line, message);
    }

    public void warn(String code, int line, String message) {
        add(Severity.WARNING, code, line, message);
    }

    /** The diagnostics in line order (stable for equal lines), plus a note when some were dropped. */
    public List<Diagnostic> sorted() {
        List<Diagnostic> out = new ArrayList<>(diagnostics);
        out.sort(Comparator.comparingInt(Diagnostic::line));
        if (dropped > 0) {
            out.add(new Diagnostic(Severity.WARNING, DiagnosticCodes.DIAGNOSTICS_TRUNCATED, 0,
                    dropped + " more diagnostics were dropped (limit " + max
                            + ", from TranscriptParser.Builder.maxDiagnostics)"));
        }
        return out;
    }
}
