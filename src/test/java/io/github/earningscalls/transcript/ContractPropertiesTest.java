package io.github.earningscalls.transcript;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.earningscalls.transcript.json.TranscriptJson;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;

/**
 * Property-based checks of the parser's contract on hostile and broken input: random text and
 * bytes, and the bundled samples and corpus files with lines shuffled, deleted, duplicated,
 * truncated or with mangled speaker lines. For every input the parse returns a sound transcript
 * (JSON round trip included) or throws a {@link TranscriptParseException} naming the source.
 */
class ContractPropertiesTest {
    private static final TranscriptParser PARSER = TranscriptParser.builder().build();
    private static final TranscriptParser STRICT = TranscriptParser.builder().strict(true).build();
    private static final List<Path> DOCUMENTS = Inputs.documents();

    /** Pieces of real layouts, so that random text reaches deep into the classifiers. */
    private static final List<String> TOKENS = List.of(
            "Acme Corp. (NYSE:ACME) Q1 2021 Earnings Conference Call May 11, 2021 9:00 PM ET", "Company Participants",
            "Conference Call Participants", "Executives", "Analysts", "Jane Doe - Chief Executive Officer",
            "John Roe - Acme Bank", "Jane Doe", "John Roe", "Operator", "Question-and-Answer Session",
            "Prepared Remarks:", "Questions and Answers:", "Call participants:", "Presentation", "Q - ", "A - ",
            "Jane Doe -- Analyst", "[Operator Instructions]", "(Operator Instructions)", "[ph]", "[indiscernible]",
            "(", ")", "[", "]", " - ", "\u2014", "\u2013", "Ã©", "â€™", "CrÃ©dit Suisse", "Moderator:", "Jane Doe:",
            "JANE DOE, CFO, ACME CORP.:", "UCR:", "Unidentified Analyst", "<br>", "<p>", "&amp;", "&#x2019;",
            "{\"articleBody\": \"", "\"}", "[Header, Executives, ", ", Operator, ", "Page 3 of 11", "....................",
            "Good morning.", "Thank you.", "What about margins?", "Copyright Policy: none", "Q1", "F3Q10", "FY 2024",
            "\u00A0", "\uFEFF", "\t", "?", ".", ":", "1", "\u20AC", "\uD83D\uDE00", "Full Conference Call Transcript",
            "MANAGEMENT DISCUSSION SECTION", "QUESTION AND ANSWER SECTION", "\u0130stanbul", "\u212Aelvin");

    @Property(tries = 200)
    void randomTextGivesATranscriptOrAParseException(@ForAll @StringLength(max = 3000) String text) {
        Inputs.check(PARSER, "random.txt", text);
    }

    @Property(tries = 200)
    void randomTokenSoupGivesATranscriptOrAParseException(@ForAll("tokenSoup") String text) {
        Inputs.Outcome o = Inputs.check(PARSER, "soup.txt", text);
        Inputs.Outcome strict = Inputs.parse("soup.txt", "strict", () -> STRICT.read(text, "soup.txt"));
        if (o.failure() != null) {
            // Strictness only adds failures.
            assertThat(strict.failure()).isNotNull();
        }
    }

    @Property(tries = 200)
    void randomBytesGiveATranscriptOrAParseException(@ForAll("byteInputs") byte[] bytes) throws Exception {
        Inputs.Outcome o = Inputs.check(PARSER, "random.bin", bytes);
        // A stream of the same bytes is read the same way.
        Inputs.Outcome streamed = Inputs.parse("random.bin", "stream",
                () -> PARSER.read(new ByteArrayInputStream(bytes), "random.bin"));
        assertThat(streamed.failure() == null).isEqualTo(o.failure() == null);
        if (o.transcript() != null) {
            assertThat(TranscriptJson.toJson(streamed.transcript())).isEqualTo(TranscriptJson.toJson(o.transcript()));
        } else {
            assertThat(streamed.failure()).hasMessage(o.failure().getMessage());
        }
    }

    @Property(tries = 150)
    void mutatedDocumentsGiveATranscriptOrAParseException(@ForAll("documents") Path doc, @ForAll long seed) {
        String text = mutateLines(Inputs.text(doc), new Random(seed));
        Inputs.Outcome o = Inputs.check(PARSER, doc.getFileName().toString(), text);
        Inputs.Outcome viaReader = Inputs.parse(doc.getFileName().toString(), "reader",
                () -> PARSER.read(new StringReader(text), doc.getFileName().toString()));
        assertThat(viaReader.transcript()).isEqualTo(o.transcript());
    }

    @Property(tries = 150)
    void documentsTruncatedAtRandomBytesGiveATranscriptOrAParseException(@ForAll("documents") Path doc,
                                                                         @ForAll long seed) {
        byte[] bytes = Inputs.text(doc).getBytes(StandardCharsets.UTF_8);
        int cut = new Random(seed).nextInt(bytes.length + 1);
        // Cutting inside a multi-byte character leaves invalid UTF-8: the Windows-1252 fallback must cope.
        Inputs.check(PARSER, "cut.txt", Arrays.copyOf(bytes, cut));
    }

    @Property(tries = 150)
    void documentsWithMangledSpeakerLinesGiveATranscriptOrAParseException(@ForAll("documents") Path doc,
                                                                           @ForAll long seed) {
        Random random = new Random(seed);
        List<String> lines = new ArrayList<>(Arrays.asList(Inputs.text(doc).split("\n", -1)));
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).trim();
            if (!line.isEmpty() && line.length() < 80 && random.nextInt(3) == 0) {
                lines.set(i, mangle(line, random));
            }
        }
        Inputs.check(PARSER, "mangled.txt", String.join("\n", lines));
    }

    @Provide
    Arbitrary<Path> documents() {
        return Arbitraries.of(DOCUMENTS);
    }

    @Provide
    Arbitrary<String> tokenSoup() {
        Arbitrary<String> separator = Arbitraries.of("\n", "\n", "\n", " ", "", "\r\n", "\r", "\n\n", ", ", ": ");
        return Arbitraries.of(TOKENS).list().ofMaxSize(120)
                .flatMap(tokens -> separator.list().ofSize(tokens.size()).map(seps -> {
                    StringBuilder sb = new StringBuilder();
                    for (int i = 0; i < tokens.size(); i++) {
                        sb.append(tokens.get(i)).append(seps.get(i));
                    }
                    return sb.toString();
                }));
    }

    @Provide
    Arbitrary<byte[]> byteInputs() {
        Arbitrary<byte[]> any = Arbitraries.bytes().array(byte[].class).ofMaxSize(4000);
        Arbitrary<byte[]> prefix = Arbitraries.of(new byte[0], new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                new byte[] {(byte) 0xFE, (byte) 0xFF}, new byte[] {(byte) 0xFF, (byte) 0xFE});
        Arbitrary<byte[]> textLike = tokenSoup().flatMap(s -> Arbitraries.of(StandardCharsets.UTF_8,
                StandardCharsets.UTF_16BE, StandardCharsets.UTF_16LE, StandardCharsets.ISO_8859_1).map(s::getBytes));
        return Arbitraries.oneOf(any, textLike).flatMap(body -> prefix.map(p -> concat(p, body)));
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    /** Shuffles a stretch, deletes, duplicates and truncates lines, and cuts the text short. */
    static String mutateLines(String text, Random random) {
        List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
        int ops = 1 + random.nextInt(6);
        for (int k = 0; k < ops && !lines.isEmpty(); k++) {
            int i = random.nextInt(lines.size());
            switch (random.nextInt(5)) {
                case 0 -> {
                    int j = Math.min(lines.size(), i + 1 + random.nextInt(40));
                    Collections.shuffle(lines.subList(i, j), random);
                }
                case 1 -> lines.subList(i, Math.min(lines.size(), i + 1 + random.nextInt(20))).clear();
                case 2 -> lines.addAll(i, new ArrayList<>(lines.subList(i, Math.min(lines.size(), i + 1 + random.nextInt(20)))));
                case 3 -> {
                    String l = lines.get(i);
                    lines.set(i, l.substring(0, random.nextInt(l.length() + 1)));
                }
                default -> lines.subList(i, lines.size()).clear();
            }
        }
        String out = String.join(random.nextBoolean() ? "\n" : "\r\n", lines);
        return random.nextInt(4) == 0 ? out.substring(0, random.nextInt(out.length() + 1)) : out;
    }

    /** Case changes, extra spaces, dashes and brackets on a (speaker) line. */
    static String mangle(String line, Random random) {
        return switch (random.nextInt(8)) {
            case 0 -> line.toUpperCase(Locale.ROOT);
            case 1 -> line.toLowerCase(Locale.ROOT);
            case 2 -> line.replace(" ", "   ") + "  ";
            case 3 -> line + " - " + (random.nextBoolean() ? "Analyst" : "");
            case 4 -> "[" + line + "]";
            case 5 -> "Q - " + line;
            case 6 -> line + ":";
            default -> " \u2014 " + line.replace(' ', '\u00A0');
        };
    }
}
