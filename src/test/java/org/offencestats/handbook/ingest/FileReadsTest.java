package org.offencestats.handbook.ingest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** An unchanged file is not read again; any edit is noticed, even one that keeps the size and the modification time. */
class FileReadsTest {

    @TempDir
    Path dir;

    private final AtomicInteger parses = new AtomicInteger();

    /** A clock an hour ahead: every file looks long settled, so only its status can tell an edit. */
    private final FileReads settled = FileReads.create(() -> System.currentTimeMillis() + 3_600_000);

    private String read(FileReads reads, Path file, Object variant) {
        return reads.read(file, variant, InputFiles.content(dir), bytes -> {
            parses.incrementAndGet();
            return new String(bytes, StandardCharsets.UTF_8);
        });
    }

    @Test
    void anUnchangedSettledFileIsReadOnce() throws IOException {
        Path file = Files.writeString(dir.resolve("a.txt"), "first");
        assertThat(read(settled, file, "v")).isEqualTo("first");
        assertThat(read(settled, file, "v")).isEqualTo("first");
        assertThat(parses).hasValue(1);
        assertThat(read(settled, file, "other variant")).isEqualTo("first");
        assertThat(parses).hasValue(2);
    }

    @Test
    void anEditKeepingTheSizeAndTheModificationTimeIsNoticed() throws IOException {
        Path file = Files.writeString(dir.resolve("a.txt"), "first");
        FileTime modified = Files.getLastModifiedTime(file);
        read(settled, file, "v");
        Files.writeString(file, "fir5t");
        Files.setLastModifiedTime(file, modified);
        assertThat(read(settled, file, "v")).isEqualTo("fir5t");
    }

    @Test
    void aFileReplacedByAnotherOfTheSameSizeAndTimeIsNoticed() throws IOException {
        Path file = Files.writeString(dir.resolve("a.txt"), "first");
        FileTime modified = Files.getLastModifiedTime(file);
        read(settled, file, "v");
        Path saved = Files.writeString(dir.resolve("a.txt.tmp"), "other");
        Files.setLastModifiedTime(saved, modified);
        Files.move(saved, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        assertThat(read(settled, file, "v")).isEqualTo("other");
    }

    @Test
    void aFileWrittenJustBeforeItWasReadIsReadAgainUntilItsTimeHasSettled() throws IOException {
        FileReads reads = FileReads.create();
        Path file = Files.writeString(dir.resolve("a.txt"), "first");
        read(reads, file, "v");
        read(reads, file, "v");
        assertThat(parses).hasValue(2);
        Files.setLastModifiedTime(file, FileTime.fromMillis(System.currentTimeMillis() - 60_000));
        // Its change time is still recent where the system keeps one; a clock ahead shows both settled.
        FileReads later = FileReads.create(() -> System.currentTimeMillis() + 60_000);
        read(later, file, "v");
        read(later, file, "v");
        assertThat(parses).hasValue(3);
    }

    @Test
    void aFullBuildsReaderReadsEveryTime() throws IOException {
        Path file = Files.writeString(dir.resolve("a.txt"), "first");
        read(FileReads.none(), file, "v");
        read(FileReads.none(), file, "v");
        assertThat(parses).hasValue(2);
    }
}
