package io.github.earningscalls.transcript.internal.input;

import java.util.Locale;
import java.util.Map;

/** Plain text from an HTML page, and HTML character references decoded. */
public final class Html {
    private static final Map<String, String> ENTITIES = Map.ofEntries(Map.entry("amp", "&"), Map.entry("lt", "<"),
            Map.entry("gt", ">"), Map.entry("quot", "\""), Map.entry("apos", "'"), Map.entry("nbsp", " "),
            Map.entry("rsquo", "\u2019"), Map.entry("lsquo", "\u2018"), Map.entry("ldquo", "\u201C"),
            Map.entry("rdquo", "\u201D"), Map.entry("mdash", "\u2014"), Map.entry("ndash", "\u2013"),
            Map.entry("hellip", "\u2026"), Map.entry("eacute", "\u00E9"), Map.entry("copy", "\u00A9"));

    private Html() {
    }

    /**
     * The page's text: block elements become line breaks, other tags and the contents of
     * {@code head}, {@code style} and {@code script} are dropped, and lines that are mostly in a
     * CJK or Hangul script are left out when the page interleaves them with English.
     */
    public static String toText(String html) {
        StringBuilder out = new StringBuilder(html.length() / 2);
        String lower = html.toLowerCase(Locale.ROOT);
        int i = 0;
        int n = html.length();
        // Pages that set a text beside its translation put them in the cells of one table row: keep the first cell.
        int column = 0;
        while (i < n) {
            char c = html.charAt(i);
            if (c != '<') {
                if (column < 2) {
                    out.append(c == '\n' || c == '\r' ? ' ' : c);
                }
                i++;
                continue;
            }
            int close = html.indexOf('>', i);
            if (close < 0) {
                break;
            }
            String tag = lower.substring(i + 1, Math.min(close, i + 12)).trim();
            for (String skip : new String[] {"head", "style", "script"}) {
                if (tag.startsWith(skip)) {
                    int end = lower.indexOf("</" + skip, close);
                    close = end < 0 ? n - 1 : lower.indexOf('>', end);
                    if (close < 0) {
                        close = n - 1;
                    }
                }
            }
            if (tag.startsWith("tr")) {
                column = 0;
            } else if (tag.startsWith("td") || tag.startsWith("th")) {
                column++;
            } else if (tag.startsWith("/table")) {
                column = 0;
            }
            if (tag.startsWith("br") || tag.startsWith("/p") || tag.startsWith("/tr") || tag.startsWith("/td")
                    || tag.startsWith("/th") || tag.startsWith("/div") || tag.startsWith("/h") || tag.startsWith("/li")
                    || tag.startsWith("p ") || tag.equals("p")) {
                out.append('\n');
            }
            i = close + 1;
        }
        String text = unescape(out.toString());
        StringBuilder kept = new StringBuilder(text.length());
        // Mixed: some CJK and some letters of another script. (Counting any letter made every CJK page mixed, as
        // CJK ideographs are letters, and left nothing of a page written in CJK alone.)
        boolean mixed = text.chars().anyMatch(Html::isCjk)
                && text.chars().anyMatch(c -> Character.isLetter(c) && !isCjk(c));
        for (String line : text.split("\n")) {
            String t = line.strip();
            if (!t.isEmpty() && !(mixed && cjkShare(t) > 0.3)) {
                kept.append(t).append('\n');
            }
        }
        return kept.toString();
    }

    private static boolean isCjk(int c) {
        return c >= 0x4E00 && c <= 0x9FFF || c >= 0xAC00 && c <= 0xD7A3 || c >= 0x3040 && c <= 0x30FF;
    }

    private static double cjkShare(String s) {
        long cjk = s.chars().filter(Html::isCjk).count();
        return (double) cjk / s.length();
    }

    /** Decodes {@code &amp;}, {@code &#39;}, {@code &#x2019;} and the common named references. */
    public static String unescape(String s) {
        if (s.indexOf('&') < 0) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length());
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            // Only a ';' within the longest reference counts; searching further makes '&&&...' quadratic.
            int semi = c == '&' ? s.substring(i, Math.min(s.length(), i + 11)).indexOf(';') : -1;
            semi = semi < 0 ? -1 : i + semi;
            if (semi > i + 1 && semi - i <= 10) {
                String name = s.substring(i + 1, semi);
                String value = null;
                try {
                    if (name.startsWith("#x") || name.startsWith("#X")) {
                        value = new String(Character.toChars(Integer.parseInt(name.substring(2), 16)));
                    } else if (name.startsWith("#")) {
                        value = new String(Character.toChars(Integer.parseInt(name.substring(1))));
                    } else {
                        value = ENTITIES.get(name);
                    }
                } catch (IllegalArgumentException e) {
                    value = null;
                }
                if (value != null) {
                    out.append(value);
                    i = semi + 1;
                    continue;
                }
            }
            out.append(c);
            i++;
        }
        return out.toString();
    }
}
