package dev.quintet.http;

import dev.quintet.http.internal.UrlCodec;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * Query-string and form data: Django's {@code QueryDict}, a {@link MultiValueDict} of strings.
 *
 * <p>{@code request.GET()} and {@code request.POST()} are immutable; {@link #copy()} answers a
 * mutable copy, for building a new query string:
 *
 * <pre>{@code
 * QueryDict q = request.GET().copy();
 * q.set("page", "2");
 * String next = "?" + q.urlencode();   // "q=django&page=2"
 * }</pre>
 *
 * <p>Parsing follows Python's {@code parse_qsl} with blank values kept: pairs split on {@code &},
 * a key without {@code =} has the value "", empty pairs are skipped, {@code +} is a space. Unlike
 * Django, a malformed escape ({@code %zz}) or bytes that are not valid UTF-8 are refused with a
 * {@link BadRequest} instead of being passed through or replaced.
 */
public final class QueryDict extends MultiValueDict<String> {
    private boolean mutable;
    private final Charset encoding;

    private QueryDict(boolean mutable, Charset encoding) {
        this.mutable = mutable;
        this.encoding = encoding;
    }

    /** An empty, immutable dictionary. */
    public static QueryDict empty() {
        return new QueryDict(false, StandardCharsets.UTF_8);
    }

    /** An empty, mutable dictionary (Django's {@code QueryDict(mutable=True)}). */
    public static QueryDict mutable() {
        return new QueryDict(true, StandardCharsets.UTF_8);
    }

    /** Parses {@code query} (UTF-8, no field limit) into an immutable dictionary. */
    public static QueryDict parse(String query) {
        return parse(query, StandardCharsets.UTF_8, -1);
    }

    /**
     * Parses {@code query} into an immutable dictionary.
     *
     * @param maxFields {@code DATA_UPLOAD_MAX_NUMBER_FIELDS}, negative for no limit; counted as
     *     Python does, one more than the number of {@code &}
     * @throws TooManyFieldsSent when there are more fields than allowed
     * @throws BadRequest on a malformed escape or undecodable bytes
     */
    public static QueryDict parse(String query, Charset encoding, int maxFields) {
        QueryDict dict = new QueryDict(true, encoding);
        if (query != null && !query.isEmpty()) {
            if (maxFields >= 0 && countFields(query) > maxFields) {
                throw new TooManyFieldsSent(
                        "The number of GET/POST parameters exceeded settings.DATA_UPLOAD_MAX_NUMBER_FIELDS.");
            }
            int start = 0;
            while (start <= query.length()) {
                int end = query.indexOf('&', start);
                if (end < 0) {
                    end = query.length();
                }
                if (end > start) {
                    String pair = query.substring(start, end);
                    int eq = pair.indexOf('=');
                    String key = eq < 0 ? pair : pair.substring(0, eq);
                    String value = eq < 0 ? "" : pair.substring(eq + 1);
                    dict.appendList(UrlCodec.unquotePlus(key, encoding), UrlCodec.unquotePlus(value, encoding));
                }
                start = end + 1;
            }
        }
        dict.mutable = false;
        return dict;
    }

    /** An immutable dictionary holding a copy of {@code values}. */
    public static QueryDict copyOf(MultiValueDict<String> values) {
        QueryDict dict = new QueryDict(true, StandardCharsets.UTF_8);
        dict.update(values);
        dict.mutable = false;
        return dict;
    }

    /** A mutable dictionary with each of {@code keys} set to {@code value} (Django's {@code fromkeys}). */
    public static QueryDict fromKeys(Iterable<String> keys, String value) {
        QueryDict dict = mutable();
        keys.forEach(k -> dict.appendList(k, value));
        return dict;
    }

    private static int countFields(String query) {
        int n = 1;
        for (int i = 0; i < query.length(); i++) {
            if (query.charAt(i) == '&') {
                n++;
            }
        }
        return n;
    }

    @Override
    protected void checkMutable() {
        if (!mutable) {
            throw new IllegalStateException("This QueryDict instance is immutable");
        }
    }

    /** False for {@code request.GET()} and {@code request.POST()}. */
    public boolean isMutable() {
        return mutable;
    }

    /** The charset the data was decoded with. */
    public Charset encoding() {
        return encoding;
    }

    /** A mutable copy. */
    @Override
    public QueryDict copy() {
        QueryDict dict = new QueryDict(true, encoding);
        dict.update(this);
        return dict;
    }

    /** The data as a query string, {@code +} for spaces: Django's {@code urlencode()}. */
    public String urlencode() {
        return urlencode(null);
    }

    /**
     * The data as a query string where the characters of {@code safe} are left unescaped (and
     * spaces become {@code %20}), e.g. {@code urlencode("/")} keeps slashes.
     */
    public String urlencode(String safe) {
        StringBuilder out = new StringBuilder();
        for (Map.Entry<String, List<String>> e : storage().entrySet()) {
            for (String v : e.getValue()) {
                if (!out.isEmpty()) {
                    out.append('&');
                }
                if (safe == null || safe.isEmpty()) {
                    out.append(UrlCodec.quotePlus(e.getKey())).append('=').append(UrlCodec.quotePlus(v));
                } else {
                    out.append(UrlCodec.quote(e.getKey(), safe)).append('=').append(UrlCodec.quote(v, safe));
                }
            }
        }
        return out.toString();
    }
}
