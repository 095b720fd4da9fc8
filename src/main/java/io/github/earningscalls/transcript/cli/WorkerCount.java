package io.github.earningscalls.transcript.cli;

/**
 * How many files a batch parses at a time: at most what {@code --threads} allows, at most one per
 * file, and one per {@link #BYTES_PER_WORKER} of input.
 *
 * <p>Why a small folder gets one worker: a batch runs in a JVM that has just started, so its first
 * seconds run interpreted code while the JIT compiles the parser on the remaining cores. A second
 * worker takes those cores from the compiler, and on a small folder the run is over before the
 * compiled code repays it: on two cores, {@code --threads 2} was slower than 1 on the 47 Seeking
 * Alpha files (2.6 MB). Past a few megabytes per worker the parsing itself dominates and the
 * workers scale.
 */
final class WorkerCount {
    /** The input each worker must have to itself before another one is started. */
    static final long BYTES_PER_WORKER = 8L << 20;

    private WorkerCount() {
    }

    /**
     * The number of workers for an input.
     *
     * @param maxThreads the most the user allows, at least 1
     * @param files      how many files the input holds
     * @param bytes      their total size
     * @return from 1 to {@code maxThreads}
     */
    static int of(int maxThreads, int files, long bytes) {
        long bySize = Math.max(1, bytes / BYTES_PER_WORKER);
        return (int) Math.max(1, Math.min(maxThreads, Math.min(files, bySize)));
    }
}
