package io.github.earningscalls.transcript.cli;

import static io.github.earningscalls.transcript.cli.WorkerCount.BYTES_PER_WORKER;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The batch's worker count: one per {@link WorkerCount#BYTES_PER_WORKER}, within the user's and the files' limits. */
class WorkerCountTest {
    @Test
    void aSmallFolderGetsOneWorkerWhateverTheThreads() {
        assertThat(WorkerCount.of(2, 47, 2_600_000)).isEqualTo(1);
        assertThat(WorkerCount.of(64, 47, BYTES_PER_WORKER * 2 - 1)).isEqualTo(1);
        assertThat(WorkerCount.of(4, 0, 0)).isEqualTo(1);
    }

    @Test
    void eachWorkerHasItsShareOfTheInput() {
        assertThat(WorkerCount.of(8, 1000, BYTES_PER_WORKER * 2)).isEqualTo(2);
        assertThat(WorkerCount.of(8, 1000, BYTES_PER_WORKER * 5 + 1)).isEqualTo(5);
    }

    @Test
    void neverMoreThanTheThreadsOrTheFiles() {
        assertThat(WorkerCount.of(2, 1200, 74_000_000)).isEqualTo(2);
        assertThat(WorkerCount.of(1, 1200, Long.MAX_VALUE)).isEqualTo(1);
        assertThat(WorkerCount.of(8, 3, BYTES_PER_WORKER * 100)).isEqualTo(3);
    }
}
