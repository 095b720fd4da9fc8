/** Text tests shared by several stages: comparisons with lower-case words without lower-casing. */
package io.github.earningscalls.transcript.internal.util;
