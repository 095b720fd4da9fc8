package io.github.earningscalls.transcript.internal.assemble;

import io.github.earningscalls.transcript.internal.lex.Line;
import io.github.earningscalls.transcript.internal.people.Person;
import io.github.earningscalls.transcript.model.Paragraph;
import java.util.ArrayList;
import java.util.List;

/** A turn while the transcript is being assembled, before its kind is known. */
final class TurnDraft {
    final Line speakerLine;
    final Person person;
    final List<Paragraph> paragraphs = new ArrayList<>();
    boolean qa;
    int endLine;
    /** The first line of the paragraph being read, still open to wrapped continuation lines; null when none is. */
    String open;
    /**
     * The open paragraph's lines and the spaces between them once a continuation line has joined it, to be
     * joined into one string of the exact size when it closes; null while it is one line.
     */
    List<String> openParts;
    int openLine;
    int openEndLine;
    int openStart;
    int openEnd;
    /** The last physical line of the open paragraph, to judge whether the paragraph ended there. */
    String openLast;
    boolean blankAfterOpen;
    int joined;

    void flush() {
        if (open != null) {
            // A one-line paragraph keeps its line's text: no copy.
            String text = openParts == null ? open : String.join("", openParts);
            paragraphs.add(new Paragraph(openLine, openEndLine, openStart, openEnd, text, Annotations.find(text)));
            open = null;
            openParts = null;
        }
    }

    TurnDraft(Line speakerLine, Person person) {
        this.speakerLine = speakerLine;
        this.person = person;
        this.endLine = speakerLine.number();
    }

    String text() {
        StringBuilder sb = new StringBuilder();
        for (Paragraph p : paragraphs) {
            sb.append(p.text()).append(' ');
        }
        return sb.toString();
    }
}
