package dev.quintet.server;

import dev.quintet.http.HttpRequest;
import dev.quintet.http.HttpResponse;
import dev.quintet.http.View;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPOutputStream;

/** The little site the HTTP-level tests talk to, one view per path. */
final class SiteViews implements View {
    /** Released by a test to let {@code /stream} send its last chunk and {@code /slow} answer. */
    final CountDownLatch release = new CountDownLatch(1);
    /** Counted down when {@code /slow} has started. */
    final CountDownLatch slowStarted = new CountDownLatch(1);

    static final byte[] GZIPPED = gzip("compressed hello");

    /** The last streaming response handed out, to check the gateway closed it. */
    volatile Streaming lastStream;
    /** Where the last upload was spooled, to check the gateway deleted it. */
    volatile java.nio.file.Path lastUpload;

    @Override
    public HttpResponse handle(HttpRequest request) throws Exception {
        return switch (request.path()) {
            case "/hello" -> new HttpResponse("Hello, World!", "text/plain", 200);
            case "/echo" -> echo(request);
            case "/swallow" -> {
                try {
                    request.bodyStream().readAllBytes();
                    yield new HttpResponse("read it all", "text/plain", 200);
                } catch (java.io.IOException e) {
                    yield new HttpResponse("swallowed " + e.getClass().getSimpleName(), "text/plain", 200);
                }
            }
            case "/meta" -> new HttpResponse(request.method() + " " + request.path() + " ?"
                    + request.queryString() + " " + request.rawScheme() + " " + request.remoteAddr(),
                    "text/plain", 200);
            case "/thread" -> new HttpResponse("virtual=" + Thread.currentThread().isVirtual(), "text/plain", 200);
            case "/host" -> new HttpResponse("host=" + request.headers().get("Host"), "text/plain", 200);
            case "/gzip" -> {
                HttpResponse response = new HttpResponse(GZIPPED, "text/plain", 200);
                response.setHeader("Content-Encoding", "gzip");
                yield response;
            }
            case "/no-content" -> new HttpResponse(new byte[0], null, 204);
            case "/stream" -> lastStream = new Streaming(release);
            case "/broken-stream" -> new Broken();
            case "/upload" -> {
                dev.quintet.http.UploadedFile file = request.FILES().get("doc");
                lastUpload = file.temporaryFilePath().orElseThrow();
                yield new HttpResponse("spooled " + file.size(), "text/plain", 200);
            }
            case "/slow" -> {
                slowStarted.countDown();
                release.await(10, TimeUnit.SECONDS);
                yield new HttpResponse("slow done", "text/plain", 200);
            }
            case "/boom" -> throw new IllegalStateException("boom");
            default -> new HttpResponse("Not Found", "text/plain", 404);
        };
    }

    private static HttpResponse echo(HttpRequest request) throws Exception {
        byte[] body = request.bodyStream().readAllBytes();
        return new HttpResponse(request.method() + " " + request.contentLength() + " "
                + new String(body, StandardCharsets.UTF_8), "text/plain", 200);
    }

    private static byte[] gzip(String text) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
                out.write(text.getBytes(StandardCharsets.UTF_8));
            }
            return bytes.toByteArray();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** A stream whose second chunk fails. */
    static final class Broken extends HttpResponse {
        Broken() {
            super(new byte[0], "text/plain", 200);
        }

        @Override
        public boolean isStreaming() {
            return true;
        }

        @Override
        public Iterator<byte[]> streamingContent() {
            return new Iterator<>() {
                private boolean first = true;

                @Override
                public boolean hasNext() {
                    return true;
                }

                @Override
                public byte[] next() {
                    if (first) {
                        first = false;
                        return "partial".getBytes(StandardCharsets.UTF_8);
                    }
                    throw new IllegalStateException("generator failed");
                }
            };
        }
    }

    /** Two chunks: the first at once, the second only after the test releases it. */
    static final class Streaming extends HttpResponse {
        private final CountDownLatch release;
        volatile boolean closed;

        Streaming(CountDownLatch release) {
            super(new byte[0], "text/plain", 200);
            this.release = release;
        }

        @Override
        public boolean isStreaming() {
            return true;
        }

        @Override
        public Iterator<byte[]> streamingContent() {
            return new Iterator<>() {
                private int next;

                @Override
                public boolean hasNext() {
                    return next < 2;
                }

                @Override
                public byte[] next() {
                    if (next >= 2) {
                        throw new NoSuchElementException();
                    }
                    if (next++ == 1) {
                        try {
                            release.await(10, TimeUnit.SECONDS);
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                        return "second".getBytes(StandardCharsets.UTF_8);
                    }
                    return "first;".getBytes(StandardCharsets.UTF_8);
                }
            };
        }

        @Override
        public void close() {
            closed = true;
        }
    }
}
