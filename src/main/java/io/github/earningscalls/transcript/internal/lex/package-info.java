/**
 * Stage 3, lex: every line classified once, in order, under the chosen preset. Owns the lexer's
 * state machine, the tests on a line's shape, the recognition of speaker lines and their labels,
 * the removal of running page headers and footers, and the splitting of speakers run into one long
 * line. Fills the participant directory from the roster as it reads it, and hands on a list of
 * {@link io.github.earningscalls.transcript.internal.lex.Line}s, typed by
 * {@link io.github.earningscalls.transcript.internal.lex.LineKind}, with the section markers'
 * {@link io.github.earningscalls.transcript.internal.lex.MarkerKind} and the speaker lines'
 * {@link io.github.earningscalls.transcript.internal.lex.RoleMark}.
 */
package io.github.earningscalls.transcript.internal.lex;
