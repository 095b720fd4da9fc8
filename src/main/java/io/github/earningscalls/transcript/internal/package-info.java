/**
 * Internals: the parse pipeline. Not API; nothing here or below is exported from the module, and any
 * of it may change in any release.
 *
 * <p>{@link io.github.earningscalls.transcript.internal.ParseEngine} is the table of contents: it runs the stages in order, each a
 * package of its own that hands the next one a plain value.
 * <ol>
 *   <li>{@code input}: bytes to text (byte-order marks, UTF-8 or Windows-1252, binary rejection),
 *       containers unwrapped (JSON-LD, HTML, one-line lists, collapsed text), text to numbered lines;</li>
 *   <li>{@code layout}: the layout presets and the detector that picks one from the opening lines;</li>
 *   <li>{@code lex}: each line classified once (header, roster heading and entry, section marker,
 *       speaker line, paragraph, page furniture), under the chosen preset;</li>
 *   <li>{@code people}: the participant directory the lexer fills from the roster and the assembler
 *       resolves speaker labels against, with the name and title rules both use;</li>
 *   <li>{@code assemble}: lines grouped into turns, the Q&amp;A boundary, roles, turn kinds,
 *       exchanges and the fingerprint;</li>
 *   <li>{@code header}: the call's metadata from the header lines.</li>
 * </ol>
 * {@code diagnostic} collects what every stage reports; {@code util} holds text tests shared by
 * several stages.
 */
package io.github.earningscalls.transcript.internal;
