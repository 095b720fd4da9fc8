/** Text tests shared by several stages: comparisons with lower-case words without lower-casing, token counts. */
package io.github.earningscalls.transcript.internal.util;
