package io.github.earningscalls.transcript.internal;

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

    /** The repaired text, or {@code s} itself when nothing needed repair. */
    public static String repair(String s) {
        if (!suspicious(s)) {
            return s;
        }
        StringBuilder out = null;
        int n = s.length();
        int i = 0;
        int copiedTo = 0;
        while (i < n) {
            char c = s.charAt(i);
            int lead = c;
            int need = lead >= 0xC2 && lead <= 0xDF ? 1 : lead >= 0xE0 && lead <= 0xEF ? 2 : lead >= 0xF0 && lead <= 0xF4 ? 3 : 0;
            if (need == 0 || i + need >= n) {
                i++;
                continue;
            }
            int cp = lead & (need == 1 ? 0x1F : need == 2 ? 0x0F : 0x07);
            boolean ok = true;
            for (int k = 1; k <= need; k++) {
                int b = toByte(s.charAt(i + k));
                if (b < 0x80 || b > 0xBF) {
                    ok = false;
                    break;
                }
                cp = (cp << 6) | (b & 0x3F);
            }
            // Reject overlong and out-of-range forms, as a UTF-8 decoder would.
            if (ok && (need == 2 && cp < 0x800 || need == 3 && (cp < 0x10000 || cp > 0x10FFFF)
                    || cp >= 0xD800 && cp <= 0xDFFF)) {
                ok = false;
            }
            if (!ok) {
                i++;
                continue;
            }
            if (out == null) {
                out = new StringBuilder(n);
            }
            out.append(s, copiedTo, i).appendCodePoint(cp);
            i += need + 1;
            copiedTo = i;
        }
        if (out == null) {
            return s;
        }
        return out.append(s, copiedTo, n).toString();
    }

    private static int toByte(char c) {
        if (c <= 0xFF) {
            return c;
        }
        int k = CP1252_HIGH.indexOf(c);
        return k < 0 ? -1 : 0x80 + k;
    }
}
