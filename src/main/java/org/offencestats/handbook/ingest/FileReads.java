package org.offencestats.handbook.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.LongSupplier;

/**
 * What the preview read from each input file last time, kept with the file's status (size, modification time, the
 * file's identity and, where the system gives it, its change time) so that an unchanged file is not read, decoded,
 * hashed and parsed again. A result is reused only when the status is the same and was already old when the file
 * was read: a file written again within the clock's resolution of the last read (same size, same time stamp) is
 * read again, as is any file whose status cannot be had. {@link #none()}, for full builds, reuses nothing.
 */
public final class FileReads {

    /** Longer than the coarsest file-time resolution in use (two seconds on FAT), with room for clock steps. */
    static final long SETTLED_MILLIS = 3_000;

    /** The status a file is known by, where the system gives it: one call for all of it. */
    static final String UNIX_STATUS = "unix:size,lastModifiedTime,ctime,dev,ino";

    private static final FileReads NONE = new FileReads(false, System::currentTimeMillis);

    private record Stamp(long size, FileTime modified, Object key, FileTime changed) {
    }

    private record Entry(Stamp stamp, long readAt, Object variant, Object result) {
    }

    private final boolean enabled;
    private final Map<Path, Entry> entries = new ConcurrentHashMap<>();
    private final Map<String, Entry> derived = new ConcurrentHashMap<>();
    private final Set<Path> used = ConcurrentHashMap.newKeySet();
    private volatile boolean unixAttributes = true;

    private final LongSupplier clock;

    private FileReads(boolean enabled, LongSupplier clock) {
        this.enabled = enabled;
        this.clock = clock;
    }

    public static FileReads none() {
        return NONE;
    }

    public static FileReads create() {
        return new FileReads(true, System::currentTimeMillis);
    }

    /** For tests: {@code clock} (milliseconds) says when each file was read, so a file can look long settled. */
    public static FileReads create(LongSupplier clock) {
        return new FileReads(true, clock);
    }

    /**
     * {@code parse} of the bytes of {@code file} (already checked), or what it gave last time when the file is
     * unchanged and {@code variant} (whatever else the parse depends on, compared by value) is the same.
     * A parse that throws is not kept.
     */
    @SuppressWarnings("unchecked")
    <T> T read(Path file, Object variant, InputFiles files, Function<byte[], T> parse) {
        if (!enabled) {
            return parse.apply(files.read(file));
        }
        used.add(file);
        Map<String, Object> checked = files.statusWhenChecked(file);
        Stamp before = checked != null ? stamp(checked) : stamp(file);
        Entry entry = entries.get(file);
        if (before != null && entry != null && entry.stamp().equals(before) && Objects.equals(entry.variant(), variant)
                && settled(before, entry.readAt())) {
            return (T) entry.result();
        }
        long readAt = clock.getAsLong();
        T result = parse.apply(files.read(file));
        Stamp after = stamp(file);
        if (before != null && before.equals(after)) {
            entries.put(file, new Entry(before, readAt, variant, result));
        } else {
            entries.remove(file); // changing while read, or no status: read again next time
        }
        return result;
    }

    /** {@code make}'s result, or the one it gave last time when {@code inputs} are equal to last time's. */
    @SuppressWarnings("unchecked")
    <T> T derived(String name, List<Object> inputs, java.util.function.Supplier<T> make) {
        if (!enabled) {
            return make.get();
        }
        Entry entry = derived.get(name);
        if (entry != null && entry.variant().equals(inputs)) {
            return (T) entry.result();
        }
        T result = make.get();
        derived.put(name, new Entry(null, 0, inputs, result));
        return result;
    }

    /** Starts a reading of the whole folder. */
    void begin() {
        used.clear();
    }

    /** Ends a complete reading: forgets the files it did not read (removed or renamed). */
    void end() {
        if (enabled) {
            entries.keySet().retainAll(used);
        }
    }

    /** Whether a file of this status could not have been written again, unnoticed, after {@code readAt}. */
    private static boolean settled(Stamp stamp, long readAt) {
        return readAt - Math.max(stamp.modified().toMillis(), stamp.changed().toMillis()) > SETTLED_MILLIS;
    }

    private static Stamp stamp(Map<String, Object> a) {
        return new Stamp((Long) a.get("size"), (FileTime) a.get("lastModifiedTime"), List.of(a.get("dev"), a.get("ino")), (FileTime) a.get("ctime"));
    }

    private Stamp stamp(Path file) {
        try {
            if (unixAttributes) {
                try {
                    return stamp(Files.readAttributes(file, UNIX_STATUS));
                } catch (UnsupportedOperationException | IllegalArgumentException e) {
                    unixAttributes = false;
                }
            }
            BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
            Object key = a.fileKey();
            return new Stamp(a.size(), a.lastModifiedTime(), key == null ? "" : key, a.creationTime());
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    public int size() {
        return entries.size();
    }
}
