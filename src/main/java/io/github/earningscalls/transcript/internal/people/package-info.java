/**
 * The people of one transcript, shared by the lexer and the assembler: the participant directory
 * and the rules that resolve a speaker's label to a listed person (exact, variant spellings,
 * ambiguous), names and their normalised keys, job titles, and what an operator's introduction
 * says of the next speaker.
 */
package io.github.earningscalls.transcript.internal.people;
