/**
 * Stage 5, header: the call's metadata (company, ticker, event, fiscal period, date, time and zone)
 * from the header lines the lexer set aside, wherever the layout prints each.
 */
package io.github.earningscalls.transcript.internal.header;
