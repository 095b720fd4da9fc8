package io.github.earningscalls.transcript.spark;

import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The schemas of the DataFrames that {@link SparkTranscripts#read} returns. Column names and types
 * are a public contract, like the JSON's field names: later versions add columns, never rename or
 * drop one. Enumerated values ({@code format}, {@code role}, {@code kind}, ...) are the constant
 * names the JSON uses. A column is nullable only where its description says so.
 *
 * @since 0.1.0
 */
// Spark's types are on the class path, not in a module this one could export them from (see module-info).
@SuppressWarnings("exports")
public final class TranscriptSchemas {
    /**
     * One row per transcript parsed:
     * <ul>
     *   <li>{@code file} STRING: the file as Spark lists it, a URI such as
     *       {@code file:/data/calls/acme.txt} or {@code s3a://bucket/calls/acme.txt}; the JSON's
     *       {@code source.name} too;</li>
     *   <li>{@code year} INT: the year of {@code call_date}, null when the date is unknown (for
     *       {@code partitionBy("year")});</li>
     *   <li>{@code format} STRING: the layout read, such as {@code SEEKING_ALPHA};
     *       {@code format_confidence} DOUBLE: how sure the layout choice is, 0 to 1;</li>
     *   <li>{@code title}, {@code company}, {@code ticker}, {@code exchange} STRING: the header's
     *       fields, null when it does not print them;</li>
     *   <li>{@code fiscal_quarter} INT (1 to 4), {@code fiscal_year} INT, {@code fiscal_period} STRING
     *       (as printed, such as {@code F3Q19}): the fiscal period, each null when unknown;</li>
     *   <li>{@code event_type} STRING: such as {@code EARNINGS_CALL}, {@code OTHER} when the header
     *       names none;</li>
     *   <li>{@code call_date} DATE, {@code call_time} STRING ({@code HH:mm}, local),
     *       {@code time_zone} STRING (the label as printed, such as {@code ET}) and
     *       {@code starts_at} TIMESTAMP (the start as an instant, when date, time and a known zone
     *       are all printed): each null when unknown;</li>
     *   <li>{@code charset} STRING, {@code bytes} BIGINT, {@code lines} INT, {@code sha256} STRING,
     *       {@code fingerprint} STRING: how the file was read, as in the JSON's {@code source};</li>
     *   <li>{@code participants}, {@code turns}, {@code words}, {@code exchanges} INT: counts over the
     *       whole transcript (words exclude editorial marks);</li>
     *   <li>{@code diagnostics} ARRAY of STRUCT {@code severity} STRING, {@code code} STRING,
     *       {@code line} INT (0 for the whole transcript), {@code message} STRING: what the parser
     *       noticed and tolerated, in line order;</li>
     *   <li>{@code verdict} STRING: {@code CLEAN}, {@code REVIEW} or {@code BROKEN}, how far the parse can
     *       be trusted ({@link io.github.earningscalls.transcript.model.Verdict}; since 0.1.0, as the
     *       JSON's {@code quality.verdict});</li>
     *   <li>{@code json} STRING: the whole transcript as the documented JSON document
     *       ({@link io.github.earningscalls.transcript.json.TranscriptJson#toJson}).</li>
     * </ul>
     */
    public static final StructType TRANSCRIPTS = new StructType(new StructField[] {
        required("file", DataTypes.StringType),
        optional("year", DataTypes.IntegerType),
        required("format", DataTypes.StringType),
        required("format_confidence", DataTypes.DoubleType),
        optional("title", DataTypes.StringType),
        optional("company", DataTypes.StringType),
        optional("ticker", DataTypes.StringType),
        optional("exchange", DataTypes.StringType),
        optional("fiscal_quarter", DataTypes.IntegerType),
        optional("fiscal_year", DataTypes.IntegerType),
        optional("fiscal_period", DataTypes.StringType),
        required("event_type", DataTypes.StringType),
        optional("call_date", DataTypes.DateType),
        optional("call_time", DataTypes.StringType),
        optional("time_zone", DataTypes.StringType),
        optional("starts_at", DataTypes.TimestampType),
        required("charset", DataTypes.StringType),
        required("bytes", DataTypes.LongType),
        required("lines", DataTypes.IntegerType),
        required("sha256", DataTypes.StringType),
        required("fingerprint", DataTypes.StringType),
        required("participants", DataTypes.IntegerType),
        required("turns", DataTypes.IntegerType),
        required("words", DataTypes.IntegerType),
        required("exchanges", DataTypes.IntegerType),
        required("diagnostics", DataTypes.createArrayType(new StructType(new StructField[] {
            required("severity", DataTypes.StringType),
            required("code", DataTypes.StringType),
            required("line", DataTypes.IntegerType),
            required("message", DataTypes.StringType)}), false)),
        required("verdict", DataTypes.StringType),
        required("json", DataTypes.StringType)});

    /**
     * One row per turn of every transcript parsed, in source order within a file (the columns of
     * the command-line {@code turns} command, with the call's ticker and date beside them):
     * <ul>
     *   <li>{@code file} STRING: as in {@link #TRANSCRIPTS};</li>
     *   <li>{@code year} INT, {@code ticker} STRING, {@code call_date} DATE: the call's, as in
     *       {@link #TRANSCRIPTS}, each null when unknown;</li>
     *   <li>{@code section} STRING: {@code PREPARED_REMARKS} or {@code QUESTIONS_AND_ANSWERS};</li>
     *   <li>{@code turn} INT: the turn's 0-based index within its section (the JSON's {@code index});</li>
     *   <li>{@code speaker_id} STRING: the participant's id ({@code jane-doe}); {@code speaker} STRING:
     *       the name as the participant list gives it;</li>
     *   <li>{@code role} STRING: {@code CORPORATE}, {@code ANALYST}, {@code OPERATOR} or
     *       {@code UNKNOWN}; {@code kind} STRING: {@code OPERATOR}, {@code REMARK}, {@code QUESTION},
     *       {@code ANSWER} or {@code ACKNOWLEDGMENT};</li>
     *   <li>{@code line} INT: the 1-based line of the speaker line; {@code words} INT: the turn's
     *       words, editorial marks excluded;</li>
     *   <li>{@code text} STRING: the plain text, paragraphs separated by a blank line.</li>
     * </ul>
     */
    public static final StructType TURNS = new StructType(new StructField[] {
        required("file", DataTypes.StringType),
        optional("year", DataTypes.IntegerType),
        optional("ticker", DataTypes.StringType),
        optional("call_date", DataTypes.DateType),
        required("section", DataTypes.StringType),
        required("turn", DataTypes.IntegerType),
        required("speaker_id", DataTypes.StringType),
        required("speaker", DataTypes.StringType),
        required("role", DataTypes.StringType),
        required("kind", DataTypes.StringType),
        required("line", DataTypes.IntegerType),
        required("words", DataTypes.IntegerType),
        required("text", DataTypes.StringType)});

    /**
     * One row per question of the Q&amp;A with the answers that follow it in its exchange up to the
     * next question ({@link io.github.earningscalls.transcript.model.Section#pairs()}), in question
     * order within a file: the columns of the command-line {@code pairs} command, with the same
     * values. Greetings and thanks ({@code ACKNOWLEDGMENT} turns) are neither and are left out.
     * <ul>
     *   <li>{@code file} STRING: as in {@link #TRANSCRIPTS};</li>
     *   <li>{@code ticker} STRING, {@code call_date} DATE, {@code fiscal_year} INT,
     *       {@code fiscal_quarter} INT, {@code fiscal_period} STRING: the call's, as in
     *       {@link #TRANSCRIPTS}, each null when unknown;</li>
     *   <li>{@code exchange_index} INT: the 0-based index of the question's exchange;
     *       {@code question_turn} INT: the question's {@code turn} in the Q&amp;A, as in {@link #TURNS};</li>
     *   <li>{@code questioner_id}, {@code questioner}, {@code questioner_role} STRING: who asked, as
     *       {@link #TURNS}' {@code speaker_id}, {@code speaker} and {@code role};
     *       {@code questioner_affiliation} STRING: the firm the participant list gives, null when it
     *       gives none;</li>
     *   <li>{@code question_line}, {@code question_words} INT, {@code question} STRING: the question
     *       turn's speaker line, words and plain text;</li>
     *   <li>{@code answer_turns} INT: how many answer turns; {@code answerer_ids} STRING: their
     *       speakers' ids, each once, joined by {@code ;}; {@code answerers} STRING: their names,
     *       joined by {@code ; }; both empty when nobody answered;</li>
     *   <li>{@code answer_words} INT, {@code answer} STRING: the answers' words, and their plain
     *       text, turns separated by a blank line (empty when nobody answered).</li>
     * </ul>
     *
     * @since 0.1.0
     */
    public static final StructType PAIRS = new StructType(new StructField[] {
        required("file", DataTypes.StringType),
        optional("ticker", DataTypes.StringType),
        optional("call_date", DataTypes.DateType),
        optional("fiscal_year", DataTypes.IntegerType),
        optional("fiscal_quarter", DataTypes.IntegerType),
        optional("fiscal_period", DataTypes.StringType),
        required("exchange_index", DataTypes.IntegerType),
        required("question_turn", DataTypes.IntegerType),
        required("questioner_id", DataTypes.StringType),
        required("questioner", DataTypes.StringType),
        required("questioner_role", DataTypes.StringType),
        optional("questioner_affiliation", DataTypes.StringType),
        required("question_line", DataTypes.IntegerType),
        required("question_words", DataTypes.IntegerType),
        required("question", DataTypes.StringType),
        required("answer_turns", DataTypes.IntegerType),
        required("answerer_ids", DataTypes.StringType),
        required("answerers", DataTypes.StringType),
        required("answer_words", DataTypes.IntegerType),
        required("answer", DataTypes.StringType)});

    /**
     * One row per file that produced no transcript, the fields of the command-line {@code batch}
     * command's JSON Lines error record:
     * <ul>
     *   <li>{@code file} STRING: as in {@link #TRANSCRIPTS};</li>
     *   <li>{@code line} INT: the 1-based line of the problem, 0 when it concerns the whole file;</li>
     *   <li>{@code error} STRING: why, without the file and line, such as {@code the input is empty}
     *       or {@code cannot read: ...}.</li>
     * </ul>
     */
    public static final StructType FAILURES = new StructType(new StructField[] {
        required("file", DataTypes.StringType),
        required("line", DataTypes.IntegerType),
        required("error", DataTypes.StringType)});

    private TranscriptSchemas() {
    }

    private static StructField required(String name, DataType type) {
        return DataTypes.createStructField(name, type, false);
    }

    private static StructField optional(String name, DataType type) {
        return DataTypes.createStructField(name, type, true);
    }
}
