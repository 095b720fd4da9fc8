package io.github.earningscalls.transcript.internal;

import io.github.earningscalls.transcript.TranscriptFormat;
import java.util.List;

/** Scores the layouts on the opening lines of the input and picks the best. */
final class FormatDetector {
    /** How many lines detection reads. */
    static final int OPENING_LINES = 80;

    /** The chosen layout and how sure the choice is. */
    record Detection(TranscriptFormat format, double confidence) {
    }

    private FormatDetector() {
    }

    static Detection detect(List<LineReader.RawLine> lines) {
        return new Detection(TranscriptFormat.SEEKING_ALPHA, seekingAlphaScore(lines));
    }

    /** Evidence of the Seeking Alpha layout: an event line first, a roster heading, a bare "Operator" line. */
    private static double seekingAlphaScore(List<LineReader.RawLine> lines) {
        double score = 0;
        int seen = 0;
        boolean event = false;
        boolean heading = false;
        boolean operator = false;
        for (LineReader.RawLine l : lines) {
            String t = l.text().trim();
            if (t.isEmpty()) {
                continue;
            }
            if (++seen > OPENING_LINES) {
                break;
            }
            if (!event && seen <= 3 && EventLine.isEventLine(t)) {
                event = true;
                score += 0.5;
            } else if (!heading && t.length() < 40
                    && LayoutRules.SEEKING_ALPHA.rosterHeadings().containsKey(Speakers.letters(t))) {
                heading = true;
                score += 0.3;
            } else if (!operator && Speakers.isOperator(t)) {
                operator = true;
                score += 0.2;
            }
        }
        return Math.min(1.0, score);
    }
}
