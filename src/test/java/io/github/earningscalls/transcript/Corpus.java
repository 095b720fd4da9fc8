package io.github.earningscalls.transcript;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Locates the shared corpus of real transcripts; tests that need it skip, with a message, when it is absent. */
public final class Corpus {
    private Corpus() {
    }

    /** The corpus folder, from the {@code transcript.corpus} system property or {@code ../shared/corpus}. */
    public static Path root() {
        String p = System.getProperty("transcript.corpus", "../shared/corpus");
        return Path.of(p).toAbsolutePath().normalize();
    }

    /** Skips the calling test when the corpus is not beside the checkout. */
    public static Path require() {
        Path root = root();
        assumeTrue(Files.isDirectory(root), "corpus not found at " + root + " (../shared is absent); skipping");
        return root;
    }

    /** The {@code .txt} files of one corpus folder, sorted; skips when the corpus is absent. */
    public static List<Path> files(String folder) throws IOException {
        Path dir = require().resolve(folder);
        assumeTrue(Files.isDirectory(dir), "corpus folder " + dir + " not found; skipping");
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().collect(Collectors.toList());
        }
    }
}
