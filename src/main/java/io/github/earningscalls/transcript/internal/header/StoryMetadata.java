package io.github.earningscalls.transcript.internal.header;

import io.github.earningscalls.transcript.internal.diagnostic.DiagnosticCode;
import io.github.earningscalls.transcript.internal.diagnostic.DiagnosticCollector;
import io.github.earningscalls.transcript.internal.input.StreetEventsXml;
import io.github.earningscalls.transcript.model.CallMetadata;
import io.github.earningscalls.transcript.model.EventType;
import io.github.earningscalls.transcript.model.MetadataField;
import io.github.earningscalls.transcript.model.MetadataSource;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/**
 * Completes the header's metadata with what a StreetEvents XML story says around the transcript: its
 * headline, version and last update, the event type, and the company's identifiers after the story.
 * What the transcript's own header prints comes first; the story fills only what it leaves empty.
 */
public final class StoryMetadata {
    /** {@code Friday, November 9, 2012 at 6:08:37pm GMT}, as the feed writes its {@code lastUpdate}. */
    private static final DateTimeFormatter LAST_UPDATE = new DateTimeFormatterBuilder().parseCaseInsensitive()
            .appendPattern("[EEEE, ]MMMM d, uuuu 'at' h:mm[:ss]a z").toFormatter(Locale.ENGLISH);
    /** A date longer than this is not one. */
    private static final int MAX_DATE_LENGTH = 80;

    private StoryMetadata() {
    }

    public static CallMetadata complete(CallMetadata m, StreetEventsXml.Story story, DiagnosticCollector diagnostics) {
        EventType type = m.eventType();
        String typeName = story.value("@eventTypeName");
        if (type == EventType.OTHER && typeName != null) {
            // "Earning Conference Call/Presentation": the feed's name for an earnings call.
            type = typeName.toLowerCase(Locale.ROOT).contains("earning") ? EventType.EARNINGS_CALL
                    : EventLine.eventType(typeName, false);
        }
        Map<MetadataField, MetadataSource> sources = new EnumMap<>(MetadataField.class);
        sources.putAll(m.sources());
        String title = first(m.title(), story, "eventTitle", MetadataField.TITLE, sources);
        String company = first(m.company(), story, "companyName", MetadataField.COMPANY, sources);
        String ticker = upper(first(m.ticker(), story, "companyTicker", MetadataField.TICKER, sources));
        return new CallMetadata(title, company, ticker, m.exchange(), m.fiscalPeriod(), type, m.date(), m.time(),
                m.timeZone(), m.startsAt(), story.value("Headline"), story.value("EventStory@version"),
                lastUpdate(story, diagnostics), story.value("CUSIP"), story.value("ISIN"), story.value("SEDOL"), sources);
    }

    /** The header's value, or else the story's, whose line then becomes the field's source. */
    private static String first(String header, StreetEventsXml.Story story, String name, MetadataField field,
                                Map<MetadataField, MetadataSource> sources) {
        if (header != null) {
            return header;
        }
        String value = story.value(name);
        if (value != null) {
            sources.put(field, MetadataSource.text(story.line(name)));
        }
        return value;
    }

    private static OffsetDateTime lastUpdate(StreetEventsXml.Story story, DiagnosticCollector diagnostics) {
        String text = story.value("@lastUpdate");
        if (text == null) {
            return null;
        }
        try {
            if (text.length() <= MAX_DATE_LENGTH) {
                return ZonedDateTime.parse(text, LAST_UPDATE).toOffsetDateTime();
            }
        } catch (DateTimeParseException e) {
            // Reported below.
        }
        diagnostics.report(DiagnosticCode.HEADER_FIELD_UNPARSABLE, story.line("@lastUpdate"),
                "the story's last update '" + text + "' is not a valid date and time");
        return null;
    }

    private static String upper(String s) {
        return s == null ? null : s.toUpperCase(Locale.ROOT);
    }
}
