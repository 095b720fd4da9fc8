/**
 * Internals: decoding, the line lexer, the layout presets and the assembler. Not API; nothing here
 * is exported from the module, and any of it may change in any release.
 */
package io.github.earningscalls.transcript.internal;
