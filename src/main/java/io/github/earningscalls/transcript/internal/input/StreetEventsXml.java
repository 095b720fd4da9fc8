package io.github.earningscalls.transcript.internal.input;

import io.github.earningscalls.transcript.TranscriptParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The story of a Thomson Reuters StreetEvents XML file: {@code <Event>} holding an
 * {@code <EventStory>} with its {@code <Headline>} and {@code <Body><![CDATA[...]]>}, then the
 * company's identifiers ({@code <companyTicker>}, {@code <CUSIP>}, {@code <ISIN>}, ...).
 *
 * <p>The body is handed on in place: every character outside it becomes a space and every line break
 * stays, so the lines and offsets of the text read are those of the file itself. The file is read by
 * scanning, not by a general XML parser: a document type declaration is refused, so no DTD is
 * read, no entity is declared or expanded and nothing external is fetched; only the five predefined
 * entities and character references are decoded. Malformed XML is a {@link TranscriptParseException}
 * naming the line.
 */
public final class StreetEventsXml {
    /** The feed's elements nest four deep; deeper nesting is not this feed. */
    static final int MAX_DEPTH = 32;
    /** The root element of the feed. */
    private static final String ROOT = "Event";
    /** The element whose text is the transcript. */
    private static final String BODY = "Body";
    /** Only the start of the input is searched for the root element. */
    private static final int SNIFF = 4096;
    /** Element values kept for the metadata are short; longer ones are cut here. */
    private static final int MAX_FIELD_LENGTH = 2000;

    /**
     * A value of the story: an element's text or an attribute, with the line it stands on.
     *
     * @param value the value, entities decoded and white space trimmed
     * @param line  the 1-based line of the element or attribute
     */
    public record Field(String value, int line) {
    }

    /**
     * The story read from the file.
     *
     * @param text   the file with everything but the body blanked out, line breaks kept
     * @param fields the values of the elements directly under {@code <Event>} and {@code <EventStory>}
     *               by element name, the root's attributes as {@code @name} and the story's as
     *               {@code EventStory@name}; the first of each
     */
    public record Story(String text, Map<String, Field> fields) {
        /** Copies the fields. */
        public Story {
            fields = Map.copyOf(fields);
        }

        /** The value of a field, or null. */
        public String value(String name) {
            Field f = fields.get(name);
            return f == null || f.value().isEmpty() ? null : f.value();
        }

        /** The line of a field, or 0. */
        public int line(String name) {
            Field f = fields.get(name);
            return f == null ? 0 : f.line();
        }
    }

    private StreetEventsXml() {
    }

    /** Whether the text opens as XML whose root element is {@code <Event>}: declarations and comments may come first. */
    public static boolean looksLike(String text) {
        int n = Math.min(text.length(), SNIFF);
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || c == '\uFEFF') {
                i++;
            } else if (text.startsWith("<?", i)) {
                int end = text.indexOf("?>", i + 2);
                if (end < 0 || end >= n) {
                    return false;
                }
                i = end + 2;
            } else if (text.startsWith("<!--", i)) {
                int end = text.indexOf("-->", i + 4);
                if (end < 0 || end >= n) {
                    return false;
                }
                i = end + 3;
            } else {
                int after = i + 1 + ROOT.length();
                return c == '<' && text.startsWith(ROOT, i + 1) && after < text.length()
                        && (Character.isWhitespace(text.charAt(after)) || text.charAt(after) == '>'
                        || text.charAt(after) == '/');
            }
        }
        return false;
    }

    /**
     * Reads the story of a file that {@linkplain #looksLike looks like} the feed.
     *
     * @throws TranscriptParseException when the XML is malformed, declares a document type, or has no body
     */
    public static Story read(String text, String source) throws TranscriptParseException {
        return new Scanner(text, source).scan();
    }

    /** One pass over the file; positions only move forward. */
    private static final class Scanner {
        private final String text;
        private final String source;
        private final int n;
        private final char[] out;
        private final List<String> open = new ArrayList<>();
        private final List<Integer> openLines = new ArrayList<>();
        private final Map<String, Field> fields = new HashMap<>();
        private StringBuilder value;
        private int valueLine;
        private boolean inBody;
        private boolean bodyRead;
        private boolean rootClosed;
        /** The line at {@link #linePos}, counted forward as positions are asked for. */
        private int lineAt = 1;
        private int linePos;

        Scanner(String text, String source) {
            this.text = text;
            this.source = source;
            this.n = text.length();
            this.out = new char[n];
            for (int i = 0; i < n; i++) {
                char c = text.charAt(i);
                out[i] = c == '\n' || c == '\r' ? c : ' ';
            }
        }

        Story scan() throws TranscriptParseException {
            int i = 0;
            while (i < n) {
                char c = text.charAt(i);
                if (c != '<') {
                    int lt = text.indexOf('<', i);
                    int end = lt < 0 ? n : lt;
                    text(i, end, false);
                    i = end;
                } else if (text.startsWith("<?", i)) {
                    i = skipPast(i, "?>", "a processing instruction");
                } else if (text.startsWith("<!--", i)) {
                    i = skipPast(i, "-->", "a comment");
                } else if (text.startsWith("<![CDATA[", i)) {
                    int end = text.indexOf("]]>", i + 9);
                    if (end < 0) {
                        throw error(i, "a CDATA section is never closed with ]]>");
                    }
                    if (open.isEmpty()) {
                        throw error(i, "a CDATA section stands outside the root element");
                    }
                    text(i + 9, end, true);
                    i = end + 3;
                } else if (text.startsWith("<!", i)) {
                    throw error(i, "the file declares a document type, which is not read (StreetEvents files have "
                            + "none; DTDs and external entities are refused)");
                } else if (text.startsWith("</", i)) {
                    i = endTag(i);
                } else {
                    i = startTag(i);
                }
            }
            if (!open.isEmpty()) {
                throw error(n, "<" + open.get(open.size() - 1) + "> (line " + openLines.get(openLines.size() - 1)
                        + ") is never closed");
            }
            if (!bodyRead) {
                throw error(0, "the StreetEvents XML has no <" + BODY + "> in its <EventStory>");
            }
            return new Story(new String(out), fields);
        }

        private int skipPast(int i, String close, String what) throws TranscriptParseException {
            int end = text.indexOf(close, i + 2);
            if (end < 0) {
                throw error(i, what + " is never closed with " + close);
            }
            return end + close.length();
        }

        private int startTag(int i) throws TranscriptParseException {
            int j = name(i + 1);
            if (j == i + 1) {
                throw error(i, "a '<' that starts no tag");
            }
            String name = text.substring(i + 1, j);
            if (rootClosed) {
                throw error(i, "<" + name + "> comes after the root element is closed");
            }
            if (open.isEmpty() && !name.equals(ROOT)) {
                throw error(i, "the root element is <" + name + ">, not the StreetEvents <" + ROOT + ">");
            }
            if (open.size() >= MAX_DEPTH) {
                throw error(i, "elements are nested deeper than " + MAX_DEPTH);
            }
            int line = line(i);
            int depth = open.size() + 1;
            // The attributes of the root and of the story: "@lastUpdate", "EventStory@version".
            String prefix = depth == 1 ? "@" : depth == 2 && name.equals("EventStory") ? name + "@" : null;
            while (true) {
                j = spaces(j);
                if (j >= n) {
                    throw error(i, "the tag <" + name + "> is never closed with '>'");
                }
                char c = text.charAt(j);
                if (c == '>' || c == '/') {
                    break;
                }
                int a = name(j);
                if (a == j) {
                    throw error(j, "unexpected '" + c + "' in the tag <" + name + ">");
                }
                String attribute = text.substring(j, a);
                a = spaces(a);
                if (a >= n || text.charAt(a) != '=') {
                    throw error(j, "the attribute " + attribute + " of <" + name + "> has no value");
                }
                a = spaces(a + 1);
                char quote = a < n ? text.charAt(a) : ' ';
                if (quote != '"' && quote != '\'') {
                    throw error(j, "the value of the attribute " + attribute + " of <" + name + "> is not quoted");
                }
                int close = text.indexOf(quote, a + 1);
                int lt = text.indexOf('<', a + 1);
                if (close < 0 || lt >= 0 && lt < close) {
                    throw error(j, "the value of the attribute " + attribute + " of <" + name + "> is never closed");
                }
                if (prefix != null) {
                    fields.putIfAbsent(prefix + attribute, new Field(
                            clip(References.decode(text.substring(a + 1, close)).trim()), line(j)));
                }
                j = close + 1;
            }
            boolean empty = text.charAt(j) == '/';
            if (empty && (j + 1 >= n || text.charAt(j + 1) != '>')) {
                throw error(j, "a '/' in the tag <" + name + "> that does not close it");
            }
            open.add(name);
            openLines.add(line);
            opened(name, line);
            if (empty) {
                closed();
            }
            return j + (empty ? 2 : 1);
        }

        private int endTag(int i) throws TranscriptParseException {
            int j = name(i + 2);
            String name = text.substring(i + 2, j);
            j = spaces(j);
            if (j >= n || text.charAt(j) != '>') {
                throw error(i, "the end tag </" + name + "> is never closed with '>'");
            }
            if (open.isEmpty()) {
                throw error(i, "</" + name + "> closes no element");
            }
            String top = open.get(open.size() - 1);
            if (!top.equals(name)) {
                throw error(i, "</" + name + "> closes <" + top + "> (line " + openLines.get(openLines.size() - 1) + ")");
            }
            closed();
            return j + 1;
        }

        /** Whether an element at this depth is a child of the story, {@code <Event><EventStory><Headline>}. */
        private boolean isStory(int depth) {
            return depth == 3 && open.get(1).equals("EventStory");
        }

        private void opened(String name, int line) {
            int depth = open.size();
            if (depth == 3 && isStory(3) && name.equals(BODY) && !bodyRead) {
                inBody = true;
            } else if (depth == 2 || isStory(depth)) {
                value = new StringBuilder();
                valueLine = line;
            } else if (depth > 2) {
                // Text of deeper elements belongs to no field.
                value = null;
            }
        }

        private void closed() {
            int depth = open.size();
            String name = open.remove(depth - 1);
            openLines.remove(depth - 1);
            if (inBody && depth == 3) {
                inBody = false;
                bodyRead = true;
            } else if (value != null && (depth == 2 || isStoryClosing(depth))) {
                fields.putIfAbsent(name, new Field(clip(References.decode(value.toString()).trim()), valueLine));
                value = null;
            }
            if (open.isEmpty()) {
                rootClosed = true;
            }
        }

        private boolean isStoryClosing(int depth) {
            return depth == 3 && open.size() >= 2 && open.get(1).equals("EventStory");
        }

        /** Character data from {@code from} to {@code to}: a CDATA section's as it stands, other text's references decoded. */
        private void text(int from, int to, boolean cdata) throws TranscriptParseException {
            if (open.isEmpty()) {
                for (int k = from; k < to; k++) {
                    if (!Character.isWhitespace(text.charAt(k)) && text.charAt(k) != '\uFEFF') {
                        throw error(k, "text stands outside the root element");
                    }
                }
                return;
            }
            if (inBody) {
                if (cdata) {
                    text.getChars(from, to, out, from);
                } else {
                    decodeInPlace(from, to);
                }
            } else if (value != null && value.length() < MAX_FIELD_LENGTH) {
                String s = text.substring(from, Math.min(to, from + MAX_FIELD_LENGTH));
                // CDATA is literal; References.decode must not touch it, so its '&' is protected.
                value.append(cdata ? s.replace("&", "&amp;") : s);
            }
        }

        /**
         * Body text outside CDATA: a reference is decoded where it stands and the rest of its line moves
         * left, the line padded with spaces at its end, so every later line keeps its offsets.
         */
        private void decodeInPlace(int from, int to) {
            int w = from;
            int k = from;
            while (k < to) {
                char c = text.charAt(k);
                if (c == '\n' || c == '\r') {
                    while (w < k) {
                        out[w++] = ' ';
                    }
                    out[k] = c;
                    w = ++k;
                    continue;
                }
                int end = c == '&' ? References.end(text, k, to) : -1;
                if (end > 0) {
                    String decoded = References.decode(text.substring(k, end));
                    decoded.getChars(0, decoded.length(), out, w);
                    w += decoded.length();
                    k = end;
                } else {
                    out[w++] = c;
                    k++;
                }
            }
            while (w < to) {
                out[w++] = ' ';
            }
        }

        private int name(int i) {
            int j = i;
            while (j < n) {
                char c = text.charAt(j);
                if (!(Character.isLetterOrDigit(c) || c == '_' || c == '-' || c == '.' || c == ':')) {
                    break;
                }
                j++;
            }
            return j;
        }

        private int spaces(int i) {
            int j = i;
            while (j < n && Character.isWhitespace(text.charAt(j))) {
                j++;
            }
            return j;
        }

        private static String clip(String s) {
            return s.length() > MAX_FIELD_LENGTH ? s.substring(0, MAX_FIELD_LENGTH) : s;
        }

        /** The 1-based line of a position, counted forward from the last one asked for (LF, CR and CRLF end lines). */
        private int line(int pos) {
            if (pos < linePos) {
                lineAt = 1;
                linePos = 0;
            }
            for (int k = linePos; k < pos && k < n; k++) {
                char c = text.charAt(k);
                if (c == '\n' || c == '\r' && (k + 1 >= n || text.charAt(k + 1) != '\n')) {
                    lineAt++;
                }
            }
            linePos = Math.max(linePos, Math.min(pos, n));
            return lineAt;
        }

        private TranscriptParseException error(int pos, String reason) {
            return new TranscriptParseException(source, pos == 0 ? 0 : line(pos), "not a readable StreetEvents XML file: "
                    + reason);
        }
    }

    /** The five predefined entities and character references, the only ones a file without a DTD can use. */
    static final class References {
        /** The longest reference, {@code &#x10FFFF;}. */
        private static final int MAX_LENGTH = 10;

        private References() {
        }

        /** The end (past the ';') of a reference starting at {@code at}, or -1 when none starts there. */
        static int end(String s, int at, int limit) {
            int max = Math.min(limit, at + MAX_LENGTH);
            for (int k = at + 1; k < max; k++) {
                char c = s.charAt(k);
                if (c == ';') {
                    return value(s.substring(at + 1, k)) == null ? -1 : k + 1;
                }
                if (!(Character.isLetterOrDigit(c) || c == '#')) {
                    return -1;
                }
            }
            return -1;
        }

        /** The text with its references decoded; anything that is not one stays as printed. */
        static String decode(String s) {
            if (s.indexOf('&') < 0) {
                return s;
            }
            StringBuilder b = new StringBuilder(s.length());
            int k = 0;
            while (k < s.length()) {
                int end = s.charAt(k) == '&' ? end(s, k, s.length()) : -1;
                if (end > 0) {
                    b.append(value(s.substring(k + 1, end - 1)));
                    k = end;
                } else {
                    b.append(s.charAt(k++));
                }
            }
            return b.toString();
        }

        private static String value(String name) {
            switch (name) {
                case "amp":
                    return "&";
                case "lt":
                    return "<";
                case "gt":
                    return ">";
                case "quot":
                    return "\"";
                case "apos":
                    return "'";
                default:
                    break;
            }
            if (name.length() < 2 || name.charAt(0) != '#') {
                return null;
            }
            try {
                int cp = name.charAt(1) == 'x' || name.charAt(1) == 'X' ? Integer.parseInt(name.substring(2), 16)
                        : Integer.parseInt(name.substring(1));
                return Character.isValidCodePoint(cp) && cp != 0 ? new String(Character.toChars(cp)) : null;
            } catch (NumberFormatException e) {
                return null;
            }
        }
    }
}
