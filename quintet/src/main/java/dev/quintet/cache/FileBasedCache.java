package dev.quintet.cache;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The file-system cache: Django's {@code FileBasedCache}. {@code LOCATION} is a directory (created
 * on first write) holding one file per key, named by the MD5 of the stored key with the suffix
 * {@value #SUFFIX}; a file is the expiry (epoch milliseconds, {@code -1} for never) on its first
 * line followed by the value encoded by the {@link CacheSerializer}. Files are written to a
 * temporary name and moved into place, so readers never see half a value.
 *
 * <p>When a write finds {@code MAX_ENTRIES} (300) files, a random {@code 1/CULL_FREQUENCY} (3) of
 * them are deleted ({@code 0} clears the directory). {@code incr} is atomic within one process
 * only, as in Django; {@code clear} deletes only this cache's files.
 */
public final class FileBasedCache extends BaseCache {
    /** The suffix of cache files. */
    public static final String SUFFIX = ".qcache";

    private final Path dir;
    private final int maxEntries;
    private final int cullFrequency;
    private final ReentrantLock[] stripes = new ReentrantLock[32];

    public FileBasedCache(CacheConfig config) {
        super(config);
        if (config.location().isBlank()) {
            throw new IllegalArgumentException("FileBasedCache needs LOCATION, a directory");
        }
        this.dir = Path.of(config.location()).toAbsolutePath();
        int[] culling = config.cullingOptions();
        this.maxEntries = culling[0];
        this.cullFrequency = culling[1];
        for (int i = 0; i < stripes.length; i++) {
            stripes[i] = new ReentrantLock();
        }
    }

    /** A file's contents. */
    private record Stored(long expiresAt, String text) {
        boolean expired(long now) {
            return expiresAt != NEVER && expiresAt <= now;
        }
    }

    private Path file(String madeKey) {
        byte[] digest = CacheUtils.md5().digest(madeKey.getBytes(StandardCharsets.UTF_8));
        return dir.resolve(HexFormat.of().formatHex(digest) + SUFFIX);
    }

    /** The live contents of {@code file}, deleting it when expired; {@code null} when missing. */
    private Stored read(Path file, long now) {
        String raw;
        try {
            raw = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read cache file " + file, e);
        }
        int newline = raw.indexOf('\n');
        long stamp;
        try {
            stamp = Long.parseLong(raw, 0, Math.max(newline, 0), 10);
        } catch (NumberFormatException e) {
            deleteFile(file); // truncated or not one of ours: a miss
            return null;
        }
        Stored stored = new Stored(stamp < 0 ? NEVER : stamp, raw.substring(newline + 1));
        if (stored.expired(now)) {
            deleteFile(file);
            return null;
        }
        return stored;
    }

    private Path writeTemp(long expiresAt, String text) throws IOException {
        Files.createDirectories(dir);
        Path temp = Files.createTempFile(dir, "tmp", ".part");
        String header = (expiresAt == NEVER ? -1 : expiresAt) + "\n";
        Files.writeString(temp, header + text, StandardCharsets.UTF_8);
        return temp;
    }

    private void write(Path file, long expiresAt, String text) {
        try {
            Path temp = writeTemp(expiresAt, text);
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write cache file " + file, e);
        }
    }

    private static boolean deleteFile(Path file) {
        try {
            return Files.deleteIfExists(file);
        } catch (IOException e) {
            return false;
        }
    }

    private ReentrantLock stripe(Path file) {
        return stripes[Math.floorMod(file.getFileName().hashCode(), stripes.length)];
    }

    @Override
    public Object get(String key, Object defaultValue, Integer version) {
        Stored stored = read(file(key(key, version)), System.currentTimeMillis());
        return stored == null ? defaultValue : serializer().decode(stored.text());
    }

    @Override
    public void set(String key, Object value, Duration timeout, Integer version) {
        Path file = file(key(key, version));
        String text = serializer().encode(value);
        long now = System.currentTimeMillis();
        cull();
        write(file, expiresAt(timeout, now), text);
    }

    @Override
    public boolean add(String key, Object value, Duration timeout, Integer version) {
        Path file = file(key(key, version));
        String text = serializer().encode(value);
        long now = System.currentTimeMillis();
        if (read(file, now) != null) {
            return false;
        }
        cull();
        try {
            Path temp = writeTemp(expiresAt(timeout, now), text);
            try {
                Files.createLink(file, temp); // fails if another writer got there first
                return true;
            } catch (FileAlreadyExistsException e) {
                return false;
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write cache file " + file, e);
        }
    }

    @Override
    public boolean touch(String key, Duration timeout, Integer version) {
        Path file = file(key(key, version));
        ReentrantLock lock = stripe(file);
        lock.lock();
        try {
            long now = System.currentTimeMillis();
            Stored stored = read(file, now);
            if (stored == null) {
                return false;
            }
            write(file, expiresAt(timeout, now), stored.text());
            return true;
        } finally {
            lock.unlock();
        }
    }

    @Override
    public boolean delete(String key, Integer version) {
        return deleteFile(file(key(key, version)));
    }

    @Override
    public long incr(String key, long delta, Integer version) {
        Path file = file(key(key, version));
        ReentrantLock lock = stripe(file);
        lock.lock();
        try {
            Stored stored = read(file, System.currentTimeMillis());
            if (stored == null) {
                throw notFound(key);
            }
            long result = increment(key, serializer().decode(stored.text()), delta);
            write(file, stored.expiresAt(), serializer().encode(result));
            return result;
        } finally {
            lock.unlock();
        }
    }

    @Override
    public boolean has(String key, Integer version) {
        return read(file(key(key, version)), System.currentTimeMillis()) != null;
    }

    @Override
    public void clear() {
        cacheFiles().forEach(FileBasedCache::deleteFile);
    }

    private List<Path> cacheFiles() {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir, "*" + SUFFIX)) {
            stream.forEach(files::add);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list cache directory " + dir, e);
        }
        return files;
    }

    private void cull() {
        List<Path> files = cacheFiles();
        if (files.size() < maxEntries) {
            return;
        }
        if (cullFrequency == 0) {
            files.forEach(FileBasedCache::deleteFile);
            return;
        }
        Collections.shuffle(files);
        files.subList(0, files.size() / cullFrequency).forEach(FileBasedCache::deleteFile);
    }
}
