package io.github.earningscalls.transcript.model;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What the transcript says about the call, completed by what the caller knew. Any component but
 * {@code eventType} and {@code sources} is {@code null} when neither the text (in a form that can be
 * read) nor the caller gives it; a diagnostic then says so. {@link #sources()} says where each field
 * that is set came from.
 *
 * @param title        the transcript's title: its title line, or the event line up to the date
 * @param company      the company's name as printed
 * @param ticker       the ticker symbol, upper case
 * @param exchange     the exchange prefix of the ticker, such as {@code NYSE}
 * @param fiscalPeriod the fiscal period the call reports on
 * @param eventType    the kind of event; {@link EventType#OTHER} when the header names none
 * @param date         the date of the call
 * @param time         the local time the call started
 * @param timeZone     the time-zone label as printed, such as {@code ET}
 * @param startsAt     the start as an instant with the offset in force at that date, when the date,
 *                     time and a known time-zone label are all present
 * @param headline     the headline a news feed gives the story (StreetEvents XML {@code <Headline>})
 * @param version      the transcript's version as the vendor labels it, such as {@code Final},
 *                     {@code Preliminary} or {@code Edited}
 * @param lastUpdate   when the vendor last updated the transcript
 * @param cusip        the company's CUSIP, as a feed gives it after the story
 * @param isin         the company's ISIN
 * @param sedol        the company's SEDOL
 * @param sources      where each field that is set came from (a line of the text, the caller, the file
 *                     name); never null, read-only, in {@link MetadataField} order
 * @since 0.1.0
 */
public record CallMetadata(String title, String company, String ticker, String exchange,
                           FiscalPeriod fiscalPeriod, EventType eventType, LocalDate date, LocalTime time,
                           String timeZone, OffsetDateTime startsAt, String headline, String version,
                           OffsetDateTime lastUpdate, String cusip, String isin, String sedol,
                           Map<MetadataField, MetadataSource> sources) {
    /**
     * Creates call metadata; every component but {@code eventType} may be {@code null}.
     *
     * @param title        the title, or {@code null}
     * @param company      the company's name, or {@code null}
     * @param ticker       the ticker symbol, or {@code null}
     * @param exchange     the exchange prefix, or {@code null}
     * @param fiscalPeriod the fiscal period, or {@code null}
     * @param eventType    the kind of event
     * @param date         the date of the call, or {@code null}
     * @param time         the local start time, or {@code null}
     * @param timeZone     the time-zone label as printed, or {@code null}
     * @param startsAt     the start instant, or {@code null}
     * @param headline     the feed's headline, or {@code null}
     * @param version      the vendor's version label, or {@code null}
     * @param lastUpdate   the vendor's last update, or {@code null}
     * @param cusip        the CUSIP, or {@code null}
     * @param isin         the ISIN, or {@code null}
     * @param sedol        the SEDOL, or {@code null}
     * @param sources      where each field came from; {@code null} for none
     */
    public CallMetadata {
        Objects.requireNonNull(eventType, "eventType");
        if (sources == null || sources.isEmpty()) {
            sources = Map.of();
        } else {
            EnumMap<MetadataField, MetadataSource> copy = new EnumMap<>(sources);
            copy.values().forEach(s -> Objects.requireNonNull(s, "source"));
            sources = Collections.unmodifiableMap(copy);
        }
    }

    /**
     * Creates call metadata read from a transcript's header alone, without what a news feed adds
     * (headline, version, last update, identifiers) and without sources.
     *
     * @param title        the title, or {@code null}
     * @param company      the company's name, or {@code null}
     * @param ticker       the ticker symbol, or {@code null}
     * @param exchange     the exchange prefix, or {@code null}
     * @param fiscalPeriod the fiscal period, or {@code null}
     * @param eventType    the kind of event
     * @param date         the date of the call, or {@code null}
     * @param time         the local start time, or {@code null}
     * @param timeZone     the time-zone label as printed, or {@code null}
     * @param startsAt     the start instant, or {@code null}
     */
    public CallMetadata(String title, String company, String ticker, String exchange, FiscalPeriod fiscalPeriod,
                        EventType eventType, LocalDate date, LocalTime time, String timeZone, OffsetDateTime startsAt) {
        this(title, company, ticker, exchange, fiscalPeriod, eventType, date, time, timeZone, startsAt, null, null, null,
                null, null, null, Map.of());
    }

    /** Metadata with nothing known, for transcripts without a header. */
    public static final CallMetadata EMPTY =
            new CallMetadata(null, null, null, null, null, EventType.OTHER, null, null, null, null);

    /**
     * Where a field's value came from.
     *
     * @param field a metadata field
     * @return its source, or empty when the field is not set
     */
    public Optional<MetadataSource> source(MetadataField field) {
        return Optional.ofNullable(sources.get(Objects.requireNonNull(field, "field")));
    }
}
