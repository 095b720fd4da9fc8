package io.github.earningscalls.transcript.spark;

import java.util.List;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.catalyst.expressions.GenericInternalRow;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The values of some columns of one table, read by {@link Columns} and converted by
 * {@link SparkValues}: all of them for {@link SparkTranscripts}' rows, the ones a query needs for the
 * data source's. A column that is not asked for is never read, so its cost (a transcript's JSON, a
 * turn's text) is never paid.
 *
 * @param <S> what a row is read from
 */
final class RowValues<S> {
    private final List<Function<S, Object>> readers;
    private final UnaryOperator<Object>[] conversions;

    private RowValues(Columns<S> columns, StructType schema, Function<StructField, UnaryOperator<Object>> conversion) {
        this.readers = columns.readers(schema);
        @SuppressWarnings("unchecked")
        UnaryOperator<Object>[] c = new UnaryOperator[schema.fields().length];
        for (int i = 0; i < c.length; i++) {
            c[i] = conversion.apply(schema.fields()[i]);
        }
        this.conversions = c;
    }

    /** External rows of all of {@code columns}' table, with dates as {@code javaTime} says. */
    static <S> RowValues<S> external(Columns<S> columns, boolean javaTime) {
        return new RowValues<>(columns, columns.schema(), f -> SparkValues.external(f.dataType(), javaTime));
    }

    /** Internal rows of {@code schema}, some columns of {@code columns}' table. */
    static <S> RowValues<S> internal(Columns<S> columns, StructType schema) {
        return new RowValues<>(columns, schema, f -> SparkValues.internal(f.dataType()));
    }

    /** The external row of one source; only for {@link #external}. */
    Row row(S source) {
        return RowFactory.create(values(source));
    }

    /** The internal row of one source; only for {@link #internal}. */
    InternalRow internalRow(S source) {
        return new GenericInternalRow(values(source));
    }

    private Object[] values(S source) {
        Object[] values = new Object[conversions.length];
        for (int i = 0; i < values.length; i++) {
            values[i] = conversions[i].apply(readers.get(i).apply(source));
        }
        return values;
    }
}
