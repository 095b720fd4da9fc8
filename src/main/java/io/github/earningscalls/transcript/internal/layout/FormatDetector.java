package io.github.earningscalls.transcript.internal.layout;

import io.github.earningscalls.transcript.TranscriptFormat;
import io.github.earningscalls.transcript.internal.input.LineIndex;
import io.github.earningscalls.transcript.internal.input.Mojibake;
import io.github.earningscalls.transcript.internal.lex.PreparedLines;
import io.github.earningscalls.transcript.internal.layout.preset.Presets;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Scores every preset on the opening lines of the input and picks the best. Each preset earns the
 * weights of its {@linkplain LayoutRules#telltales() telltales} that the sample shows; the score of
 * the winner, capped at 1, is the confidence. The detector knows no layout: it counts the signals
 * the telltales name, each only while more lines of it could still earn a weight.
 */
public final class FormatDetector {
    /** Below this score no layout is recognised and parsing stops with an error. */
    public static final double MIN_CONFIDENCE = 0.3;

    /** How many non-blank lines detection reads. */
    static final int OPENING_LINES = 400;

    /** How an interleaved translation's tag of the English line ends: {@code [0:01] [EN] }. */
    private static final String TRANSLATION_TAG_END = "] [EN] ";

    /** The registered presets' signals, worked out once. */
    private static final Plan PRESETS = new Plan(Presets.ALL);

    /** The chosen layout and how sure the choice is. */
    public record Detection(TranscriptFormat format, double confidence) {
    }

    private FormatDetector() {
    }

    /** The best of the registered presets for the input. */
    public static Detection detect(LineIndex lines) {
        return PRESETS.detect(lines, null);
    }

    /** The best of the registered presets for the input, reading the lines as already trimmed and repaired. */
    public static Detection detect(LineIndex lines, PreparedLines prepared) {
        return PRESETS.detect(lines, prepared);
    }

    /** The best of {@code presets} for the input; the first of equal scores wins. */
    static Detection detect(LineIndex lines, List<LayoutRules> presets) {
        return new Plan(presets).detect(lines, null);
    }

    /**
     * The distinct signals of a list of presets, and how many lines of each the most demanding
     * telltale asks for: counting further could not change any score.
     */
    private static final class Plan {
        private final List<LayoutRules> presets;
        private final Signal[] signals;
        private final int[] wanted;

        Plan(List<LayoutRules> presets) {
            this.presets = List.copyOf(presets);
            Map<Signal, Integer> most = new IdentityHashMap<>();
            List<Signal> order = new ArrayList<>();
            for (LayoutRules p : presets) {
                for (Telltale t : p.telltales()) {
                    for (Telltale.Requirement r : t.requirements()) {
                        if (!most.containsKey(r.signal())) {
                            order.add(r.signal());
                        }
                        most.merge(r.signal(), r.minLines(), Math::max);
                    }
                }
            }
            signals = order.toArray(new Signal[0]);
            wanted = new int[signals.length];
            for (int s = 0; s < signals.length; s++) {
                wanted[s] = most.get(signals[s]);
            }
        }

        Detection detect(LineIndex lines, PreparedLines prepared) {
            int n = signals.length;
            Signal.Test[] tests = new Signal.Test[n];
            for (int s = 0; s < n; s++) {
                tests[s] = signals[s].newTest();
            }
            int[] counts = new int[n];
            // The signals still counted; one drops out once its telltales have their lines or its window closes.
            int[] live = new int[n];
            for (int s = 0; s < n; s++) {
                live[s] = s;
            }
            int liveCount = n;
            SampleLine line = new SampleLine(lines);
            int seen = 0;
            for (int index = 0; index < lines.size() && liveCount > 0; index++) {
                String repaired = prepared == null ? null : prepared.trimmedAndRepaired(index);
                String t = repaired != null ? english(repaired) : opening(lines.line(index));
                if (t.isEmpty()) {
                    continue;
                }
                if (++seen > OPENING_LINES) {
                    break;
                }
                line.moveTo(index, t, seen);
                int kept = 0;
                for (int k = 0; k < liveCount; k++) {
                    int s = live[k];
                    if (tests[s].matches(line)) {
                        counts[s]++;
                    }
                    if (counts[s] < wanted[s] && seen < signals[s].withinFirst()) {
                        live[kept++] = s;
                    }
                }
                liveCount = kept;
                line.leave();
            }
            return best(counts);
        }

        /** The line as detection judges it: trimmed, repaired, and the English part of a translation. */
        private static String opening(String raw) {
            return english(Mojibake.repair(raw.trim()));
        }

        /** The English part of a line of an interleaved translation; any other line as it is. */
        private static String english(String t) {
            int tag = t.startsWith("[") ? t.indexOf(TRANSLATION_TAG_END) : -1;
            if (tag > 0 && tag < LayoutRules.MAX_TRANSLATION_TAG) {
                t = t.substring(tag + TRANSLATION_TAG_END.length()).trim();
            }
            return t;
        }

        private Detection best(int[] counts) {
            LayoutRules best = presets.get(0);
            double bestScore = -1;
            for (LayoutRules p : presets) {
                double score = 0;
                for (Telltale t : p.telltales()) {
                    if (met(t, counts)) {
                        score += t.weight();
                    }
                }
                if (score > bestScore) {
                    best = p;
                    bestScore = score;
                }
            }
            return new Detection(best.format(), Math.min(1.0, bestScore));
        }

        private boolean met(Telltale t, int[] counts) {
            for (Telltale.Requirement r : t.requirements()) {
                if (counts[indexOf(r.signal())] < r.minLines()) {
                    return false;
                }
            }
            return true;
        }

        private int indexOf(Signal signal) {
            for (int s = 0; s < signals.length; s++) {
                if (signals[s] == signal) {
                    return s;
                }
            }
            throw new IllegalStateException("not a signal of these presets: " + signal);
        }
    }
}
