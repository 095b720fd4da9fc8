package com.example.consumer;

import io.github.earningscalls.transcript.TranscriptParser;
import io.github.earningscalls.transcript.json.TranscriptJson;
import io.github.earningscalls.transcript.model.CallMetadata;
import io.github.earningscalls.transcript.model.Diagnostic;
import io.github.earningscalls.transcript.model.Exchange;
import io.github.earningscalls.transcript.model.Paragraph;
import io.github.earningscalls.transcript.model.Participant;
import io.github.earningscalls.transcript.model.Section;
import io.github.earningscalls.transcript.model.Transcript;
import io.github.earningscalls.transcript.model.Turn;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Parses a transcript, walks the model, writes its JSON to a file and prints a summary whose lines
 * start with where the library was loaded from, so one build log can hold both runs.
 */
public final class Consumer {
    private static String prefix;

    public static void main(String[] args) throws Exception {
        Module library = TranscriptParser.class.getModule();
        prefix = library.isNamed() ? "[module path] " : "[class path] ";
        print("library module: " + (library.isNamed() ? library.getName() : "unnamed"));
        if (library.isNamed()) {
            print("internal exported: " + library.isExported("io.github.earningscalls.transcript.internal"));
        }
        print("picocli present: " + picocliPresent());
        print("spark present: " + sparkPresent());

        Transcript t = TranscriptParser.parse(Path.of(args[0]));
        CallMetadata m = t.metadata();
        print("call: " + m.ticker() + " " + m.fiscalPeriod().label() + " " + m.eventType() + " " + m.date()
                + " (" + t.source().format() + ")");
        print("participants: " + t.participants().size() + ", first " + describe(t.participants().get(0)));
        int paragraphs = 0;
        int annotations = 0;
        for (Section s : t.sections()) {
            for (Turn turn : s.turns()) {
                for (Paragraph p : turn.paragraphs()) {
                    paragraphs++;
                    annotations += p.annotations().size();
                }
            }
            print("section " + s.kind() + " at line " + s.line() + ": " + s.turns().size() + " turns, "
                    + s.wordCount() + " words, " + s.exchanges().size() + " exchanges");
        }
        print("paragraphs: " + paragraphs + ", annotations: " + annotations);
        Turn firstQuestion = t.turns().stream().filter(turn -> !turn.questions().isEmpty()).findFirst().orElseThrow();
        print("first question: line " + firstQuestion.line() + " " + firstQuestion.speaker() + ": "
                + firstQuestion.questions().get(0));
        for (Section s : t.sections()) {
            for (Exchange e : s.exchanges()) {
                print("exchange: " + e.questionerId() + " lines " + e.startLine() + "-" + e.endLine() + ", "
                        + e.turnIndices().size() + " turns");
                break;
            }
        }
        for (Diagnostic d : t.diagnostics()) {
            print("diagnostic: " + d);
        }

        String json = TranscriptJson.toJson(t, true);
        Files.writeString(Path.of(args[1]), json, StandardCharsets.UTF_8);
        print("json: " + json.length() + " chars, read back equal: " + TranscriptJson.fromJson(json).equals(t));
        try (InputStream schema = TranscriptJson.class.getResourceAsStream(TranscriptJson.SCHEMA_RESOURCE)) {
            print("schema resource readable: " + (schema != null && schema.readAllBytes().length > 0));
        }
    }

    private static String describe(Participant p) {
        return p.id() + " (" + p.name() + ", " + p.role() + ")";
    }

    /** The library's command-line dependency must not reach its users. */
    private static boolean picocliPresent() {
        if (Consumer.class.getModule().isNamed()) {
            return ModuleLayer.boot().findModule("info.picocli").isPresent();
        }
        try {
            Class.forName("picocli.CommandLine");
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }

    /**
     * Nor must Spark, which only the library's spark package uses. Its jars are never modules, so on
     * either path the question is whether the class loader can find it.
     */
    private static boolean sparkPresent() {
        try {
            Class.forName("org.apache.spark.sql.SparkSession");
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }

    private static void print(String line) {
        System.out.println(prefix + line);
    }
}
