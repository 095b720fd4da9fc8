/**
 * JSON export and import: {@link io.github.earningscalls.transcript.json.TranscriptJson} and the
 * published JSON Schema ({@code transcript.schema.json} in this package's resources).
 */
package io.github.earningscalls.transcript.json;
