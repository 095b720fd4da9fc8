package io.github.earningscalls.transcript.json;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.earningscalls.transcript.TranscriptFormat;
import io.github.earningscalls.transcript.model.Annotation;
import io.github.earningscalls.transcript.model.AnnotationType;
import io.github.earningscalls.transcript.model.CallMetadata;
import io.github.earningscalls.transcript.model.MetadataField;
import io.github.earningscalls.transcript.model.MetadataSource;
import io.github.earningscalls.transcript.model.Diagnostic;
import io.github.earningscalls.transcript.model.EventType;
import io.github.earningscalls.transcript.model.Exchange;
import io.github.earningscalls.transcript.model.FiscalPeriod;
import io.github.earningscalls.transcript.model.Paragraph;
import io.github.earningscalls.transcript.model.Participant;
import io.github.earningscalls.transcript.model.Quality;
import io.github.earningscalls.transcript.model.Role;
import io.github.earningscalls.transcript.model.Section;
import io.github.earningscalls.transcript.model.SectionKind;
import io.github.earningscalls.transcript.model.Severity;
import io.github.earningscalls.transcript.model.SourceInfo;
import io.github.earningscalls.transcript.model.Transcript;
import io.github.earningscalls.transcript.model.Turn;
import io.github.earningscalls.transcript.model.TurnKind;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Writes a {@link Transcript} as the documented JSON document and reads it back.
 *
 * <pre>{@code
 * String json = TranscriptJson.toJson(transcript);
 * Transcript same = TranscriptJson.fromJson(json);   // equals(transcript)
 * }</pre>
 *
 * <p>The field names are a public contract: later versions add fields but never rename or drop
 * one, and raise {@link #SCHEMA_VERSION} when the shape changes. Fields that the model derives
 * (word counts, plain text, turn indices, the quality summary) are written for convenience and ignored on reading, as
 * are fields this version does not know. The JSON Schema is the resource
 * {@code /io/github/earningscalls/transcript/json/transcript.schema.json}.
 *
 * <p>Output is deterministic: the same transcript gives the same bytes. This class is thread-safe.
 *
 * @since 0.1.0
 */
public final class TranscriptJson {
    /** The version of the JSON shape written into {@code schemaVersion}. */
    public static final String SCHEMA_VERSION = "1.2";

    /** Where the JSON Schema lives on the class path. */
    public static final String SCHEMA_RESOURCE = "/io/github/earningscalls/transcript/json/transcript.schema.json";

    /** Writing needs only the streaming layer, a small fraction of the classes a mapper loads. */
    private static final JsonFactory FACTORY = new JsonFactory();

    /**
     * The mapper, for reading only, built on first use: its set-up loads some 300 classes, which a
     * command-line run that only writes JSON would pay for at start-up and never use.
     */
    private static final class Mapper {
        static final ObjectMapper INSTANCE = JsonMapper.builder(JsonFactory.builder()
                        .streamReadConstraints(StreamReadConstraints.builder()
                                .maxNestingDepth(64)
                                .maxStringLength(64 * 1024 * 1024)
                                .maxNumberLength(32)
                                .build())
                        .build())
                .build();
    }

    private TranscriptJson() {
    }

    /**
     * Writes the transcript as compact JSON.
     *
     * @param transcript the transcript
     * @return the JSON document
     */
    public static String toJson(Transcript transcript) {
        return toJson(transcript, false);
    }

    /**
     * Writes the transcript as JSON, indented when {@code pretty}.
     *
     * @param transcript the transcript
     * @param pretty     whether to indent the output, two spaces a level
     * @return the JSON document
     */
    public static String toJson(Transcript transcript, boolean pretty) {
        StringWriter w = new StringWriter(8192);
        try {
            write(transcript, w, pretty);
        } catch (IOException e) {
            throw new UncheckedIOException("a StringWriter does not fail", e);
        }
        return w.toString();
    }

    /**
     * Streams the transcript as JSON to a writer, which is flushed but not closed.
     *
     * @param transcript the transcript
     * @param out        where to write
     * @param pretty     whether to indent the output
     * @throws IOException if writing fails
     */
    public static void write(Transcript transcript, Writer out, boolean pretty) throws IOException {
        Objects.requireNonNull(out, "out");
        try (JsonGenerator g = generator(FACTORY.createGenerator(out), pretty)) {
            writeTranscript(Objects.requireNonNull(transcript, "transcript"), g);
        }
    }

    /**
     * Streams the transcript as UTF-8 JSON to a stream, which is flushed but not closed.
     *
     * @param transcript the transcript
     * @param out        where to write
     * @param pretty     whether to indent the output
     * @throws IOException if writing fails
     */
    public static void write(Transcript transcript, OutputStream out, boolean pretty) throws IOException {
        Objects.requireNonNull(out, "out");
        try (JsonGenerator g = generator(FACTORY.createGenerator(out, JsonEncoding.UTF8), pretty)) {
            writeTranscript(Objects.requireNonNull(transcript, "transcript"), g);
        }
    }

    private static JsonGenerator generator(JsonGenerator g, boolean pretty) {
        g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        if (pretty) {
            DefaultPrettyPrinter pp = new DefaultPrettyPrinter()
                    .withArrayIndenter(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE.withLinefeed("\n"))
                    .withObjectIndenter(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE.withLinefeed("\n"));
            g.setPrettyPrinter(pp);
        }
        return g;
    }

    private static void writeTranscript(Transcript t, JsonGenerator g) throws IOException {
        SourceInfo s = t.source();
        g.writeStartObject();
        g.writeStringField("schemaVersion", SCHEMA_VERSION);
        g.writeStringField("format", s.format().name());
        g.writeNumberField("formatConfidence", s.formatConfidence());
        writeQuality(t.quality(), g);
        g.writeObjectFieldStart("source");
        g.writeStringField("name", s.name());
        g.writeStringField("charset", s.charset());
        g.writeNumberField("bytes", s.byteCount());
        g.writeNumberField("lines", s.lineCount());
        g.writeStringField("sha256", s.sha256());
        g.writeStringField("fingerprint", s.fingerprint());
        g.writeEndObject();
        writeMetadata(t.metadata(), g);
        writeMetadataSources(t.metadata(), g);
        // Each paragraph's words counted once, for itself, its turn, its section and its speaker (asking the
        // transcript per participant would cost participants x turns); summed per participant without boxing.
        List<Section> sections = t.sections();
        int[][] turnWords = new int[sections.size()][];
        int[][][] paragraphWords = new int[sections.size()][][];
        Map<String, int[]> words = new HashMap<>();
        for (int i = 0; i < sections.size(); i++) {
            List<Turn> turns = sections.get(i).turns();
            turnWords[i] = new int[turns.size()];
            paragraphWords[i] = new int[turns.size()][];
            for (int k = 0; k < turns.size(); k++) {
                Turn turn = turns.get(k);
                List<Paragraph> paragraphs = turn.paragraphs();
                int[] counts = new int[paragraphs.size()];
                int sum = 0;
                for (int j = 0; j < counts.length; j++) {
                    counts[j] = paragraphs.get(j).wordCount();
                    sum += counts[j];
                }
                paragraphWords[i][k] = counts;
                turnWords[i][k] = sum;
                words.computeIfAbsent(turn.speakerId(), id -> new int[1])[0] += sum;
            }
        }
        g.writeArrayFieldStart("participants");
        for (Participant p : t.participants()) {
            g.writeStartObject();
            g.writeStringField("id", p.id());
            g.writeStringField("name", p.name());
            g.writeStringField("title", p.title());
            g.writeStringField("affiliation", p.affiliation());
            g.writeStringField("role", p.role().name());
            g.writeBooleanField("listed", p.listed());
            int[] spoken = words.get(p.id());
            g.writeNumberField("wordCount", spoken == null ? 0 : spoken[0]);
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("sections");
        for (int i = 0; i < sections.size(); i++) {
            writeSection(sections.get(i), turnWords[i], paragraphWords[i], g);
        }
        g.writeEndArray();
        g.writeArrayFieldStart("diagnostics");
        for (Diagnostic d : t.diagnostics()) {
            g.writeStartObject();
            g.writeStringField("severity", d.severity().name());
            g.writeStringField("code", d.code());
            g.writeNumberField("line", d.line());
            g.writeStringField("message", d.message());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void writeQuality(Quality q, JsonGenerator g) throws IOException {
        g.writeObjectFieldStart("quality");
        g.writeStringField("verdict", q.verdict().name());
        g.writeNumberField("errors", q.errors());
        g.writeNumberField("warnings", q.warnings());
        g.writeNumberField("speakers", q.speakers());
        g.writeNumberField("speakersUnknownRole", q.speakersUnknownRole());
        g.writeNumberField("speakersNotListed", q.speakersNotListed());
        g.writeNumberField("turns", q.turns());
        g.writeNumberField("turnsUnknownRole", q.turnsUnknownRole());
        g.writeNumberField("wordsUnknownRole", q.wordsUnknownRole());
        g.writeObjectFieldStart("codes");
        for (Map.Entry<String, Integer> e : q.codes().entrySet()) {
            g.writeNumberField(e.getKey(), e.getValue());
        }
        g.writeEndObject();
        g.writeEndObject();
    }

    private static void writeMetadata(CallMetadata m, JsonGenerator g) throws IOException {
        g.writeObjectFieldStart("metadata");
        g.writeStringField("title", m.title());
        g.writeStringField("company", m.company());
        g.writeStringField("ticker", m.ticker());
        g.writeStringField("exchange", m.exchange());
        FiscalPeriod fp = m.fiscalPeriod();
        if (fp == null) {
            g.writeNullField("fiscalPeriod");
        } else {
            g.writeObjectFieldStart("fiscalPeriod");
            writeInteger(g, "quarter", fp.quarter());
            writeInteger(g, "year", fp.year());
            g.writeStringField("label", fp.label());
            g.writeEndObject();
        }
        g.writeStringField("eventType", m.eventType().name());
        g.writeStringField("date", m.date() == null ? null : m.date().toString());
        g.writeStringField("time", m.time() == null ? null : m.time().format(DateTimeFormatter.ofPattern("HH:mm")));
        g.writeStringField("timeZone", m.timeZone());
        g.writeStringField("startsAt", m.startsAt() == null ? null
                : m.startsAt().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        g.writeStringField("headline", m.headline());
        g.writeStringField("version", m.version());
        g.writeStringField("lastUpdate", m.lastUpdate() == null ? null
                : m.lastUpdate().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        g.writeStringField("cusip", m.cusip());
        g.writeStringField("isin", m.isin());
        g.writeStringField("sedol", m.sedol());
        g.writeEndObject();
    }

    /** {@code "metadataSources": {"ticker": {"origin": "TEXT", "line": 1}, "date": {"origin": "CALLER"}}}, since 1.1. */
    private static void writeMetadataSources(CallMetadata m, JsonGenerator g) throws IOException {
        g.writeObjectFieldStart("metadataSources");
        for (Map.Entry<MetadataField, MetadataSource> e : m.sources().entrySet()) {
            g.writeObjectFieldStart(e.getKey().jsonName());
            g.writeStringField("origin", e.getValue().origin().name());
            if (e.getValue().origin() == MetadataSource.Origin.TEXT) {
                g.writeNumberField("line", e.getValue().line());
            }
            g.writeEndObject();
        }
        g.writeEndObject();
    }

    private static void writeSection(Section sec, int[] turnWords, int[][] paragraphWords, JsonGenerator g)
            throws IOException {
        g.writeStartObject();
        g.writeStringField("kind", sec.kind().name());
        g.writeNumberField("line", sec.line());
        int sectionWords = 0;
        for (int w : turnWords) {
            sectionWords += w;
        }
        g.writeNumberField("wordCount", sectionWords);
        g.writeArrayFieldStart("turns");
        List<Turn> turns = sec.turns();
        for (int index = 0; index < turns.size(); index++) {
            writeTurn(turns.get(index), index, turnWords[index], paragraphWords[index], g);
        }
        g.writeEndArray();
        g.writeArrayFieldStart("exchanges");
        for (Exchange e : sec.exchanges()) {
            g.writeStartObject();
            g.writeStringField("questionerId", e.questionerId());
            g.writeNumberField("startLine", e.startLine());
            g.writeNumberField("endLine", e.endLine());
            g.writeArrayFieldStart("turnIndices");
            for (int i : e.turnIndices()) {
                g.writeNumber(i);
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void writeTurn(Turn turn, int index, int words, int[] paragraphWords, JsonGenerator g)
            throws IOException {
        g.writeStartObject();
        g.writeNumberField("index", index);
        g.writeStringField("speakerId", turn.speakerId());
        g.writeStringField("speaker", turn.speaker());
        g.writeStringField("speakerLabel", turn.speakerLabel());
        g.writeStringField("role", turn.role().name());
        g.writeStringField("kind", turn.kind().name());
        g.writeNumberField("line", turn.line());
        g.writeNumberField("endLine", turn.endLine());
        g.writeNumberField("wordCount", words);
        g.writeArrayFieldStart("questions");
        for (String q : turn.questions()) {
            g.writeString(q);
        }
        g.writeEndArray();
        g.writeArrayFieldStart("paragraphs");
        List<Paragraph> paragraphs = turn.paragraphs();
        for (int j = 0; j < paragraphs.size(); j++) {
            writeParagraph(paragraphs.get(j), paragraphWords[j], g);
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void writeParagraph(Paragraph p, int words, JsonGenerator g) throws IOException {
        g.writeStartObject();
        g.writeNumberField("line", p.line());
        g.writeNumberField("endLine", p.endLine());
        g.writeNumberField("start", p.start());
        g.writeNumberField("end", p.end());
        g.writeStringField("text", p.text());
        g.writeStringField("plainText", p.plainText());
        g.writeNumberField("wordCount", words);
        g.writeArrayFieldStart("annotations");
        for (Annotation a : p.annotations()) {
            writeAnnotation(a, g);
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void writeAnnotation(Annotation a, JsonGenerator g) throws IOException {
        g.writeStartObject();
        g.writeStringField("type", a.type().name());
        g.writeStringField("text", a.text());
        g.writeNumberField("start", a.start());
        g.writeNumberField("end", a.end());
        g.writeEndObject();
    }

    private static void writeInteger(JsonGenerator g, String name, Integer value) throws IOException {
        if (value == null) {
            g.writeNullField(name);
        } else {
            g.writeNumberField(name, value);
        }
    }

    /**
     * Reads a transcript from JSON written by {@link #toJson}.
     *
     * @param json the JSON document
     * @return the transcript, equal to the one that was written
     * @throws IOException if the text is not JSON, breaks the reading limits, or is not a transcript
     *                     document; the message names the offending path, such as
     *                     {@code $.sections[0].turns[3].speakerId}
     */
    public static Transcript fromJson(String json) throws IOException {
        return fromTree(Mapper.INSTANCE.readTree(Objects.requireNonNull(json, "json")));
    }

    /**
     * Reads a transcript from a reader, which is not closed.
     *
     * @param in the JSON document
     * @return the transcript
     * @throws IOException as {@link #fromJson(String)}, or if reading fails
     */
    public static Transcript read(Reader in) throws IOException {
        return fromTree(Mapper.INSTANCE.readTree(Objects.requireNonNull(in, "in")));
    }

    /**
     * Reads a transcript from a UTF-8 stream, which is not closed.
     *
     * @param in the JSON document
     * @return the transcript
     * @throws IOException as {@link #fromJson(String)}, or if reading fails
     */
    public static Transcript read(InputStream in) throws IOException {
        return fromTree(Mapper.INSTANCE.readTree(Objects.requireNonNull(in, "in")));
    }

    private static Transcript fromTree(JsonNode root) throws IOException {
        if (root == null || !root.isObject()) {
            throw new InvalidTranscriptJsonException("$", "the document is not a JSON object");
        }
        Reading r = new Reading();
        JsonNode src = r.object(root, "source", "$");
        TranscriptFormat format = r.enumValue(root, "format", "$", TranscriptFormat::valueOf);
        SourceInfo source = Reading.guard("$", () -> new SourceInfo(r.string(src, "name", "$.source"), format,
                root.path("formatConfidence").asDouble(1.0), r.string(src, "charset", "$.source"),
                r.number(src, "bytes", "$.source"), r.integer(src, "lines", "$.source"),
                r.string(src, "sha256", "$.source"), r.string(src, "fingerprint", "$.source")));
        CallMetadata metadata = r.metadata(r.object(root, "metadata", "$"), root.get("metadataSources"));
        List<Participant> participants = new ArrayList<>();
        int i = 0;
        for (JsonNode p : r.array(root, "participants", "$")) {
            String at = "$.participants[" + i++ + "]";
            participants.add(new Participant(r.string(p, "id", at), r.string(p, "name", at),
                    r.optString(p, "title"), r.optString(p, "affiliation"),
                    r.enumValue(p, "role", at, Role::valueOf), r.bool(p, "listed", at)));
        }
        List<Section> sections = new ArrayList<>();
        i = 0;
        for (JsonNode s : r.array(root, "sections", "$")) {
            sections.add(r.section(s, "$.sections[" + i++ + "]"));
        }
        List<Diagnostic> diagnostics = new ArrayList<>();
        i = 0;
        for (JsonNode d : r.array(root, "diagnostics", "$")) {
            String at = "$.diagnostics[" + i++ + "]";
            diagnostics.add(Reading.guard(at, () -> new Diagnostic(r.enumValue(d, "severity", at, Severity::valueOf),
                    r.string(d, "code", at), r.integer(d, "line", at), r.string(d, "message", at))));
        }
        try {
            return new Transcript(source, metadata, participants, sections, diagnostics);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new InvalidTranscriptJsonException("$", e.getMessage());
        }
    }

    /** Field access that names the JSON path of whatever is missing or malformed. */
    private static final class Reading {
        JsonNode object(JsonNode parent, String field, String at) throws IOException {
            JsonNode n = parent.get(field);
            if (n == null || !n.isObject()) {
                throw new InvalidTranscriptJsonException(at + "." + field, "expected an object");
            }
            return n;
        }

        Iterable<JsonNode> array(JsonNode parent, String field, String at) throws IOException {
            JsonNode n = parent.get(field);
            if (n == null || !n.isArray()) {
                throw new InvalidTranscriptJsonException(at + "." + field, "expected an array");
            }
            return n;
        }

        String string(JsonNode parent, String field, String at) throws IOException {
            JsonNode n = parent.get(field);
            if (n == null || !n.isTextual()) {
                throw new InvalidTranscriptJsonException(at + "." + field, "expected a string");
            }
            return n.textValue();
        }

        String optString(JsonNode parent, String field) {
            JsonNode n = parent.get(field);
            return n == null || !n.isTextual() ? null : n.textValue();
        }

        long number(JsonNode parent, String field, String at) throws IOException {
            JsonNode n = parent.get(field);
            if (n == null || !n.canConvertToLong() || !n.isIntegralNumber()) {
                throw new InvalidTranscriptJsonException(at + "." + field, "expected a whole number");
            }
            return n.longValue();
        }

        int integer(JsonNode parent, String field, String at) throws IOException {
            JsonNode n = parent.get(field);
            if (n != null && n.isIntegralNumber() && !n.canConvertToInt()) {
                throw new InvalidTranscriptJsonException(at + "." + field, "the number " + n + " is out of range");
            }
            return (int) number(parent, field, at);
        }

        /** Annotations must lie, in order, inside their paragraph's text and repeat what they cover. */
        void checkAnnotations(String text, List<Annotation> annotations, String at) throws IOException {
            int from = 0;
            for (int i = 0; i < annotations.size(); i++) {
                Annotation a = annotations.get(i);
                if (a.start() < from || a.end() > text.length() || !text.startsWith(a.text(), a.start())) {
                    throw new InvalidTranscriptJsonException(at + ".annotations[" + i + "]", "offsets " + a.start()
                            + ".." + a.end() + " do not cover '" + a.text() + "' in the paragraph's text, after the "
                            + "annotation before");
                }
                from = a.end();
            }
        }

        Integer optInt(JsonNode parent, String field, String at) throws IOException {
            JsonNode n = parent.get(field);
            if (n == null || n.isNull()) {
                return null;
            }
            if (!n.isIntegralNumber() || !n.canConvertToInt()) {
                throw new InvalidTranscriptJsonException(at + "." + field, "expected a whole number or null");
            }
            return n.intValue();
        }

        boolean bool(JsonNode parent, String field, String at) throws IOException {
            JsonNode n = parent.get(field);
            if (n == null || !n.isBoolean()) {
                throw new InvalidTranscriptJsonException(at + "." + field, "expected true or false");
            }
            return n.booleanValue();
        }

        <E> E enumValue(JsonNode parent, String field, String at, Function<String, E> valueOf) throws IOException {
            String s = string(parent, field, at);
            try {
                return valueOf.apply(s);
            } catch (IllegalArgumentException e) {
                throw new InvalidTranscriptJsonException(at + "." + field, "unknown value '" + s + "'");
            }
        }

        <T> T parsed(JsonNode parent, String field, String at, Function<String, T> parse) throws IOException {
            String s = optString(parent, field);
            if (s == null) {
                return null;
            }
            try {
                return parse.apply(s);
            } catch (DateTimeParseException e) {
                throw new InvalidTranscriptJsonException(at + "." + field, "'" + s + "' is not a valid value");
            }
        }

        CallMetadata metadata(JsonNode m, JsonNode sourcesNode) throws IOException {
            String at = "$.metadata";
            FiscalPeriod fp = null;
            JsonNode f = m.get("fiscalPeriod");
            if (f != null && f.isObject()) {
                try {
                    fp = new FiscalPeriod(optInt(f, "quarter", at + ".fiscalPeriod"), optInt(f, "year", at + ".fiscalPeriod"),
                            string(f, "label", at + ".fiscalPeriod"));
                } catch (IllegalArgumentException e) {
                    throw new InvalidTranscriptJsonException(at + ".fiscalPeriod", e.getMessage());
                }
            }
            return new CallMetadata(optString(m, "title"), optString(m, "company"), optString(m, "ticker"),
                    optString(m, "exchange"), fp, enumValue(m, "eventType", at, EventType::valueOf),
                    parsed(m, "date", at, LocalDate::parse), parsed(m, "time", at, LocalTime::parse),
                    optString(m, "timeZone"), parsed(m, "startsAt", at, OffsetDateTime::parse),
                    optString(m, "headline"), optString(m, "version"), parsed(m, "lastUpdate", at, OffsetDateTime::parse),
                    optString(m, "cusip"), optString(m, "isin"), optString(m, "sedol"), sources(sourcesNode));
        }

        /** The {@code metadataSources} object, absent from 1.0 documents; fields it does not know are ignored. */
        Map<MetadataField, MetadataSource> sources(JsonNode node) throws IOException {
            Map<MetadataField, MetadataSource> out = new java.util.EnumMap<>(MetadataField.class);
            if (node == null || node.isNull()) {
                return out;
            }
            if (!node.isObject()) {
                throw new InvalidTranscriptJsonException("$.metadataSources", "expected an object");
            }
            for (MetadataField f : MetadataField.values()) {
                JsonNode s = node.get(f.jsonName());
                if (s == null) {
                    continue;
                }
                String at = "$.metadataSources." + f.jsonName();
                if (!s.isObject()) {
                    throw new InvalidTranscriptJsonException(at, "expected an object");
                }
                MetadataSource.Origin origin = enumValue(s, "origin", at, MetadataSource.Origin::valueOf);
                int line = origin == MetadataSource.Origin.TEXT ? integer(s, "line", at) : 0;
                out.put(f, guard(at, () -> new MetadataSource(origin, line)));
            }
            return out;
        }

        Section section(JsonNode s, String at) throws IOException {
            List<Turn> turns = new ArrayList<>();
            int i = 0;
            for (JsonNode t : array(s, "turns", at)) {
                String tat = at + ".turns[" + i++ + "]";
                List<Paragraph> paragraphs = new ArrayList<>();
                int k = 0;
                for (JsonNode p : array(t, "paragraphs", tat)) {
                    String pat = tat + ".paragraphs[" + k++ + "]";
                    List<Annotation> annotations = new ArrayList<>();
                    int a = 0;
                    for (JsonNode an : array(p, "annotations", pat)) {
                        String aat = pat + ".annotations[" + a++ + "]";
                        annotations.add(guard(aat, () -> new Annotation(
                                enumValue(an, "type", aat, AnnotationType::valueOf), string(an, "text", aat),
                                integer(an, "start", aat), integer(an, "end", aat))));
                    }
                    checkAnnotations(string(p, "text", pat), annotations, pat);
                    paragraphs.add(guard(pat, () -> new Paragraph(integer(p, "line", pat),
                            integer(p, "endLine", pat), integer(p, "start", pat), integer(p, "end", pat),
                            string(p, "text", pat), annotations)));
                }
                List<String> questions = new ArrayList<>();
                JsonNode qs = t.get("questions");
                if (qs != null && qs.isArray()) {
                    for (JsonNode q : qs) {
                        questions.add(q.asText());
                    }
                }
                turns.add(guard(tat, () -> new Turn(string(t, "speakerId", tat), string(t, "speaker", tat),
                        t.has("speakerLabel") ? string(t, "speakerLabel", tat) : string(t, "speaker", tat),
                        enumValue(t, "role", tat, Role::valueOf), enumValue(t, "kind", tat, TurnKind::valueOf),
                        integer(t, "line", tat), integer(t, "endLine", tat), paragraphs, questions)));
            }
            List<Exchange> exchanges = new ArrayList<>();
            JsonNode ex = s.get("exchanges");
            if (ex != null && ex.isArray()) {
                i = 0;
                for (JsonNode e : ex) {
                    String eat = at + ".exchanges[" + i++ + "]";
                    List<Integer> indices = new ArrayList<>();
                    for (JsonNode n : array(e, "turnIndices", eat)) {
                        indices.add(n.asInt());
                    }
                    exchanges.add(guard(eat, () -> new Exchange(string(e, "questionerId", eat),
                            integer(e, "startLine", eat), integer(e, "endLine", eat), indices)));
                }
            }
            return guard(at, () -> new Section(enumValue(s, "kind", at, SectionKind::valueOf),
                    integer(s, "line", at), turns, exchanges));
        }

        private interface Build<T> {
            T get() throws IOException;
        }

        private static <T> T guard(String at, Build<T> build) throws IOException {
            try {
                return build.get();
            } catch (IllegalArgumentException | NullPointerException e) {
                throw new InvalidTranscriptJsonException(at, e.getMessage());
            }
        }
    }
}
