/**
 * Diagnostics every stage reports: the stable codes and the collector that keeps them, capped in
 * number, until the engine sorts them onto the transcript.
 */
package io.github.earningscalls.transcript.internal.diagnostic;
