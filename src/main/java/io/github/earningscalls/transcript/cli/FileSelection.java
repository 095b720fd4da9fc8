package io.github.earningscalls.transcript.cli;

import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.PatternSyntaxException;

/**
 * Which files under an input folder are inputs: {@code --include} and {@code --exclude} globs,
 * matched the way {@code .gitignore} and {@code rsync} users expect.
 *
 * <ul>
 *   <li>A pattern without {@code /} matches a name at any depth: {@code --include '*.txt'} every
 *       {@code .txt} file, {@code --exclude 'EMPTY*'} every file (and folder) whose name starts with
 *       {@code EMPTY}.</li>
 *   <li>A pattern with {@code /} matches the path relative to the input folder; a leading
 *       {@code **}{@code /} also matches no folder at all, so {@code --exclude '**}{@code /drafts/**'}
 *       excludes {@code drafts/a.txt} as well as {@code 2024/drafts/a.txt}.</li>
 *   <li>An exclude that matches a folder excludes everything under it; a trailing {@code /} makes
 *       a pattern match folders only.</li>
 * </ul>
 *
 * <p>Each pattern remembers whether it matched anything, so that a run can warn about one that did
 * not: a typo in a glob otherwise changes nothing, silently.
 */
final class FileSelection {
    private final List<Glob> includes;
    private final List<Glob> excludes;

    private FileSelection(List<Glob> includes, List<Glob> excludes) {
        this.includes = includes;
        this.excludes = excludes;
    }

    /**
     * Compiles the patterns.
     *
     * @throws IllegalArgumentException naming a pattern that is not a valid glob
     */
    static FileSelection of(List<String> includes, List<String> excludes) {
        return new FileSelection(compile("--include", includes), compile("--exclude", excludes));
    }

    /** Whether the walk should leave out a folder, given as a path relative to the input folder. */
    boolean excludesFolder(Path folder) {
        return matchesAny(excludes, folder, true);
    }

    /** Whether a file, given as a path relative to the input folder, is an input. */
    boolean selects(Path file) {
        boolean included = matchesAny(includes, file, false);
        boolean excluded = matchesAny(excludes, file, false);
        return included && !excluded;
    }

    /** The patterns that matched nothing, as given: {@code --exclude 'EMPTY*'}. */
    List<String> unmatched() {
        List<String> out = new ArrayList<>();
        for (List<Glob> globs : List.of(includes, excludes)) {
            for (Glob g : globs) {
                if (!g.matched) {
                    out.add(g.option + " '" + g.pattern + "'");
                }
            }
        }
        return out;
    }

    /** Every pattern is tried, not only up to the first match, so that each learns it matched. */
    private static boolean matchesAny(List<Glob> globs, Path rel, boolean folder) {
        boolean any = false;
        for (Glob g : globs) {
            any |= g.matches(rel, folder);
        }
        return any;
    }

    private static List<Glob> compile(String option, List<String> patterns) {
        List<Glob> globs = new ArrayList<>();
        for (String p : patterns) {
            try {
                globs.add(new Glob(option, p));
            } catch (PatternSyntaxException e) {
                throw new IllegalArgumentException("invalid glob '" + p + "': " + e.getDescription(), e);
            }
        }
        return globs;
    }

    /** One pattern. */
    private static final class Glob {
        final String option;
        final String pattern;
        final boolean byName;
        final boolean foldersOnly;
        final PathMatcher matcher;
        /** For a pattern starting with a folder wildcard: the same without it, or null. */
        final PathMatcher withoutLeadingFolders;
        boolean matched;

        Glob(String option, String pattern) {
            this.option = option;
            this.pattern = pattern;
            String p = pattern.startsWith("/") ? pattern.substring(1) : pattern;
            foldersOnly = p.endsWith("/") && p.length() > 1;
            if (foldersOnly) {
                p = p.substring(0, p.length() - 1);
            }
            byName = !p.contains("/");
            matcher = FileSystems.getDefault().getPathMatcher("glob:" + p);
            withoutLeadingFolders = p.startsWith("**/")
                    ? FileSystems.getDefault().getPathMatcher("glob:" + p.substring(3)) : null;
        }

        boolean matches(Path rel, boolean folder) {
            if (foldersOnly && !folder) {
                return false;
            }
            Path subject = byName ? rel.getFileName() : rel;
            boolean m = subject != null && (matcher.matches(subject)
                    || withoutLeadingFolders != null && withoutLeadingFolders.matches(subject));
            matched |= m;
            return m;
        }
    }
}
