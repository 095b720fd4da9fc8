package io.github.earningscalls.transcript.internal.assemble;

import java.util.Locale;
import java.util.Set;

/**
 * Tells a Q&amp;A turn that only greets, thanks or acknowledges ("Hi, good morning.", "Okay, got it.",
 * "Thanks, Tom.") from one that asks or answers, so that question and answer counts mean what they say.
 */
final class Acknowledgments {
    /** Longer turns say something more, however politely they begin. */
    static final int MAX_WORDS = 12;
    /** More characters than twelve long words and their spaces: a turn this long is never only courtesy. */
    static final int MAX_CHARS = 160;
    /** Capitalised words outside the vocabulary: the names a speaker thanks ("Thanks, Amy and Satya."). */
    private static final int MAX_NAMES = 2;

    private static final Set<String> COURTESY = Set.of("thank", "thanks", "you", "very", "much", "so", "okay", "ok",
            "great", "good", "got", "it", "that's", "thats", "that", "is", "was", "helpful", "all", "for", "me",
            "perfect", "appreciate", "appreciated", "the", "color", "colour", "sure", "yes", "yeah", "right",
            "alright", "and", "congratulations", "congrats", "on", "a", "nice", "quarter", "guys", "again",
            "everyone", "everybody", "both", "of", "your", "time", "answers", "really", "terrific", "excellent",
            "wonderful", "understood", "makes", "sense", "fair", "enough", "fantastic", "awesome", "cheers",
            "take", "care", "i", "we", "helps", "useful", "detail", "details", "insight", "you're", "welcome",
            "oh", "super", "cool", "thankyou", "well", "done", "job", "results", "answer", "question",
            "questions", "taking", "my", "our", "there", "now", "then", "indeed", "noted", "hi", "hello", "hey",
            "morning", "afternoon", "evening", "sir", "folks", "team", "lot");
    /** Words of thanks or greeting: a company speaker's turn is an acknowledgment only when it has one. */
    private static final Set<String> THANKS = Set.of("thank", "thanks", "thankyou", "appreciate", "appreciated",
            "welcome", "cheers", "hi", "hello", "hey", "morning", "afternoon", "evening");

    private Acknowledgments() {
    }

    /**
     * Whether the turn's text only greets, thanks or acknowledges. {@code mustThank} asks for a word of
     * thanks or greeting as well, for company speakers, whose "Yes." or "Sure." answers a question.
     */
    static boolean only(String text, boolean mustThank) {
        if (text.indexOf('?') >= 0) {
            return false;
        }
        int words = 0;
        int names = 0;
        boolean thanked = false;
        int n = text.length();
        for (int i = 0; i < n; ) {
            char c = text.charAt(i);
            if (!Character.isLetter(c)) {
                i++;
                continue;
            }
            int start = i;
            while (i < n && (Character.isLetter(text.charAt(i)) || text.charAt(i) == '\''
                    || text.charAt(i) == '\u2019')) {
                i++;
            }
            String w = text.substring(start, i).replace('\u2019', '\'').toLowerCase(Locale.ROOT);
            if (++words > MAX_WORDS) {
                return false;
            }
            if (THANKS.contains(w)) {
                thanked = true;
            }
            if (!COURTESY.contains(w)) {
                if (!Character.isUpperCase(c) || ++names > MAX_NAMES) {
                    return false;
                }
            }
        }
        return words > 0 && (thanked || !mustThank);
    }
}
