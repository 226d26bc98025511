package dev.quintet.middleware;

import dev.quintet.conf.Settings;
import dev.quintet.http.HttpRequest;
import dev.quintet.http.HttpResponse;
import dev.quintet.http.StreamingHttpResponse;
import dev.quintet.http.View;
import dev.quintet.middleware.internal.Gzip;
import dev.quintet.utils.Headers;
import java.util.regex.Pattern;

/**
 * Django's {@code GZipMiddleware}: compresses responses for clients that accept gzip. Skips
 * bodies under 200 bytes, responses that already have a {@code Content-Encoding}, and results
 * that would not be smaller; adds {@code Vary: Accept-Encoding}; weakens a strong {@code ETag}
 * (the compressed body is a different representation). A random-length file name in the gzip
 * header mitigates BREACH, as Django does. Streaming responses are compressed chunk by chunk as
 * they are written, each chunk flushed. Place it before any middleware that reads or changes
 * the body.
 */
public final class GZipMiddleware implements Middleware {
    /** Django's {@code max_random_bytes}. */
    static final int MAX_RANDOM_BYTES = 100;
    private static final Pattern ACCEPTS_GZIP = Pattern.compile("\\bgzip\\b");

    /** No settings are read; the factory signature is kept for the middleware list. */
    public GZipMiddleware(Settings settings) {
        // nothing to configure
    }

    @Override
    public HttpResponse handle(HttpRequest request, View next) throws Exception {
        HttpResponse response = next.handle(request);
        if (!response.isStreaming() && response.content().length < 200) {
            return response;
        }
        if (response.hasHeader("Content-Encoding")) {
            return response;
        }
        Headers.patchVaryHeaders(response, "Accept-Encoding");
        String acceptEncoding = request.headers().get("Accept-Encoding", "");
        if (!ACCEPTS_GZIP.matcher(acceptEncoding).find()) {
            return response;
        }
        if (response instanceof StreamingHttpResponse streaming) {
            streaming.setStreamingContent(Gzip.compressStream(streaming.streamingContent(), MAX_RANDOM_BYTES));
            streaming.removeHeader("Content-Length");
            weakenEtag(response);
            response.setHeader("Content-Encoding", "gzip");
            return response;
        }
        if (response.isStreaming()) {
            // A streaming body this middleware cannot rewrap is sent as it is.
            return response;
        }
        byte[] compressed = Gzip.compress(response.content(), MAX_RANDOM_BYTES);
        if (compressed.length >= response.content().length) {
            return response;
        }
        response.setContent(compressed);
        response.setHeader("Content-Length", Integer.toString(compressed.length));
        weakenEtag(response);
        response.setHeader("Content-Encoding", "gzip");
        return response;
    }

    /** A strong ETag becomes weak (RFC 9110 section 8.8.1) while still matching conditional requests. */
    private static void weakenEtag(HttpResponse response) {
        String etag = response.header("ETag");
        if (etag != null && etag.startsWith("\"")) {
            response.setHeader("ETag", "W/" + etag);
        }
    }
}
