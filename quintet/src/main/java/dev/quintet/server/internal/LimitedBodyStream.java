package dev.quintet.server.internal;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * A request body of unknown length (chunked) that stops at the configured maximum: reading past
 * it fails with {@link BodyTooLargeException} and marks the stream {@link #exceeded()}, so the
 * gateway answers 413 whatever the view did with the exception.
 */
final class LimitedBodyStream extends FilterInputStream {
    private final long max;
    private long read;
    private boolean exceeded;

    LimitedBodyStream(InputStream in, long max) {
        super(in);
        this.max = max;
    }

    boolean exceeded() {
        return exceeded;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            count(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
            count(n);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        long skipped = super.skip(n);
        count(skipped);
        return skipped;
    }

    private void count(long n) throws BodyTooLargeException {
        read += n;
        if (read > max) {
            exceeded = true;
            throw new BodyTooLargeException(max);
        }
    }

    /** The body went past the server's maximum request body size. */
    static final class BodyTooLargeException extends IOException {
        private static final long serialVersionUID = 1L;

        BodyTooLargeException(long max) {
            super("request body larger than the maximum of " + max + " bytes");
        }
    }
}
