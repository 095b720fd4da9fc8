package io.github.earningscalls.transcript.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Outputs appear whole or not at all, and never replace a file unasked. */
class AtomicFileTest {
    @TempDir
    Path dir;

    @Test
    void theTargetAppearsOnlyOnCommit() throws Exception {
        Path target = dir.resolve("sub/out.json");
        try (AtomicFile f = AtomicFile.create(target, false)) {
            f.stream().write("{}".getBytes(StandardCharsets.UTF_8));
            f.stream().flush();
            assertThat(target).doesNotExist();
            assertThat(Cli.tree(dir)).singleElement().asString().startsWith("sub/.out.json.").endsWith(".tmp");
            f.commit();
        }
        assertThat(Cli.tree(dir)).containsExactly("sub/out.json");
        assertThat(Files.readString(target)).isEqualTo("{}");
    }

    @Test
    void closingWithoutCommitLeavesNothing() throws Exception {
        Path target = dir.resolve("out.json");
        try (AtomicFile f = AtomicFile.create(target, false)) {
            f.stream().write(new byte[100_000]);
        }
        assertThat(Cli.tree(dir)).isEmpty();
    }

    @Test
    void aFailureAtCommitLeavesNoTemporaryFile() throws Exception {
        Path target = dir.resolve("out.json");
        try (AtomicFile f = AtomicFile.create(target, true)) {
            f.stream().write("half".getBytes(StandardCharsets.UTF_8));
            // Something else takes the name while we write: the rename must fail, cleanly.
            Files.createDirectories(target.resolve("child"));
            assertThatThrownBy(f::commit).isInstanceOf(FileSystemException.class).hasMessageContaining("is a folder");
        }
        assertThat(Cli.tree(dir)).isEmpty();
        assertThat(target.resolve("child")).isDirectory();
    }

    @Test
    void anExistingTargetNeedsOverwrite() throws Exception {
        Path target = Files.writeString(dir.resolve("out.json"), "old");
        assertThatThrownBy(() -> AtomicFile.create(target, false)).isInstanceOf(FileAlreadyExistsException.class)
                .hasMessage(target + ": exists (use --overwrite to replace it)");
        try (AtomicFile f = AtomicFile.create(target, true)) {
            f.stream().write("new".getBytes(StandardCharsets.UTF_8));
            f.commit();
        }
        assertThat(Files.readString(target)).isEqualTo("new");
        assertThat(Cli.tree(dir)).containsExactly("out.json");
    }

    @Test
    void aTargetCreatedWhileWritingIsNotReplacedWithoutOverwrite() throws Exception {
        Path target = dir.resolve("out.json");
        try (AtomicFile f = AtomicFile.create(target, false)) {
            f.stream().write("mine".getBytes(StandardCharsets.UTF_8));
            Files.writeString(target, "theirs");
            assertThatThrownBy(f::commit).isInstanceOf(FileAlreadyExistsException.class);
        }
        assertThat(Files.readString(target)).isEqualTo("theirs");
        assertThat(Cli.tree(dir)).containsExactly("out.json");
    }
}
