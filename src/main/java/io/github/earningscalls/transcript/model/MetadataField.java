package io.github.earningscalls.transcript.model;

/**
 * A field of {@link CallMetadata} whose origin {@link CallMetadata#sources()} records. The derived fields
 * ({@code eventType}, {@code startsAt}) have none of their own.
 *
 * @since 0.1.0
 */
public enum MetadataField {
    /** {@link CallMetadata#title()}. */
    TITLE("title"),
    /** {@link CallMetadata#company()}. */
    COMPANY("company"),
    /** {@link CallMetadata#ticker()}. */
    TICKER("ticker"),
    /** {@link CallMetadata#exchange()}. */
    EXCHANGE("exchange"),
    /** {@link CallMetadata#fiscalPeriod()}. */
    FISCAL_PERIOD("fiscalPeriod"),
    /** {@link CallMetadata#date()}. */
    DATE("date"),
    /** {@link CallMetadata#time()}. */
    TIME("time"),
    /** {@link CallMetadata#timeZone()}. */
    TIME_ZONE("timeZone");

    private final String jsonName;

    MetadataField(String jsonName) {
        this.jsonName = jsonName;
    }

    /**
     * The field's name in the JSON's {@code metadata} and {@code metadataSources} objects.
     *
     * @return the name, such as {@code fiscalPeriod}
     */
    public String jsonName() {
        return jsonName;
    }
}
