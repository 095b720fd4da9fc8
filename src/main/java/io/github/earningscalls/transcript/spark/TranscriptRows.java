package io.github.earningscalls.transcript.spark;

import io.github.earningscalls.transcript.json.TranscriptJson;
import io.github.earningscalls.transcript.model.CallMetadata;
import io.github.earningscalls.transcript.model.Diagnostic;
import io.github.earningscalls.transcript.model.FiscalPeriod;
import io.github.earningscalls.transcript.model.Section;
import io.github.earningscalls.transcript.model.SourceInfo;
import io.github.earningscalls.transcript.model.Transcript;
import io.github.earningscalls.transcript.model.Turn;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * Turns one file's outcome into one row of {@link #PARSED}: the transcript's row, its turns' rows
 * and no failure, or a failure alone. The three public DataFrames are cut out of these rows, so a
 * file is parsed once whichever of them is used.
 */
final class TranscriptRows {
    /** One row per file: where it came from, and either its transcript and turns or its failure. */
    static final StructType PARSED = new StructType(new StructField[] {
        DataTypes.createStructField("file", DataTypes.StringType, false),
        DataTypes.createStructField("bytes", DataTypes.LongType, false),
        DataTypes.createStructField("transcript", TranscriptSchemas.TRANSCRIPTS, true),
        DataTypes.createStructField("turns", DataTypes.createArrayType(TranscriptSchemas.TURNS, false), true),
        DataTypes.createStructField("failure", TranscriptSchemas.FAILURES, true)});

    private static final DateTimeFormatter HOURS_MINUTES = DateTimeFormatter.ofPattern("HH:mm");

    /**
     * Whether dates and timestamps are {@code java.time} values: Spark's row encoder expects them when
     * {@code spark.sql.datetime.java8API.enabled} is on, {@code java.sql} ones otherwise.
     */
    private final boolean javaTime;

    TranscriptRows(boolean javaTime) {
        this.javaTime = javaTime;
    }

    /** The row of a file that parsed. */
    Row parsed(String file, long bytes, Transcript t) {
        CallMetadata m = t.metadata();
        Integer year = m.date() == null ? null : m.date().getYear();
        Object callDate = date(m.date());
        return RowFactory.create(file, bytes, transcript(file, year, callDate, t),
                turns(file, year, m.ticker(), callDate, t), null);
    }

    /** The row of a file that produced no transcript. */
    Row failed(String file, long bytes, int line, String error) {
        return RowFactory.create(file, bytes, null, null, RowFactory.create(file, line, error));
    }

    private Row transcript(String file, Integer year, Object callDate, Transcript t) {
        CallMetadata m = t.metadata();
        FiscalPeriod period = m.fiscalPeriod();
        SourceInfo source = t.source();
        int words = 0;
        int exchanges = 0;
        for (Section s : t.sections()) {
            words += s.wordCount();
            exchanges += s.exchanges().size();
        }
        Row[] diagnostics = new Row[t.diagnostics().size()];
        for (int i = 0; i < diagnostics.length; i++) {
            Diagnostic d = t.diagnostics().get(i);
            diagnostics[i] = RowFactory.create(d.severity().name(), d.code(), d.line(), d.message());
        }
        return RowFactory.create(
                file,
                year,
                source.format().name(),
                source.formatConfidence(),
                m.title(),
                m.company(),
                m.ticker(),
                m.exchange(),
                period == null ? null : period.quarter(),
                period == null ? null : period.year(),
                period == null ? null : period.label(),
                m.eventType().name(),
                callDate,
                m.time() == null ? null : HOURS_MINUTES.format(m.time()),
                m.timeZone(),
                m.startsAt() == null ? null : javaTime ? m.startsAt().toInstant() : Timestamp.from(m.startsAt().toInstant()),
                source.charset(),
                source.byteCount(),
                source.lineCount(),
                source.sha256(),
                source.fingerprint(),
                t.participants().size(),
                t.turns().size(),
                words,
                exchanges,
                diagnostics,
                TranscriptJson.toJson(t));
    }

    private static Row[] turns(String file, Integer year, String ticker, Object callDate, Transcript t) {
        List<Row> rows = new ArrayList<>();
        for (Section s : t.sections()) {
            List<Turn> turns = s.turns();
            for (int i = 0; i < turns.size(); i++) {
                Turn turn = turns.get(i);
                rows.add(RowFactory.create(file, year, ticker, callDate, s.kind().name(), i, turn.speakerId(),
                        turn.speaker(), turn.role().name(), turn.kind().name(), turn.line(), turn.wordCount(),
                        turn.plainText()));
            }
        }
        return rows.toArray(new Row[0]);
    }

    private Object date(LocalDate date) {
        if (date == null) {
            return null;
        }
        return javaTime ? date : Date.valueOf(date);
    }
}
