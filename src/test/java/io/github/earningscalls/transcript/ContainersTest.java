package io.github.earningscalls.transcript;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.earningscalls.transcript.model.Diagnostic;
import io.github.earningscalls.transcript.model.SectionKind;
import io.github.earningscalls.transcript.model.Transcript;
import io.github.earningscalls.transcript.model.Turn;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Transcripts stored inside containers, unwrapped before they are read; all text here is invented. */
class ContainersTest {
    private static List<String> speakers(Transcript t) {
        return t.turns().stream().map(Turn::speaker).toList();
    }

    @Test
    void jsonLdArticleBodyWithAnInlineRoster() throws Exception {
        String json = "{\"@context\":\"https:\\/\\/schema.org\",\"@type\":\"NewsArticle\",\"articleBody\":\""
                + "Pellworth Mills Inc. (NYSE:PWM) Q2 2022 Earnings Conference Call - Final Transcript 2022-07-28T13:00:00+0000 "
                + "Executives Ada Quint - Pellworth Mills Inc., Bo Lindqvist - Pellworth Mills Inc.,  Analysts "
                + "Cyra Moss - Harrow &amp; Finch, Operator -  Welcome to the call. I will hand over to Ada Quint. "
                + "Ada Quint - Pellworth Mills Inc. Thank you. Revenue rose. Bo Lindqvist - Pellworth Mills Inc. Margins held. "
                + "Operator -  Our first question comes from Cyra Moss with Harrow &amp; Finch. "
                + "Cyra Moss - Harrow &amp; Finch What about pricing? Ada Quint - Pellworth Mills Inc. Pricing is firm.\"}";
        Transcript t = TranscriptParser.parse(json);
        assertThat(t.source().format()).isEqualTo(TranscriptFormat.SEEKING_ALPHA);
        assertThat(speakers(t)).containsExactly("Operator", "Ada Quint", "Bo Lindqvist", "Operator", "Cyra Moss", "Ada Quint");
        assertThat(t.participant("cyra-moss").orElseThrow().affiliation()).isEqualTo("Harrow & Finch");
        assertThat(t.metadata().startsAt()).hasToString("2022-07-28T13:00Z");
        assertThat(t.section(SectionKind.QUESTIONS_AND_ANSWERS)).isPresent();
        assertThat(t.diagnostics()).extracting(Diagnostic::code).contains("UNWRAPPED");
    }

    @Test
    void htmlPageWithATranslationColumnKeepsTheOriginal() throws Exception {
        StringBuilder html = new StringBuilder("<html><head><title>x</title><style>p { color: red; }</style></head><body><table>");
        String[][] rows = {
            {"Quellbrook Foods (NASDAQ:QBF) Q3 2024 Earnings Conference Call November 6, 2024 4:30 PM ET", "번역 헤더"},
            {"Company Participants<br>Ines Vale - Chief Executive Officer", "회사 참석자"},
            {"Conference Call Participants<br>Tomas Reyes - Ardent Capital", "컨퍼런스 참석자"},
            {"Operator<br>Welcome. Our first question comes from Tomas Reyes with Ardent Capital.", "환영합니다"},
            {"Question-and-Answer Session", "질의응답"},
            {"Tomas Reyes<br>How are volumes trending?", "물량은 어떻습니까?"},
            {"Ines Vale<br>Volumes are up &amp; steady.", "물량은 증가했습니다"}};
        for (String[] r : rows) {
            html.append("<tr><td>").append(r[0]).append("</td><td>").append(r[1]).append("</td></tr>\n");
        }
        html.append("</table></body></html>");
        Transcript t = TranscriptParser.parse(html.toString());
        assertThat(speakers(t)).containsExactly("Operator", "Tomas Reyes", "Ines Vale");
        assertThat(t.turns().get(2).paragraphs().get(0).text()).isEqualTo("Volumes are up & steady.");
        assertThat(t.metadata().ticker()).isEqualTo("QBF");
    }

    @Test
    void aParagraphListOnOneLineIsSplitAtSentencesHeadingsAndSpeakers() throws Exception {
        String text = "Title: \nSomething\nContent: \n[Kestrel Tools Inc. (NYSE:KTL) Q4 2019 Earnings Conference Call "
                + "February 4, 2020 10:00 AM ET, Executives, Ravi Anand – Chief Executive Officer, Analysts, "
                + "Lena Ortiz – Bay, Lynch & Co., Operator, Good morning, and welcome., Ravi Anand, Thanks, everyone. "
                + "Sales grew, and margins, too., Question-and-Answer Session, Operator, Our first question is from Lena Ortiz., "
                + "Lena Ortiz, Could you talk about margins, please?, Ravi Anand, Yes, they expanded.]\n";
        Transcript t = TranscriptParser.parse(text.repeat(1).replace("Something", "x".repeat(10)).replace(
                "Good morning, and welcome.", "Good morning, and welcome. " + "We will discuss results. ".repeat(80)));
        assertThat(speakers(t)).containsExactly("Operator", "Ravi Anand", "Operator", "Lena Ortiz", "Ravi Anand");
        assertThat(t.turns().get(1).paragraphs().get(0).text()).isEqualTo("Thanks, everyone. Sales grew, and margins, too.");
        assertThat(t.participant("lena-ortiz").orElseThrow().affiliation()).isEqualTo("Bay, Lynch & Co.");
    }

    @Test
    void textWithoutLineBreaksIsSplitAtGluedSpeakerLabels() throws Exception {
        String turn = "We had a fine quarter and we expect more of the same. ".repeat(100);
        String text = "Operator: Good day and welcome.Mara Kell - Fenwick Corp.: " + turn
                + "Operator: Our first question comes from Dov Aron with Pike Research.Dov Aron: How is demand?"
                + "Mara Kell - Fenwick Corp.: Demand is strong.Dov Aron: Thanks.Operator: That ends the call. "
                + "Mara Kell - Fenwick Corp.: Goodbye." + "Operator: Thank you.";
        Transcript t = TranscriptParser.parse(text);
        assertThat(t.source().format()).isEqualTo(TranscriptFormat.INLINE_SPEAKERS);
        assertThat(speakers(t)).containsExactly("Operator", "Mara Kell", "Operator", "Dov Aron", "Mara Kell", "Dov Aron",
                "Operator", "Mara Kell", "Operator");
        assertThat(t.participant("mara-kell").orElseThrow().affiliation()).isEqualTo("Fenwick Corp.");
    }
}
