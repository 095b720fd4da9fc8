/** The command-line tool: {@code parse [--pretty] [--strict] FILE...} prints each transcript's JSON. */
package io.github.earningscalls.transcript.cli;
