package io.github.earningscalls.transcript.cli;

import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;

/**
 * An output file that appears whole or not at all: bytes go to a hidden temporary file beside the
 * target, which {@link #commit()} syncs and renames over the target in one step. Closing without
 * committing deletes the temporary file, and so does a shutdown hook when the run is interrupted
 * (Ctrl-C, SIGTERM), so no half-written file is ever left behind.
 *
 * <pre>{@code
 * try (AtomicFile f = AtomicFile.create(target, overwrite)) {
 *     write(f.stream());
 *     f.commit();
 * }
 * }</pre>
 */
final class AtomicFile implements Closeable {
    /** Temporary files not yet committed or deleted, for the shutdown hook. */
    private static final Set<Path> PENDING = ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(AtomicFile::deletePending, "transcript-parser-cleanup"));
    }

    private final Path target;
    private final Path temp;
    private final boolean overwrite;
    private final FileChannel channel;
    private final OutputStream stream;
    private boolean finished;

    private AtomicFile(Path target, Path temp, boolean overwrite, FileChannel channel) {
        this.target = target;
        this.temp = temp;
        this.overwrite = overwrite;
        this.channel = channel;
        this.stream = new BufferedOutputStream(Channels.newOutputStream(channel), 64 * 1024);
    }

    /**
     * Starts writing {@code target}, creating its folder when missing.
     *
     * @param overwrite whether an existing target may be replaced
     * @throws FileAlreadyExistsException if the target exists and {@code overwrite} is false
     * @throws FileSystemException        if the target is a folder
     */
    static AtomicFile create(Path target, boolean overwrite) throws IOException {
        checkTarget(target, overwrite);
        Path dir = target.toAbsolutePath().getParent();
        for (Path d = dir; d != null; d = d.getParent()) {
            // createDirectories would only say "file exists", naming neither the problem nor the culprit.
            if (Files.exists(d)) {
                if (!Files.isDirectory(d)) {
                    throw new FileSystemException(d.toString(), null, "is a file, not a folder");
                }
                break;
            }
        }
        Files.createDirectories(dir);
        // CREATE_NEW rather than Files.createTempFile: the latter makes the file owner-only (0600),
        // and the renamed output would keep those surprising permissions instead of the umask's.
        String base = target.getFileName().toString();
        if (base.length() > 100) {
            base = base.substring(0, 100);
        }
        for (int attempt = 0; ; attempt++) {
            Path temp = dir.resolve("." + base + "." + Long.toHexString(ThreadLocalRandom.current().nextLong()) + ".tmp");
            try {
                FileChannel ch = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                PENDING.add(temp);
                return new AtomicFile(target, temp, overwrite, ch);
            } catch (FileAlreadyExistsException e) {
                if (attempt > 10) {
                    throw e;
                }
            }
        }
    }

    /** Where the bytes go until {@link #commit()}; buffered, and closed by this object. */
    OutputStream stream() {
        return stream;
    }

    /** Syncs the bytes to disk and renames the temporary file over the target. */
    void commit() throws IOException {
        if (finished) {
            throw new IllegalStateException("already committed or closed: " + target);
        }
        stream.flush();
        channel.force(true);
        channel.close();
        // Checked again because another process may have created the target while we wrote.
        checkTarget(target, overwrite);
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temp);
            PENDING.remove(temp);
        }
        finished = true;
    }

    /** Deletes the temporary file unless {@link #commit()} succeeded. */
    @Override
    public void close() throws IOException {
        if (finished) {
            return;
        }
        finished = true;
        try {
            channel.close();
        } finally {
            Files.deleteIfExists(temp);
            PENDING.remove(temp);
        }
    }

    /**
     * Checks that {@code target} may be written, so that callers can refuse before doing the work
     * that would produce it.
     *
     * @throws FileAlreadyExistsException if it exists and {@code overwrite} is false
     * @throws FileSystemException        if it is a folder
     */
    static void checkTarget(Path target, boolean overwrite) throws IOException {
        if (Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
            throw new FileSystemException(target.toString(), null, "is a folder");
        }
        if (!overwrite && Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            throw new FileAlreadyExistsException(target.toString(), null, "exists (use --overwrite to replace it)");
        }
    }

    private static void deletePending() {
        for (Path p : PENDING) {
            try {
                Files.deleteIfExists(p);
            } catch (IOException e) {
                // nothing more to do while the JVM exits
            }
        }
    }
}
