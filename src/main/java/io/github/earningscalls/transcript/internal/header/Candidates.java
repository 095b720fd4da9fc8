package io.github.earningscalls.transcript.internal.header;

import io.github.earningscalls.transcript.model.MetadataField;
import java.util.EnumMap;
import java.util.Map;

/**
 * The best value found so far for each metadata field. Each value comes with the line it was read
 * from and a rank, the trust its kind of source earns (1 is the most trusted); a better rank replaces
 * a value, an equal one does not, so within a rank the first line wins.
 */
final class Candidates {
    /** A field's value, the line it was read from and its rank. */
    record Candidate(Object value, int line, int rank) {
    }

    private final Map<MetadataField, Candidate> best = new EnumMap<>(MetadataField.class);

    void offer(MetadataField field, Object value, int line, int rank) {
        if (value == null || value instanceof String s && s.isEmpty()) {
            return;
        }
        Candidate c = best.get(field);
        if (c == null || rank < c.rank()) {
            best.put(field, new Candidate(value, line, rank));
        }
    }

    /** Sets the field's value whatever the rank of the one it had: for a value that completes the one before. */
    void replace(MetadataField field, Object value, int line, int rank) {
        best.put(field, new Candidate(value, line, rank));
    }

    boolean has(MetadataField field) {
        return best.containsKey(field);
    }

    /** The rank of the field's value, or {@link Integer#MAX_VALUE} when there is none. */
    int rank(MetadataField field) {
        Candidate c = best.get(field);
        return c == null ? Integer.MAX_VALUE : c.rank();
    }

    @SuppressWarnings("unchecked")
    <T> T value(MetadataField field) {
        Candidate c = best.get(field);
        return c == null ? null : (T) c.value();
    }

    int line(MetadataField field) {
        Candidate c = best.get(field);
        return c == null ? 0 : c.line();
    }

    boolean isEmpty() {
        return best.isEmpty();
    }
}
