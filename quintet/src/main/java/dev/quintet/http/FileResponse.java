package dev.quintet.http;

import dev.quintet.http.internal.MimeTypes;
import dev.quintet.http.internal.UrlCodec;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * A response streaming a file in blocks of 64 KiB (Django's {@code FileResponse}).
 *
 * <p>Headers are set from what is known of the file: {@code Content-Length} when the size is
 * known, {@code Content-Type} guessed from the file name unless one is given
 * ({@code application/octet-stream} when unknown), and {@code Content-Disposition} when the file
 * has a name or is sent as an attachment: {@code attachment; filename="report.pdf"}, and for a
 * name that is not plain ASCII an ASCII fallback plus the RFC 6266 extended form
 * {@code filename*=utf-8''r%C3%A9sum%C3%A9.pdf}. The stream is closed with the response.
 *
 * <pre>{@code
 * return new FileResponse(Path.of("/srv/reports/q3.pdf"), true, null);     // a download
 * return new FileResponse(in, -1, false, "photo.jpg");                      // inline, image/jpeg
 * }</pre>
 */
public class FileResponse extends StreamingHttpResponse {
    /** The block size the file is read in. */
    public static final int BLOCK_SIZE = 64 * 1024;

    /** The file at {@code path}, inline, named after the file. */
    public FileResponse(Path path) throws IOException {
        this(path, false, null);
    }

    /** The file at {@code path}; {@code filename} ({@code null}: the file's own name) for the headers. */
    public FileResponse(Path path, boolean asAttachment, String filename) throws IOException {
        this(path, asAttachment, filename, null);
    }

    /** As {@link #FileResponse(Path, boolean, String)} with an explicit content type ({@code null}: guess). */
    public FileResponse(Path path, boolean asAttachment, String filename, String contentType) throws IOException {
        this(Files.newInputStream(path), Files.size(path), asAttachment,
                filename == null || filename.isEmpty() ? path.getFileName().toString() : filename, contentType);
    }

    /** An unnamed stream of unknown length, inline. */
    public FileResponse(InputStream in) {
        this(in, -1, false, null, null);
    }

    /**
     * A stream.
     *
     * @param length its length in bytes, or -1 when unknown (no {@code Content-Length})
     * @param filename the name for the headers, or {@code null}
     */
    public FileResponse(InputStream in, long length, boolean asAttachment, String filename) {
        this(in, length, asAttachment, filename, null);
    }

    /** A stream with every option; {@code contentType} {@code null} means guess from the name. */
    @SuppressWarnings("this-escape") // setHeader is final: nothing a subclass overrides runs here
    public FileResponse(InputStream in, long length, boolean asAttachment, String filename, String contentType) {
        // The block iterator is AutoCloseable: the streaming response closes it, and the stream, with itself.
        super(new BlockIterator(in), contentType == null ? guessContentType(filename) : contentType, 200);
        if (length >= 0) {
            setHeader("Content-Length", Long.toString(length));
        }
        String name = filename == null ? "" : baseName(filename);
        String disposition = contentDisposition(asAttachment, name);
        if (disposition != null) {
            setHeader("Content-Disposition", disposition);
        }
    }

    /** As Python's {@code os.path.basename} on POSIX: only {@code /} separates directories. */
    private static String baseName(String filename) {
        return filename.substring(filename.lastIndexOf('/') + 1);
    }

    private static String guessContentType(String filename) {
        if (filename == null || filename.isEmpty()) {
            return "application/octet-stream";
        }
        String guessed = MimeTypes.guess(baseName(filename));
        return guessed == null ? "application/octet-stream" : guessed;
    }

    /**
     * The {@code Content-Disposition} value for {@code filename}, or {@code null} when it is
     * neither an attachment nor named. Quotable ASCII names are quoted (with {@code \} and
     * {@code "} escaped); other names get an ASCII fallback (non-ASCII characters replaced by
     * {@code _}) and the {@code filename*=utf-8''…} form.
     */
    public static String contentDisposition(boolean asAttachment, String filename) {
        if (!asAttachment && (filename == null || filename.isEmpty())) {
            return null;
        }
        String type = asAttachment ? "attachment" : "inline";
        if (filename == null || filename.isEmpty()) {
            return type;
        }
        if (isQuotable(filename)) {
            return type + "; filename=\"" + quoted(filename) + "\"";
        }
        StringBuilder fallback = new StringBuilder(filename.length());
        filename.codePoints().forEach(cp -> fallback.append(cp == '\t' || (cp >= 0x20 && cp <= 0x7e) ? (char) cp : '_'));
        return type + "; filename=\"" + quoted(fallback.toString()) + "\"; filename*=utf-8''"
                + UrlCodec.quote(filename, "");
    }

    private static boolean isQuotable(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '\t' && (c < 0x20 || c > 0x7e)) {
                return false;
            }
        }
        return true;
    }

    private static String quoted(String s) {
        return s.replace("\\", "\\\\").replace("\"", "\\\"");
    }

    /** Reads the stream a block at a time, as the gateway pulls. */
    private static final class BlockIterator implements Iterator<byte[]>, AutoCloseable {
        private final InputStream in;
        private byte[] next;
        private boolean done;

        BlockIterator(InputStream in) {
            this.in = in;
        }

        @Override
        public boolean hasNext() {
            if (next == null && !done) {
                try {
                    byte[] block = in.readNBytes(BLOCK_SIZE);
                    if (block.length == 0) {
                        done = true;
                    } else {
                        next = block;
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            return next != null;
        }

        @Override
        public byte[] next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            byte[] block = next;
            next = null;
            return block;
        }

        @Override
        public void close() throws IOException {
            done = true;
            in.close();
        }
    }
}
