/**
 * The layout presets, one file each: what the layout prints (roster headings, section markers,
 * footers, page chrome, the form of speaker lines) and the telltales, with their weights, that
 * detect it. {@link io.github.earningscalls.transcript.internal.layout.preset.Presets} registers
 * them; a new layout is a new file here and one line there.
 */
package io.github.earningscalls.transcript.internal.layout.preset;
