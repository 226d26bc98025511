package dev.quintet.server.internal;

import dev.quintet.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.http.PreEncodedHttpField;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Blocker;
import org.eclipse.jetty.util.BufferUtil;
import org.eclipse.jetty.util.Callback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes an {@link HttpResponse} to Jetty: status, headers, then the body — in one write with a
 * {@code Content-Length} when it is in memory, chunk by chunk (flushed as each comes) when it
 * streams, not at all for {@code HEAD}. The body's bytes are wrapped, never copied.
 */
final class ResponseWriter {
    private static final Logger LOG = LoggerFactory.getLogger(ResponseWriter.class);
    private static final HttpField SERVER = new PreEncodedHttpField(HttpHeader.SERVER, "Quintet");
    private static final HttpField PLAIN = new PreEncodedHttpField(HttpHeader.CONTENT_TYPE,
            "text/plain; charset=utf-8");
    /** Sites use a handful of content types; their encoded fields are kept (bounded). */
    private static final int MAX_CACHED_TYPES = 256;

    private final Map<String, HttpField> contentTypes = new ConcurrentHashMap<>();

    /** Writes {@code quintet}, then closes it; completes {@code callback} when all is sent. */
    void write(Request request, Response response, Callback callback, HttpResponse quintet) {
        boolean head = HttpMethod.HEAD.is(request.getMethod());
        try {
            int status = quintet.status();
            response.setStatus(status);
            HttpFields.Mutable out = response.getHeaders();
            out.add(SERVER);
            for (Map.Entry<String, String> header : quintet.headers().entrySet()) {
                String name = header.getKey();
                if (name.length() == 12 && name.equalsIgnoreCase("Content-Type")) {
                    out.add(contentType(header.getValue()));
                } else {
                    out.add(name, header.getValue());
                }
            }
            if (!quintet.cookies().isEmpty()) {
                for (String cookie : quintet.setCookieHeaders()) {
                    out.add(HttpHeader.SET_COOKIE, cookie);
                }
            }
            if (quintet.isStreaming()) {
                writeStreaming(response, quintet, head);
                response.write(true, BufferUtil.EMPTY_BUFFER, callback);
            } else {
                byte[] body = quintet.content();
                if (status != 204 && status != 304 && status >= 200) {
                    out.put(HttpHeader.CONTENT_LENGTH, body.length);
                }
                // the array is wrapped, not copied; Jetty completes the callback when it is sent
                response.write(true, head ? BufferUtil.EMPTY_BUFFER : ByteBuffer.wrap(body), callback);
            }
        } catch (Throwable failure) {
            callback.failed(failure);
        } finally {
            close(quintet);
        }
    }

    /** Each chunk is written and flushed before the next is asked for (blocking this virtual thread). */
    private static void writeStreaming(Response response, HttpResponse quintet, boolean head) throws Exception {
        if (head) {
            return;
        }
        Iterator<byte[]> chunks = quintet.streamingContent();
        while (chunks.hasNext()) {
            byte[] chunk = chunks.next();
            if (chunk.length == 0) {
                continue;
            }
            try (Blocker.Callback written = Blocker.callback()) {
                response.write(false, ByteBuffer.wrap(chunk), written);
                written.block();
            }
        }
    }

    private static void close(HttpResponse quintet) {
        try {
            quintet.close();
        } catch (RuntimeException e) {
            LOG.warn("Closing the response failed", e);
        }
    }

    /** A bare status page for errors the gateway answers itself (413, 500). */
    void writeStatus(Response response, Callback callback, int status, String message) {
        byte[] body = message.getBytes(StandardCharsets.UTF_8);
        response.setStatus(status);
        HttpFields.Mutable out = response.getHeaders();
        out.add(SERVER);
        out.add(PLAIN);
        out.put(HttpHeader.CONTENT_LENGTH, body.length);
        if (status == 413) {
            // the unread body would otherwise be drained; closing is cheaper and what clients expect
            out.put(HttpHeader.CONNECTION, "close");
        }
        response.write(true, ByteBuffer.wrap(body), callback);
    }

    private HttpField contentType(String value) {
        HttpField field = contentTypes.get(value);
        if (field == null) {
            field = new PreEncodedHttpField(HttpHeader.CONTENT_TYPE, value);
            if (contentTypes.size() < MAX_CACHED_TYPES) {
                contentTypes.putIfAbsent(value, field);
            }
        }
        return field;
    }
}
