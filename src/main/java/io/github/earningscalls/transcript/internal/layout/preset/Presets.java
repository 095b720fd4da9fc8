package io.github.earningscalls.transcript.internal.layout.preset;

import io.github.earningscalls.transcript.TranscriptFormat;
import io.github.earningscalls.transcript.internal.layout.LayoutRules;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The registered presets: a new layout's preset is added to {@link #ALL}. */
public final class Presets {
    /**
     * Every preset, in the order of {@link TranscriptFormat}: detection gives a tie to the earlier
     * one, and reads text with no telltale at all as the first.
     */
    public static final List<LayoutRules> ALL = List.of(SeekingAlpha.RULES, MotleyFool.RULES, MotleyFool2025.RULES,
            InlineSpeakers.RULES, FactSetCallStreet.RULES, NameLines.RULES, StreetEvents.RULES);

    private static final Map<TranscriptFormat, LayoutRules> BY_FORMAT = new EnumMap<>(TranscriptFormat.class);

    static {
        for (LayoutRules rules : ALL) {
            if (BY_FORMAT.put(rules.format(), rules) != null) {
                throw new IllegalStateException("two presets for " + rules.format());
            }
        }
    }

    private Presets() {
    }

    /** The preset of a layout; {@link TranscriptFormat#AUTO} reads as the first, {@link SeekingAlpha}. */
    public static LayoutRules of(TranscriptFormat format) {
        LayoutRules rules = format == TranscriptFormat.AUTO ? ALL.get(0) : BY_FORMAT.get(format);
        if (rules == null) {
            throw new IllegalArgumentException("no preset for " + format);
        }
        return rules;
    }
}
