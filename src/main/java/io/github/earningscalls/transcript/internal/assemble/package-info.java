/**
 * Stage 4, assemble: classified lines become the transcript's parts. Owns the grouping of lines
 * into turns and wrapped lines into paragraphs, speaker resolution per turn, the Q&amp;A boundary
 * where no marker gives it, unlisted speakers' roles, turn kinds, questions, exchanges, editorial
 * annotations and the fingerprint of the spoken text. Hands on the participants and the sections.
 */
package io.github.earningscalls.transcript.internal.assemble;
