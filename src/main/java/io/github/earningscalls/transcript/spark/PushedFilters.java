package io.github.earningscalls.transcript.spark;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import org.apache.spark.sql.sources.AlwaysFalse;
import org.apache.spark.sql.sources.AlwaysTrue;
import org.apache.spark.sql.sources.And;
import org.apache.spark.sql.sources.EqualNullSafe;
import org.apache.spark.sql.sources.EqualTo;
import org.apache.spark.sql.sources.Filter;
import org.apache.spark.sql.sources.GreaterThan;
import org.apache.spark.sql.sources.GreaterThanOrEqual;
import org.apache.spark.sql.sources.In;
import org.apache.spark.sql.sources.IsNotNull;
import org.apache.spark.sql.sources.IsNull;
import org.apache.spark.sql.sources.LessThan;
import org.apache.spark.sql.sources.LessThanOrEqual;
import org.apache.spark.sql.sources.Not;
import org.apache.spark.sql.sources.Or;
import org.apache.spark.sql.sources.StringContains;
import org.apache.spark.sql.sources.StringEndsWith;
import org.apache.spark.sql.sources.StringStartsWith;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.unsafe.types.UTF8String;

/**
 * Decides the filters Spark pushes to the data source on a row's source, before the row is built,
 * with SQL's three values: a filter that is false or null (unknown) drops the row, as {@code WHERE}
 * does. Only filters it decides exactly are taken: comparisons, {@code IN}, null tests and string
 * matches on the string, integer, date and timestamp columns, with values of the column's type, and
 * {@code AND}, {@code OR} and {@code NOT} of those. Spark still applies every filter to the rows
 * returned, so these only save work.
 */
final class PushedFilters {
    private static final Set<DataType> DECIDED_TYPES = Set.of(DataTypes.StringType, DataTypes.IntegerType,
            DataTypes.LongType, DataTypes.DateType, DataTypes.TimestampType);

    private PushedFilters() {
    }

    /** Whether a filter can be decided on the rows of a table of this schema. */
    static boolean decidable(Filter f, StructType schema) {
        if (f instanceof And a) {
            return decidable(a.left(), schema) && decidable(a.right(), schema);
        }
        if (f instanceof Or o) {
            return decidable(o.left(), schema) && decidable(o.right(), schema);
        }
        if (f instanceof Not n) {
            return decidable(n.child(), schema);
        }
        if (f instanceof AlwaysTrue || f instanceof AlwaysFalse) {
            return true;
        }
        String[] columns = f.references();
        if (columns.length != 1 || !Arrays.asList(schema.fieldNames()).contains(columns[0])) {
            return false;
        }
        DataType type = schema.apply(columns[0]).dataType();
        if (!DECIDED_TYPES.contains(type)) {
            return false;
        }
        if (f instanceof IsNull || f instanceof IsNotNull) {
            return true;
        }
        if (f instanceof StringStartsWith || f instanceof StringEndsWith || f instanceof StringContains) {
            return type.equals(DataTypes.StringType);
        }
        if (f instanceof In in) {
            return Arrays.stream(in.values()).allMatch(v -> v == null || ofType(v, type));
        }
        Object value = comparedValue(f);
        return value != null && ofType(value, type);
    }

    /** Whether every column a filter reads is one of {@code columns}. */
    static boolean reads(Filter f, Set<String> columns) {
        return columns.containsAll(Arrays.asList(f.references()));
    }

    /**
     * All the filters as one test of a row's source, true when each is true.
     *
     * @param filters filters that are {@link #decidable} on {@code columns}' table
     */
    static <S> Predicate<S> all(List<Filter> filters, Columns<S> columns) {
        if (filters.isEmpty()) {
            return s -> true;
        }
        return s -> {
            Function<String, Object> values = name -> columns.reader(name).apply(s);
            for (Filter f : filters) {
                if (!Boolean.TRUE.equals(evaluate(f, values))) {
                    return false;
                }
            }
            return true;
        };
    }

    /**
     * A filter's value: true, false, or null for SQL's unknown.
     *
     * @param f      a {@link #decidable} filter
     * @param values the value of a column by name, as {@link Columns} reads it
     */
    static Boolean evaluate(Filter f, Function<String, Object> values) {
        if (f instanceof And a) {
            Boolean left = evaluate(a.left(), values);
            if (Boolean.FALSE.equals(left)) {
                return false;
            }
            Boolean right = evaluate(a.right(), values);
            return Boolean.FALSE.equals(right) ? Boolean.FALSE : left == null || right == null ? null : Boolean.TRUE;
        }
        if (f instanceof Or o) {
            Boolean left = evaluate(o.left(), values);
            if (Boolean.TRUE.equals(left)) {
                return true;
            }
            Boolean right = evaluate(o.right(), values);
            return Boolean.TRUE.equals(right) ? Boolean.TRUE : left == null || right == null ? null : Boolean.FALSE;
        }
        if (f instanceof Not n) {
            Boolean child = evaluate(n.child(), values);
            return child == null ? null : !child;
        }
        if (f instanceof AlwaysTrue) {
            return true;
        }
        if (f instanceof AlwaysFalse) {
            return false;
        }
        Object value = values.apply(f.references()[0]);
        if (f instanceof IsNull) {
            return value == null;
        }
        if (f instanceof IsNotNull) {
            return value != null;
        }
        if (f instanceof EqualNullSafe e) {
            return value == null || e.value() == null ? value == e.value() : compare(value, e.value()) == 0;
        }
        if (value == null) {
            return null;
        }
        if (f instanceof In in) {
            boolean unknown = false;
            for (Object v : in.values()) {
                if (v == null) {
                    unknown = true;
                } else if (compare(value, v) == 0) {
                    return true;
                }
            }
            return unknown ? null : Boolean.FALSE;
        }
        if (f instanceof StringStartsWith s) {
            return ((String) value).startsWith(s.value());
        }
        if (f instanceof StringEndsWith s) {
            return ((String) value).endsWith(s.value());
        }
        if (f instanceof StringContains s) {
            return ((String) value).contains(s.value());
        }
        int order = compare(value, comparedValue(f));
        if (f instanceof EqualTo) {
            return order == 0;
        }
        if (f instanceof GreaterThan) {
            return order > 0;
        }
        if (f instanceof GreaterThanOrEqual) {
            return order >= 0;
        }
        if (f instanceof LessThan) {
            return order < 0;
        }
        if (f instanceof LessThanOrEqual) {
            return order <= 0;
        }
        throw new IllegalArgumentException("not a decidable filter: " + f);
    }

    /** The value a comparison compares with, or null for a filter that is not a comparison. */
    private static Object comparedValue(Filter f) {
        if (f instanceof EqualTo e) {
            return e.value();
        }
        if (f instanceof EqualNullSafe e) {
            return e.value();
        }
        if (f instanceof GreaterThan g) {
            return g.value();
        }
        if (f instanceof GreaterThanOrEqual g) {
            return g.value();
        }
        if (f instanceof LessThan l) {
            return l.value();
        }
        if (f instanceof LessThanOrEqual l) {
            return l.value();
        }
        return null;
    }

    /** Whether a filter's value is of a column's type, in either of Spark's external forms for dates and times. */
    private static boolean ofType(Object value, DataType type) {
        if (type.equals(DataTypes.StringType)) {
            return value instanceof String;
        }
        if (type.equals(DataTypes.IntegerType)) {
            return value instanceof Integer;
        }
        if (type.equals(DataTypes.LongType)) {
            return value instanceof Long;
        }
        if (type.equals(DataTypes.DateType)) {
            return value instanceof Date || value instanceof LocalDate;
        }
        return value instanceof Timestamp || value instanceof Instant;
    }

    /**
     * Orders a column's value and a filter's value of the same type as Spark does: strings by their
     * UTF-8 bytes, dates and times with the filter's {@code java.sql} value read as {@code java.time}.
     */
    private static int compare(Object column, Object filter) {
        if (column instanceof String s) {
            return UTF8String.fromString(s).binaryCompare(UTF8String.fromString((String) filter));
        }
        if (column instanceof LocalDate d) {
            return d.compareTo(filter instanceof Date sql ? sql.toLocalDate() : (LocalDate) filter);
        }
        if (column instanceof Instant i) {
            return i.compareTo(filter instanceof Timestamp sql ? sql.toInstant() : (Instant) filter);
        }
        return Long.compare(((Number) column).longValue(), ((Number) filter).longValue());
    }
}
