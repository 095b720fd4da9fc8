package io.github.earningscalls.transcript.internal.lex;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

/** The glue search at the places the lexer notes finds what the full search finds. */
class GluePlacesTest {
    private static final List<String> LABELS = List.of("Jane Doe", "Operator", "Tobias Renn - Kestrel Bank",
            "Question-and-Answer Session", "Mara Voss, CFO");
    private static final String[] PIECES = {"Jane Doe", "Operator", "Tobias Renn - Kestrel Bank", "Mara Voss, CFO",
        "Question-and-Answer Session", "Thanks.", "Sure", " ", ".", "(", "[", "\"", "\u201C", "EBITDA", "growth",
        "We", "ok?", "\u00C9t\u00E9", "x"};

    private static List<Glue.Hit> atNotedPlaces(String text) {
        char[] cs = ("  " + text + " ").toCharArray();
        GluePlaces places = new GluePlaces(2);
        places.note(1, cs, 2, 2 + text.length());
        return places.find(Glue.of(LABELS), 1, text);
    }

    @Property(tries = 300)
    void notedPlacesFindWhatTheFullSearchFinds(@ForAll @Size(max = 60) List<@IntRange(max = 18) Integer> picks) {
        StringBuilder sb = new StringBuilder();
        for (int k : picks) {
            sb.append(PIECES[k]);
        }
        String text = sb.toString();
        assertThat(atNotedPlaces(text)).isEqualTo(Glue.of(LABELS).find(text));
    }

    @Test
    void aLineNotNotedIsSearchedInFull() {
        String text = "Thank you.Jane DoeGood morning.OperatorThanks.";
        assertThat(new GluePlaces(1).find(Glue.of(LABELS), 0, text))
                .containsExactly(new Glue.Hit(10, 18), new Glue.Hit(31, 39));
        assertThat(atNotedPlaces(text)).containsExactly(new Glue.Hit(10, 18), new Glue.Hit(31, 39));
    }
}
