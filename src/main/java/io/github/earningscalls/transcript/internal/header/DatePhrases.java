package io.github.earningscalls.transcript.internal.header;

import java.util.Locale;

/**
 * Tells the date of the call from other dates a text gives: the call is held "today, May 2, 2024", "on
 * Friday, ..."; a quarter "ended December 31" and a letter "dated" a day are not the call.
 */
final class DatePhrases {
    /** Characters before a date that are searched for the words that say what the date is. */
    private static final int WINDOW = 60;
    private static final String[] WEEKDAYS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"};
    private static final String[] NOT_THE_CALL = {"ended", "ending", "as of", "as at", "period to", "dated", "letter",
            "through", "published", "updated", "scraped", "until", "till", "by", "before", "after", "from"};
    private static final String[] THE_CALL = {"today,", "today is", "today", "held on", "date of this call is",
            "date of the call is", "call on", "call is on", "call was held on"};

    private DatePhrases() {
    }

    /** The words before a date, lower case, without a weekday and the commas and spaces around it. */
    private static String before(String text, int dateStart) {
        String b = text.substring(Math.max(0, dateStart - WINDOW), dateStart).toLowerCase(Locale.ROOT).strip();
        for (String day : WEEKDAYS) {
            if (b.endsWith(day + ",") || b.endsWith(day)) {
                b = b.substring(0, b.lastIndexOf(day)).strip();
                break;
            }
        }
        return b;
    }

    /** Whether the words before the date make it some other day than the call's: a period end, a letter's date. */
    static boolean isNotTheCall(String text, int dateStart) {
        String b = before(text, dateStart);
        for (String w : NOT_THE_CALL) {
            if (b.endsWith(" " + w) || b.equals(w)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the words before the date say it is the day of the call: {@code today, May 2},
     * {@code held on 11th February}, or a call "hosted ... on Friday, January 17".
     */
    static boolean isTheCall(String text, int dateStart) {
        String b = before(text, dateStart);
        if (b.contains("will ") || b.contains("next ") || b.contains("scheduled")) {
            // "Our next call will be held on January 28th": another call's day.
            return false;
        }
        for (String w : THE_CALL) {
            if (b.endsWith(w)) {
                return true;
            }
        }
        return b.endsWith(" on") && (b.contains("hosted") || b.contains(" call ") || b.contains("conference call"));
    }
}
