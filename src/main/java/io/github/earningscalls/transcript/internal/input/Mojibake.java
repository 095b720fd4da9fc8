package io.github.earningscalls.transcript.internal.input;

/**
 * Repairs UTF-8 text that was decoded as Windows-1252 or Latin-1 and encoded again
 * ({@code CrÃ©dit} for {@code Crédit}, {@code â€™} for {@code ’}).
 *
 * <p>A run is repaired only when its characters, mapped back to single bytes, form one valid UTF-8
 * sequence; everything else is left as it is, so real accented text is never changed.
 */
public final class Mojibake {
    /** Windows-1252's characters for bytes 0x80 to 0x9F; Latin-1 control characters stand for the undefined ones. */
    private static final String CP1252_HIGH =
            "\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u008D\u017D\u008F"
                    + "\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u009D\u017E\u0178";

    private Mojibake() {
    }

    /** Whether {@code s} may hold mis-decoded UTF-8: a cheap test before {@link #repair}. */
    public static boolean suspicious(String s) {
        for (int i = 0, n = s.length(); i < n; i++) {
            char c = s.charAt(i);
            if (c >= '\u00C2' && c <= '\u00F4') {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether {@link #repair} would change characters {@code from} to {@code to} of {@code cs}: one pass
     * over an array, for callers that hold the line as one.
     */
    public static boolean repairable(char[] cs, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = cs[i];
            if (c >= '\u00C2' && c <= '\u00F4') {
                int need = followers(c);
                if (i + need < to && decode(need, c, cs[i + 1], need > 1 ? cs[i + 2] : 0, need > 2 ? cs[i + 3] : 0) >= 0) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The repaired text, or {@code s} itself when nothing needed repair. */
    public static String repair(String s) {
        // Most suspicious lines hold real accented text: find the first repairable sequence before
        // building anything, and hand back the line itself when there is none.
        return suspicious(s) && firstRepair(s) >= 0 ? repair(s, null) : s;
    }

    /** Where the first sequence {@link #repair} would change starts, or -1. */
    private static int firstRepair(String s) {
        for (int i = 0, n = s.length(); i < n; i++) {
            int need = followers(s.charAt(i));
            if (need > 0 && i + need < n && decode(s, i, need) >= 0) {
                return i;
            }
        }
        return -1;
    }

    /** How many continuation characters a UTF-8 lead byte read as {@code c} needs; 0 for none. */
    private static int followers(char c) {
        return c >= 0xC2 && c <= 0xDF ? 1 : c >= 0xE0 && c <= 0xEF ? 2 : c >= 0xF0 && c <= 0xF4 ? 3 : 0;
    }

    /**
     * Repairs {@code s} and says where each character of the result came from: {@code map[i]} is the
     * index in {@code s} of the result's character {@code i}, and {@code map[result.length()]} is
     * {@code s.length()}.
     */
    public static int[] offsetMap(String s) {
        int[] map = new int[s.length() + 1];
        repair(s, map);
        return map;
    }

    private static String repair(String s, int[] map) {
        int n = s.length();
        // A sequence of two to four characters becomes one or two: the result is never longer than the input.
        char[] out = new char[n];
        int len = 0;
        int i = 0;
        boolean changed = false;
        while (i < n) {
            char c = s.charAt(i);
            int need = followers(c);
            if (need == 0) {
                // Copy the run up to the next possible lead character at once: most characters start no sequence.
                int j = i + 1;
                while (j < n && (s.charAt(j) < '\u00C2' || s.charAt(j) > '\u00F4')) {
                    j++;
                }
                s.getChars(i, j, out, len);
                if (map != null) {
                    for (int k = i; k < j; k++) {
                        map[len + k - i] = k;
                    }
                }
                len += j - i;
                i = j;
                continue;
            }
            int cp = i + need >= n ? -1 : decode(s, i, need);
            if (cp < 0) {
                if (map != null) {
                    map[len] = i;
                }
                out[len++] = c;
                i++;
                continue;
            }
            int at = len;
            len += Character.toChars(cp, out, len);
            changed = true;
            if (map != null) {
                for (int k = at; k < len; k++) {
                    map[k] = i;
                }
            }
            i += need + 1;
        }
        if (map != null) {
            map[len] = n;
        }
        return changed ? new String(out, 0, len) : s;
    }

    /** The code point that the lead character at {@code i} and its {@code need} followers encode, or -1. */
    private static int decode(String s, int i, int need) {
        return decode(need, s.charAt(i), s.charAt(i + 1), need > 1 ? s.charAt(i + 2) : 0, need > 2 ? s.charAt(i + 3) : 0);
    }

    /** The code point that {@code lead} and its first {@code need} followers encode, or -1. */
    private static int decode(int need, char lead, char first, char second, char third) {
        int cp = lead & (need == 1 ? 0x1F : need == 2 ? 0x0F : 0x07);
        for (int k = 1; k <= need; k++) {
            int b = toByte(k == 1 ? first : k == 2 ? second : third);
            if (b < 0x80 || b > 0xBF) {
                return -1;
            }
            cp = (cp << 6) | (b & 0x3F);
        }
        // Reject overlong and out-of-range forms, as a UTF-8 decoder would.
        if (need == 2 && cp < 0x800 || need == 3 && (cp < 0x10000 || cp > 0x10FFFF) || cp >= 0xD800 && cp <= 0xDFFF) {
            return -1;
        }
        return cp;
    }

    private static int toByte(char c) {
        if (c <= 0xFF) {
            return c;
        }
        int k = CP1252_HIGH.indexOf(c);
        return k < 0 ? -1 : 0x80 + k;
    }
}
