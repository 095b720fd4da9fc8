package io.github.earningscalls.transcript.spark;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.UnaryOperator;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.catalyst.expressions.GenericInternalRow;
import org.apache.spark.sql.catalyst.util.GenericArrayData;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.unsafe.types.UTF8String;

/**
 * Converts the plain values {@link Columns} reads into what Spark expects in a column of a given
 * type: in an external {@code Row} (what {@link SparkTranscripts} builds, through a row encoder) or
 * in an {@code InternalRow} (what the data source's readers hand to Spark directly). Only the types
 * {@link TranscriptSchemas} uses are known.
 */
final class SparkValues {
    private SparkValues() {
    }

    /**
     * The conversion for an external {@code Row}.
     *
     * @param javaTime whether dates and timestamps are {@code java.time} values, as Spark's row
     *                 encoder expects when {@code spark.sql.datetime.java8API.enabled} is on, or
     *                 {@code java.sql} ones
     */
    static UnaryOperator<Object> external(DataType type, boolean javaTime) {
        if (type.equals(DataTypes.DateType)) {
            return javaTime ? UnaryOperator.identity() : v -> v == null ? null : Date.valueOf((LocalDate) v);
        }
        if (type.equals(DataTypes.TimestampType)) {
            return javaTime ? UnaryOperator.identity() : v -> v == null ? null : Timestamp.from((Instant) v);
        }
        if (type instanceof ArrayType array && array.elementType() instanceof StructType struct) {
            UnaryOperator<Object>[] fields = fields(struct, t -> external(t, javaTime));
            return v -> {
                List<?> elements = (List<?>) v;
                Object[] rows = new org.apache.spark.sql.Row[elements.size()];
                for (int i = 0; i < rows.length; i++) {
                    rows[i] = RowFactory.create(convert((Object[]) elements.get(i), fields));
                }
                return rows;
            };
        }
        return plain(type);
    }

    /** The conversion for an {@code InternalRow}: strings as UTF-8, dates as days, timestamps as microseconds. */
    static UnaryOperator<Object> internal(DataType type) {
        if (type.equals(DataTypes.StringType)) {
            return v -> v == null ? null : UTF8String.fromString((String) v);
        }
        if (type.equals(DataTypes.DateType)) {
            return v -> v == null ? null : Math.toIntExact(((LocalDate) v).toEpochDay());
        }
        if (type.equals(DataTypes.TimestampType)) {
            // Nanoseconds are never negative, so the sum is right before 1970 too.
            return v -> v == null ? null
                    : Math.addExact(Math.multiplyExact(((Instant) v).getEpochSecond(), 1_000_000L), ((Instant) v).getNano() / 1000);
        }
        if (type instanceof ArrayType array && array.elementType() instanceof StructType struct) {
            UnaryOperator<Object>[] fields = fields(struct, SparkValues::internal);
            return v -> {
                List<?> elements = (List<?>) v;
                Object[] rows = new Object[elements.size()];
                for (int i = 0; i < rows.length; i++) {
                    rows[i] = new GenericInternalRow(convert((Object[]) elements.get(i), fields));
                }
                return new GenericArrayData(rows);
            };
        }
        return plain(type);
    }

    /** Converts a struct's values in place, field by field. */
    private static Object[] convert(Object[] values, UnaryOperator<Object>[] conversions) {
        for (int i = 0; i < values.length; i++) {
            values[i] = conversions[i].apply(values[i]);
        }
        return values;
    }

    /** Types whose plain value is also Spark's, external and internal. */
    private static UnaryOperator<Object> plain(DataType type) {
        if (type.equals(DataTypes.StringType) || type.equals(DataTypes.IntegerType) || type.equals(DataTypes.LongType)
                || type.equals(DataTypes.DoubleType)) {
            return UnaryOperator.identity();
        }
        throw new IllegalArgumentException("no conversion for " + type.simpleString());
    }

    @SuppressWarnings("unchecked")
    private static UnaryOperator<Object>[] fields(StructType struct, java.util.function.Function<DataType, UnaryOperator<Object>> of) {
        StructField[] fields = struct.fields();
        UnaryOperator<Object>[] out = new UnaryOperator[fields.length];
        for (int i = 0; i < fields.length; i++) {
            out[i] = of.apply(fields[i].dataType());
        }
        return out;
    }
}
