package io.github.earningscalls.transcript.spark;

import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Row;

/**
 * Cuts one public DataFrame out of the parsed rows: the only column of its input row is either a
 * struct, yielded when not null, or an array of structs, each yielded. The output's schema is then
 * exactly the public one, nullability included.
 */
final class Unnest implements FlatMapFunction<Row, Row> {
    private static final long serialVersionUID = 1L;

    @Override
    public Iterator<Row> call(Row row) {
        Object value = row.get(0);
        if (value == null) {
            return Collections.emptyIterator();
        }
        if (value instanceof Row single) {
            return Collections.singletonList(single).iterator();
        }
        List<Row> many = row.getList(0);
        return many.iterator();
    }
}
