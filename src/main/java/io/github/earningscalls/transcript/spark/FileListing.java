package io.github.earningscalls.transcript.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.GlobFilter;
import org.apache.hadoop.fs.Path;

/**
 * Lists the data source's files on the driver, as Spark's file sources list theirs, and packs them
 * into partitions by size. The listing gives each file's length with its name (one listing call per
 * folder, not one call per file), which the packing needs.
 */
final class FileListing {
    private FileListing() {
    }

    /**
     * The files under some paths, sorted by URI, each once. A path is a file, a folder (read
     * recursively) or a glob; names starting with {@code _} or {@code .} are skipped, as Spark's
     * file sources skip them.
     *
     * @param pathGlobFilter a glob file names must match, or null for all
     * @throws IllegalArgumentException when a path does not exist or a glob matches nothing
     */
    static List<FileStatus> list(List<String> paths, String pathGlobFilter, Configuration conf) {
        Map<Path, FileStatus> files = new LinkedHashMap<>();
        try {
            GlobFilter names = pathGlobFilter == null ? null : new GlobFilter(pathGlobFilter);
            for (String p : paths) {
                Path path = new Path(p);
                FileSystem fs = path.getFileSystem(conf);
                for (FileStatus match : matches(fs, path)) {
                    if (!match.isDirectory()) {
                        add(match, names, files);
                        continue;
                    }
                    addBelow(fs, match.getPath(), names, files);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + paths + ": " + e.getMessage(), e);
        }
        List<FileStatus> sorted = new ArrayList<>(files.values());
        sorted.sort(Comparator.comparing(f -> f.getPath().toUri().toString()));
        return sorted;
    }

    /**
     * Packs files, in order, into partitions as Spark packs a file source's splits: a file counts its
     * length plus {@code openCost}, and a partition holds at most the larger of {@code openCost} and
     * an even share of the total over {@code partitions}, but not over {@code maxPartitionBytes}. A
     * file is never split: a transcript is parsed whole.
     */
    static List<FileGroup> groups(List<FileStatus> files, long maxPartitionBytes, long openCost, int partitions) {
        long total = 0;
        for (FileStatus f : files) {
            total += f.getLen() + openCost;
        }
        long maxSplit = Math.min(maxPartitionBytes, Math.max(openCost, total / Math.max(1, partitions)));
        List<FileGroup> groups = new ArrayList<>();
        List<String> uris = new ArrayList<>();
        long bytes = 0;
        for (FileStatus f : files) {
            // Each file costs its length and the cost of opening it.
            if (!uris.isEmpty() && bytes + uris.size() * openCost + f.getLen() > maxSplit) {
                groups.add(new FileGroup(uris, bytes));
                uris.clear();
                bytes = 0;
            }
            uris.add(f.getPath().toUri().toString());
            bytes += f.getLen();
        }
        if (!uris.isEmpty()) {
            groups.add(new FileGroup(uris, bytes));
        }
        return groups;
    }

    /**
     * Checks that every path exists, or that its glob matches something, without listing folders: what
     * {@code load(path)} checks, as Spark's file sources check it then.
     *
     * @throws IllegalArgumentException naming the first path that does not
     */
    static void requireExisting(List<String> paths, Configuration conf) {
        try {
            for (String p : paths) {
                Path path = new Path(p);
                matches(path.getFileSystem(conf), path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + paths + ": " + e.getMessage(), e);
        }
    }

    private static FileStatus[] matches(FileSystem fs, Path path) throws IOException {
        FileStatus[] matches = fs.globStatus(path);
        if (matches == null || matches.length == 0) {
            // Worded as Spark's own PATH_NOT_FOUND.
            throw new IllegalArgumentException("Path does not exist: " + fs.makeQualified(path));
        }
        return matches;
    }

    private static void add(FileStatus file, GlobFilter names, Map<Path, FileStatus> files) {
        if (!hidden(file.getPath().getName()) && (names == null || names.accept(file.getPath()))) {
            files.putIfAbsent(file.getPath(), file);
        }
    }

    /**
     * Adds the files under a folder, leaving hidden folders unvisited. One {@code listStatus} per folder,
     * as Spark's file index lists: {@code listFiles}' located statuses would ask the local file system for
     * each file's permissions, which it does by starting a process per file.
     */
    private static void addBelow(FileSystem fs, Path folder, GlobFilter names, Map<Path, FileStatus> files)
            throws IOException {
        for (FileStatus status : fs.listStatus(folder)) {
            if (!status.isDirectory()) {
                add(status, names, files);
            } else if (!hidden(status.getPath().getName())) {
                addBelow(fs, status.getPath(), names, files);
            }
        }
    }

    /** Spark's file sources' rule (InMemoryFileIndex): data files never start with _ or . unless partition folders. */
    private static boolean hidden(String name) {
        boolean exclude = name.startsWith("_") && !name.contains("=") || name.startsWith(".") || name.endsWith("._COPYING_");
        return exclude && !name.startsWith("_common_metadata") && !name.startsWith("_metadata");
    }
}
