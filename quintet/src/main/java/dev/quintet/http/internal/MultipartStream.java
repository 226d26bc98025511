package dev.quintet.http.internal;

import dev.quintet.http.MultiPartParserError;
import dev.quintet.http.UnreadablePostError;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The byte level of a {@code multipart/form-data} body (RFC 7578, RFC 2046 §5.1): finds the
 * delimiters in a fixed buffer and hands out each part's headers and body as a bounded stream,
 * so a body of any size is read with constant memory.
 *
 * <p>The body is scanned for {@code CRLF "--" boundary}; a virtual CRLF before the first byte lets
 * the opening delimiter (which has none) match the same way. After a delimiter comes either
 * {@code "--"} (the end; the epilogue is ignored) or optional blanks and CRLF, then the part's
 * header lines, an empty line and the part's content up to the next delimiter.
 */
final class MultipartStream {
    /** The largest header block a part may have. */
    static final int MAX_HEADER_BYTES = 8 * 1024;

    private final InputStream in;
    private final byte[] delimiter;
    private final byte[] buf;
    private int pos;
    private int limit;

    MultipartStream(InputStream in, String boundary) {
        this.in = in;
        this.delimiter = ("\r\n--" + boundary).getBytes(StandardCharsets.US_ASCII);
        this.buf = new byte[64 * 1024];
        buf[0] = '\r';
        buf[1] = '\n';
        limit = 2;
    }

    /**
     * Skips to just after the next delimiter line; true when a part follows, false at the closing
     * delimiter.
     */
    boolean nextPart() {
        while (true) {
            int idx = indexOfDelimiter();
            if (idx >= 0) {
                pos = idx + delimiter.length;
                break;
            }
            pos = Math.max(pos, limit - (delimiter.length - 1));
            if (!fill()) {
                throw new MultiPartParserError("Multipart body ended before the closing boundary.");
            }
        }
        require(2);
        if (buf[pos] == '-' && buf[pos + 1] == '-') {
            pos += 2;
            return false;
        }
        int blanks = 0;
        while (true) {
            require(1);
            byte b = buf[pos];
            if ((b == ' ' || b == '\t') && blanks++ < 64) {
                pos++;
            } else {
                break;
            }
        }
        require(2);
        if (buf[pos] != '\r' || buf[pos + 1] != '\n') {
            throw new MultiPartParserError("Malformed boundary line in multipart body.");
        }
        pos += 2;
        return true;
    }

    /** Reads the part's header lines up to the empty line; names lower-cased, values UTF-8. */
    Map<String, String> headers() {
        Map<String, String> headers = new LinkedHashMap<>();
        int total = 0;
        while (true) {
            int eol = indexOfCrlf();
            if (eol < 0) {
                if (limit - pos > MAX_HEADER_BYTES - total) {
                    throw new MultiPartParserError("Multipart part headers are too large.");
                }
                if (!fill()) {
                    throw new MultiPartParserError("Multipart body ended inside part headers.");
                }
                continue;
            }
            total += eol - pos + 2;
            if (total > MAX_HEADER_BYTES) {
                throw new MultiPartParserError("Multipart part headers are too large.");
            }
            if (eol == pos) {
                pos += 2;
                return headers;
            }
            byte[] raw = Arrays.copyOfRange(buf, pos, eol);
            pos = eol + 2;
            String line = UrlCodec.decode(raw, StandardCharsets.UTF_8, "multipart part headers");
            int colon = line.indexOf(':');
            if (colon <= 0) {
                throw new MultiPartParserError("Malformed header line in multipart part: " + PyRepr.of(line));
            }
            headers.put(line.substring(0, colon).strip().toLowerCase(Locale.ROOT), line.substring(colon + 1).strip());
        }
    }

    /** The current part's content, ending before the next delimiter. */
    InputStream body() {
        return new PartStream();
    }

    private final class PartStream extends InputStream {
        private boolean done;

        @Override
        public int read() {
            byte[] one = new byte[1];
            int n = read(one, 0, 1);
            return n < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (len == 0) {
                return 0;
            }
            while (!done) {
                int idx = indexOfDelimiter();
                int safeEnd = idx >= 0 ? idx : Math.max(pos, limit - (delimiter.length - 1));
                if (safeEnd > pos) {
                    int n = Math.min(len, safeEnd - pos);
                    System.arraycopy(buf, pos, b, off, n);
                    pos += n;
                    return n;
                }
                if (idx >= 0) {
                    done = true;
                } else if (!fill()) {
                    throw new MultiPartParserError("Multipart body ended inside a part.");
                }
            }
            return -1;
        }
    }

    private void require(int n) {
        while (limit - pos < n) {
            if (!fill()) {
                throw new MultiPartParserError("Multipart body ended before the closing boundary.");
            }
        }
    }

    /** Moves the unread bytes to the front and reads more; false at end of input. */
    private boolean fill() {
        if (pos > 0) {
            System.arraycopy(buf, pos, buf, 0, limit - pos);
            limit -= pos;
            pos = 0;
        }
        try {
            int n = in.read(buf, limit, buf.length - limit);
            if (n <= 0) {
                return false;
            }
            limit += n;
            return true;
        } catch (IOException e) {
            throw new UnreadablePostError("Error reading the request body: " + e.getMessage(), e);
        }
    }

    private int indexOfDelimiter() {
        byte first = delimiter[0];
        int last = limit - delimiter.length;
        outer:
        for (int i = pos; i <= last; i++) {
            if (buf[i] != first) {
                continue;
            }
            for (int j = 1; j < delimiter.length; j++) {
                if (buf[i + j] != delimiter[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private int indexOfCrlf() {
        for (int i = pos; i + 1 < limit; i++) {
            if (buf[i] == '\r' && buf[i + 1] == '\n') {
                return i;
            }
        }
        return -1;
    }
}
