package dev.quintet.contrib.staticfiles.internal;

import dev.quintet.http.FileResponse;
import dev.quintet.http.HttpRequest;
import dev.quintet.http.HttpResponse;
import dev.quintet.http.HttpResponseNotModified;
import dev.quintet.http.internal.HttpDates;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** Answers a request with a file: content type, Last-Modified, 304 on If-Modified-Since, precompressed variants. */
public final class FileServer {
    private FileServer() {
    }

    /**
     * The response for {@code file} (known to exist), named {@code name} for its type. When
     * {@code precompressed}, a sibling {@code .br} or {@code .gz} is sent instead if the client
     * accepts that encoding; {@code Vary: Accept-Encoding} is set whenever a variant exists.
     */
    public static HttpResponse serve(HttpRequest request, Path file, String name, boolean precompressed,
            String cacheControl) throws IOException {
        Instant modified = Files.getLastModifiedTime(file).toInstant().truncatedTo(ChronoUnit.SECONDS);
        String since = request.headers().get("If-Modified-Since");
        if (since != null) {
            Instant when = HttpDates.parseOrNull(since);
            if (when != null && !modified.isAfter(when)) {
                HttpResponse notModified = new HttpResponseNotModified();
                notModified.setHeader("Last-Modified", HttpDates.format(modified));
                if (cacheControl != null) {
                    notModified.setHeader("Cache-Control", cacheControl);
                }
                return notModified;
            }
        }
        Path body = file;
        String encoding = null;
        boolean variants = false;
        if (precompressed) {
            String accept = request.headers().get("Accept-Encoding");
            for (String[] variant : new String[][] {{"br", ".br"}, {"gzip", ".gz"}}) {
                Path candidate = file.resolveSibling(file.getFileName() + variant[1]);
                if (Files.isRegularFile(candidate)) {
                    variants = true;
                    if (encoding == null && accepts(accept, variant[0])) {
                        body = candidate;
                        encoding = variant[0];
                    }
                }
            }
        }
        FileResponse response = new FileResponse(Files.newInputStream(body), Files.size(body), false, null,
                ContentTypes.of(name));
        response.setHeader("Last-Modified", HttpDates.format(modified));
        if (encoding != null) {
            response.setHeader("Content-Encoding", encoding);
        }
        if (variants) {
            response.setHeader("Vary", "Accept-Encoding");
        }
        if (cacheControl != null) {
            response.setHeader("Cache-Control", cacheControl);
        }
        return response;
    }

    private static boolean accepts(String header, String coding) {
        if (header == null) {
            return false;
        }
        for (String part : header.split(",")) {
            String[] bits = part.strip().split(";");
            if (bits[0].strip().equalsIgnoreCase(coding)) {
                for (int i = 1; i < bits.length; i++) {
                    String p = bits[i].strip().replace(" ", "");
                    if (p.equals("q=0") || p.equals("q=0.0") || p.equals("q=0.00") || p.equals("q=0.000")) {
                        return false;
                    }
                }
                return true;
            }
        }
        return false;
    }
}
