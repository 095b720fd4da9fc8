/**
 * The {@code transcript-parser} command-line tool: {@code parse}, {@code batch}, {@code validate},
 * {@code stats}, and the tables {@code turns}, {@code calls} and {@code pairs}. {@link io.github.earningscalls.transcript.cli.Main} is the entry
 * point; everything else here is its implementation and not API.
 */
package io.github.earningscalls.transcript.cli;
