package io.github.earningscalls.transcript.internal.layout;

import io.github.earningscalls.transcript.TranscriptFormat;
import io.github.earningscalls.transcript.internal.lex.Speakers;
import io.github.earningscalls.transcript.internal.util.LowerCase;
import io.github.earningscalls.transcript.model.Role;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A layout preset: the words that mark its structure, the line forms it uses, and the telltales that
 * detect it. Each preset is built in a file of its own under {@code layout.preset} from
 * {@link #builder(TranscriptFormat)}, the settings most layouts share, or derived from another
 * preset with {@link #derive(TranscriptFormat)}, naming only what differs (commons-csv derives
 * {@code CSVFormat.EXCEL} from {@code DEFAULT} this way). Adding a layout means adding a preset
 * file and registering it in {@code Presets}, never a branch on the format in the lexer or the assembler.
 *
 * <p>Keys of the maps and sets are in the form {@link Speakers#letters} gives (lower-case letters
 * only), so spacing, case and punctuation variants match without further rules. Instances are
 * immutable.
 */
public final class LayoutRules {
    /** Noise lines longer than this are text, whatever they start with. */
    static final int MAX_NOISE_LENGTH = 200;
    /** A noise entry this long or longer is a prefix; a shorter single word ("english") must be the whole line. */
    static final int NOISE_PREFIX_MIN_LENGTH = 12;
    /** Footer lines are at least this long: shorter lines are too little to be the vendor's boilerplate. */
    static final int MIN_FOOTER_LENGTH = 5;
    /** A footer's suffix is looked for at the end of the line's first this many characters. */
    static final int FOOTER_SUFFIX_WINDOW = 120;
    /** A translation tag {@code [  7]} closes before this index. */
    static final int MAX_TRANSLATION_TAG = 8;

    /** Every Q&amp;A marker spelling; the canonical one a preset names is moved first. */
    private static final List<String> QA_MARKERS = List.of("questionandanswersession", "questionsandanswersession",
            "questionandanswersessions", "questionsandanswerssession", "questionsandanswers", "questionandanswer",
            "questionandanswers", "qasession", "questionandanswerperiod", "questionandanswersection", "qa",
            "analystqa", "questionsandanswerssection", "questionanswersession", "questionanswer");

    /**
     * A line that starts the vendor's closing boilerplate.
     *
     * @param prefix lower-case start of the line
     * @param suffix lower-case end the line must also have, or null when the prefix alone decides
     */
    public record FooterLine(String prefix, String suffix) {
        /** Checks the prefix: it must not be empty. */
        public FooterLine {
            if (prefix.isEmpty()) {
                throw new IllegalArgumentException("a footer prefix that matches every line");
            }
        }
    }

    private final TranscriptFormat format;
    private final Map<String, Role> rosterHeadings;
    private final boolean rosterFirst;
    private final boolean roleFirstRosterEntries;
    private final List<String> qaMarkers;
    private final Set<String> prepMarkers;
    private final Set<String> endMarkers;
    private final Set<String> bodyMarkers;
    private final Set<String> contentsHeadings;
    private final List<FooterLine> footerLines;
    /** The ASCII first letters of the footer prefixes, as a bit set: most lines start with none of them. */
    private final long footerFirst0;
    private final long footerFirst1;
    private final List<String> noisePrefixes;
    private final boolean translationCopies;
    private final List<String> printedMarkers;
    private final boolean inlineSpeakers;
    private final boolean wrapped;
    private final boolean pageFurniture;
    private final boolean leaderLines;
    private final boolean commaDetail;
    private final boolean bulletRoster;
    private final boolean numberedSpeakerLines;
    private final boolean firmThenTitle;
    private final boolean leadingNames;
    private final List<Telltale> telltales;

    private LayoutRules(Builder b) {
        this.format = Objects.requireNonNull(b.format);
        this.rosterHeadings = Map.copyOf(b.rosterHeadings);
        this.rosterFirst = b.rosterFirst;
        this.roleFirstRosterEntries = b.roleFirstRosterEntries;
        this.qaMarkers = List.copyOf(b.qaMarkers);
        this.prepMarkers = Set.copyOf(b.prepMarkers);
        this.endMarkers = Set.copyOf(b.endMarkers);
        this.bodyMarkers = Set.copyOf(b.bodyMarkers);
        this.contentsHeadings = Set.copyOf(b.contentsHeadings);
        this.footerLines = List.copyOf(b.footerLines);
        long first0 = 0;
        long first1 = 0;
        for (FooterLine f : footerLines) {
            char c = f.prefix().charAt(0);
            if (c < 64) {
                first0 |= 1L << c;
            } else if (c < 128) {
                first1 |= 1L << (c - 64);
            }
        }
        this.footerFirst0 = first0;
        this.footerFirst1 = first1;
        this.noisePrefixes = List.copyOf(b.noisePrefixes);
        this.translationCopies = b.translationCopies;
        this.printedMarkers = List.copyOf(b.printedMarkers);
        this.inlineSpeakers = b.inlineSpeakers;
        this.wrapped = b.wrapped;
        this.pageFurniture = b.pageFurniture;
        this.leaderLines = b.leaderLines;
        this.commaDetail = b.commaDetail;
        this.bulletRoster = b.bulletRoster;
        this.numberedSpeakerLines = b.numberedSpeakerLines;
        this.firmThenTitle = b.firmThenTitle;
        this.leadingNames = b.leadingNames;
        this.telltales = List.copyOf(b.telltales);
    }

    /**
     * A builder for {@code format} holding what most layouts share: the Q&amp;A markers with
     * {@code Questions and Answers} as the canonical spelling, the usual prepared-remarks markers,
     * {@code Operator} as a printed marker, the roster before the call, role-first roster entries read.
     * Everything else is off or empty.
     */
    public static Builder builder(TranscriptFormat format) {
        return new Builder(format);
    }

    /**
     * A builder for {@code format} that starts from these rules, to name only what another layout
     * does differently. Telltales are not carried over: they tell this layout from the one derived.
     */
    public Builder derive(TranscriptFormat format) {
        return new Builder(this, format);
    }

    /** The layout these rules read. */
    public TranscriptFormat format() {
        return format;
    }

    /** Roster headings and the role of the people listed under each. */
    public Map<String, Role> rosterHeadings() {
        return rosterHeadings;
    }

    /**
     * Whether the roster precedes the call, so that a roster heading after the turns starts a second
     * copy of the transcript.
     */
    public boolean rosterFirst() {
        return rosterFirst;
    }

    /** Whether roster entries may name the role first, {@code Chief Financial Officer - Jane Doe}. */
    public boolean roleFirstRosterEntries() {
        return roleFirstRosterEntries;
    }

    /** Markers that open the Q&amp;A; the first is the layout's canonical spelling. */
    public List<String> qaMarkers() {
        return qaMarkers;
    }

    /** Markers that open the prepared remarks. */
    public Set<String> prepMarkers() {
        return prepMarkers;
    }

    /** Markers that close the Q&amp;A without opening anything. */
    public Set<String> endMarkers() {
        return endMarkers;
    }

    /** Markers before which nothing is part of the call (see {@link #summaryBeforeBody()}). */
    public Set<String> bodyMarkers() {
        return bodyMarkers;
    }

    /**
     * Whether machine-written summaries (takeaways, risks, a glossary) stand between the roster and
     * the call: text there is skipped until a {@linkplain #bodyMarkers() body marker}, or until the
     * operator or a listed speaker starts the call, as such summaries are written like speech
     * ({@code Term: meaning}) but nobody says them.
     */
    public boolean summaryBeforeBody() {
        return !bodyMarkers.isEmpty();
    }

    /** Headings of a table of contents whose entries name sections without opening them. */
    public Set<String> contentsHeadings() {
        return contentsHeadings;
    }

    /** The lines that start the vendor's closing boilerplate. */
    public List<FooterLine> footerLines() {
        return footerLines;
    }

    /** Lower-case prefixes of single lines of page chrome, dropped wherever they stand. */
    public List<String> noisePrefixes() {
        return noisePrefixes;
    }

    /** Whether interleaved machine translations are dropped as noise (see {@link #isNoise}). */
    public boolean translationCopies() {
        return translationCopies;
    }

    /** Section markers as the layout prints them, to find them where a scrape ran them into the text. */
    public List<String> printedMarkers() {
        return printedMarkers;
    }

    /** Whether speaker lines are {@code Name: text} with the text on the same line. */
    public boolean inlineSpeakers() {
        return inlineSpeakers;
    }

    /** Whether paragraphs are hard-wrapped over several lines. */
    public boolean wrapped() {
        return wrapped;
    }

    /** Whether the text is a PDF's, with running page headers and footers to remove. */
    public boolean pageFurniture() {
        return pageFurniture;
    }

    /**
     * Whether each turn opens with a dotted leader line, a name line and a title line that ends in
     * the role letter Q or A.
     */
    public boolean leaderLines() {
        return leaderLines;
    }

    /** Whether a speaker line alone may carry its firm or title after a comma ({@code Jane Doe, Acme Securities}). */
    public boolean commaDetail() {
        return commaDetail;
    }

    /**
     * Whether roster entries are bullets, {@code * Jane Doe}, with the firm and title on the next line:
     * any other line but a heading or page chrome then ends the roster.
     */
    public boolean bulletRoster() {
        return bulletRoster;
    }

    /**
     * Whether only a header line that ends in the turn's number opens a turn,
     * {@code Jane Doe,  Acme Corp. - CFO    [3]} or {@code Operator    [1]}: the name runs to the first
     * comma, and no other line is a speaker line.
     */
    public boolean numberedSpeakerLines() {
        return numberedSpeakerLines;
    }

    /**
     * Whether the detail after a name gives the firm first and the title after the last dash,
     * {@code Acme Corp., Research Division - Senior Analyst}.
     */
    public boolean firmThenTitle() {
        return firmThenTitle;
    }

    /**
     * Whether a line may open with the speaker's name and carry the speech after it, with no colon, as
     * two-column Q&amp;A pages come out of a PDF: {@code Jane Roe  Good morning...}, the firm in
     * parentheses starting the next line ({@code (Acme Securities) margin. How much...}).
     */
    public boolean leadingNames() {
        return leadingNames;
    }

    /** The evidence for this layout that detection weighs, in the order their weights are added. */
    public List<Telltale> telltales() {
        return telltales;
    }

    /** Whether a line is single-line page chrome under these rules. */
    public boolean isNoise(String text) {
        if (translationCopies && isTranslationCopy(text)) {
            return true;
        }
        if (noisePrefixes.isEmpty() || text.length() > MAX_NOISE_LENGTH) {
            return false;
        }
        // Indexed loops: asked of every line, and the iterators a for-each makes here were not optimised away.
        for (int i = 0; i < noisePrefixes.size(); i++) {
            String p = noisePrefixes.get(i);
            if (isPrefixEntry(p) ? LowerCase.startsWith(text, p) : LowerCase.equals(text, p)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a noise entry matches the start of a line rather than the whole line: entries that end
     * in a colon, a space or a digit, rules ({@code =====}), copyright marks, and long entries.
     */
    private static boolean isPrefixEntry(String p) {
        char last = p.charAt(p.length() - 1);
        return last == ':' || last == ' ' || Character.isDigit(last) || p.length() >= NOISE_PREFIX_MIN_LENGTH
                || p.startsWith("=") || p.startsWith("(c)");
    }

    /**
     * Machine-translated copies interleave each English line, tagged {@code [  7] [EN]}, with its
     * translation, tagged {@code [中]}, before the plain English line itself; only the plain line is kept.
     */
    private static boolean isTranslationCopy(String text) {
        if (text.startsWith("[\u4e2d]")) {
            return true;
        }
        int close = text.indexOf(']');
        return text.startsWith("[") && close > 0 && close < MAX_TRANSLATION_TAG
                && (text.startsWith(" [EN]", close + 1) || text.startsWith(" [en]", close + 1));
    }

    /** The tag before the plain copy of a translated line: "original text:", with a full-width or plain colon. */
    private static final String[] SOURCE_TEXT_TAGS = {"\u539f\u6587\uff1a", "\u539f\u6587:"};

    /**
     * The length of the tag that marks a line as the plain source text of an interleaved translation
     * ({@code 原文：Jane Roe: Thank you.}), spaces after it included; 0 when the line has none or the layout
     * interleaves no translation.
     */
    public int sourceTextTag(String text) {
        if (!translationCopies) {
            return 0;
        }
        for (String tag : SOURCE_TEXT_TAGS) {
            if (text.startsWith(tag)) {
                int end = tag.length();
                while (end < text.length() && text.charAt(end) == ' ') {
                    end++;
                }
                return end;
            }
        }
        return 0;
    }

    /** The English text of a line an interleaved translation tagged {@code [  7] [EN]}, or the line itself. */
    public static String untagged(String text) {
        int close = text.indexOf(']');
        if (text.startsWith("[") && close > 0 && close < MAX_TRANSLATION_TAG && text.startsWith(" [EN] ", close + 1)) {
            return text.substring(close + 6).trim();
        }
        return text;
    }

    /** Whether a line starts the vendor's closing boilerplate under these rules. */
    public boolean isFooter(String text) {
        if (text.length() < MIN_FOOTER_LENGTH) {
            return false;
        }
        char c = text.charAt(0);
        if (c < 128) {
            // The prefixes are lower case; an ASCII first letter lower-cases into ASCII, so it must be one of theirs.
            c = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
            if ((c < 64 ? footerFirst0 >>> c : footerFirst1 >>> (c - 64)) % 2 == 0) {
                return false;
            }
        }
        for (int i = 0; i < footerLines.size(); i++) {
            FooterLine f = footerLines.get(i);
            if (!LowerCase.startsWith(text, f.prefix())) {
                continue;
            }
            if (f.suffix() == null) {
                return true;
            }
            String head = text.length() > FOOTER_SUFFIX_WINDOW ? text.substring(0, FOOTER_SUFFIX_WINDOW) : text;
            if (head.toLowerCase(Locale.ROOT).endsWith(f.suffix())) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String toString() {
        return "LayoutRules[" + format + "]";
    }

    /** Builds a preset; each setter replaces the setting and says why a layout would change it. */
    public static final class Builder {
        private TranscriptFormat format;
        private Map<String, Role> rosterHeadings = Map.of();
        private boolean rosterFirst = true;
        private boolean roleFirstRosterEntries = true;
        private List<String> qaMarkers = QA_MARKERS;
        private Set<String> prepMarkers = Set.of("presentation", "preparedremarks", "managementdiscussionsection",
                "managementremarks");
        private Set<String> endMarkers = Set.of();
        private Set<String> bodyMarkers = Set.of();
        private Set<String> contentsHeadings = Set.of();
        private List<FooterLine> footerLines = List.of();
        private List<String> noisePrefixes = List.of();
        private boolean translationCopies;
        private List<String> printedMarkers = List.of("Operator");
        private boolean inlineSpeakers;
        private boolean wrapped;
        private boolean pageFurniture;
        private boolean leaderLines;
        private boolean commaDetail;
        private boolean bulletRoster;
        private boolean numberedSpeakerLines;
        private boolean firmThenTitle;
        private boolean leadingNames;
        private final List<Telltale> telltales = new ArrayList<>();

        private Builder(TranscriptFormat format) {
            this.format = Objects.requireNonNull(format);
            canonicalQaMarker("questionsandanswers");
        }

        private Builder(LayoutRules base, TranscriptFormat format) {
            this.format = Objects.requireNonNull(format);
            rosterHeadings = base.rosterHeadings;
            rosterFirst = base.rosterFirst;
            roleFirstRosterEntries = base.roleFirstRosterEntries;
            qaMarkers = base.qaMarkers;
            prepMarkers = base.prepMarkers;
            endMarkers = base.endMarkers;
            bodyMarkers = base.bodyMarkers;
            contentsHeadings = base.contentsHeadings;
            footerLines = base.footerLines;
            noisePrefixes = base.noisePrefixes;
            translationCopies = base.translationCopies;
            printedMarkers = base.printedMarkers;
            inlineSpeakers = base.inlineSpeakers;
            wrapped = base.wrapped;
            pageFurniture = base.pageFurniture;
            leaderLines = base.leaderLines;
            commaDetail = base.commaDetail;
            bulletRoster = base.bulletRoster;
            numberedSpeakerLines = base.numberedSpeakerLines;
            firmThenTitle = base.firmThenTitle;
            leadingNames = base.leadingNames;
        }

        /** Roster headings (as letters) and the role of the people listed under each. */
        public Builder rosterHeadings(Map<String, Role> headings) {
            rosterHeadings = Map.copyOf(headings);
            return this;
        }

        /** Whether the roster precedes the call; false where it is printed after the turns. */
        public Builder rosterFirst(boolean first) {
            rosterFirst = first;
            return this;
        }

        /**
         * Whether an entry that reads as a title, a dash, then a name ({@code Chief Financial Officer - Jane Doe})
         * is read with the name and the title swapped.
         */
        public Builder roleFirstRosterEntries(boolean read) {
            roleFirstRosterEntries = read;
            return this;
        }

        /** The Q&amp;A markers; the first is the canonical spelling, others are reported as variants. */
        public Builder qaMarkers(List<String> markers) {
            qaMarkers = List.copyOf(markers);
            return this;
        }

        /** Makes {@code marker}, one of the Q&amp;A markers, the canonical spelling, keeping the others in order. */
        public Builder canonicalQaMarker(String marker) {
            if (!qaMarkers.contains(marker)) {
                throw new IllegalArgumentException("'" + marker + "' is not one of the Q&A markers " + qaMarkers);
            }
            List<String> ordered = new ArrayList<>(qaMarkers.size());
            ordered.add(marker);
            for (String m : qaMarkers) {
                if (!m.equals(marker)) {
                    ordered.add(m);
                }
            }
            qaMarkers = List.copyOf(ordered);
            return this;
        }

        /** Markers (as letters) that open the prepared remarks. */
        public Builder prepMarkers(String... markers) {
            prepMarkers = Set.of(markers);
            return this;
        }

        /** Markers (as letters) that close the Q&amp;A without opening anything. */
        public Builder endMarkers(String... markers) {
            endMarkers = Set.of(markers);
            return this;
        }

        /**
         * Markers (as letters) before which nothing after the roster is part of the call: a layout
         * that sets them prints machine-written summaries there (see {@link LayoutRules#summaryBeforeBody()}).
         */
        public Builder bodyMarkers(String... markers) {
            bodyMarkers = Set.of(markers);
            return this;
        }

        /** Headings (as letters) of a table of contents whose entries name sections without opening them. */
        public Builder contentsHeadings(String... headings) {
            contentsHeadings = Set.of(headings);
            return this;
        }

        /** Lower-case prefixes of the lines that start the vendor's closing boilerplate. */
        public Builder footerPrefixes(String... prefixes) {
            footerLines = List.of();
            return addFooterPrefixes(prefixes);
        }

        /** Adds lower-case prefixes of footer lines to those the preset has. */
        public Builder addFooterPrefixes(String... prefixes) {
            List<FooterLine> lines = new ArrayList<>(footerLines);
            for (String p : prefixes) {
                lines.add(new FooterLine(p, null));
            }
            footerLines = List.copyOf(lines);
            return this;
        }

        /**
         * Adds a footer line known by its start and its end together, where the start alone also
         * starts ordinary speech ({@code More ... analysis}, a link under the article, against
         * {@code More than that, ...}).
         */
        public Builder footerLine(String prefix, String suffix) {
            List<FooterLine> lines = new ArrayList<>(footerLines);
            lines.add(new FooterLine(prefix, Objects.requireNonNull(suffix)));
            footerLines = List.copyOf(lines);
            return this;
        }

        /**
         * Lower-case single lines of page chrome, dropped wherever they stand: short single words
         * must be the whole line, other entries are prefixes.
         */
        public Builder noisePrefixes(List<String> prefixes) {
            noisePrefixes = List.copyOf(prefixes);
            return this;
        }

        /**
         * Whether interleaved machine translations are dropped: the tagged English copy
         * ({@code [  7] [EN] ...}) and the translation ({@code [中] ...}) beside each plain English line.
         * Layouts scraped from sites that publish such bilingual copies turn it on.
         */
        public Builder translationCopies(boolean drop) {
            translationCopies = drop;
            return this;
        }

        /** Section markers as printed, in the order they are searched for in run-together text. */
        public Builder printedMarkers(String... markers) {
            printedMarkers = List.of(markers);
            return this;
        }

        /** Whether speaker lines are {@code Name: text}; a short capitalised line alone is then a fragment. */
        public Builder inlineSpeakers(boolean inline) {
            inlineSpeakers = inline;
            return this;
        }

        /** Whether paragraphs are hard-wrapped, so that a speaker line can only follow a paragraph's end. */
        public Builder wrapped(boolean hardWrapped) {
            wrapped = hardWrapped;
            return this;
        }

        /** Whether the text comes from PDF pages whose running headers and footers are to be removed. */
        public Builder pageFurniture(boolean pdfPages) {
            pageFurniture = pdfPages;
            return this;
        }

        /** Whether turns open with a dotted leader, a name line and a title line ending in Q or A. */
        public Builder leaderLines(boolean leaders) {
            leaderLines = leaders;
            return this;
        }

        /** Whether a speaker line alone may carry its firm or title after a comma. */
        public Builder commaDetail(boolean comma) {
            commaDetail = comma;
            return this;
        }

        /** Whether roster entries are {@code * Name} bullets with the firm and title on the next line. */
        public Builder bulletRoster(boolean bullets) {
            bulletRoster = bullets;
            return this;
        }

        /** Whether only a header line ending in the turn's number, {@code Jane Doe,  Acme - CFO    [3]}, opens a turn. */
        public Builder numberedSpeakerLines(boolean numbered) {
            numberedSpeakerLines = numbered;
            return this;
        }

        /** Whether a name's detail reads {@code Firm - Title}, split at the last dash. */
        public Builder firmThenTitle(boolean firmFirst) {
            firmThenTitle = firmFirst;
            return this;
        }

        /**
         * Whether a line may open with a speaker's name followed by the speech, with no colon: a name the
         * transcript already knows, or a new name with its firm in parentheses on the next line.
         */
        public Builder leadingNames(boolean leading) {
            leadingNames = leading;
            return this;
        }

        /** Adds a telltale; detection adds the weights of the telltales met in the order they were added. */
        public Builder telltale(Telltale telltale) {
            telltales.add(Objects.requireNonNull(telltale));
            return this;
        }

        /** The preset. */
        public LayoutRules build() {
            return new LayoutRules(this);
        }
    }
}
