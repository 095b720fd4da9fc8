package io.github.earningscalls.transcript.cli;

import java.io.IOException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The inputs under a folder: every entry that is not a folder and whose path relative to the
 * folder matches an include glob and no exclude glob. Symbolic links are listed (and followed when
 * read) but never descended into, so a link loop cannot make the walk endless.
 */
final class InputTree {
    private InputTree() {
    }

    /**
     * The result of a walk.
     *
     * @param files    the matching entries, sorted so that every run processes them in the same order
     * @param failures folders or entries that could not be looked at; they may hold inputs, so they
     *                 are reported rather than silently skipped
     */
    record Listing(List<Path> files, List<InputFailure> failures) {
    }

    /**
     * Walks {@code root}.
     *
     * @param root     the input folder, as the user gave it (input names are built from it)
     * @param select   which entries are inputs, and which folders not to enter
     * @param skip     absolute, normalised paths not to list or enter: the tool's own outputs
     */
    static Listing list(Path root, FileSelection select, Set<Path> skip)
            throws IOException {
        List<Path> files = new ArrayList<>();
        List<InputFailure> failures = new ArrayList<>();
        // A walk that does not follow links would see a linked input folder as one file; walk its
        // target instead, and name what is found under the folder as the user gave it.
        Path start = Files.isSymbolicLink(root) ? root.toRealPath() : root;
        Files.walkFileTree(start, EnumSet.noneOf(FileVisitOption.class), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                Path folder = asGiven(dir);
                boolean leftOut = skip.contains(folder.toAbsolutePath().normalize())
                        || dir != start && select.excludesFolder(root.relativize(folder));
                return leftOut ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path found, BasicFileAttributes attrs) {
                Path file = asGiven(found);
                Path rel = root.relativize(file);
                if (!attrs.isDirectory() && select.selects(rel)
                        && !skip.contains(file.toAbsolutePath().normalize())) {
                    files.add(file);
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path found, IOException e) {
                Path file = asGiven(found);
                failures.add(InputFailure.of(file.toString(), file, e));
                return FileVisitResult.CONTINUE;
            }

            private Path asGiven(Path found) {
                return found == start ? root : root.resolve(start.relativize(found));
            }
        });
        Collections.sort(files);
        return new Listing(List.copyOf(files), List.copyOf(failures));
    }
}
