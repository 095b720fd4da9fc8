package io.github.earningscalls.transcript.internal;

import io.github.earningscalls.transcript.KnownMetadata;
import io.github.earningscalls.transcript.TranscriptFormat;
import io.github.earningscalls.transcript.TranscriptParseException;
import io.github.earningscalls.transcript.internal.assemble.Assembler;
import io.github.earningscalls.transcript.internal.diagnostic.DiagnosticCode;
import io.github.earningscalls.transcript.internal.diagnostic.DiagnosticCollector;
import io.github.earningscalls.transcript.internal.header.CallerKnowledge;
import io.github.earningscalls.transcript.internal.header.FileNamePattern;
import io.github.earningscalls.transcript.internal.header.StoryMetadata;
import io.github.earningscalls.transcript.internal.input.DecodedText;
import io.github.earningscalls.transcript.internal.input.LineIndex;
import io.github.earningscalls.transcript.internal.input.LineReader;
import io.github.earningscalls.transcript.internal.input.Unwrapper;
import io.github.earningscalls.transcript.internal.layout.FormatDetector;
import io.github.earningscalls.transcript.internal.layout.LayoutRules;
import io.github.earningscalls.transcript.internal.layout.preset.Presets;
import io.github.earningscalls.transcript.internal.lex.Lexer;
import io.github.earningscalls.transcript.internal.lex.Line;
import io.github.earningscalls.transcript.internal.lex.PreparedLines;
import io.github.earningscalls.transcript.internal.people.ParticipantDirectory;
import io.github.earningscalls.transcript.model.CallMetadata;
import io.github.earningscalls.transcript.model.Diagnostic;
import io.github.earningscalls.transcript.model.Severity;
import io.github.earningscalls.transcript.model.SourceInfo;
import io.github.earningscalls.transcript.model.Transcript;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** One parse, from decoded text to transcript. A new engine state is used for every input. */
public final class ParseEngine {
    private ParseEngine() {
    }

    public static Transcript parse(DecodedText decoded, String source, ParserSettings settings)
            throws TranscriptParseException {
        DiagnosticCollector diagnostics = new DiagnosticCollector(settings.maxDiagnostics());
        String text = decoded.text();
        Unwrapper.Unwrapped unwrapped = Unwrapper.unwrap(text, source);
        if (unwrapped != null) {
            text = unwrapped.text();
            diagnostics.report(DiagnosticCode.UNWRAPPED, 0, "the transcript was unwrapped from a " + unwrapped.container()
                    + (unwrapped.inPlace() ? "; line numbers and offsets refer to the file itself"
                    : "; line numbers and offsets refer to the unwrapped text"));
        }
        LineIndex raw = LineReader.read(text, settings.maxLineLength(), source);
        if (raw.isBlank()) {
            throw new TranscriptParseException(source, 0, "the input is empty");
        }
        if (decoded.fellBackToCp1252()) {
            diagnostics.report(DiagnosticCode.ENCODING_FALLBACK, 0,
                    "the bytes are not valid UTF-8; read as Windows-1252");
        }
        // Trimmed and repaired once: detection reads the opening lines, the lexer all of them.
        PreparedLines prepared = PreparedLines.of(raw);
        TranscriptFormat format = settings.format();
        double confidence = 1.0;
        if (format == TranscriptFormat.AUTO) {
            FormatDetector.Detection d = FormatDetector.detect(raw, prepared);
            format = d.format();
            confidence = d.confidence();
            if (confidence < FormatDetector.MIN_CONFIDENCE) {
                throw new TranscriptParseException(source, 0, String.format(Locale.ROOT,
                        "no known transcript layout recognised (best guess %s, confidence %.2f); if the text does "
                                + "have speaker turns, choose its layout with TranscriptParser.Builder.format "
                                + "(--format on the command line)",
                        format, confidence));
            }
            diagnostics.report(DiagnosticCode.FORMAT_DETECTED, 0,
                    "read as " + format + " (confidence " + twoDecimals(confidence) + ")");
        }
        LayoutRules rules = Presets.of(format);
        ParticipantDirectory directory = new ParticipantDirectory();
        Lexer lexer = new Lexer(rules, directory, diagnostics);
        List<Line> lines = lexer.lex(raw, prepared);
        if (!lexer.sawRoster()) {
            diagnostics.report(DiagnosticCode.ROSTER_MISSING, 0, "the transcript lists no participants");
        }
        Assembler.Result r = new Assembler(lexer.wrapWidth(), rules.firmThenTitle(), directory, diagnostics,
                settings.maxTurns(), source)
                .assemble(lines);
        CallMetadata metadata = unwrapped == null || unwrapped.story() == null ? r.metadata()
                : StoryMetadata.complete(r.metadata(), unwrapped.story(), diagnostics);
        SourceInfo info = new SourceInfo(source, format, confidence, decoded.charset(), decoded.byteCount(), raw.size(),
                decoded.sha256(), r.fingerprint());
        KnownMetadata fromName = null;
        if (settings.fileNamePattern() != null) {
            fromName = settings.fileNamePattern().read(source);
            if (fromName == null) {
                diagnostics.reportAs(Severity.INFO, DiagnosticCode.HEADER_FIELD_UNPARSABLE, 0, "the file name '"
                        + FileNamePattern.baseName(source) + "' does not match the pattern '"
                        + settings.fileNamePattern().source() + "'");
            }
        }
        metadata = CallerKnowledge.merge(metadata, settings.knownFor(source), fromName, diagnostics);
        List<Diagnostic> all = diagnostics.sorted();
        if (settings.strict()) {
            List<Diagnostic> bad = new ArrayList<>();
            for (Diagnostic d : all) {
                if (d.severity() != Severity.INFO) {
                    bad.add(d);
                }
            }
            if (!bad.isEmpty()) {
                StringBuilder msg = new StringBuilder("strict mode rejects ").append(bad.size()).append(" warning(s):");
                for (Diagnostic d : bad) {
                    msg.append("\n  ").append(source).append(':').append(d);
                }
                throw new TranscriptParseException(source, bad.get(0).line(), msg.toString(), bad);
            }
        }
        return new Transcript(info, metadata, r.participants(), r.sections(), all);
    }

    /**
     * {@code String.format("%.2f")} for every parse's detection message costs more than some stages:
     * the same digits, rounded half up from the shortest decimal as {@link java.util.Formatter} does.
     */
    static String twoDecimals(double value) {
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).toPlainString();
    }
}
