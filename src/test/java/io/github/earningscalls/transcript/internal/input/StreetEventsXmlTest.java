package io.github.earningscalls.transcript.internal.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.earningscalls.transcript.TranscriptParseException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The StreetEvents XML container: the body read in place, the story's fields, and malformed or hostile XML refused. */
class StreetEventsXmlTest {
    private static final String STORY = "<?xml version=\"1.0\"?>\n"
            + "<Event lastUpdate=\"Friday, November 9, 2012 at 6:08:37pm GMT\" eventTypeName=\"Earning Call\">\n"
            + "  <EventStory version=\"Final\">\n"
            + "    <Headline><![CDATA[Edited Transcript of ACME & Co]]></Headline>\n"
            + "    <Body><![CDATA[Title line\r\nOperator   [1]\n]]></Body>\n"
            + "  </EventStory>\n"
            + "  <companyTicker>ACME</companyTicker>\n"
            + "  <companyName>Acme &amp; Sons</companyName>\n"
            + "</Event>\n";

    @Test
    void looksForTheEventRootAfterDeclarationsAndComments() {
        assertThat(StreetEventsXml.looksLike(STORY)).isTrue();
        assertThat(StreetEventsXml.looksLike("\uFEFF  <!-- note --><Event>")).isTrue();
        assertThat(StreetEventsXml.looksLike("<?xml version=\"1.0\"?><rss>")).isFalse();
        assertThat(StreetEventsXml.looksLike("<Events>")).isFalse();
        assertThat(StreetEventsXml.looksLike("Operator\nGood morning.")).isFalse();
    }

    @Test
    void theBodyKeepsItsPlaceAndEverythingElseIsBlank() throws Exception {
        StreetEventsXml.Story s = StreetEventsXml.read(STORY, "a.xml");
        assertThat(s.text()).hasSameSizeAs(STORY);
        int at = STORY.indexOf("Title line");
        assertThat(s.text().substring(at, at + "Title line\r\nOperator   [1]\n".length()))
                .isEqualTo("Title line\r\nOperator   [1]\n");
        assertThat(s.text().replace("Title line", "").replace("Operator   [1]", "")).isBlank();
        assertThat(s.text().split("\n", -1)).hasSameSizeAs(STORY.split("\n", -1));
    }

    @Test
    void readsTheStoryFieldsWithTheirLines() throws Exception {
        StreetEventsXml.Story s = StreetEventsXml.read(STORY, "a.xml");
        assertThat(s.value("Headline")).isEqualTo("Edited Transcript of ACME & Co");
        assertThat(s.value("EventStory@version")).isEqualTo("Final");
        assertThat(s.value("@lastUpdate")).isEqualTo("Friday, November 9, 2012 at 6:08:37pm GMT");
        assertThat(s.value("companyName")).isEqualTo("Acme & Sons");
        assertThat(s.value("companyTicker")).isEqualTo("ACME");
        assertThat(s.line("companyTicker")).isEqualTo(9);
        assertThat(s.value("CUSIP")).isNull();
    }

    @Test
    void referencesInBodyTextOutsideCdataAreDecodedWithinTheirLine() throws Exception {
        String xml = "<Event><EventStory><Body>AT&amp;T &#233;\nnext</Body></EventStory></Event>";
        StreetEventsXml.Story s = StreetEventsXml.read(xml, "a.xml");
        assertThat(s.text()).hasSameSizeAs(xml);
        assertThat(s.text().substring(0, s.text().indexOf('\n')).trim()).isEqualTo("AT&T \u00e9");
        assertThat(s.text().substring(s.text().indexOf('\n') + 1).trim()).isEqualTo("next");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "a DTD with an entity | <?xml version='1.0'?>\\n<!DOCTYPE Event [<!ENTITY x SYSTEM 'file:///etc/passwd'>]>\\n<Event>&x;</Event>"
                + " | a.xml:2: not a readable StreetEvents XML file: the file declares a document type",
        "an unclosed CDATA | <Event>\\n<EventStory>\\n<Body><![CDATA[text | a.xml:3: not a readable StreetEvents XML file: a CDATA section is never closed",
        "crossed tags | <Event>\\n<EventStory>\\n<Body></EventStory> | a.xml:3: not a readable StreetEvents XML file: </EventStory> closes <Body> (line 3)",
        "an unclosed root | <Event>\\n<EventStory><Body>x</Body></EventStory>\\n | a.xml:3: not a readable StreetEvents XML file: <Event> (line 1) is never closed",
        "no body | <Event>\\n<EventStory></EventStory>\\n</Event> | a.xml: not a readable StreetEvents XML file: the StreetEvents XML has no <Body>",
        "an unquoted attribute | <Event>\\n<EventStory version=Final> | a.xml:2: not a readable StreetEvents XML file: the value of the attribute version",
        "text after the root | <Event><EventStory><Body>x</Body></EventStory></Event>\\nmore | a.xml:2: not a readable StreetEvents XML file: text stands outside the root element",
    })
    void malformedOrHostileXmlIsRefusedNamingTheLine(String what, String xml, String message) {
        assertThatThrownBy(() -> StreetEventsXml.read(xml.replace("\\n", "\n"), "a.xml"))
                .isInstanceOf(TranscriptParseException.class).hasMessageStartingWith(message);
    }

    @Test
    void deepNestingIsRefused() {
        String xml = "<Event>" + "<a>".repeat(StreetEventsXml.MAX_DEPTH) + "</Event>";
        assertThatThrownBy(() -> StreetEventsXml.read(xml, "a.xml")).isInstanceOf(TranscriptParseException.class)
                .hasMessageContaining("nested deeper than " + StreetEventsXml.MAX_DEPTH);
    }

    @Test
    void aBillionLaughsIsNeverExpanded() {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n<!ENTITY lol \"lol\">\n");
        for (int i = 1; i < 10; i++) {
            xml.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i - 1) + ";").repeat(10)).append("\">\n");
        }
        xml.append("]>\n<Event><EventStory><Body>&lol9;</Body></EventStory></Event>");
        assertThatThrownBy(() -> StreetEventsXml.read(xml.toString(), "a.xml")).isInstanceOf(TranscriptParseException.class)
                .hasMessageContaining("document type");
    }
}
