package dev.quintet.http.internal;

import dev.quintet.http.BadRequest;
import dev.quintet.http.MultiValueDict;
import dev.quintet.http.QueryDict;
import dev.quintet.http.RawPostDataException;
import dev.quintet.http.RequestConfig;
import dev.quintet.http.RequestDataTooBig;
import dev.quintet.http.UnreadablePostError;
import dev.quintet.http.UploadedFile;
import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A request's body: read once, either whole into memory ({@link #bytes()}, bounded by
 * {@code DATA_UPLOAD_MAX_MEMORY_SIZE}) or as a stream (by the multipart parser or the view), as
 * Django's {@code HttpRequest.body}/{@code read()} pair; and the form data parsed from it.
 */
public final class RequestBody {
    private static final String TOO_BIG = "Request body exceeded settings.DATA_UPLOAD_MAX_MEMORY_SIZE.";

    private final InputStream raw;
    private final long contentLength;
    private final RequestConfig config;
    private boolean readStarted;
    private byte[] bytes;
    private MultipartParser.Result form;
    private final List<UploadedFile> uploads = new ArrayList<>(0);

    public RequestBody(InputStream raw, long contentLength, RequestConfig config) {
        this.raw = raw;
        this.contentLength = contentLength;
        this.config = config;
    }

    /** The body as a stream: over the bytes when already read, else the raw stream (marked read on use). */
    public InputStream stream() {
        if (bytes != null) {
            return new ByteArrayInputStream(bytes);
        }
        return new FilterInputStream(raw) {
            @Override
            public int read() throws IOException {
                readStarted = true;
                return super.read();
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                readStarted = true;
                return super.read(b, off, len);
            }

            @Override
            public long skip(long n) throws IOException {
                readStarted = true;
                return super.skip(n);
            }
        };
    }

    /** The whole body, read on first call; refused when over the limit or already streamed. */
    public byte[] bytes() {
        if (bytes == null) {
            if (readStarted) {
                throw new RawPostDataException("You cannot access body after reading from request's data stream");
            }
            long max = config.dataUploadMaxMemorySize();
            if (max >= 0 && contentLength > max) {
                throw new RequestDataTooBig(TOO_BIG);
            }
            readStarted = true;
            try {
                byte[] read = max < 0 ? raw.readAllBytes() : raw.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
                if (max >= 0 && read.length > max) {
                    throw new RequestDataTooBig(TOO_BIG);
                }
                bytes = read;
            } catch (IOException e) {
                throw new UnreadablePostError("Error reading the request body: " + e.getMessage(), e);
            }
        }
        return bytes;
    }

    /**
     * The form data, parsed on first call; when parsing fails the error is raised once and the
     * form left empty, as Django's {@code _mark_post_parse_error} does, so error pages can look
     * at it.
     */
    public MultipartParser.Result form(String method, String rawContentType, HeaderParams contentType, String encoding) {
        if (form == null) {
            try {
                form = parseForm(method, rawContentType, contentType, encoding);
                // Kept apart from FILES, which views may change, so that close() finds every upload.
                form.files().lists().values().forEach(uploads::addAll);
            } catch (RuntimeException e) {
                form = new MultipartParser.Result(QueryDict.empty(), new MultiValueDict<>());
                throw e;
            }
        }
        return form;
    }

    /** Deletes every upload spooled to disk. */
    public void close() {
        uploads.forEach(UploadedFile::close);
        uploads.clear();
    }

    /** Forgets the parsed form (the encoding changed). */
    public void resetForm() {
        form = null;
    }

    /**
     * Django's {@code _load_post_and_files}: only a POST carries form data; urlencoded bodies are
     * read whole (they must be UTF-8), multipart bodies are streamed unless the body was already
     * read, anything else leaves POST empty.
     */
    private MultipartParser.Result parseForm(String method, String rawContentType, HeaderParams contentType,
                                            String encoding) {
        if (!method.equals("POST") || (readStarted && bytes == null)) {
            return new MultipartParser.Result(QueryDict.empty(), new MultiValueDict<>());
        }
        Charset charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
        switch (contentType.value()) {
            case "multipart/form-data" -> {
                String boundary = MultipartParser.boundary(rawContentType, contentType);
                if (contentLength == 0) {
                    return new MultipartParser.Result(QueryDict.empty(), new MultiValueDict<>());
                }
                return new MultipartParser(config, charset).parse(stream(), boundary);
            }
            case "application/x-www-form-urlencoded" -> {
                if (encoding != null && !encoding.equalsIgnoreCase("utf-8")) {
                    throw new BadRequest(
                            "HTTP requests with the 'application/x-www-form-urlencoded' content type must be UTF-8 encoded.");
                }
                String text = UrlCodec.decode(bytes(), StandardCharsets.UTF_8, "form data");
                return new MultipartParser.Result(
                        QueryDict.parse(text, StandardCharsets.UTF_8, config.dataUploadMaxNumberFields()),
                        new MultiValueDict<>());
            }
            default -> {
                return new MultipartParser.Result(QueryDict.empty(), new MultiValueDict<>());
            }
        }
    }
}
