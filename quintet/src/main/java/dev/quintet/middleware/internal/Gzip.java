package dev.quintet.middleware.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.SecureRandom;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.zip.GZIPOutputStream;

/**
 * Gzip compression with Django's mitigation of the BREACH family of attacks ("Heal the
 * Breach"): a random-length file name in the gzip header makes the compressed length vary.
 */
public final class Gzip {
    private static final int FNAME = 0x08;
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String LETTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";

    private Gzip() {
    }

    /** {@code data} gzipped (level 6, mtime 0) with a random file name of 1 to {@code maxRandomBytes} letters. */
    public static byte[] compress(byte[] data, int maxRandomBytes) {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream(data.length / 2 + 64);
        try (GZIPOutputStream gzip = new GZIPOutputStream(buffer)) {
            gzip.write(data);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return withRandomName(buffer.toByteArray(), maxRandomBytes);
    }

    /** Inserts a random file name into a gzip stream's 10-byte header (which must carry no other optional field). */
    static byte[] withRandomName(byte[] gz, int maxRandomBytes) {
        if (maxRandomBytes <= 0) {
            return gz;
        }
        byte[] name = randomName(maxRandomBytes);
        byte[] out = new byte[gz.length + name.length + 1];
        System.arraycopy(gz, 0, out, 0, 10);
        out[3] = (byte) FNAME;
        System.arraycopy(name, 0, out, 10, name.length);
        out[10 + name.length] = 0;
        System.arraycopy(gz, 10, out, 11 + name.length, gz.length - 10);
        return out;
    }

    /** The random file name bytes plus the gzip header flag to announce them. */
    public static byte[] randomName(int maxRandomBytes) {
        int length = 1 + RANDOM.nextInt(maxRandomBytes);
        byte[] name = new byte[length];
        for (int i = 0; i < length; i++) {
            name[i] = (byte) LETTERS.charAt(RANDOM.nextInt(LETTERS.length()));
        }
        return name;
    }

    /**
     * {@code chunks} gzipped as they come: each chunk is compressed and flushed (so a client sees
     * it without waiting for the rest), the random file name goes into the first chunk's header,
     * and the gzip trailer comes last.
     */
    public static Iterator<byte[]> compressStream(Iterator<byte[]> chunks, int maxRandomBytes) {
        return new Iterator<>() {
            private final ByteArrayOutputStream buffer = new ByteArrayOutputStream(8192);
            private GZIPOutputStream gzip;
            private boolean finished;

            @Override
            public boolean hasNext() {
                return !finished;
            }

            @Override
            public byte[] next() {
                if (finished) {
                    throw new NoSuchElementException();
                }
                try {
                    boolean first = gzip == null;
                    if (first) {
                        gzip = new GZIPOutputStream(buffer, 8192, true);
                    }
                    if (chunks.hasNext()) {
                        gzip.write(chunks.next());
                        gzip.flush();
                    } else {
                        gzip.finish();
                        finished = true;
                    }
                    byte[] out = buffer.toByteArray();
                    buffer.reset();
                    return first ? withRandomName(out, maxRandomBytes) : out;
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        };
    }
}
