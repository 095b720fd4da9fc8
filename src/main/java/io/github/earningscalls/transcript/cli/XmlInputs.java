package io.github.earningscalls.transcript.cli;

import io.github.earningscalls.transcript.internal.input.StreetEventsXml;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Which {@code .xml} files of a batch's default selection are transcripts: StreetEvents XML, whose
 * root element is {@code <Event>}. Other XML (a sitemap, a feed's index) is left out of the batch.
 */
final class XmlInputs {
    /** The opening bytes read to find the root element. */
    private static final int SNIFF_BYTES = 4096;

    private XmlInputs() {
    }

    /**
     * The files without the {@code .xml} ones that are not transcripts.
     *
     * @param skipped receives the {@code .xml} files left out
     */
    static List<Path> transcripts(List<Path> files, List<Path> skipped) {
        List<Path> kept = new ArrayList<>(files.size());
        for (Path f : files) {
            if (isXml(f) && !isTranscript(f)) {
                skipped.add(f);
            } else {
                kept.add(f);
            }
        }
        return kept;
    }

    static boolean isXml(Path f) {
        Path name = f.getFileName();
        return name != null && name.toString().toLowerCase(Locale.ROOT).endsWith(".xml");
    }

    /** Whether the file opens as StreetEvents XML; a file that cannot be read is kept, for the parse to report. */
    static boolean isTranscript(Path f) {
        byte[] head;
        try (InputStream in = Files.newInputStream(f)) {
            head = in.readNBytes(SNIFF_BYTES);
        } catch (IOException | RuntimeException e) {
            return true;
        }
        return StreetEventsXml.looksLike(new String(head, StandardCharsets.UTF_8));
    }
}
