package dev.quintet.http.internal;

import dev.quintet.http.MultiPartParserError;
import dev.quintet.http.MultiValueDict;
import dev.quintet.http.QueryDict;
import dev.quintet.http.RequestConfig;
import dev.quintet.http.RequestDataTooBig;
import dev.quintet.http.TooManyFieldsSent;
import dev.quintet.http.TooManyFilesSent;
import dev.quintet.http.UnreadablePostError;
import dev.quintet.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Parses a {@code multipart/form-data} body into form fields and uploaded files, as Django's
 * {@code MultiPartParser}, streaming: fields are read within {@code DATA_UPLOAD_MAX_MEMORY_SIZE}
 * (counting each field's name plus two, as Django does), files are kept in memory up to
 * {@code FILE_UPLOAD_MAX_MEMORY_SIZE} and spooled to a temporary file beyond.
 *
 * <p>A part whose {@code Content-Disposition} is not {@code form-data} with a {@code name} is
 * skipped; a part with a {@code filename} is a file (skipped when the name is empty after
 * sanitising), any other a field.
 */
public final class MultipartParser {
    private static final Pattern BOUNDARY = Pattern.compile("[ -~]{0,200}[!-~]");

    /** The parsed body. */
    public record Result(QueryDict post, MultiValueDict<UploadedFile> files) {
    }

    private final RequestConfig config;
    private final Charset encoding;

    public MultipartParser(RequestConfig config, Charset encoding) {
        this.config = config;
        this.encoding = encoding;
    }

    /** Validates the request's Content-Type and returns the boundary, as Django's constructor does. */
    public static String boundary(String rawContentType, HeaderParams contentType) {
        if (!contentType.value().startsWith("multipart/")) {
            throw new MultiPartParserError("Invalid Content-Type: " + rawContentType);
        }
        for (int i = 0; i < rawContentType.length(); i++) {
            if (rawContentType.charAt(i) > 0x7f) {
                throw new MultiPartParserError("Invalid non-ASCII Content-Type in multipart: " + rawContentType);
            }
        }
        String boundary = contentType.param("boundary");
        if (boundary == null || !BOUNDARY.matcher(boundary).matches()) {
            throw new MultiPartParserError("Invalid boundary in multipart: " + (boundary == null ? "None" : boundary));
        }
        return boundary;
    }

    /** Parses {@code body}; on failure every file already spooled is deleted. */
    public Result parse(InputStream body, String boundary) {
        MultiValueDict<String> post = new MultiValueDict<>();
        MultiValueDict<UploadedFile> files = new MultiValueDict<>();
        List<UploadedFile> created = new ArrayList<>();
        try {
            MultipartStream stream = new MultipartStream(body, boundary);
            long bytesRead = 0;
            int fields = 0;
            int fileCount = 0;
            boolean more = stream.nextPart();
            while (more) {
                Map<String, String> headers = stream.headers();
                HeaderParams disposition = HeaderParams.parse(headers.get("content-disposition"));
                String name = disposition.param("name");
                InputStream part = stream.body();
                if (!disposition.value().equals("form-data") || name == null) {
                    part.transferTo(OutputStream.nullOutputStream());
                } else if (!disposition.params().containsKey("filename")) {
                    fields++;
                    if (config.dataUploadMaxNumberFields() >= 0 && fields > config.dataUploadMaxNumberFields()) {
                        throw new TooManyFieldsSent(
                                "The number of GET/POST parameters exceeded settings.DATA_UPLOAD_MAX_NUMBER_FIELDS.");
                    }
                    long max = config.dataUploadMaxMemorySize();
                    byte[] data = max < 0 ? part.readAllBytes()
                            : part.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, Math.max(0, max - bytesRead)));
                    bytesRead += data.length + name.length() + 2;
                    if (max >= 0 && bytesRead > max) {
                        throw new RequestDataTooBig("Request body exceeded settings.DATA_UPLOAD_MAX_MEMORY_SIZE.");
                    }
                    if (isBase64(headers)) {
                        data = decodeBase64Field(data);
                    }
                    HeaderParams type = HeaderParams.parse(headers.get("content-type"));
                    Charset charset = charsetOf(type.param("charset"));
                    post.appendList(name, UrlCodec.decode(data, charset, "multipart field " + PyRepr.of(name)));
                } else {
                    fileCount++;
                    if (config.dataUploadMaxNumberFiles() >= 0 && fileCount > config.dataUploadMaxNumberFiles()) {
                        throw new TooManyFilesSent("The number of files exceeded settings.DATA_UPLOAD_MAX_NUMBER_FILES.");
                    }
                    String fileName = FileNames.sanitize(disposition.param("filename"));
                    if (fileName == null) {
                        part.transferTo(OutputStream.nullOutputStream());
                    } else {
                        InputStream content = isBase64(headers) ? Base64.getMimeDecoder().wrap(part) : part;
                        UploadedFile file = receive(content, fileName, HeaderParams.parse(headers.get("content-type")));
                        created.add(file);
                        files.appendList(name, file);
                    }
                }
                more = stream.nextPart();
            }
            return new Result(QueryDict.copyOf(post), files);
        } catch (IOException e) {
            created.forEach(UploadedFile::close);
            if (e.getMessage() != null && e.getMessage().startsWith("Illegal base64")) {
                throw new MultiPartParserError("Invalid base64 content in multipart file.", e);
            }
            throw new UnreadablePostError("Error reading the request body: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            created.forEach(UploadedFile::close);
            throw e;
        }
    }

    /** RFC 7578 deprecates it, but Django still honours {@code Content-Transfer-Encoding: base64}. */
    private static boolean isBase64(Map<String, String> headers) {
        return "base64".equalsIgnoreCase(headers.getOrDefault("content-transfer-encoding", "").strip());
    }

    /** As Django: a field that does not decode as base64 is kept as sent. */
    private static byte[] decodeBase64Field(byte[] data) {
        try {
            return Base64.getMimeDecoder().decode(data);
        } catch (IllegalArgumentException e) {
            return data;
        }
    }

    private Charset charsetOf(String name) {
        if (name == null) {
            return encoding;
        }
        try {
            return Charset.forName(name);
        } catch (IllegalArgumentException e) {
            throw new MultiPartParserError("Unknown charset in multipart part: " + PyRepr.of(name));
        }
    }

    /** Keeps the part in memory up to the limit, then spools it to a temporary file. */
    private UploadedFile receive(InputStream part, String fileName, HeaderParams type) throws IOException {
        long inMemory = Math.max(0, config.fileUploadMaxMemorySize());
        byte[] head = part.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, inMemory + 1));
        String charset = type.param("charset");
        if (head.length <= inMemory) {
            return UploadedFile.inMemory(fileName, type.value(), charset, type.params(), head);
        }
        Path dir = config.fileUploadTempDir();
        Path tmp = dir == null ? Files.createTempFile("quintet-", ".upload") : Files.createTempFile(dir, "quintet-", ".upload");
        try (OutputStream out = Files.newOutputStream(tmp)) {
            out.write(head);
            long size = head.length + part.transferTo(out);
            return UploadedFile.temporary(fileName, type.value(), charset, type.params(), tmp, size);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(tmp);
            throw e;
        }
    }
}
