package io.github.earningscalls.transcript.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.github.earningscalls.transcript.json.TranscriptJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.stream.Collectors;

/** Validates batch error records against the published schema, for tests. */
final class ErrorRecordSchema {
    /** Where the schema ships, beside the transcript's. */
    static final String RESOURCE = "/io/github/earningscalls/transcript/json/batch-error.schema.json";

    private static final JsonSchema SCHEMA = load();
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ErrorRecordSchema() {
    }

    private static JsonSchema load() {
        try (InputStream in = TranscriptJson.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("schema resource missing: " + RESOURCE);
            }
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The schema violations of one record, empty when it is valid. */
    static List<String> validate(String json) {
        try {
            return SCHEMA.validate(MAPPER.readTree(json)).stream().map(ValidationMessage::getMessage)
                    .sorted().collect(Collectors.toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
