package io.github.earningscalls.transcript.internal.header;

import io.github.earningscalls.transcript.internal.diagnostic.DiagnosticCode;
import io.github.earningscalls.transcript.internal.diagnostic.DiagnosticCollector;
import io.github.earningscalls.transcript.internal.lex.Line;
import io.github.earningscalls.transcript.internal.lex.LineKind;
import io.github.earningscalls.transcript.model.CallMetadata;
import io.github.earningscalls.transcript.model.EventType;
import io.github.earningscalls.transcript.model.FiscalPeriod;
import io.github.earningscalls.transcript.model.MetadataField;
import io.github.earningscalls.transcript.model.MetadataSource;
import io.github.earningscalls.transcript.model.Severity;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Builds {@link CallMetadata} from what the text says about the call, wherever the layout prints each
 * field: the header lines (one event line, a scraper's banner, or fields on lines of their own), a
 * cover page's title block, an exchange filing's listing lines, and the welcome that opens the call. Each
 * field keeps the line it was read from; where several lines give a field, the kind of line the most
 * trusted wins ({@link Candidates}), and reports what the text does not state.
 */
public final class Header {
    // Ranks: 1 is trusted most. An event line (ticker and date) or a banner field outranks a title block, which
    // outranks a welcome in someone's words.
    private static final int EVENT_LINE = 1;
    private static final int TITLE_WITH_TICKER = 2;
    private static final int TITLE_BLOCK_DATE = 2;
    private static final int HEADER_DATE = 3;
    private static final int TITLE_BLOCK = 3;
    private static final int LISTING = 3;
    private static final int SPOKEN = 4;
    private static final int SUMMARY = 5;
    // Read only where nothing above gave the field: the firm on the company's speakers' labels and what they
    // say of the company and period in the opening.
    private static final int REMARKS = 6;

    /** Lines before the first speaker searched for metadata; a cover letter and a cover page fit in this many. */
    private static final int MAX_PREAMBLE_LINES = 200;

    /** {@code NSE: ACME}, {@code Scrip Symbol: ACME}: an exchange filing's listing line, with a symbol of letters. */
    private static final Pattern LISTING_SYMBOL = Pattern.compile(
            "\\b(?i:NSE|Scrip Symbol|Scrip Code|Scrip ID|NSE Symbol|Trading Symbol|Symbol) ?: ?([A-Z][A-Z0-9&-]{1,19})\\b");
    /** {@code Acme Group(ACME0.51%)}: a summary naming the company with its ticker and price change. */
    private static final Pattern PRICE_TICKER = Pattern.compile("([A-Z][\\w&.' -]{1,60}?) ?\\(([A-Z][A-Z.]{0,9})[+-]?\\d{1,3}\\.\\d{1,2}%\\)");

    private Header() {
    }

    /** Metadata from the header lines alone. */
    public static CallMetadata metadata(List<Line> lines, DiagnosticCollector diagnostics) {
        List<TextLine> preamble = new ArrayList<>();
        for (Line l : lines) {
            preamble.add(new TextLine(l.number(), l.text()));
        }
        return metadata(lines, preamble, Opening.NONE, diagnostics);
    }

    /**
     * Metadata from the header lines, the other lines before the first speaker, and the opening
     * paragraphs of the call.
     *
     * @param header   the lines the lexer classified as title, event line or header
     * @param preamble every non-blank line before the first speaker, header lines included, in order
     * @param opening  the first turns: their first paragraphs, where the welcome is, and the company's speakers
     */
    public static CallMetadata metadata(List<Line> header, List<TextLine> preamble, Opening opening,
                                        DiagnosticCollector diagnostics) {
        if (header.isEmpty() && preamble.isEmpty() && opening.paragraphs().isEmpty()) {
            diagnostics.report(DiagnosticCode.HEADER_MISSING, 0, "the transcript has no header");
            return CallMetadata.EMPTY;
        }
        Candidates found = new Candidates();
        EventType type = EventType.OTHER;
        List<TextLine> lines = preamble.subList(0, Math.min(preamble.size(), MAX_PREAMBLE_LINES));
        // A cover page may letter-space its title ("1 Q 2 3  F I N A N C I A L"); the header lines are read as printed.
        List<TextLine> unspaced = new ArrayList<>(lines.size());
        for (TextLine l : lines) {
            unspaced.add(new TextLine(l.line(), CoverBlock.unspaced(l.text())));
        }
        java.util.Set<Integer> headerNumbers = new java.util.HashSet<>();
        for (Line l : header) {
            headerNumbers.add(l.number());
        }
        boolean nextIsCompany = false;
        for (TextLine l : lines) {
            String text = l.text();
            boolean isHeader = headerNumbers.contains(l.line());
            if (nextIsCompany) {
                // "NASDAQ:ACME" and then the company's name on a line of its own.
                nextIsCompany = false;
                String name = CompanyNames.clean(text);
                if (CompanyNames.isName(name)) {
                    found.offer(MetadataField.COMPANY, name, l.line(), EVENT_LINE);
                }
            }
            String key = field(text);
            if (key != null) {
                if (isHeader) {
                    bannerField(key, text.substring(text.indexOf(':') + 1).trim(), l.line(), found);
                }
                continue;
            }
            boolean eventLine = EventLine.isEventLine(text);
            if (!isHeader && !eventLine) {
                continue;
            }
            EventLine.Parsed e = EventLine.parse(text);
            int rank = eventLine ? EVENT_LINE : TITLE_WITH_TICKER;
            if (e.ticker() != null) {
                found.offer(MetadataField.COMPANY, CompanyNames.clean(e.company()), l.line(), rank);
                offerTicker(found, e.ticker(), e.exchange(), l.line(), rank);
            } else if (isExchangeTicker(text)) {
                offerTicker(found, text.substring(text.indexOf(':') + 1).trim().toUpperCase(Locale.ROOT),
                        text.substring(0, text.indexOf(':')).trim().toUpperCase(Locale.ROOT), l.line(), EVENT_LINE);
                nextIsCompany = true;
            }
            found.offer(MetadataField.FISCAL_PERIOD, e.period(), l.line(), EVENT_LINE);
            if (type == EventType.OTHER) {
                type = EventLine.eventType(text, false);
            }
            int dateRank = eventLine ? EVENT_LINE : HEADER_DATE;
            if (e.dateText() != null && !DatePhrases.isNotTheCall(text, text.indexOf(e.dateText()))) {
                found.offer(MetadataField.DATE, e.date() == null ? e.dateText() : e.date(), l.line(), dateRank);
                found.offer(MetadataField.TIME, e.time(), l.line(), dateRank);
                found.offer(MetadataField.TIME_ZONE, e.timeZone(), l.line(), dateRank);
            } else if (e.dateText() == null) {
                found.offer(MetadataField.TIME, e.time(), l.line(), HEADER_DATE);
                found.offer(MetadataField.TIME_ZONE, e.time() == null ? null : e.timeZone(), l.line(), HEADER_DATE);
            }
        }
        // A scraper banner's "Key: value" lines are fields, not a title block.
        unspaced.removeIf(l -> field(l.text()) != null);
        CoverBlock.Found cover = CoverBlock.find(unspaced);
        if (cover != null) {
            found.offer(MetadataField.FISCAL_PERIOD, cover.period(), cover.titleLine(), TITLE_BLOCK_DATE);
            found.offer(MetadataField.COMPANY, cover.company(), cover.companyLine(), TITLE_BLOCK);
            if (cover.date() != null) {
                found.offer(MetadataField.DATE, cover.date().date(), cover.dateLine(), TITLE_BLOCK_DATE);
                found.offer(MetadataField.TIME, cover.date().time(), cover.dateLine(), TITLE_BLOCK_DATE);
                found.offer(MetadataField.TIME_ZONE, cover.date().zone(), cover.dateLine(), TITLE_BLOCK_DATE);
            }
            if (type == EventType.OTHER) {
                type = EventLine.eventType(cover.title(), true);
            }
        }
        listing(lines, found);
        spoken(lines, opening.paragraphs(), found);
        Remarks.fill(lines, opening, type, found, REMARKS);
        priceTicker(lines, found);
        if (header.isEmpty() && found.isEmpty()) {
            diagnostics.report(DiagnosticCode.HEADER_MISSING, 0, "the transcript has no header");
            return CallMetadata.EMPTY;
        }
        if (type == EventType.OTHER && found.has(MetadataField.FISCAL_PERIOD)) {
            type = EventType.EARNINGS_CALL;
        }
        int titleLine = 0;
        String title = null;
        for (Line l : header) {
            if ((l.kind() == LineKind.TITLE || l.kind() == LineKind.EVENT_LINE) && namesTheCall(l.text())
                    && !Titles.isNotATitle(l.text())) {
                String text = l.kind() == LineKind.EVENT_LINE ? EventLine.parse(l.text()).titleText() : l.text();
                if (cover == null || EventLine.period(text) != null || EventLine.hasTicker(text)) {
                    title = text;
                    titleLine = l.number();
                    break;
                }
            }
        }
        for (int pass = 0; pass < 2 && title == null; pass++) {
            if (pass == 1 && cover != null) {
                title = cover.title();
                titleLine = cover.titleLine();
                break;
            }
            for (Line l : header) {
                String text = l.text();
                if (namesTheCall(text) && field(text) == null && !Titles.isNotATitle(text)
                        && (pass == 1 || EventLine.period(text) != null || EventLine.hasTicker(text))) {
                    title = text;
                    titleLine = l.number();
                    break;
                }
            }
        }
        if (title != null) {
            found.offer(MetadataField.TITLE, title, titleLine, EVENT_LINE);
        }
        return build(found, type, header.isEmpty() ? (lines.isEmpty() ? 0 : lines.get(0).line()) : header.get(0).number(),
                diagnostics);
    }

    /** A ticker and its exchange, which is taken only with the ticker it prefixes. */
    private static void offerTicker(Candidates found, String ticker, String exchange, int line, int rank) {
        found.offer(MetadataField.TICKER, ticker, line, rank);
        if (ticker.equals(found.value(MetadataField.TICKER))) {
            found.offer(MetadataField.EXCHANGE, exchange, line, rank);
        }
    }

    private static void bannerField(String key, String value, int line, Candidates found) {
        switch (key) {
            case "company" -> found.offer(MetadataField.COMPANY, CompanyNames.clean(value), line, EVENT_LINE);
            case "ticker" -> found.offer(MetadataField.TICKER, value.toUpperCase(Locale.ROOT), line, EVENT_LINE);
            case "quarter" -> found.offer(MetadataField.FISCAL_PERIOD, EventLine.period(value), line, EVENT_LINE);
            default -> {
                // Other "Key: value" fields of a scraper's banner carry nothing for the metadata.
            }
        }
    }

    /** An exchange filing's listing lines: {@code Scrip Symbol: ACME}, {@code (BSE: 500000/ NSE: ACME)}. */
    private static void listing(List<TextLine> lines, Candidates found) {
        boolean nationalExchange = false;
        for (TextLine l : lines) {
            String text = l.text();
            nationalExchange |= text.contains("National Stock Exchange") || text.contains("NSE");
            // Every listing line has a colon: most lines are spared the pattern.
            if (text.indexOf(':') < 0) {
                continue;
            }
            Matcher m = LISTING_SYMBOL.matcher(text);
            if (m.find()) {
                found.offer(MetadataField.TICKER, m.group(1), l.line(), LISTING);
                // Symbols of letters are the National Stock Exchange's; the other Indian exchange lists numbers.
                if (nationalExchange && found.line(MetadataField.TICKER) == l.line()) {
                    found.offer(MetadataField.EXCHANGE, "NSE", l.line(), LISTING);
                }
                return;
            }
        }
    }

    /** The welcome's company and period, and a date said to be the call's ("today, May 2, 2024"). */
    private static void spoken(List<TextLine> preamble, List<TextLine> opening, Candidates found) {
        // A value of a rank as good as a welcome's is never replaced by one: most headers leave nothing to read here.
        boolean welcomed = found.rank(MetadataField.COMPANY) <= SPOKEN && found.rank(MetadataField.FISCAL_PERIOD) <= SPOKEN;
        if (welcomed && found.rank(MetadataField.DATE) <= SPOKEN) {
            return;
        }
        List<TextLine> all = new ArrayList<>(preamble);
        all.addAll(opening);
        String previous = "";
        for (TextLine l : all) {
            String text = l.text();
            if (!welcomed) {
                Welcome.Named w = Welcome.read(text);
                if (w != null) {
                    welcomed = true;
                    found.offer(MetadataField.COMPANY, w.company(), l.line(), SPOKEN);
                    found.offer(MetadataField.FISCAL_PERIOD, w.period(), l.line(), SPOKEN);
                }
            }
            if (found.rank(MetadataField.DATE) > SPOKEN) {
                String joined = previous + " " + text;
                for (EventLine.Dated d : EventLine.dates(text)) {
                    int at = previous.length() + 1 + d.start();
                    if (d.date() != null && DatePhrases.isTheCall(joined, at) && !DatePhrases.isNotTheCall(joined, at)) {
                        found.offer(MetadataField.DATE, d.date(), l.line(), SPOKEN);
                        break;
                    }
                }
            }
            previous = text;
        }
    }

    /** {@code Acme Group(ACME0.51%)} in a summary before the call, for the company the header names. */
    private static void priceTicker(List<TextLine> lines, Candidates found) {
        String company = found.value(MetadataField.COMPANY);
        if (found.has(MetadataField.TICKER) || company == null) {
            return;
        }
        String first = company.split(" ")[0];
        for (TextLine l : lines) {
            if (l.text().indexOf('%') < 0) {
                continue;
            }
            Matcher m = PRICE_TICKER.matcher(l.text());
            if (m.find() && m.group(1).trim().startsWith(first)) {
                found.offer(MetadataField.TICKER, m.group(2), l.line(), SUMMARY);
                return;
            }
        }
    }

    private static CallMetadata build(Candidates found, EventType type, int firstLine, DiagnosticCollector diagnostics) {
        Object dateValue = found.value(MetadataField.DATE);
        LocalDate date = dateValue instanceof LocalDate d ? d : null;
        String dateText = dateValue instanceof String s ? s : null;
        LocalTime time = found.value(MetadataField.TIME);
        String zone = found.value(MetadataField.TIME_ZONE);
        FiscalPeriod period = found.value(MetadataField.FISCAL_PERIOD);
        int line = found.has(MetadataField.DATE) ? found.line(MetadataField.DATE) : firstLine;
        OffsetDateTime startsAt = date != null && time != null && zone != null ? EventLine.startsAt(date, time, zone) : null;
        if (dateValue == null) {
            // A field the text does not state is a fact of the source, not a fault to look for.
            diagnostics.reportAs(Severity.INFO, DiagnosticCode.HEADER_MISSING, line, "the header gives no date for the call");
        } else if (date == null) {
            diagnostics.report(DiagnosticCode.HEADER_FIELD_UNPARSABLE, line, "the call date '" + dateText
                    + "' is not a valid date");
        }
        // Only the start instant depends on the time and zone, not the call's identity: INFO, not WARNING.
        if (dateValue != null && time == null) {
            diagnostics.reportAs(Severity.INFO, DiagnosticCode.HEADER_FIELD_UNPARSABLE, line,
                    "the header gives no start time");
        } else if (time != null && startsAt == null && date != null) {
            diagnostics.reportAs(Severity.INFO, DiagnosticCode.HEADER_FIELD_UNPARSABLE, line,
                    "time zone '" + (zone == null ? "" : zone) + "' is not one the parser knows");
        }
        if (period == null) {
            diagnostics.reportAs(Severity.INFO, DiagnosticCode.HEADER_FIELD_UNPARSABLE, line,
                    "the header names no fiscal period");
        } else if (date != null && period.year() != null && Math.abs(date.getYear() - period.year()) > 1) {
            diagnostics.report(DiagnosticCode.DATE_CONTRADICTS_PERIOD, line, "the call date " + date
                    + " is more than a year from fiscal year " + period.year());
        }
        if (!found.has(MetadataField.COMPANY)) {
            diagnostics.reportAs(Severity.INFO, DiagnosticCode.HEADER_FIELD_UNPARSABLE, firstLine,
                    "the text names no company");
        }
        if (!found.has(MetadataField.TICKER)) {
            diagnostics.reportAs(Severity.INFO, DiagnosticCode.HEADER_FIELD_UNPARSABLE, firstLine,
                    "the text gives no ticker");
        }
        Map<MetadataField, MetadataSource> sources = new EnumMap<>(MetadataField.class);
        for (MetadataField f : MetadataField.values()) {
            if (found.has(f) && found.line(f) > 0 && !(f == MetadataField.DATE && date == null)) {
                sources.put(f, MetadataSource.text(found.line(f)));
            }
        }
        return new CallMetadata(found.value(MetadataField.TITLE), found.value(MetadataField.COMPANY),
                found.value(MetadataField.TICKER), found.value(MetadataField.EXCHANGE), period, type, date, time, zone,
                startsAt, null, null, null, null, null, null, sources);
    }

    /** The key of a scraper banner's {@code Key: value} line, lower case, or null. */
    private static String field(String text) {
        int colon = text.indexOf(':');
        if (colon <= 0 || colon > 12 || colon + 1 < text.length() && text.charAt(colon + 1) != ' ') {
            return null;
        }
        String key = text.substring(0, colon).trim().toLowerCase(Locale.ROOT);
        for (int i = 0; i < key.length(); i++) {
            if (!Character.isLetter(key.charAt(i))) {
                return null;
            }
        }
        // A scraper's banner ("Scraped: 2026-05-30T...") says when the page was saved, not when the call was held.
        return key.equals("date") || key.equals("time") ? null : key;
    }

    /** Whether a header line reads like a title: it names the event, not only a date or a ticker. */
    private static boolean namesTheCall(String text) {
        String k = text.toLowerCase(Locale.ROOT);
        return k.contains("call") || k.contains("earnings") || k.contains("results") || k.contains("conference")
                || k.contains("transcript") || k.contains("presents") || k.contains("meeting");
    }

    /** {@code NASDAQ:META} alone on a line. */
    private static boolean isExchangeTicker(String text) {
        int colon = text.indexOf(':');
        if (colon <= 1 || colon > 10 || text.length() > 24 || text.indexOf(' ') >= 0) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (i != colon && !(Character.isUpperCase(c) || c == '.')) {
                return false;
            }
        }
        return true;
    }
}
