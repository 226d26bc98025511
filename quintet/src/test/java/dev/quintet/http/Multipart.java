package dev.quintet.http;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/** Builds multipart/form-data bodies for tests, byte by byte as a browser would. */
final class Multipart {
    static final String BOUNDARY = "----QuintetBoundary7MA4YWxkTrZu0gW";
    static final String CONTENT_TYPE = "multipart/form-data; boundary=" + BOUNDARY;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    Multipart field(String name, String value) {
        return part("Content-Disposition: form-data; name=\"" + name + "\"", value.getBytes(StandardCharsets.UTF_8));
    }

    Multipart file(String name, String filename, String contentType, byte[] content) {
        return part("Content-Disposition: form-data; name=\"" + name + "\"; filename=\"" + filename + "\"\r\n"
                + "Content-Type: " + contentType, content);
    }

    /** A part with the given raw header lines (CRLF-separated) and content. */
    Multipart part(String headers, byte[] content) {
        raw("--" + BOUNDARY + "\r\n" + headers + "\r\n\r\n");
        out.writeBytes(content);
        raw("\r\n");
        return this;
    }

    Multipart raw(String text) {
        out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
        return this;
    }

    /** The body with the closing delimiter. */
    byte[] end() {
        raw("--" + BOUNDARY + "--\r\n");
        return out.toByteArray();
    }

    /** The body as written so far, without a closing delimiter. */
    byte[] unterminated() {
        return out.toByteArray();
    }

    static HttpRequest post(RequestConfig config, byte[] body) {
        return HttpRequest.builder(config).method("POST").header("Content-Type", CONTENT_TYPE).body(body).build();
    }
}
