package dev.quintet.http;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;

/**
 * A file uploaded in a {@code multipart/form-data} body: Django's {@code UploadedFile}
 * ({@code InMemoryUploadedFile} or {@code TemporaryUploadedFile}).
 *
 * <p>Files up to {@code FILE_UPLOAD_MAX_MEMORY_SIZE} stay in memory; larger ones are spooled to a
 * temporary file, deleted when the request is closed. Read the content with {@link #inputStream()}
 * or {@link #chunks()} to stay within bounded memory; {@link #bytes()} loads it whole.
 *
 * <pre>{@code
 * UploadedFile f = request.FILES().get("avatar");
 * try (InputStream in = f.inputStream()) {
 *     Files.copy(in, mediaRoot.resolve(f.name()));
 * }
 * }</pre>
 *
 * <p>{@link #inMemory} builds one directly, like Django's {@code SimpleUploadedFile} in tests.
 */
public final class UploadedFile implements AutoCloseable {
    /** The chunk size of {@link #chunks()}: 64 KiB, as Django's default. */
    public static final int DEFAULT_CHUNK_SIZE = 64 * 1024;

    private final String name;
    private final String contentType;
    private final String charset;
    private final Map<String, String> contentTypeExtra;
    private final long size;
    private final byte[] content;
    private final Path temporaryFile;

    private UploadedFile(String name, String contentType, String charset, Map<String, String> extra,
                         long size, byte[] content, Path temporaryFile) {
        this.name = name;
        this.contentType = contentType;
        this.charset = charset;
        this.contentTypeExtra = Map.copyOf(extra);
        this.size = size;
        this.content = content;
        this.temporaryFile = temporaryFile;
    }

    /** A file held in memory (Django's {@code SimpleUploadedFile}). */
    public static UploadedFile inMemory(String name, String contentType, byte[] content) {
        return inMemory(name, contentType, null, Map.of(), content);
    }

    /** A file held in memory, with the part's charset and other Content-Type parameters. */
    public static UploadedFile inMemory(String name, String contentType, String charset,
                                        Map<String, String> contentTypeExtra, byte[] content) {
        return new UploadedFile(name, contentType, charset, contentTypeExtra, content.length, content, null);
    }

    /** A file spooled to {@code path} (of {@code size} bytes), deleted by {@link #close()}. */
    public static UploadedFile temporary(String name, String contentType, String charset,
                                         Map<String, String> contentTypeExtra, Path path, long size) {
        return new UploadedFile(name, contentType, charset, contentTypeExtra, size, null, path);
    }

    /** The file name the client sent, without any directory part. */
    public String name() {
        return name;
    }

    /** The part's Content-Type without parameters ({@code image/png}), or "" when absent. */
    public String contentType() {
        return contentType;
    }

    /** The {@code charset} parameter of the part's Content-Type, or {@code null}. */
    public String charset() {
        return charset;
    }

    /** The other parameters of the part's Content-Type. */
    public Map<String, String> contentTypeExtra() {
        return contentTypeExtra;
    }

    /** The size in bytes. */
    public long size() {
        return size;
    }

    /** True when the content is held in memory, false when spooled to disk. */
    public boolean isInMemory() {
        return temporaryFile == null;
    }

    /** The temporary file holding the content, when spooled to disk. */
    public Optional<Path> temporaryFilePath() {
        return Optional.ofNullable(temporaryFile);
    }

    /** A new stream over the content; the caller closes it. */
    public InputStream inputStream() {
        if (temporaryFile == null) {
            return new ByteArrayInputStream(content);
        }
        try {
            return Files.newInputStream(temporaryFile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The whole content in memory. */
    public byte[] bytes() {
        if (temporaryFile == null) {
            return content.clone();
        }
        try {
            return Files.readAllBytes(temporaryFile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The content in chunks of {@link #DEFAULT_CHUNK_SIZE} bytes. */
    public Iterable<byte[]> chunks() {
        return chunks(DEFAULT_CHUNK_SIZE);
    }

    /** The content in chunks of at most {@code chunkSize} bytes, read as iterated. */
    public Iterable<byte[]> chunks(int chunkSize) {
        if (chunkSize <= 0) {
            throw new IllegalArgumentException("chunkSize must be positive, got " + chunkSize);
        }
        return () -> new ChunkIterator(inputStream(), chunkSize);
    }

    /** Deletes the temporary file, if any; called when the request is closed. */
    @Override
    public void close() {
        if (temporaryFile != null) {
            try {
                Files.deleteIfExists(temporaryFile);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    @Override
    public String toString() {
        return "<UploadedFile: " + name + " (" + contentType + ")>";
    }

    private static final class ChunkIterator implements Iterator<byte[]> {
        private final InputStream in;
        private final int chunkSize;
        private byte[] next;
        private boolean done;

        ChunkIterator(InputStream in, int chunkSize) {
            this.in = in;
            this.chunkSize = chunkSize;
        }

        @Override
        public boolean hasNext() {
            if (next == null && !done) {
                try {
                    byte[] chunk = in.readNBytes(chunkSize);
                    if (chunk.length == 0) {
                        done = true;
                        in.close();
                    } else {
                        next = chunk;
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            return next != null;
        }

        @Override
        public byte[] next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            byte[] chunk = next;
            next = null;
            return chunk;
        }
    }
}
