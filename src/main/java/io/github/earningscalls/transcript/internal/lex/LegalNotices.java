package io.github.earningscalls.transcript.internal.lex;

import io.github.earningscalls.transcript.internal.util.Tokens;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Disclaimers and legal notices that publishers print around a call: their headings
 * ({@code Disclaimer}, {@code Caution regarding forward-looking statements}, {@code Important Notice},
 * {@code Safe Harbor:}) and the vocabulary of their text, against that of speech.
 */
public final class LegalNotices {
    /** A heading is a short line, or a short label before a colon. */
    private static final int MAX_HEADING_LENGTH = 60;

    /** The headings, as {@link Speakers#letters} gives them, so that letter-spaced capitals match too. */
    private static final Set<String> HEADINGS = Set.of("disclaimer", "disclaimers", "legaldisclaimer", "importantnotice",
            "importantinformation", "legalnotice", "legalinformation", "safeharbor", "safeharbour",
            "safeharborstatement", "safeharbourstatement", "forwardlookingstatements", "forwardlookingstatement",
            "forwardlookinginformation", "cautionregardingforwardlookingstatements", "cautionarystatement",
            "cautionarystatements", "cautionarynote", "cautionarynoteregardingforwardlookingstatements",
            "cautionarystatementregardingforwardlookingstatements", "noteregardingforwardlookingstatements");

    /** The letters {@link #HEADINGS} open with. */
    private static final String HEADING_INITIALS = initials();

    /** Phrases of legal boilerplate, lower case: speech says them now and then, notices all the time. */
    private static final List<String> LEGAL_PHRASES = List.of("forward-looking", "forward looking", "safe harbo",
            "risks and uncertainties", "undertake no obligation", "does not undertake", "not undertake to",
            "differ materially", "actual results", "no responsibility", "solicitation", "investment decision",
            "undue reliance", "securities legislation", "securities and exchange commission", "securities laws",
            "cautionary", "without limitation", "not limited to", "accuracy or completeness", "for information purposes");

    /** Phrases only speech has: greetings, thanks, hand-overs. */
    private static final List<String> SPEECH_PHRASES = List.of("good morning", "good afternoon", "good evening",
            "thank you", "thanks", "welcome", "ladies and gentlemen", "i'm ", "i am ", "i'd like", "i would like",
            "let me ", "go ahead", "question");

    /** Legal phrases it takes, per this many words of text, to call the text a notice. */
    static final int WORDS_PER_LEGAL_PHRASE = 100;
    /** Legal phrases it takes at the least: one is a remark any speaker may make. */
    static final int MIN_LEGAL_PHRASES = 2;

    private LegalNotices() {
    }

    private static String initials() {
        StringBuilder sb = new StringBuilder();
        for (String h : HEADINGS) {
            if (sb.indexOf(h.substring(0, 1)) < 0) {
                sb.append(h.charAt(0));
            }
        }
        return sb.toString();
    }

    /**
     * Whether a line is a notice's heading: the whole line ({@code D I S C L A I M E R}), or a label
     * before a colon with the notice after it ({@code Safe Harbor:  Except for ...}).
     */
    public static boolean isHeading(String text) {
        // Asked of every line of speech: most open with a letter no heading opens with.
        if (HEADING_INITIALS.indexOf(Character.toLowerCase(firstLetter(text))) < 0) {
            return false;
        }
        int colon = text.indexOf(':');
        String head = colon > 0 && colon <= MAX_HEADING_LENGTH ? text.substring(0, colon)
                : text.length() <= MAX_HEADING_LENGTH * 2 ? text : null;
        return head != null && Speakers.hasAtMostLetters(head, MAX_HEADING_LENGTH) && HEADINGS.contains(Speakers.letters(head));
    }

    private static char firstLetter(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isLetter(text.charAt(i))) {
                return text.charAt(i);
            }
        }
        return ' ';
    }

    /** Tells, from text read line by line, whether it is a legal notice rather than speech. */
    public static final class Reading {
        private int words;
        private int legal;
        private int speech;
        private boolean underHeading;

        /** A heading read before the text. */
        public void heading(String text) {
            underHeading |= isHeading(text);
        }

        /** A line of the text. */
        public void text(String line) {
            underHeading |= isHeading(line);
            String lower = line.toLowerCase(Locale.ROOT);
            words += Tokens.count(lower);
            legal += count(lower, LEGAL_PHRASES);
            speech += count(lower, SPEECH_PHRASES);
        }

        /**
         * Whether the text reads as a notice: nothing in it that only speech says, and either a notice's
         * heading over it or legal phrases all through it.
         */
        public boolean isNotice() {
            return words > 0 && speech == 0 && (underHeading
                    || legal >= MIN_LEGAL_PHRASES && legal * WORDS_PER_LEGAL_PHRASE >= words);
        }

        private static int count(String lower, List<String> phrases) {
            int n = 0;
            for (String p : phrases) {
                for (int at = lower.indexOf(p); at >= 0; at = lower.indexOf(p, at + p.length())) {
                    n++;
                }
            }
            return n;
        }
    }
}
