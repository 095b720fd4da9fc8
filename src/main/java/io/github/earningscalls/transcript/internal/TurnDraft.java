package io.github.earningscalls.transcript.internal;

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
    /** The paragraph being read, still open to wrapped continuation lines. */
    StringBuilder open;
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
            String text = open.toString();
            paragraphs.add(new Paragraph(openLine, openEndLine, openStart, openEnd, text, Annotations.find(text)));
            open = null;
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
