package dev.quintet.template.internal.filters;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Python's {@code urllib.parse} pieces Django's URL filters use: quote, unquote, urlsplit. */
final class UrlUtils {
    private UrlUtils() {
    }

    private static final String ALWAYS_SAFE =
            "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.-~";
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    static final String RFC3986_GENDELIMS = ":/?#[]@";
    static final String RFC3986_SUBDELIMS = "!$&'()*+,;=";

    /** Python's {@code quote(s, safe)}: UTF-8, upper-case hex; ASCII letters, digits and {@code _.-~} always safe. */
    static String quote(String s, String safe) {
        StringBuilder out = new StringBuilder(s.length() + 16);
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        for (byte b : bytes) {
            int c = b & 0xff;
            if (c < 0x80 && (ALWAYS_SAFE.indexOf(c) >= 0 || safe.indexOf(c) >= 0)) {
                out.append((char) c);
            } else {
                out.append('%').append(HEX[c >> 4]).append(HEX[c & 0xf]);
            }
        }
        return out.toString();
    }

    /** Python's {@code quote_plus(s, safe='')}. */
    static String quotePlus(String s) {
        if (s.indexOf(' ') >= 0) {
            return quote(s, " ").replace(' ', '+');
        }
        return quote(s, "");
    }

    private static int hexValue(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        }
        if (c >= 'A' && c <= 'F') {
            return c - 'A' + 10;
        }
        return -1;
    }

    /** Python's {@code unquote(s)}: UTF-8 with invalid sequences replaced by U+FFFD. */
    static String unquote(String s) {
        if (s.indexOf('%') < 0) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length());
        ByteArrayOutputStream pending = new ByteArrayOutputStream();
        int i = 0;
        int n = s.length();
        while (i < n) {
            char c = s.charAt(i);
            if (c == '%' && i + 2 < n && hexValue(s.charAt(i + 1)) >= 0
                    && hexValue(s.charAt(i + 2)) >= 0) {
                pending.write(hexValue(s.charAt(i + 1)) * 16 + hexValue(s.charAt(i + 2)));
                i += 3;
            } else {
                if (pending.size() > 0) {
                    out.append(decodeReplacing(pending.toByteArray()));
                    pending.reset();
                }
                out.append(c);
                i++;
            }
        }
        if (pending.size() > 0) {
            out.append(decodeReplacing(pending.toByteArray()));
        }
        return out.toString();
    }

    private static String decodeReplacing(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE)
                .replaceWith("\uFFFD");
        try {
            CharBuffer chars = decoder.decode(ByteBuffer.wrap(bytes));
            return chars.toString();
        } catch (CharacterCodingException e) {
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }

    /** Django's {@code iri_to_uri}. */
    static String iriToUri(String iri) {
        return quote(iri, "/#%[]=:;$&()+,!?*@'~");
    }

    // ------------------------------------------------------------- urlsplit

    record SplitResult(String scheme, String netloc, String path, String query, String fragment) {
    }

    private static final String SCHEME_CHARS =
            "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789+-.";
    private static final Set<String> USES_NETLOC = Set.of("", "ftp", "http", "gopher", "nntp", "telnet", "imap",
            "wais", "file", "mms", "https", "shttp", "snews", "prospero", "rtsp", "rtsps", "rtspu", "rsync", "svn",
            "svn+ssh", "sftp", "nfs", "git", "git+ssh", "ws", "wss", "itms-services");

    /** Python's {@code urlsplit(url)}; an {@link IllegalArgumentException} where Python raises ValueError. */
    static SplitResult urlsplit(String url) {
        int start = 0;
        while (start < url.length() && url.charAt(start) <= ' ') {
            start++;
        }
        url = url.substring(start).replace("\t", "").replace("\r", "").replace("\n", "");
        String scheme = "";
        String netloc = "";
        String query = "";
        String fragment = "";
        int i = url.indexOf(':');
        if (i > 0 && url.charAt(0) < 0x80 && Character.isLetter(url.charAt(0))) {
            boolean ok = true;
            for (int k = 0; k < i; k++) {
                if (SCHEME_CHARS.indexOf(url.charAt(k)) < 0) {
                    ok = false;
                    break;
                }
            }
            if (ok) {
                scheme = url.substring(0, i).toLowerCase(java.util.Locale.ROOT);
                url = url.substring(i + 1);
            }
        }
        if (url.startsWith("//")) {
            int delim = url.length();
            for (char c : new char[] {'/', '?', '#'}) {
                int wdelim = url.indexOf(c, 2);
                if (wdelim >= 0) {
                    delim = Math.min(delim, wdelim);
                }
            }
            netloc = url.substring(2, delim);
            url = url.substring(delim);
            boolean open = netloc.indexOf('[') >= 0;
            boolean close = netloc.indexOf(']') >= 0;
            if (open != close) {
                throw new IllegalArgumentException("Invalid IPv6 URL");
            }
            if (open) {
                String host = netloc.substring(netloc.indexOf('[') + 1);
                int end = host.indexOf(']');
                host = end >= 0 ? host.substring(0, end) : host;
                checkBracketedHost(host);
            }
        }
        int hash = url.indexOf('#');
        if (hash >= 0) {
            fragment = url.substring(hash + 1);
            url = url.substring(0, hash);
        }
        int q = url.indexOf('?');
        if (q >= 0) {
            query = url.substring(q + 1);
            url = url.substring(0, q);
        }
        checkNetloc(netloc);
        return new SplitResult(scheme, netloc, url, query, fragment);
    }

    private static void checkBracketedHost(String host) {
        if (host.startsWith("v")) {
            if (!host.matches("\\Av[a-fA-F0-9]+\\..+\\z")) {
                throw new IllegalArgumentException("IPvFuture address is invalid");
            }
        } else {
            String addr = host;
            int pct = addr.indexOf('%');
            if (pct >= 0) {
                addr = addr.substring(0, pct);
            }
            if (!Validators.isIpv6(addr)) {
                throw new IllegalArgumentException("'" + host + "' does not appear to be an IPv4 or IPv6 address");
            }
        }
    }

    private static void checkNetloc(String netloc) {
        boolean ascii = true;
        for (int i = 0; i < netloc.length(); i++) {
            if (netloc.charAt(i) >= 0x80) {
                ascii = false;
                break;
            }
        }
        if (netloc.isEmpty() || ascii) {
            return;
        }
        String n = netloc.replace("@", "").replace(":", "").replace("#", "").replace("?", "");
        String netloc2 = Normalizer.normalize(n, Normalizer.Form.NFKC);
        if (n.equals(netloc2)) {
            return;
        }
        for (char c : "/?#@:".toCharArray()) {
            if (netloc2.indexOf(c) >= 0) {
                throw new IllegalArgumentException("netloc '" + netloc + "' contains invalid characters under NFKC normalization");
            }
        }
    }

    /** Python's {@code urlunsplit}. */
    static String urlunsplit(SplitResult parts) {
        String url = parts.path();
        String scheme = parts.scheme();
        String netloc = parts.netloc();
        if (!netloc.isEmpty() || (!scheme.isEmpty() && USES_NETLOC.contains(scheme) && !url.startsWith("//"))) {
            if (!url.isEmpty() && !url.startsWith("/")) {
                url = "/" + url;
            }
            url = "//" + netloc + url;
        }
        if (!scheme.isEmpty()) {
            url = scheme + ":" + url;
        }
        if (!parts.query().isEmpty()) {
            url = url + "?" + parts.query();
        }
        if (!parts.fragment().isEmpty()) {
            url = url + "#" + parts.fragment();
        }
        return url;
    }

    /** Python's {@code parse_qsl(qs, keep_blank_values=True)}. */
    static List<String[]> parseQsl(String qs) {
        List<String[]> out = new ArrayList<>();
        for (String nameValue : qs.split("&", -1)) {
            if (nameValue.isEmpty()) {
                continue;
            }
            int eq = nameValue.indexOf('=');
            String name = eq >= 0 ? nameValue.substring(0, eq) : nameValue;
            String value = eq >= 0 ? nameValue.substring(eq + 1) : "";
            out.add(new String[] {unquote(name.replace('+', ' ')), unquote(value.replace('+', ' '))});
        }
        return out;
    }

    /** Django's {@code smart_urlquote}: quote a URL if it isn't already quoted. */
    static String smartUrlquote(String url) {
        String safe = RFC3986_SUBDELIMS + RFC3986_GENDELIMS + "~";
        SplitResult parts;
        try {
            parts = urlsplit(url);
        } catch (IllegalArgumentException e) {
            return quote(unquote(url), safe);
        }
        String netloc = quote(unquote(parts.netloc()), safe);
        String query = parts.query();
        if (!query.isEmpty()) {
            StringBuilder q = new StringBuilder();
            for (String[] kv : parseQsl(query)) {
                if (!q.isEmpty()) {
                    q.append('&');
                }
                q.append(quotePlus(unquote(kv[0]))).append('=').append(quotePlus(unquote(kv[1])));
            }
            query = q.toString();
        }
        String path = quote(unquote(parts.path()), safe);
        String fragment = quote(unquote(parts.fragment()), safe);
        return urlunsplit(new SplitResult(parts.scheme(), netloc, path, query, fragment));
    }
}
