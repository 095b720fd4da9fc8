package io.github.earningscalls.transcript.spark;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.apache.spark.sql.types.StructType;

/** The tables the {@code transcript} data source reads, one chosen by its {@code table} option. */
enum SourceTable {
    /** One row per file that parsed. */
    TRANSCRIPTS(TranscriptSchemas.TRANSCRIPTS),
    /** One row per turn of the files that parsed. */
    TURNS(TranscriptSchemas.TURNS),
    /** One row per question of the files' Q&amp;A, with the answers that follow it. */
    PAIRS(TranscriptSchemas.PAIRS),
    /** One row per file that produced no transcript. */
    FAILURES(TranscriptSchemas.FAILURES);

    private final StructType schema;

    SourceTable(StructType schema) {
        this.schema = schema;
    }

    /** The table's published schema. */
    StructType schema() {
        return schema;
    }

    /** The name the {@code table} option gives. */
    String optionValue() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The table an option value names, in any case; {@code null} is the default, {@link #TRANSCRIPTS}.
     *
     * @throws IllegalArgumentException for any other name, listing the known ones
     */
    static SourceTable named(String value) {
        if (value == null) {
            return TRANSCRIPTS;
        }
        for (SourceTable t : values()) {
            if (t.optionValue().equalsIgnoreCase(value.trim())) {
                return t;
            }
        }
        throw new IllegalArgumentException("option table: no table '" + value + "'; the tables are "
                + Arrays.stream(values()).map(SourceTable::optionValue).collect(Collectors.joining(", ")));
    }
}
