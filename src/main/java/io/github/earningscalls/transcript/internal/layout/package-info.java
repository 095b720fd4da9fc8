/**
 * Stage 2, layout: which source layout the text is in, and what that layout prints. Owns the
 * {@link io.github.earningscalls.transcript.internal.layout.LayoutRules} a preset is built of (roster
 * headings, section markers, footers, page chrome, the form of speaker lines, and the
 * {@link io.github.earningscalls.transcript.internal.layout.Telltale}s that detect it), and the
 * {@link io.github.earningscalls.transcript.internal.layout.FormatDetector}, which knows no layout: it
 * weighs every registered preset's telltales over the opening lines. The presets themselves live in
 * {@code layout.preset}, one file per layout. Hands on one preset, which the lexer and the assembler
 * read and never branch around.
 */
package io.github.earningscalls.transcript.internal.layout;
