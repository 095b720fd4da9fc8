package io.github.earningscalls.transcript.internal.header;

import io.github.earningscalls.transcript.model.EventType;
import io.github.earningscalls.transcript.model.FiscalPeriod;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a header line such as
 * {@code Acme Corp. (NYSE:ACME) Q1 2021 Earnings Conference Call May 11, 2021 9:00 PM ET}.
 * Every pattern here runs on one header line and has no nested quantifiers.
 */
public final class EventLine {
    private static final String MONTH = "(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
            + "|Sep(?:t|tember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)";
    /**
     * {@code May 11, 2021}, {@code Oct. 29, 2025}, {@code JULY 21, 2016}, {@code February 11th, 2025}, or day first,
     * {@code 15 October 2019}, {@code 11th February 2025}, or ISO.
     */
    private static final Pattern DATE = Pattern.compile(MONTH + "\\.? {1,3}(\\d{1,2})(?:st|nd|rd|th)?,? {1,3}(\\d{4})\\b"
            + "|\\b(\\d{1,2}) ?(?:st|nd|rd|th)? {1,3}" + MONTH + "\\.?,? {1,3}(\\d{4})\\b"
            + "|\\b(\\d{1,2})-" + MONTH + "-(\\d{4})\\b"
            + "|\\b(\\d{4})-(\\d{2})-(\\d{2})(?:T(\\d{2}):(\\d{2})(?::\\d{2})?([+-]\\d{2}:?\\d{2}|Z)?)?\\b",
            Pattern.CASE_INSENSITIVE);
    /**
     * A clock time after a date: {@code 9:00 PM ET}, {@code at 5 p.m. ET}, {@code / 9:00PM GMT},
     * {@code 7.45am BST}, {@code 10:00:00pm GMT}, or a 24-hour {@code | 11:00 CEST} (then with a known zone).
     */
    private static final Pattern TIME = Pattern.compile(
            "^[ ,/|\u2013-]{0,5}(?:at {1,3})?(\\d{1,2})(?:[:.](\\d{2}))?(?::\\d{2})?(?: {0,3}([AaPp])\\.? ?[Mm]\\.?)?"
                    + "(?: {1,3}([A-Za-z]{1,5})\\b)?");
    private static final Pattern ZONE_ONLY = Pattern.compile("^ {0,5}([A-Z]{2,5})\\b");
    private static final String YEAR = "['\u2018\u2019]?(\\d{4}|\\d{2})";
    private static final String ORDINAL = "(First|Second|Third|Fourth)";
    /**
     * A fiscal period: {@code Q1 2021}, {@code Q3 FY '25}, {@code Q3 & 9M FY2025}, {@code F3Q10}, {@code FQ2 2020},
     * {@code 1Q23}, {@code FY2019 Q3}, {@code Fiscal Year 2023 First Quarter}, {@code third-quarter 2019},
     * {@code Fourth Quarter and Full Year 2025}, {@code Fourth Quarter Fiscal Year 2019}, {@code H1 2020},
     * {@code Full Year 2018}. The order of the alternatives matters where two start at the same place.
     */
    private static final Pattern PERIOD = Pattern.compile("\\b(?:"
            + "Q([1-4])(?: {0,2}(?:&|and) {0,2}(?:9M|9 ?Months|Nine Months|6M|6 ?Months|H1|H2))? {0,2}(?:FY {0,1})?" + YEAR
            + "|F([1-4])Q(\\d{4}|\\d{2})"
            + "|FQ([1-4]) {0,2}'?(\\d{4}|\\d{2})"
            + "|([1-4])Q {0,1}'?(\\d{4}|\\d{2})"
            + "|(?:FY|Fiscal Year|Fiscal) {0,2}'?(\\d{4}|\\d{2}) {0,2}Q([1-4])"
            + "|(?:Fiscal Year|Fiscal|FY) {0,2}(\\d{4}) {1,2}" + ORDINAL + "[ -]Quarter"
            + "|" + ORDINAL + "[ -]Quarter(?: and (?:Full|Fiscal|Full Fiscal) Year)?(?: of)?(?: Fiscal(?: Year)?| FY)? {1,2}'?(\\d{4})"
            + "|H([12]) {0,2}(?:FY {0,1})?" + YEAR
            + "|(?:FY|Fiscal Year|Full Year) {0,2}'?(\\d{4}|\\d{2}))\\b", Pattern.CASE_INSENSITIVE);
    /** A quarter named without its year, as a welcome may: {@code First Quarter}, {@code third-quarter}. */
    private static final Pattern QUARTER_ONLY = Pattern.compile("\\b" + ORDINAL + "[ -]Quarter\\b", Pattern.CASE_INSENSITIVE);

    private static final Map<String, String> ZONES = Map.ofEntries(
            Map.entry("ET", "America/New_York"), Map.entry("EST", "America/New_York"), Map.entry("EDT", "America/New_York"),
            Map.entry("CT", "America/Chicago"), Map.entry("CST", "America/Chicago"), Map.entry("CDT", "America/Chicago"),
            Map.entry("MT", "America/Denver"), Map.entry("MST", "America/Denver"), Map.entry("MDT", "America/Denver"),
            Map.entry("PT", "America/Los_Angeles"), Map.entry("PST", "America/Los_Angeles"),
            Map.entry("PDT", "America/Los_Angeles"), Map.entry("GMT", "UTC"), Map.entry("UTC", "UTC"),
            Map.entry("BST", "Europe/London"), Map.entry("UK", "Europe/London"), Map.entry("CET", "Europe/Paris"),
            Map.entry("CEST", "Europe/Paris"), Map.entry("IST", "Asia/Kolkata"), Map.entry("HKT", "Asia/Hong_Kong"),
            Map.entry("JST", "Asia/Tokyo"), Map.entry("SGT", "Asia/Singapore"), Map.entry("AEST", "Australia/Sydney"),
            Map.entry("AEDT", "Australia/Sydney"));

    /** What one header line says; any field may be null. */
    record Parsed(String company, String exchange, String ticker, int tickerEnd, FiscalPeriod period, EventType eventType,
                  String dateText, LocalDate date, LocalTime time, String timeZone, OffsetDateTime startsAt,
                  String titleText) {
    }

    private EventLine() {
    }

    /** Event lines are one long sentence at most; longer lines are speech that mentions a ticker and a date. */
    private static final int MAX_EVENT_LINE_LENGTH = 600;
    /** Exchange names in a ticker group ({@code NASDAQ}, {@code NYSE American}) are this short. */
    private static final int MAX_EXCHANGE_LENGTH = 12;
    /** Tickers are this short; a longer parenthesis is an aside. */
    private static final int MAX_TICKER_LENGTH = 10;

    /** Whether the line names a ticker in parentheses and a date, as event lines do. */
    public static boolean isEventLine(String line) {
        return line.length() <= MAX_EVENT_LINE_LENGTH && tickerParen(line) != null && DATE.matcher(line).find();
    }

    /** Whether the line names a ticker in parentheses (a title line). */
    public static boolean hasTicker(String line) {
        return line.length() <= MAX_EVENT_LINE_LENGTH && tickerParen(line) != null;
    }

    /** Start and end of the first {@code (EXCH:TICK)} or {@code (TICK)} group, or null. */
    private static int[] tickerParen(String s) {
        int from = 0;
        while (true) {
            int open = s.indexOf('(', from);
            if (open < 0) {
                return null;
            }
            int close = s.indexOf(')', open);
            if (close < 0) {
                return null;
            }
            String inner = tickerPart(s.substring(open + 1, close).trim());
            if (isTicker(inner)) {
                return new int[] {open, close + 1};
            }
            from = open + 1;
        }
    }

    /** The ticker inside a parenthesis that also carries a price change: {@code MDB+2.97%} gives {@code MDB}. */
    static String tickerPart(String inner) {
        if (!inner.endsWith("%")) {
            return inner;
        }
        int i = 0;
        while (i < inner.length() && (Character.isUpperCase(inner.charAt(i)) || inner.charAt(i) == ':'
                || inner.charAt(i) == '.' && i + 1 < inner.length() && Character.isUpperCase(inner.charAt(i + 1)))) {
            i++;
        }
        return inner.substring(0, i);
    }

    private static boolean isTicker(String inner) {
        int colon = inner.indexOf(':');
        String exch = colon < 0 ? null : inner.substring(0, colon).trim();
        String tick = colon < 0 ? inner : inner.substring(colon + 1).trim();
        if (exch != null && (exch.isEmpty() || exch.length() > MAX_EXCHANGE_LENGTH
                || !exch.chars().allMatch(c -> Character.isLetter(c) || c == ' '))) {
            return false;
        }
        if (tick.isEmpty() || tick.length() > MAX_TICKER_LENGTH || !Character.isLetterOrDigit(tick.charAt(0))) {
            return false;
        }
        boolean upper = false;
        for (int i = 0; i < tick.length(); i++) {
            char c = tick.charAt(i);
            if (Character.isLowerCase(c)) {
                return false;
            }
            if (!(Character.isLetterOrDigit(c) || c == '.' || c == '-')) {
                return false;
            }
            upper |= Character.isUpperCase(c);
        }
        return upper;
    }

    public static Parsed parse(String line) {
        int[] paren = tickerParen(line);
        String company = null;
        String exchange = null;
        String ticker = null;
        int restFrom = 0;
        if (paren != null) {
            company = emptyToNull(line.substring(0, paren[0]).trim());
            String inner = tickerPart(line.substring(paren[0] + 1, paren[1] - 1).trim());
            int colon = inner.indexOf(':');
            exchange = colon < 0 ? null : inner.substring(0, colon).trim().toUpperCase(Locale.ROOT);
            ticker = (colon < 0 ? inner : inner.substring(colon + 1)).trim().toUpperCase(Locale.ROOT);
            restFrom = paren[1];
        }
        String rest = line.substring(restFrom);
        String dateText = null;
        LocalDate date = null;
        LocalTime time = null;
        String zone = null;
        String titleText = line.trim();
        String eventText = rest;
        java.util.List<Dated> found = dates(rest);
        if (!found.isEmpty()) {
            Dated d = found.get(0);
            dateText = d.text();
            titleText = line.substring(0, restFrom + d.start()).trim();
            eventText = rest.substring(0, d.start());
            date = d.date();
            time = d.time();
            zone = d.zone();
        }
        if (dateText == null) {
            Clock c = clock(rest, false);
            time = c.time();
            zone = c.zone();
        }
        FiscalPeriod period = period(eventText);
        EventType type = eventType(eventText, period != null);
        OffsetDateTime startsAt = date != null && time != null && zone != null ? startsAt(date, time, zone) : null;
        return new Parsed(company, exchange, ticker, restFrom, period, type, dateText, date, time, zone, startsAt,
                titleText);
    }

    /** A date found in a text, where it stands, and the clock time and zone printed right after it. */
    record Dated(int start, int end, String text, LocalDate date, LocalTime time, String zone) {
    }

    /** Every date in {@code text}, in order, each with the time and zone that follow it. */
    static java.util.List<Dated> dates(String text) {
        java.util.List<Dated> out = new java.util.ArrayList<>(2);
        Matcher dm = DATE.matcher(text);
        while (dm.find()) {
            LocalDate date;
            LocalTime time = null;
            String zone = null;
            if (dm.group(10) != null) {
                date = isoDate(dm.group(10), dm.group(11), dm.group(12));
                if (dm.group(13) != null) {
                    time = LocalTime.of(Math.min(23, Integer.parseInt(dm.group(13))), Math.min(59, Integer.parseInt(dm.group(14))));
                    zone = dm.group(15) == null ? null : isUtc(dm.group(15)) ? "UTC" : dm.group(15);
                }
            } else if (dm.group(7) != null) {
                date = date(dm.group(8), dm.group(7), dm.group(9));
            } else {
                date = dm.group(1) != null ? date(dm.group(1), dm.group(2), dm.group(3))
                        : date(dm.group(5), dm.group(4), dm.group(6));
            }
            if (time == null) {
                Clock c = clock(text.substring(dm.end()), true);
                time = c.time();
                zone = c.zone();
            }
            out.add(new Dated(dm.start(), dm.end(), dm.group(), date, time, zone));
        }
        return out;
    }

    /** A clock time and the zone printed after it; either may be null. */
    record Clock(LocalTime time, String zone) {
    }

    /**
     * The clock time at the start of {@code text}: a 12-hour time needs its {@code AM}/{@code PM} (minutes
     * optional), a 24-hour one its minutes and a zone the parser knows, so that a count is never read as a
     * time. With no time and {@code zoneAlone}, a zone label alone ({@code 2012 ET}, after a date) is kept.
     */
    static Clock clock(String text, boolean zoneAlone) {
        Matcher tm = TIME.matcher(text);
        if (tm.find() && (tm.group(3) != null || tm.group(2) != null && tm.group(4) != null
                && ZONES.containsKey(tm.group(4).toUpperCase(Locale.ROOT)))) {
            int h = Integer.parseInt(tm.group(1));
            int m = tm.group(2) == null ? 0 : Integer.parseInt(tm.group(2));
            String zone = tm.group(4) == null ? null : tm.group(4).toUpperCase(Locale.ROOT);
            LocalTime time = null;
            if (tm.group(3) != null) {
                boolean pm = Character.toUpperCase(tm.group(3).charAt(0)) == 'P';
                if (h >= 1 && h <= 12 && m < 60) {
                    time = LocalTime.of(h % 12 + (pm ? 12 : 0), m);
                }
            } else if (h < 24 && m < 60) {
                time = LocalTime.of(h, m);
            }
            return new Clock(time, zone);
        }
        Matcher zm = ZONE_ONLY.matcher(text);
        return new Clock(null, zoneAlone && zm.find() ? zm.group(1) : null);
    }

    private static boolean isUtc(String offset) {
        return offset.equals("Z") || offset.replace(":", "").substring(1).equals("0000");
    }

    /** The instant a local date and time stand for in a known time zone, or null for an unknown zone. */
    static OffsetDateTime startsAt(LocalDate date, LocalTime time, String zone) {
        String id = ZONES.get(zone);
        if (id == null && (zone.startsWith("+") || zone.startsWith("-"))) {
            String digits = zone.replace(":", "");
            try {
                return date.atTime(time).atOffset(java.time.ZoneOffset.of(digits.substring(0, 3) + ":" + digits.substring(3)));
            } catch (DateTimeException | StringIndexOutOfBoundsException e) {
                return null;
            }
        }
        return id == null ? null : date.atTime(time).atZone(ZoneId.of(id)).toOffsetDateTime();
    }

    private static LocalDate isoDate(String y, String m, String d) {
        try {
            int year = Integer.parseInt(y);
            return year < 1900 || year > 2200 ? null : LocalDate.of(year, Integer.parseInt(m), Integer.parseInt(d));
        } catch (DateTimeException e) {
            return null;
        }
    }

    public static FiscalPeriod period(String text) {
        Matcher m = PERIOD.matcher(text);
        if (!m.find()) {
            return null;
        }
        String label = m.group().trim();
        Integer q = null;
        Integer y = null;
        // {quarter group, year group} of each alternative; a negative quarter group is an ordinal word.
        for (int[] g : new int[][] {{1, 2}, {3, 4}, {5, 6}, {7, 8}, {10, 9}, {-12, 11}, {-13, 14}}) {
            String quarter = m.group(Math.abs(g[0]));
            if (quarter != null) {
                q = g[0] > 0 ? Integer.parseInt(quarter) : ordinal(quarter);
                y = year(m.group(g[1]));
            }
        }
        if (m.group(15) != null) {
            y = year(m.group(16));
        }
        if (m.group(17) != null) {
            y = year(m.group(17));
        }
        return new FiscalPeriod(q, y, label);
    }

    /**
     * The period in {@code text}, or else a quarter named without a year ({@code First Quarter}), or null;
     * for a welcome, which often leaves the year out.
     */
    static FiscalPeriod periodOrQuarter(String text) {
        FiscalPeriod p = period(text);
        if (p != null) {
            return p;
        }
        Matcher m = QUARTER_ONLY.matcher(text);
        return m.find() ? new FiscalPeriod(ordinal(m.group(1)), null, m.group()) : null;
    }

    /** Where {@link #period} or {@link #periodOrQuarter} finds its period in {@code text}, or -1. */
    static int periodStart(String text) {
        Matcher m = PERIOD.matcher(text);
        if (m.find()) {
            return m.start();
        }
        m = QUARTER_ONLY.matcher(text);
        return m.find() ? m.start() : -1;
    }

    static int ordinal(String word) {
        return switch (word.toLowerCase(Locale.ROOT)) {
            case "first" -> 1;
            case "second" -> 2;
            case "third" -> 3;
            default -> 4;
        };
    }

    static Integer year(String digits) {
        int v = Integer.parseInt(digits);
        return digits.length() == 2 ? 2000 + v : v;
    }

    public static EventType eventType(String text, boolean hasPeriod) {
        String k = text.toLowerCase(Locale.ROOT);
        if (k.contains("investor day") || k.contains("analyst day") || k.contains("capital markets day")
                || k.contains("investor meeting")) {
            return EventType.INVESTOR_DAY;
        }
        if (k.contains("shareholder") || k.contains("stockholder") || k.contains("annual general meeting")) {
            return EventType.SHAREHOLDER_MEETING;
        }
        if (k.contains("earnings") || k.contains("results") || k.contains("financial")) {
            return EventType.EARNINGS_CALL;
        }
        if (k.contains("update")) {
            return EventType.BUSINESS_UPDATE;
        }
        if (k.contains("conference") && !k.contains("conference call") || k.contains("presents at")
                || k.contains("summit") || k.contains("forum")) {
            return EventType.CONFERENCE_PRESENTATION;
        }
        return hasPeriod ? EventType.EARNINGS_CALL : EventType.OTHER;
    }

    private static LocalDate date(String month, String day, String year) {
        int y = Integer.parseInt(year);
        if (y < 1900 || y > 2200) {
            return null;
        }
        int mo = switch (month.substring(0, 3).toLowerCase(Locale.ROOT)) {
            case "jan" -> 1;
            case "feb" -> 2;
            case "mar" -> 3;
            case "apr" -> 4;
            case "may" -> 5;
            case "jun" -> 6;
            case "jul" -> 7;
            case "aug" -> 8;
            case "sep" -> 9;
            case "oct" -> 10;
            case "nov" -> 11;
            default -> 12;
        };
        try {
            return LocalDate.of(y, mo, Integer.parseInt(day));
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }
}
