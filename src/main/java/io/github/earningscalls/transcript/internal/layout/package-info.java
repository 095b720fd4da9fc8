/**
 * Stage 2, layout: which source layout the text is in, and what that layout prints. Owns the presets
 * ({@link io.github.earningscalls.transcript.internal.layout.LayoutRules}: roster headings, section markers, footers, page chrome, the form
 * of speaker lines) and the detector that scores every preset on the opening lines. Hands on one
 * preset, which the lexer and the assembler read and never branch around.
 */
package io.github.earningscalls.transcript.internal.layout;
