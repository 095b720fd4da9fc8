package io.github.earningscalls.transcript.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.earningscalls.transcript.TranscriptParseException;
import io.github.earningscalls.transcript.internal.assemble.Annotations;
import io.github.earningscalls.transcript.internal.assemble.Questions;
import io.github.earningscalls.transcript.internal.diagnostic.DiagnosticCode;
import io.github.earningscalls.transcript.internal.diagnostic.DiagnosticCollector;
import io.github.earningscalls.transcript.internal.input.Html;
import io.github.earningscalls.transcript.internal.input.LineIndex;
import io.github.earningscalls.transcript.internal.input.LineReader;
import io.github.earningscalls.transcript.internal.input.ListItems;
import io.github.earningscalls.transcript.internal.lex.Glue;
import io.github.earningscalls.transcript.internal.lex.RoleMark;
import io.github.earningscalls.transcript.internal.lex.Speakers;
import io.github.earningscalls.transcript.internal.people.Names;
import io.github.earningscalls.transcript.model.Annotation;
import io.github.earningscalls.transcript.model.AnnotationType;
import io.github.earningscalls.transcript.model.Diagnostic;
import io.github.earningscalls.transcript.model.Role;
import io.github.earningscalls.transcript.model.Severity;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The small line helpers the classifiers are built from, each on the cases it exists for. */
class LineHelpersTest {
    @Test
    void lineReaderSplitsAtEveryKindOfBreakAndKeepsOffsets() throws Exception {
        LineIndex lines = LineReader.read("a\r\nbb\rc\n\nd\fe", 5, "s");
        List<String> read = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            read.add(lines.number(i) + "@" + lines.start(i) + "-" + lines.end(i) + (lines.pageStart(i) ? " page " : " ")
                    + lines.line(i));
        }
        assertThat(read).containsExactly("1@0-1 a", "2@3-5 bb", "3@6-7 c", "4@8-8 ", "5@9-10 d", "5@11-12 page e");
        assertThat(LineReader.read("a\n", 5, "s").size()).isEqualTo(1);
        assertThat(LineReader.read("", 5, "s").size()).isZero();
        assertThat(LineReader.read(" \n\t\f\r\n", 5, "s").isBlank()).isTrue();
        assertThat(LineReader.read("12345\n123456", 6, "s").size()).isEqualTo(2);
        assertThatThrownBy(() -> LineReader.read("12345\n123456", 5, "s"))
                .isInstanceOf(TranscriptParseException.class)
                .hasMessage("s:2: line is 6 characters long, which exceeds the maximum allowed (5, "
                        + "from TranscriptParser.Builder.maxLineLength)");
        assertThatThrownBy(() -> LineReader.read("123456", 5, "s")).isInstanceOf(TranscriptParseException.class)
                .hasMessageStartingWith("s:1: line is 6");
    }

    @Test
    void diagnosticsAreSortedByLineAndCapped() {
        DiagnosticCollector c = new DiagnosticCollector(3);
        c.report(DiagnosticCode.SPEAKER_NOT_IN_ROSTER, 9, "nine");
        c.report(DiagnosticCode.EMPTY_TURN, 2, "two");
        c.reportAs(Severity.ERROR, DiagnosticCode.TEXT_BEFORE_FIRST_SPEAKER, 2, "two again");
        c.report(DiagnosticCode.ROLE_INFERRED, 1, "dropped");
        c.report(DiagnosticCode.ROLE_INFERRED, 0, "dropped too");
        assertThat(c.sorted()).extracting(Diagnostic::toString).containsExactly("2: INFO EMPTY_TURN two",
                "2: ERROR TEXT_BEFORE_FIRST_SPEAKER two again", "9: WARNING SPEAKER_NOT_IN_ROSTER nine",
                "0: WARNING DIAGNOSTICS_TRUNCATED 2 more diagnostics "
                        + "were dropped (limit 3, from TranscriptParser.Builder.maxDiagnostics)");
        DiagnosticCollector full = new DiagnosticCollector(2);
        full.report(DiagnosticCode.ROLE_INFERRED, 1, "a");
        full.report(DiagnosticCode.ROLE_INFERRED, 1, "b");
        assertThat(full.sorted()).hasSize(2);
        // An ERROR says the parse is wrong in a large way: past the cap it is still kept.
        full.report(DiagnosticCode.FEW_TURNS, 5, "few");
        assertThat(full.sorted()).extracting(Diagnostic::toString).contains("5: ERROR FEW_TURNS few");
    }

    @Test
    void annotationsAreSquareBracketsOrKnownParentheticals() {
        List<Annotation> found = Annotations.find("Ping [ph] An (Operator Instructions) said (yes) [ ] [x");
        assertThat(found).extracting(Annotation::type, Annotation::text, Annotation::start)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(AnnotationType.PHONETIC, "[ph]", 5),
                        org.assertj.core.groups.Tuple.tuple(AnnotationType.OPERATOR_INSTRUCTIONS, "(Operator Instructions)", 13));
        assertThat(Annotations.find("no marks here")).isEmpty();
        assertThat(Annotations.find("[" + "a".repeat(78) + "]")).hasSize(1);
        assertThat(Annotations.find("[" + "a".repeat(79) + "]")).as("marks are short").isEmpty();
        assertThat(Annotations.find("[[ph]]")).extracting(Annotation::text).containsExactly("[ph]");
        assertThat(Annotations.find("(a (inaudible) b)")).extracting(Annotation::type)
                .containsExactly(AnnotationType.INAUDIBLE);
    }

    @Test
    void annotationKinds() {
        assertThat(Annotations.classify(" Foreign Language ")).isEqualTo(AnnotationType.FOREIGN_LANGUAGE);
        assertThat(Annotations.classify("Interpreted")).isEqualTo(AnnotationType.INTERPRETED);
        assertThat(Annotations.classify("translated")).isEqualTo(AnnotationType.INTERPRETED);
        assertThat(Annotations.classify("indiscernible")).isEqualTo(AnnotationType.INDISCERNIBLE);
        assertThat(Annotations.classify("unintelligible")).isEqualTo(AnnotationType.INDISCERNIBLE);
        assertThat(Annotations.classify("inaudible?")).isEqualTo(AnnotationType.INAUDIBLE);
        assertThat(Annotations.classify("ph.")).isEqualTo(AnnotationType.PHONETIC);
        assertThat(Annotations.classify("sp")).isEqualTo(AnnotationType.PHONETIC);
        assertThat(Annotations.classify("phonetic")).isEqualTo(AnnotationType.PHONETIC);
        assertThat(Annotations.classify("Operator Instructions")).isEqualTo(AnnotationType.OPERATOR_INSTRUCTIONS);
        assertThat(Annotations.classify("Crosstalk")).isEqualTo(AnnotationType.CROSSTALK);
        assertThat(Annotations.classify("multiple speakers")).isEqualTo(AnnotationType.CROSSTALK);
        assertThat(Annotations.classify("Technical Difficulty")).isEqualTo(AnnotationType.TECHNICAL_DIFFICULTY);
        assertThat(Annotations.classify("audio gap")).isEqualTo(AnnotationType.TECHNICAL_DIFFICULTY);
        assertThat(Annotations.classify("break")).isEqualTo(AnnotationType.BREAK);
        assertThat(Annotations.classify("Break in transmission")).isEqualTo(AnnotationType.BREAK);
        assertThat(Annotations.classify("pause")).isEqualTo(AnnotationType.BREAK);
        assertThat(Annotations.classify("breakfast")).isEqualTo(AnnotationType.OTHER);
        assertThat(Annotations.classify("p")).isEqualTo(AnnotationType.OTHER);
    }

    @Test
    void questionsAreTheSentencesThatAsk() {
        assertThat(Questions.find("Thanks. How is pulp pricing trending? And what about freight costs? I ask because."))
                .containsExactly("How is pulp pricing trending?", "And what about freight costs?");
        assertThat(Questions.find("No question here.")).isEmpty();
        assertThat(Questions.find("Is Mr. Smith in the U.S. office? Yes.")).containsExactly("Is Mr. Smith in the U.S. office?");
        assertThat(Questions.find("He said \"why?\" Then left.")).containsExactly("He said \"why?\"");
        assertThat(Questions.find("First line?\nSecond line")).containsExactly("First line?");
        assertThat(Questions.find("Q1?Q2? really?")).containsExactly("Q1?Q2?", "really?");
        assertThat(Questions.find("See fig. 3 for more? ok")).as("an unknown abbreviation ends a sentence")
                .containsExactly("3 for more?");
    }

    @Test
    void speakerLabelsSplitIntoMarkNameAndDetail() {
        assertThat(Speakers.split("Q - Jane Doe - Acme Bank"))
                .isEqualTo(new Speakers.Label("Jane Doe", "Acme Bank", RoleMark.QUESTION));
        assertThat(Speakers.split("A \u2013 John Roe")).isEqualTo(new Speakers.Label("John Roe", null, RoleMark.ANSWER));
        assertThat(Speakers.split("Jane Doe \u2014Acme")).isEqualTo(new Speakers.Label("Jane Doe", "Acme", RoleMark.NONE));
        assertThat(Speakers.split("Jean-Luc Picard")).isEqualTo(new Speakers.Label("Jean-Luc Picard", null, RoleMark.NONE));
        assertThat(Speakers.split("Jane -Doe")).as("a hyphen must be followed by a space")
                .isEqualTo(new Speakers.Label("Jane -Doe", null, RoleMark.NONE));
        assertThat(Speakers.split("Jane Doe -")).isEqualTo(new Speakers.Label("Jane Doe", null, RoleMark.NONE));
        assertThat(Speakers.split("Ping [ph] An - CFO")).isEqualTo(new Speakers.Label("Ping An", "CFO", RoleMark.NONE));
        assertThat(Speakers.findDash("- x")).isEqualTo(-1);
        assertThat(Speakers.findDash("a -- b")).isEqualTo(1);
        assertThat(Speakers.stripBrackets("a [b [c] d] e")).isEqualTo("a e");
        assertThat(Speakers.stripBrackets("a ] b")).isEqualTo("a ] b");
        assertThat(Speakers.letters("Question-and-Answer Session ")).isEqualTo("questionandanswersession");
        for (char c : "-\u2013\u2014\u2012\u2015".toCharArray()) {
            assertThat(Speakers.isDash(c)).isTrue();
        }
        assertThat(Speakers.isDash('_')).isFalse();
    }

    @Test
    void operatorsGenericLabelsAndAbbreviations() {
        for (String s : List.of("Operator", "MODERATOR", "Conference Operator", "Coordinator", "Conference Coordinator",
                "Conference Moderator", "Operator:")) {
            assertThat(Speakers.isOperator(s)).as(s).isTrue();
        }
        assertThat(Speakers.isOperator("Operators")).isFalse();
        assertThat(Speakers.genericRole("Unidentified Analyst")).isEqualTo(Role.ANALYST);
        assertThat(Speakers.genericRole("Unidentified Company Representative")).isEqualTo(Role.CORPORATE);
        assertThat(Speakers.genericRole("Unknown Executive")).isEqualTo(Role.CORPORATE);
        assertThat(Speakers.genericRole("Unidentified Participant")).isEqualTo(Role.ANALYST);
        assertThat(Speakers.genericRole("Audience Member")).isEqualTo(Role.ANALYST);
        assertThat(Speakers.genericRole("Answer")).isEqualTo(Role.CORPORATE);
        assertThat(Speakers.genericRole("Question")).isEqualTo(Role.ANALYST);
        assertThat(Speakers.genericRole("Unidentified Speaker")).isEqualTo(Role.UNKNOWN);
        assertThat(Speakers.genericRole("Speaker")).isEqualTo(Role.UNKNOWN);
        assertThat(Speakers.genericRole("Jane Doe")).isNull();
        assertThat(Speakers.abbreviation("UCR")).isEqualTo("Unidentified Company Representative");
        assertThat(Speakers.abbreviation("UA")).isEqualTo("Unidentified Analyst");
        assertThat(Speakers.abbreviation("UP")).isEqualTo("Unidentified Participant");
        assertThat(Speakers.abbreviation("UNIDENTIFIED SPEAKER")).isEqualTo("Unidentified Speaker");
        assertThat(Speakers.abbreviation("ucr")).isNull();
    }

    @Test
    void namesLookLikeNames() {
        assertThat(Names.looksLikeName("Jane Doe", 2)).isTrue();
        assertThat(Names.looksLikeName("Ludwig van Beethoven", 2)).isTrue();
        assertThat(Names.looksLikeName("D.G. O'Neil-Smith", 2)).isTrue();
        assertThat(Names.looksLikeName("Jane", 2)).isFalse();
        assertThat(Names.looksLikeName("Jane", 1)).isTrue();
        assertThat(Names.looksLikeName("jane doe", 1)).isFalse();
        assertThat(Names.looksLikeName("van Beethoven", 1)).as("a particle may not come first").isFalse();
        assertThat(Names.looksLikeName("Jane Doe2", 1)).isFalse();
        assertThat(Names.looksLikeName("Jane Doe-", 1)).isFalse();
        assertThat(Names.looksLikeName("-Jane Doe", 1)).isFalse();
        assertThat(Names.looksLikeName("Good Morning", 1)).isFalse();
        assertThat(Names.looksLikeName("Good Morning", 1, false)).isTrue();
        assertThat(Names.looksLikeName("A B C D E F", 1)).isTrue();
        assertThat(Names.looksLikeName("A B C D E F G", 1)).isFalse();
        assertThat(Names.looksLikeName("", 1)).isFalse();
        assertThat(Names.looksLikeName("A".repeat(61), 1)).isFalse();
        assertThat(Names.looksLikeName("A".repeat(60), 1)).isTrue();
    }

    @Test
    void nameKeysSlugsAndDistances() {
        assertThat(Names.keyWords("Mr. D.G. Macpherson Jr.")).containsExactly("dg", "macpherson");
        assertThat(Names.keyWords("Dr. Jos\u00E9 O\u2019Neil III")).containsExactly("jose", "oneil");
        assertThat(Names.keyWords("CrÃ©dit Suisse")).containsExactly("credit", "suisse");
        assertThat(Names.keyWords("Mr.")).containsExactly("mr");
        assertThat(Names.key("  Jane   DOE ")).isEqualTo("jane doe");
        assertThat(Names.canonicalGiven("jim")).isEqualTo("james");
        assertThat(Names.canonicalGiven("zelda")).isEqualTo("zelda");
        assertThat(Names.slug("Jos\u00E9 O'Neil, Jr.")).isEqualTo("jose-oneil-jr");
        assertThat(Names.slug("\u738B\u5C0F\u660E")).isEqualTo("speaker");
        assertThat(Names.distance("kitten", "sitting", 5)).isEqualTo(3);
        assertThat(Names.distance("kitten", "sitting", 1)).isEqualTo(2);
        assertThat(Names.distance("abc", "abc", 0)).isZero();
        assertThat(Names.distance("abc", "abcd", 1)).isEqualTo(1);
        assertThat(Names.distance("abc", "abcde", 1)).isEqualTo(2);
        assertThat(Names.distance("", "ab", 2)).isEqualTo(2);
    }

    @Test
    void oneGlueIndexServesManyLinesAndSkipsLabelsTooShortOrTooLongToBeNames() {
        List<String> labels = new java.util.ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            labels.add("Analyst Number " + i + "x");
        }
        String longLabel = "A" + "b".repeat(80);
        labels.addAll(List.of("Jane Doe", "Jane Doe", "Abe", longLabel));
        Glue glue = Glue.of(labels);
        assertThat(glue.find("Thanks.Analyst Number 4711xGood morning.Jane DoeHi."))
                .as("a label among ten thousand, and a label listed twice found once")
                .containsExactly(new Glue.Hit(7, 27), new Glue.Hit(40, 48));
        assertThat(glue.find("Thanks.AbeHello")).as("three letters: too short").isEmpty();
        assertThat(glue.find("Thanks." + longLabel + "Hello")).as("81 characters: too long").isEmpty();
        assertThat(Glue.find("Thanks." + longLabel.substring(1) + "Hello", List.of(longLabel.substring(1))))
                .as("80 characters is still a name").containsExactly(new Glue.Hit(7, 87));
    }

    @Test
    void glueFindsLabelsRunIntoTextOnly() {
        String text = "Please go ahead.Jane DoeThank you. Jane Doe said so.Operator[Operator Instructions]";
        assertThat(Glue.find(text, List.of("Jane Doe", "Operator", "Doe")))
                .containsExactly(new Glue.Hit(16, 24), new Glue.Hit(52, 60));
        assertThat(Glue.find("x.Jane Doe - CFOHello", List.of("Jane Doe", "Jane Doe - CFO")))
                .as("the longest label wins at one place").containsExactly(new Glue.Hit(2, 16));
        assertThat(Glue.find("Jane DoeHello", List.of("Jane Doe"))).containsExactly(new Glue.Hit(0, 8));
        assertThat(Glue.find("said Jane DoeHello", List.of("Jane Doe"))).isEmpty();
        assertThat(Glue.find("x.Jane Doe", List.of("Jane Doe"))).as("not at the end").isEmpty();
        assertThat(Glue.find("x.Jane Doe", List.of())).isEmpty();
        assertThat(Glue.paragraphEnds("Our results.Revenue grew 5%.Margins fell.OK", 0, 43)).containsExactly(12, 28, 43);
        assertThat(Glue.paragraphEnds("U.S.Steel", 0, 9)).containsExactly(9);
    }

    @Test
    void glueOrdersHitsFromAllLabelsAndKeepsAdjacentOnes() {
        String text = "Go ahead.Jane DoeHello.Operator[Operator Instructions]Abcd(ph)AbcX";
        assertThat(Glue.find(text, List.of("Operator", "Jane Doe", "Abcd", "Abc")))
                .as("in text order, whatever the label order; labels under four characters are ignored")
                .containsExactly(new Glue.Hit(9, 17), new Glue.Hit(23, 31), new Glue.Hit(54, 58));
        assertThat(Glue.find("ok.JaneDoeJaneDoe\u201CHi", List.of("JaneDoe")))
                .containsExactly(new Glue.Hit(3, 10), new Glue.Hit(10, 17));
        assertThat(Glue.find("ok.Jane Doe\"Hi", List.of("Jane Doe"))).hasSize(1);
        assertThat(Glue.find("ok.Jane Doe hi", List.of("Jane Doe"))).isEmpty();
        assertThat(Glue.find("ok.Jane Doe1", List.of("Jane Doe"))).isEmpty();
        assertThat(Glue.paragraphEnds("Up 5%.Next grew 7.Then (a).Now ok!So A.Bc", 0, 40))
                .containsExactly(6, 18, 27, 34, 40);
        assertThat(Glue.paragraphEnds("x.Ab.AB.ab", 0, 10)).as("a capital and a small letter must follow")
                .containsExactly(2, 10);
        assertThat(Glue.paragraphEnds("ab.Cd.Ef", 3, 8)).as("only inside the range").containsExactly(6, 8);
        assertThat(Speakers.hasAtMostLetters("Q&A - 1st", 4)).isTrue();
        assertThat(Speakers.hasAtMostLetters("Q&A - 1st", 3)).isFalse();
        assertThat(Speakers.hasAtMostLetters("\u00C9t\u00E9 \u00E0 2021", 4)).as("letters beyond ASCII").isTrue();
        assertThat(Speakers.hasAtMostLetters("\u00C9t\u00E9 \u00E0 2021", 3)).isFalse();
    }

    @Test
    void htmlReferencesAreDecoded() {
        assertThat(Html.unescape("a &amp; b &#39;c&#x2019; &nbsp;&bogus; &#xZZ; &")).isEqualTo("a & b 'c\u2019  &bogus; &#xZZ; &");
        assertThat(Html.unescape("&" + "a".repeat(20) + ";")).isEqualTo("&" + "a".repeat(20) + ";");
        assertThat(Html.unescape("plain")).isEqualTo("plain");
        assertThat(Html.toText("<html><head><title>t</title></head><body><p>One</p><p>Two &amp; three<br>four</p>"
                + "<script>x()</script></body></html>")).isEqualTo("One\nTwo & three\nfour\n");
    }

    @Test
    void oneLineListsAreSplitIntoItems() {
        String list = "[Acme Corp. (NYSE:ACME) Q1 2021 Earnings Call, Executives, Jane Doe - CFO, Acme, Inc., "
                + "John Roe - CEO, Operator, Good morning, everyone. Welcome., Jane Doe, Thanks, operator.]";
        assertThat(ListItems.split(list).split("\n")).containsExactly("Acme Corp. (NYSE:ACME) Q1 2021 Earnings Call",
                "Executives", "Jane Doe - CFO, Acme, Inc.", "John Roe - CEO", "Operator",
                "Good morning, everyone. Welcome.", "Jane Doe", "Thanks, operator.");
        assertThat(ListItems.rosterEntries("Jane Doe - Acme, Inc., John Roe - CFO,"))
                .containsExactly("Jane Doe - Acme, Inc.", "John Roe - CFO");
    }
}
