package io.github.earningscalls.transcript.internal.lex;

import io.github.earningscalls.transcript.internal.layout.LayoutRules;
import io.github.earningscalls.transcript.internal.people.Names;
import io.github.earningscalls.transcript.internal.people.ParticipantDirectory;
import io.github.earningscalls.transcript.internal.people.Person;
import io.github.earningscalls.transcript.internal.people.Titles;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Recognises speaker lines: a name alone on its line ({@code Jane Doe}, {@code Jane Doe -- CFO}),
 * a vendor's speaker tag, or, in inline layouts, a name before a colon with the speech after it
 * ({@code JANE DOE, CFO, ACME CORP.: Thank you.}).
 */
public final class SpeakerLines {
    /** The longest name-and-title prefix before an inline colon. */
    public static final int MAX_INLINE_PREFIX = 120;
    /** A label in capitals, wrapped and joined ({@code NAME, TITLE, FIRM, RESEARCH DIVISION:}), is no longer. */
    private static final int MAX_CAPITALS_PREFIX = 2 * MAX_INLINE_PREFIX;
    /** A speaker line alone is a name and maybe a title; a longer line is text. */
    private static final int MAX_SPEAKER_LINE_LENGTH = 200;
    /** In wrapped text a longer line is a full line of speech, never a speaker line the roster does not name. */
    private static final int MAX_WRAPPED_SPEAKER_LINE_LENGTH = 100;
    /** Generic labels ({@code Unidentified Company Representative}) are short; a longer line only starts like one. */
    private static final int MAX_GENERIC_LABEL_LENGTH = 50;
    /** A name the roster knows is taken up to this length; a longer one must also look like a name. */
    private static final int MAX_UNCHECKED_NAME_LENGTH = 40;
    /** The title or firm after a name; a longer detail is a sentence that happens to contain a dash. */
    private static final int MAX_DETAIL_LENGTH = 150;
    /** The rule of hyphens that closes a numbered turn header. */
    private static final String RULE = "-----";
    /** A name that opens a line of speech is this short at most. */
    private static final int MAX_LEADING_NAME_LENGTH = 40;
    /** A name that opens a line of speech has this many words at most. */
    private static final int MAX_LEADING_NAME_WORDS = 4;
    /** A firm in parentheses at the start of a line is this short at most. */
    private static final int MAX_FIRM_COLUMN_LENGTH = 60;
    /** A vendor's speaker tag ({@code [0AB12-E Jane Doe]}, {@code UCR:}); a longer bracketed line is a note. */
    private static final int MAX_TAG_LENGTH = 80;

    /**
     * A recognised speaker line.
     *
     * @param name      the speaker's name
     * @param detail    the title or firm printed with it, or null
     * @param mark      the line's question or answer prefix
     * @param labelEnd  where the label ends in the line
     * @param textStart where the speech starts in the line (the line's length when none follows)
     * @param titleBelow whether the detail is the next line, a title line that opens no speech
     */
    record Found(String name, String detail, RoleMark mark, int labelEnd, int textStart, boolean titleBelow) {
        /** A speaker line whose detail, if any, is on the line itself. */
        Found(String name, String detail, RoleMark mark, int labelEnd, int textStart) {
            this(name, detail, mark, labelEnd, textStart, false);
        }

        /** Whether two spaces or more part the label from the speech on {@code line}. */
        boolean apart(String line) {
            return textStart - labelEnd >= 2 && labelEnd < line.length();
        }
    }

    private final LayoutRules rules;
    private final ParticipantDirectory directory;
    /**
     * {@link Names#looksLikeName(String, int)} with two words, by label: the labels of the speakers the roster
     * does not list (all of them in some layouts) recur all through a call, and are judged once.
     */
    private final Map<String, Boolean> twoWordNames = new HashMap<>();
    /**
     * Whether the line before the one being classified ended a paragraph (or was blank, a heading or
     * a speaker line); set by the lexer. In wrapped text only such a line can be followed by a speaker.
     */
    boolean afterBreak = true;
    /** The keys of the names the transcript gives outside a roster, in a cover list or as inline labels. */
    private Set<String> namedElsewhere = Set.of();
    /** The new names {@link #leading} found with their firm: later lines may open with them alone. */
    private final Set<String> leadingSpeakers = new HashSet<>();
    /** One-word inline labels the whole transcript supports as speakers' (see {@link OneWordLabels}). */
    private OneWordLabels.Found oneWordLabels = OneWordLabels.Found.NONE;

    public SpeakerLines(LayoutRules rules, ParticipantDirectory directory) {
        this.rules = rules;
        this.directory = directory;
    }

    /** Sets the names the transcript gives outside a roster (see {@link NamedPeople}). */
    void namedElsewhere(Set<String> keys) {
        namedElsewhere = keys;
    }

    /** Sets the one-word inline labels taken as speakers'. */
    void oneWordLabels(OneWordLabels.Found labels) {
        oneWordLabels = labels;
    }

    boolean isSpeaker(String text, String next) {
        return find(text, next) != null;
    }

    public boolean isInline(String text) {
        return rules.inlineSpeakers() && inline(text) != null;
    }

    public Found find(String text, String next) {
        if (rules.numberedSpeakerLines()) {
            return numbered(text, next);
        }
        if (rules.inlineSpeakers()) {
            Found f = inline(text);
            if (f != null) {
                return f;
            }
        }
        if (rules.leadingNames() && afterBreak) {
            Found f = leading(text, next);
            if (f != null) {
                return f;
            }
        }
        return alone(text, next);
    }

    /**
     * A line that opens with the speaker's name and goes on with the speech, as a two-column page comes
     * out of a PDF: a name the transcript already knows, as it knows it ({@code Jane Roe Thank you, Tom.}),
     * or a new name whose firm, in parentheses, starts the next line ({@code Tom Poe Good morning. My
     * question} then {@code (Acme Securities) is on costs.}). A new name runs to a gap of two spaces, or
     * else is the shortest that ends in a capitalised word before a capitalised one.
     */
    private Found leading(String text, String next) {
        if (!Character.isUpperCase(text.charAt(0))) {
            return null;
        }
        String firm = firmColumn(next);
        Found known = null;
        Found fresh = null;
        int words = 0;
        for (int i = 1; i < text.length() && i <= MAX_LEADING_NAME_LENGTH && words < MAX_LEADING_NAME_WORDS; i++) {
            if (text.charAt(i) != ' ' || text.charAt(i - 1) == ' ') {
                continue;
            }
            words++;
            int textStart = i;
            while (textStart < text.length() && text.charAt(textStart) == ' ') {
                textStart++;
            }
            if (words < 2 || textStart >= text.length() || !Character.isUpperCase(text.charAt(textStart))) {
                continue;
            }
            String name = text.substring(0, i);
            Person p = directory.exact(name);
            if (p != null && p.name().equals(name) || leadingSpeakers.contains(name)) {
                // The longest name the transcript knows wins: "Jane van Roe" over "Jane van".
                known = new Found(name, firm, RoleMark.NONE, i, textStart);
            }
            boolean apart = textStart - i >= 2;
            if (firm != null && (fresh == null || apart && !fresh.apart(text))
                    && Character.isUpperCase(text.charAt(name.lastIndexOf(' ') + 1)) && looksLikeTwoWordName(name)) {
                fresh = new Found(name, firm, RoleMark.NONE, i, textStart);
            }
            if (apart) {
                break;
            }
        }
        if (known == null && fresh != null) {
            leadingSpeakers.add(fresh.name());
        }
        return known != null ? known : fresh;
    }

    /**
     * Whether a name-like line is a company's name: a legal suffix after a word that names firms
     * ({@code Acme Bank AG}, {@code Fenwick Holdings plc}); a person may be called Scott Group, but no
     * person's name ends in "Bank AG".
     */
    private static boolean isCompanyName(String name) {
        int sp = name.lastIndexOf(' ');
        return sp > 0 && Titles.isCompanySuffix(name.substring(sp + 1)) && Titles.looksLikeFirm(name.substring(0, sp));
    }

    /** The firm in parentheses a line starts with, {@code (Acme Securities) is on costs.}, or null. */
    static String firmColumn(String line) {
        if (line == null || !line.startsWith("(")) {
            return null;
        }
        int close = line.indexOf(')');
        if (close < 2 || close > MAX_FIRM_COLUMN_LENGTH) {
            return null;
        }
        String firm = line.substring(1, close).trim();
        return !firm.isEmpty() && Character.isUpperCase(firm.charAt(0)) && Titles.looksLikeTitleOrFirm(firm) ? firm : null;
    }

    private Found inline(String text) {
        int colon = text.indexOf(':');
        if (colon <= 0
                || colon > MAX_INLINE_PREFIX && (colon > MAX_CAPITALS_PREFIX || !LineShapes.isCapitals(text, colon))) {
            // A label in capitals with a long title and firm may be longer, once wrapped lines are joined.
            return null;
        }
        String prefix = text.substring(0, colon).trim();
        int textStart = colon + 1;
        while (textStart < text.length() && Character.isWhitespace(text.charAt(textStart))) {
            textStart++;
        }
        boolean alone = textStart >= text.length();
        if (prefix.isEmpty() || hasDigit(prefix)
                || alone && !(prefix.indexOf(',') > 0 && LineShapes.isCapitals(prefix, prefix.length()))) {
            // Alone on its line, only "NAME, TITLE, FIRM:" in capitals is a label: the speech follows below it.
            return null;
        }
        String name = prefix;
        String detail = null;
        int comma = prefix.indexOf(',');
        int dash = Speakers.findDash(prefix);
        if (comma > 0 && (dash < 0 || comma < dash)) {
            name = prefix.substring(0, comma).trim();
            detail = prefix.substring(comma + 1).trim();
        } else {
            Speakers.Label l = Speakers.split(prefix);
            name = l.name();
            detail = l.detail();
        }
        name = Speakers.stripBrackets(name);
        int open = name.indexOf('(');
        if (detail == null && open > 0 && name.endsWith(")")) {
            // "Jane Roe (Acme Securities): ...": the firm or title in parentheses after the name.
            detail = name.substring(open + 1, name.length() - 1).trim();
            name = name.substring(0, open).trim();
        }
        if (name.isEmpty()) {
            return null;
        }
        String abbreviation = Speakers.abbreviation(name);
        if (abbreviation != null) {
            name = abbreviation;
        } else if (!(Speakers.isOperator(name)
                || Speakers.genericRole(name) != null && name.length() <= MAX_GENERIC_LABEL_LENGTH
                || known(name) || looksLikeTwoWordName(name)
                || oneWordLabels.labels().contains(name.toLowerCase(Locale.ROOT)))) {
            return null;
        }
        if (detail == null && oneWordLabels.operators().contains(name.toLowerCase(Locale.ROOT))) {
            // The operator called by name: the label stays as printed, the speaker is the operator.
            name = "Operator";
        }
        return new Found(name, detail == null || detail.isEmpty() ? null : detail, RoleMark.NONE, colon + 1, textStart);
    }

    private Found alone(String text, String next) {
        int n = text.length();
        if (n > MAX_SPEAKER_LINE_LENGTH) {
            return null;
        }
        if (Speakers.isOperator(text)) {
            return new Found(text, null, RoleMark.NONE, n, n);
        }
        String tagged = taggedSpeaker(text);
        if (tagged != null) {
            return new Found(tagged, null, RoleMark.NONE, n, n);
        }
        Speakers.Label label = Speakers.split(text);
        if (rules.commaDetail() && label.detail() == null && text.indexOf(", ") > 0) {
            // "Jane Doe, Acme Securities": the firm or title after a comma.
            int comma = text.indexOf(", ");
            String detail = text.substring(comma + 2).trim();
            if (!Titles.looksLikeTitleOrFirm(detail)) {
                // "Jane, I'm hearing ...": a line of speech that starts by naming someone.
                return null;
            }
            label = new Speakers.Label(Speakers.stripBrackets(text.substring(0, comma).trim()), detail, RoleMark.NONE);
        }
        String name = label.name();
        if (name.isEmpty() || LineShapes.endsSentence(name)) {
            return null;
        }
        if (Speakers.isOperator(name) || Speakers.genericRole(name) != null && name.length() <= MAX_GENERIC_LABEL_LENGTH) {
            return new Found(name, label.detail(), label.mark(), n, n);
        }
        if (name.length() > MAX_UNCHECKED_NAME_LENGTH && !Names.looksLikeName(name, 1)) {
            // Implausible whether the roster knows it or not: skip resolving, which most lines of wrapped
            // text would otherwise reach.
            return null;
        }
        boolean known = known(name);
        if (!known && isCompanyName(name)) {
            // "Acme Bank AG" on a cover page names the company, not a speaker.
            return null;
        }
        if (rules.wrapped() && !known && (!afterBreak || n > MAX_WRAPPED_SPEAKER_LINE_LENGTH)) {
            // A short line in wrapped text is a speaker only where a paragraph has just ended.
            return null;
        }
        boolean titleBelow = false;
        if (rules.inlineSpeakers() && !(known && afterBreak)) {
            // In inline layouts a short capitalised line is a wrapped fragment unless the roster names it and
            // it follows a finished paragraph ("... with us today" then "Mr. Jane Roe – CFO; ..."), or the
            // transcript names the person elsewhere and a title line follows ("Jane Roe" / "Chief Executive
            // Officer"): the prepared remarks of a call whose questions are inline.
            titleBelow = afterBreak && label.detail() == null && next != null && namedElsewhere.contains(Names.key(name))
                    && LineShapes.isTitleLine(next);
            if (!titleBelow) {
                return null;
            }
        }
        boolean plausible = known ? name.length() <= MAX_UNCHECKED_NAME_LENGTH || Names.looksLikeName(name, 1)
                : looksLikeTwoWordName(name);
        if (!plausible) {
            return null;
        }
        if (label.detail() != null && (label.detail().length() > MAX_DETAIL_LENGTH
                || LineShapes.endsSentence(label.detail()))) {
            return null;
        }
        if (!known && next == null) {
            // A name-like line that nothing follows is a fragment, not a speaker.
            return null;
        }
        if (titleBelow) {
            return new Found(name, next, label.mark(), n, n, true);
        }
        return new Found(name, label.detail(), label.mark(), n, n);
    }

    /**
     * A turn header that ends in the turn's number. Between its two rules it is certainly one; without
     * the rule after it, the label must be the operator, a generic label, a listed name or look like a name.
     */
    private Found numbered(String text, String next) {
        NumberedSpeakerLine header = NumberedSpeakerLine.parse(text);
        if (header == null) {
            return null;
        }
        String name = header.name();
        boolean ruleFollows = next != null && next.startsWith(RULE);
        if (!ruleFollows && !Speakers.isOperator(name) && Speakers.genericRole(name) == null && !known(name)
                && !looksLikeTwoWordName(name)) {
            return null;
        }
        return new Found(name, header.detail(), RoleMark.NONE, text.length(), text.length());
    }

    private boolean looksLikeTwoWordName(String name) {
        if (name.length() > Names.MAX_NAME_LENGTH) {
            return false;
        }
        Boolean nameLike = twoWordNames.get(name);
        if (nameLike == null) {
            nameLike = Names.looksLikeName(name, 2);
            twoWordNames.put(name, nameLike);
        }
        return nameLike;
    }

    private boolean known(String name) {
        return directory.resolve(name).kind() != ParticipantDirectory.MatchKind.NONE;
    }

    /**
     * The speaker of a line that is only a vendor's speaker tag: a bracketed tag ending in a roster
     * name ({@code [0AB12-E Jane Doe]}), or an abbreviation with a colon ({@code UCR:} for an
     * unidentified company representative). Null for any other line.
     */
    private String taggedSpeaker(String text) {
        if (text.length() > MAX_TAG_LENGTH) {
            return null;
        }
        if (text.startsWith("[") && text.endsWith("]")) {
            String[] words = text.substring(1, text.length() - 1).trim().split(" +");
            for (int k = Math.max(1, words.length - 4); k < words.length; k++) {
                Person p = directory.exact(String.join(" ", Arrays.asList(words).subList(k, words.length)));
                if (p != null && p.listed()) {
                    return p.name();
                }
            }
            return null;
        }
        if (text.endsWith(":")) {
            return Speakers.abbreviation(text.substring(0, text.length() - 1).trim());
        }
        return null;
    }

    private static boolean hasDigit(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isDigit(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
