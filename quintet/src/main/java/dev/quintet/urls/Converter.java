package dev.quintet.urls;

/**
 * Turns one captured piece of a {@code path()} route into a Java value and back: Django's path
 * converter ({@code regex}, {@code to_python}, {@code to_url}).
 *
 * <p>The built-in converters are {@code int} ({@code [0-9]+}, an {@link Integer}), {@code str}
 * ({@code [^/]+}), {@code slug} ({@code [-a-zA-Z0-9_]+}), {@code uuid} (lowercase canonical form, a
 * {@link java.util.UUID}) and {@code path} ({@code .+}). Register others on the URLconf:
 *
 * <pre>{@code
 * record FourDigitYear() implements Converter {
 *     public String regex() { return "[0-9]{4}"; }
 *     public Object toJava(String value) { return Integer.valueOf(value); }
 *     public String toUrl(Object value) { return String.format("%04d", (Integer) value); }
 * }
 * UrlConf conf = UrlConf.builder().converter("yyyy", new FourDigitYear())
 *         .patterns(path("articles/<yyyy:year>/", Views::year)).build();
 * }</pre>
 *
 * <p>{@link #toJava} throwing an {@link IllegalArgumentException} (a {@link NumberFormatException}
 * included) means "this route does not match" and resolution goes on with the next pattern, as a
 * {@code ValueError} does in Django. {@link #toUrl} throwing one makes {@code reverse()} try the
 * next candidate.
 */
public interface Converter {
    /** A Java regular expression for one value; no capturing groups are needed. */
    String regex();

    /** The typed value for the matched text; throws {@link IllegalArgumentException} to reject it. */
    Object toJava(String value);

    /** The URL text for {@code value}; throws {@link IllegalArgumentException} to reject it. */
    String toUrl(Object value);
}
