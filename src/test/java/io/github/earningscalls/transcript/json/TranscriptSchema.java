package io.github.earningscalls.transcript.json;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.stream.Collectors;

/** Validates documents against the published JSON Schema, for tests. */
public final class TranscriptSchema {
    private static final JsonSchema SCHEMA = load();
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private TranscriptSchema() {
    }

    private static JsonSchema load() {
        try (InputStream in = TranscriptJson.class.getResourceAsStream(TranscriptJson.SCHEMA_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("schema resource missing: " + TranscriptJson.SCHEMA_RESOURCE);
            }
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The schema violations of a document, empty when it is valid. */
    public static List<String> validate(String json) throws IOException {
        return SCHEMA.validate(MAPPER.readTree(json)).stream().map(ValidationMessage::getMessage)
                .sorted().collect(Collectors.toList());
    }
}
