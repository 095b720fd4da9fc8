/**
 * Parsing transcript collections on Apache Spark:
 * {@link io.github.earningscalls.transcript.spark.SparkTranscripts} turns files into DataFrames of
 * transcripts, turns, Q&amp;A pairs and failures ({@link io.github.earningscalls.transcript.spark.TranscriptDatasets}),
 * whose schemas are {@link io.github.earningscalls.transcript.spark.TranscriptSchemas};
 * {@link io.github.earningscalls.transcript.spark.SparkParseJob} is a ready application that writes
 * them as Parquet.
 *
 * <p>Spark ({@code org.apache.spark:spark-sql_2.13} 4.x) is an optional dependency: add it to use
 * this package; the rest of the library neither needs nor loads it.
 */
package io.github.earningscalls.transcript.spark;
