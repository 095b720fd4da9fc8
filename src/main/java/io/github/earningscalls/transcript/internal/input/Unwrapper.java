package io.github.earningscalls.transcript.internal.input;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.earningscalls.transcript.TranscriptParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;

/**
 * Recovers transcript text from the containers scrapers store it in: a JSON-LD {@code articleBody}
 * string, an HTML page, a Python list of paragraphs on one line, or a text whose line breaks were
 * all removed. The result is plain text with one paragraph or speaker label a line, which the
 * layouts then read as usual; its line numbers and offsets refer to the unwrapped text. A StreetEvents
 * XML file is the exception: its story's body is read in place, so lines and offsets are the file's.
 */
public final class Unwrapper {
    /** Only the start of the input is searched for a container's telltales. */
    private static final int SNIFF = 64 * 1024;
    /** A line this long in a file of few lines has lost its line breaks. */
    private static final int COLLAPSED_LINE = 5_000;

    /**
     * Unwrapped text and the kind of container it came from.
     *
     * @param text      the text to read
     * @param container the kind of container, as a diagnostic names it
     * @param inPlace   whether the text keeps the container's lines and offsets (everything else blanked out)
     * @param story     what a StreetEvents XML story says about the call, or null for other containers
     */
    public record Unwrapped(String text, String container, boolean inPlace, StreetEventsXml.Story story) {
        /** Text taken out of a container, with lines of its own. */
        public Unwrapped(String text, String container) {
            this(text, container, false, null);
        }
    }

    private Unwrapper() {
    }

    /**
     * The unwrapped text, or null when the input is plain text. A StreetEvents XML file gives its story's
     * body in place, the rest of the file blanked out.
     *
     * @throws TranscriptParseException when the input is StreetEvents XML that cannot be read
     */
    public static Unwrapped unwrap(String text, String source) throws TranscriptParseException {
        if (StreetEventsXml.looksLike(text)) {
            StreetEventsXml.Story story = StreetEventsXml.read(text, source);
            return new Unwrapped(story.text(), "StreetEvents XML story", true, story);
        }
        return unwrap(text);
    }

    /** The unwrapped text, or null when the input is plain text (XML is not looked for). */
    public static Unwrapped unwrap(String text) {
        String head = text.length() > SNIFF ? text.substring(0, SNIFF) : text;
        String trimmed = head.stripLeading();
        if ((trimmed.startsWith("{") || trimmed.startsWith("[{")) && head.contains("\"articleBody\"")) {
            String body = articleBody(text);
            if (body != null) {
                return new Unwrapped(inlineArticle(Html.unescape(body)), "JSON-LD articleBody");
            }
        }
        if (countTags(head) >= 10) {
            return new Unwrapped(Html.toText(text), "HTML");
        }
        int list = pythonList(text);
        if (list >= 0) {
            return new Unwrapped(text.substring(0, list) + ListItems.split(text.substring(list).trim()), "list of paragraphs");
        }
        if (isCollapsed(text)) {
            return new Unwrapped(Collapsed.split(text), "text without line breaks");
        }
        return null;
    }

    private static String articleBody(String text) {
        try {
            JsonNode root = new ObjectMapper().readTree(text);
            JsonNode found = find(root);
            return found == null ? null : found.textValue();
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    private static JsonNode find(JsonNode node) {
        if (node == null) {
            return null;
        }
        if (node.isObject()) {
            JsonNode body = node.get("articleBody");
            if (body != null && body.isTextual()) {
                return body;
            }
        }
        for (Iterator<JsonNode> it = node.elements(); it.hasNext(); ) {
            JsonNode hit = find(it.next());
            if (hit != null) {
                return hit;
            }
        }
        return null;
    }

    private static int countTags(String head) {
        int n = 0;
        for (String tag : new String[] {"<br", "<p>", "<p ", "<td", "<div", "<html"}) {
            for (int i = indexOfIgnoringCase(head, tag, 0); i >= 0 && n < 100; i = indexOfIgnoringCase(head, tag, i + 1)) {
                n++;
            }
        }
        return n;
    }

    /**
     * Where a lower-case ASCII tag occurs in the text, ASCII letters compared without case, from {@code from};
     * or -1. Counts as many tags as searching the lower-cased text would (no other character lower-cases into
     * one of them), without copying up to 64 KB per input.
     */
    private static int indexOfIgnoringCase(String text, String tag, int from) {
        for (int i = text.indexOf('<', from); i >= 0; i = text.indexOf('<', i + 1)) {
            if (i + tag.length() > text.length()) {
                return -1;
            }
            int k = 1;
            while (k < tag.length()) {
                char c = text.charAt(i + k);
                if ((c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c) != tag.charAt(k)) {
                    break;
                }
                k++;
            }
            if (k == tag.length()) {
                return i;
            }
        }
        return -1;
    }

    /** Where a one-line Python list of paragraphs starts ({@code [Header, Executives, ...]}), or -1. */
    private static int pythonList(String text) {
        int start = 0;
        while (start < text.length()) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = text.length();
            }
            // Only a long line can be the list: copy no other (this runs over every line of every input).
            String line = end - start > 2_000 ? text.substring(start, end).trim() : "";
            if (line.length() > 2_000 && line.startsWith("[") && (line.endsWith("]") || line.endsWith("]\r"))
                    && (line.contains(", Operator, ") || line.contains(", Executives, ") || line.contains(", Analysts, "))) {
                return start;
            }
            start = end + 1;
        }
        return -1;
    }

    private static boolean isCollapsed(String text) {
        int lines = 0;
        int longest = 0;
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '\n') {
                lines++;
                longest = Math.max(longest, i - start);
                start = i + 1;
                if (lines > 20) {
                    return false;
                }
            }
        }
        return longest >= COLLAPSED_LINE && Collapsed.labels(text).size() >= 5;
    }

    /**
     * An article whose roster and turns run inline, {@code Executives Jane Doe - Acme, ... Analysts
     * ... Operator - Welcome ... Jane Doe - Acme Good afternoon}: one line for the header, each
     * heading and roster entry, and each speaker label and its speech.
     */
    static String inlineArticle(String body) {
        String b = body.replace('\n', ' ').replace('\r', ' ');
        int exec = b.indexOf(" Executives ");
        int operator = b.toLowerCase(Locale.ROOT).indexOf("operator -");
        if (exec < 0 || operator < 0 || exec > operator) {
            return b;
        }
        int analysts = b.indexOf(" Analysts ", exec);
        StringBuilder out = new StringBuilder(b.length() + 1024);
        out.append(b, 0, exec).append('\n').append("Executives\n");
        List<String> labels = new ArrayList<>();
        int execEnd = analysts > 0 && analysts < operator ? analysts : operator;
        for (String e : ListItems.rosterEntries(b.substring(exec + " Executives ".length(), execEnd))) {
            out.append(e).append('\n');
            labels.add(e);
        }
        if (analysts > 0 && analysts < operator) {
            out.append("Analysts\n");
            for (String e : ListItems.rosterEntries(b.substring(analysts + " Analysts ".length(), operator))) {
                out.append(e).append('\n');
                labels.add(e);
            }
        }
        String rest = "Operator -" + b.substring(operator + "operator -".length());
        labels.add("Operator -");
        List<int[]> hits = new ArrayList<>();
        for (String label : labels) {
            for (int at = rest.indexOf(label); at >= 0; at = rest.indexOf(label, at + 1)) {
                int end = at + label.length();
                boolean before = at == 0 || rest.charAt(at - 1) == ' ';
                boolean after = end < rest.length() && rest.charAt(end) == ' ';
                if (before && after) {
                    hits.add(new int[] {at, end});
                }
            }
        }
        hits.sort((x, y) -> x[0] != y[0] ? Integer.compare(x[0], y[0]) : Integer.compare(y[1], x[1]));
        int pos = 0;
        for (int[] h : hits) {
            if (h[0] < pos) {
                continue;
            }
            String text = rest.substring(pos, h[0]).trim();
            if (!text.isEmpty()) {
                out.append(text).append('\n');
            }
            String label = rest.substring(h[0], h[1]).trim();
            out.append(label.equals("Operator -") ? "Operator" : label).append('\n');
            pos = h[1];
        }
        String tail = rest.substring(pos).trim();
        if (!tail.isEmpty()) {
            out.append(tail).append('\n');
        }
        return out.toString();
    }
}
