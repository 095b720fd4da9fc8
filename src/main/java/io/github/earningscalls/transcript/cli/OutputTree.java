package io.github.earningscalls.transcript.cli;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Maps each input under the input folder to its JSON file under the output folder, mirroring the
 * tree: {@code IN/2019/acme.txt} becomes {@code OUT/2019/acme.json}. When two inputs would share an
 * output ({@code acme.txt} and {@code acme.md}) the second is refused, so neither overwrites the other.
 */
final class OutputTree {
    private final Path inputRoot;
    private final Path outputRoot;
    private final Map<Path, Path> claimed = new HashMap<>();

    OutputTree(Path inputRoot, Path outputRoot) {
        this.inputRoot = inputRoot;
        this.outputRoot = outputRoot;
    }

    /**
     * Claims the output of one input. Call in input order from one thread, so the first input keeps
     * the plain name on every run.
     *
     * @return the output path
     * @throws IllegalStateException naming the earlier input, if the output is already claimed
     */
    Path claim(Path input) {
        Path rel = inputRoot.relativize(input);
        String name = rel.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String json = (dot > 0 ? name.substring(0, dot) : name) + ".json";
        Path target = outputRoot.resolve(rel).resolveSibling(json);
        Path key = target.toAbsolutePath().normalize();
        Path earlier = claimed.putIfAbsent(key, input);
        if (earlier != null) {
            throw new IllegalStateException("output " + target + " is already the output of " + earlier
                    + " (narrow --include, or rename one of them)");
        }
        return target;
    }
}
