package dev.quintet.http;

import java.nio.charset.Charset;
import java.util.Iterator;
import java.util.Objects;

/**
 * A response whose body is produced while it is written (Django's {@code StreamingHttpResponse}):
 * a large CSV export, a long computation reported as it goes.
 *
 * <p>The content is an iterator of chunks, each a {@code byte[]}, a {@code String} (encoded with
 * the response's charset) or any other object (its {@code toString()}); it is consumed once, chunk
 * by chunk, by the gateway, never gathered in memory. {@link #content()} is therefore refused.
 * An iterator (or iterable) that is {@link AutoCloseable} is closed with the response.
 *
 * <pre>{@code
 * Iterator<String> rows = bigQuery.stream().map(r -> r.toCsvLine() + "\n").iterator();
 * StreamingHttpResponse response = new StreamingHttpResponse(rows, "text/csv");
 * }</pre>
 */
public class StreamingHttpResponse extends HttpResponse {
    private Iterator<?> chunks;
    private final AutoCloseable source;

    /** A 200 {@code text/html} response streaming {@code chunks}. */
    public StreamingHttpResponse(Iterable<?> chunks) {
        super(new byte[0], DEFAULT_CONTENT_TYPE, 200);
        this.chunks = chunks.iterator();
        this.source = chunks instanceof AutoCloseable c ? c : null;
    }

    /** A 200 response of {@code contentType} streaming {@code chunks}. */
    public StreamingHttpResponse(Iterator<?> chunks, String contentType) {
        this(chunks, contentType, 200);
    }

    /** A response of {@code contentType} and {@code status} streaming {@code chunks}. */
    public StreamingHttpResponse(Iterator<?> chunks, String contentType, int status) {
        super(new byte[0], contentType, status);
        this.chunks = Objects.requireNonNull(chunks, "chunks");
        this.source = null;
    }

    /** Always true. */
    @Override
    public boolean isStreaming() {
        return true;
    }

    /** Refused: a streaming response has no content in memory. */
    @Override
    public byte[] content() {
        throw new IllegalStateException("This " + getClass().getSimpleName()
                + " instance has no `content` attribute. Use `streamingContent()` instead.");
    }

    /** Refused: replace the chunks with {@link #setStreamingContent(Iterator)}. */
    @Override
    public void setContent(byte[] content) {
        throw new IllegalStateException("This " + getClass().getSimpleName()
                + " instance has no `content` attribute. Use `setStreamingContent()` instead.");
    }

    /** The chunks as bytes, converted one at a time as they are pulled; consumed once. */
    @Override
    public Iterator<byte[]> streamingContent() {
        Iterator<?> source = chunks;
        Charset charset = encodingCharset();
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return source.hasNext();
            }

            @Override
            public byte[] next() {
                return toBytes(source.next(), charset);
            }
        };
    }

    /**
     * Replaces the chunks (middleware wrapping the stream, e.g. compression); the replaced
     * iterator is still closed with the response.
     */
    public void setStreamingContent(Iterator<?> chunks) {
        if (this.chunks instanceof AutoCloseable previous) {
            addResourceCloser(previous);
        }
        this.chunks = Objects.requireNonNull(chunks, "chunks");
    }

    /** Closes the chunk iterator (or iterable) when closeable, then what was registered. */
    @Override
    public void close() {
        if (chunks instanceof AutoCloseable c) {
            addResourceCloser(c);
        }
        if (source != null) {
            addResourceCloser(source);
        }
        super.close();
    }

    private static byte[] toBytes(Object chunk, Charset charset) {
        if (chunk instanceof byte[] bytes) {
            return bytes;
        }
        return String.valueOf(chunk).getBytes(charset);
    }
}
