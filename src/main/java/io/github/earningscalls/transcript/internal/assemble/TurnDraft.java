package io.github.earningscalls.transcript.internal.assemble;

import io.github.earningscalls.transcript.internal.lex.Line;
import io.github.earningscalls.transcript.internal.people.Person;
import io.github.earningscalls.transcript.model.Paragraph;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A turn while the transcript is being assembled, before its kind is known: its speaker, its
 * paragraphs as they are read (the last one still open to wrapped continuation lines), and whether
 * it falls in the Q&amp;A. It changes only through its methods.
 */
final class TurnDraft {
    /**
     * A wrapped line at least this share of the wrap width long was cut by the wrapping, not by the
     * writer, so the paragraph runs on past it even when it ends a sentence.
     */
    private static final double FULL_LINE_SHARE = 0.8;

    private final Line speakerLine;
    private final Person person;
    private final List<Paragraph> paragraphs = new ArrayList<>();
    private boolean qa;
    private int endLine;
    /** The first line of the paragraph being read, still open to wrapped continuation lines; null when none is. */
    private String open;
    /**
     * The open paragraph's lines and the spaces between them once a continuation line has joined it, to be
     * joined into one string of the exact size when it closes; null while it is one line.
     */
    private List<String> openParts;
    private int openLine;
    private int openEndLine;
    private int openStart;
    private int openEnd;
    /** The last physical line of the open paragraph, to judge whether the paragraph ended there. */
    private String openLast;
    private boolean blankAfterOpen;
    /** {@link #text()}, once built, and how many paragraphs it holds. */
    private String text;
    private int textParagraphs;

    /** A turn opened by its speaker line; {@code qa} says whether a Q&amp;A marker came before it. */
    TurnDraft(Line speakerLine, Person person, boolean qa) {
        this.speakerLine = speakerLine;
        this.person = person;
        this.qa = qa;
        this.endLine = speakerLine.number();
    }

    Line speakerLine() {
        return speakerLine;
    }

    Person person() {
        return person;
    }

    /** The closed paragraphs, read only. */
    List<Paragraph> paragraphs() {
        return Collections.unmodifiableList(paragraphs);
    }

    boolean inQa() {
        return qa;
    }

    /** Places the turn in the Q&amp;A, which the source did not mark and which was found to start at or before it. */
    void moveToQa() {
        qa = true;
    }

    /** The last line of the turn read so far. */
    int endLine() {
        return endLine;
    }

    /**
     * Adds a line of text to the turn: a paragraph of its own, or, where the source wraps its lines
     * ({@code wrapWidth > 0}), the continuation of the open paragraph unless that one visibly ended.
     * Returns whether the line was joined to the open paragraph.
     */
    boolean addText(Line line, int wrapWidth) {
        endLine = line.number();
        if (open != null && wrapWidth > 0 && !openParagraphEnded(wrapWidth)) {
            String last = openLast;
            boolean hyphen = last.endsWith("-") && last.length() > 1 && Character.isLetter(last.charAt(last.length() - 2));
            if (openParts == null) {
                openParts = new ArrayList<>();
                openParts.add(open);
            }
            if (!hyphen) {
                openParts.add(" ");
            }
            openParts.add(line.text());
            openEndLine = line.number();
            openEnd = line.end();
            openLast = line.text();
            blankAfterOpen = false;
            return true;
        }
        close();
        open = line.text();
        openLine = line.number();
        openEndLine = line.number();
        openStart = line.start();
        openEnd = line.end();
        openLast = line.text();
        blankAfterOpen = false;
        return false;
    }

    /** A blank line after the open paragraph: with a sentence end before it, the paragraph has ended. */
    void addBlank() {
        if (open != null) {
            blankAfterOpen = true;
        }
    }

    /** A wrapped paragraph ends at a short line that ends a sentence, or at a blank line after one. */
    private boolean openParagraphEnded(int wrapWidth) {
        char c = openLast.charAt(openLast.length() - 1);
        boolean sentenceEnd = c == '.' || c == '?' || c == '!' || c == ':' || c == '"' || c == '\u201D' || c == ')';
        return sentenceEnd && (blankAfterOpen || openLast.length() < wrapWidth * FULL_LINE_SHARE);
    }

    /** Closes the open paragraph, if any: the next line of text starts a new one. */
    void close() {
        if (open != null) {
            // A one-line paragraph keeps its line's text: no copy.
            String text = openParts == null ? open : String.join("", openParts);
            paragraphs.add(new Paragraph(openLine, openEndLine, openStart, openEnd, text, Annotations.find(text)));
            open = null;
            openParts = null;
        }
    }

    /** The closed paragraphs' text, each followed by a space. */
    String text() {
        // Asked for by several stages once the turn is closed; built once.
        if (text == null || textParagraphs != paragraphs.size()) {
            StringBuilder sb = new StringBuilder(textLength() + paragraphs.size());
            for (Paragraph p : paragraphs) {
                sb.append(p.text()).append(' ');
            }
            text = sb.toString();
            textParagraphs = paragraphs.size();
        }
        return text;
    }

    /** The characters of the closed paragraphs, without building their text. */
    int textLength() {
        int n = 0;
        for (Paragraph p : paragraphs) {
            n += p.text().length();
        }
        return n;
    }
}
