package io.github.earningscalls.transcript.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.Path;
import org.junit.jupiter.api.Test;

/** {@link FileListing#groups} packs files, in order and whole, as Spark packs a file source's splits. */
class FileListingTest {
    private static final long OPEN_COST = 4_000;

    @Test
    void smallFilesShareAPartitionSizedForTheCores() {
        List<FileStatus> files = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            files.add(file("call-" + i + ".txt", 1_000));
        }
        // 10 × (1,000 + 4,000) over 2 cores: at most 25,000 counted bytes, five files, per partition.
        List<FileGroup> groups = FileListing.groups(files, 128L << 20, OPEN_COST, 2);
        assertThat(groups).extracting(g -> g.uris().size()).containsExactly(5, 5);
        assertThat(groups).extracting(FileGroup::bytes).containsExactly(5_000L, 5_000L);
        assertThat(groups.get(0).uris().get(0)).isEqualTo("file:/calls/call-0.txt");
    }

    @Test
    void aLargeFileIsAPartitionOfItsOwnAndNeverSplit() {
        List<FileStatus> files = List.of(file("a.txt", 1_000), file("huge.txt", 500_000), file("b.txt", 1_000));
        List<FileGroup> groups = FileListing.groups(files, 100_000, OPEN_COST, 2);
        assertThat(groups).extracting(g -> g.uris().size()).containsExactly(1, 1, 1);
        assertThat(groups.get(1).bytes()).isEqualTo(500_000);
        assertThat(FileListing.groups(List.of(), 100_000, OPEN_COST, 2)).isEmpty();
    }

    private static FileStatus file(String name, long length) {
        return new FileStatus(length, false, 1, 1, 0, new Path("file:/calls/" + name));
    }
}
