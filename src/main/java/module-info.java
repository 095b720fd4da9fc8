/**
 * Parses the plain text of earnings-call transcripts into an immutable, typed model and a
 * documented JSON document.
 *
 * <ul>
 *   <li>{@link io.github.earningscalls.transcript} — the parser, its layouts and its exception;</li>
 *   <li>{@link io.github.earningscalls.transcript.model} — the records a transcript is made of;</li>
 *   <li>{@link io.github.earningscalls.transcript.json} — the JSON document and its schema;</li>
 *   <li>{@link io.github.earningscalls.transcript.spark} — parsing collections on Apache Spark (optional:
 *       it needs Spark on the class path).</li>
 * </ul>
 *
 * <pre>{@code
 * Transcript t = TranscriptParser.parse(Path.of("call.txt"));
 * String json = TranscriptJson.toJson(t);
 * }</pre>
 *
 * @since 0.1.0
 */
module io.github.earningscalls.transcript {
    requires com.fasterxml.jackson.core;
    requires com.fasterxml.jackson.databind;
    requires org.apache.commons.lang3;
    // Only the command-line tool uses picocli; library users need not have it.
    requires static info.picocli;
    // Only the spark package uses java.sql: Spark's rows carry java.sql dates and timestamps (by default).
    requires static java.sql;

    exports io.github.earningscalls.transcript;
    exports io.github.earningscalls.transcript.model;
    exports io.github.earningscalls.transcript.json;
    // Spark integration. Spark is optional and provided, yet not named here with `requires static`: its jars
    // have no module descriptor nor Automatic-Module-Name, and the names derived from their file names
    // (spark-sql_2.13 gives spark.sql.2.13) are not valid module names, so they cannot be modules at all.
    // The package is compiled reading the class path (--add-reads ...=ALL-UNNAMED in the pom) and runs
    // where Spark runs applications: on the class path, where this descriptor does not apply.
    exports io.github.earningscalls.transcript.spark;
    // Not exported: internal is not API. Neither is cli: the executable jar is a shaded class-path
    // jar, and `java -m io.github.earningscalls.transcript/io.github.earningscalls.transcript.cli.Main`
    // needs no export; picocli only needs to reflect on the command classes.
    opens io.github.earningscalls.transcript.cli to info.picocli;
    // Open (not for Jackson: TranscriptJson streams and reads trees, no databinding) so that other
    // modules can read the published schema resource, TranscriptJson.SCHEMA_RESOURCE.
    opens io.github.earningscalls.transcript.json;
}
