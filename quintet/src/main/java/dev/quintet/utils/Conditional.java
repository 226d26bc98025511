package dev.quintet.utils;

import dev.quintet.http.HttpRequest;
import dev.quintet.http.Cookie;
import dev.quintet.http.HttpResponse;
import dev.quintet.http.HttpResponseNotModified;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Conditional requests (RFC 9110 section 13): ETags and the {@code If-*} preconditions, as
 * Django's {@code get_conditional_response}, {@code parse_etags}, {@code quote_etag} and
 * {@code set_response_etag}. Used by {@code ConditionalGetMiddleware} and conditional view
 * decorators.
 *
 * <pre>{@code
 * Conditional.setResponseEtag(response);                       // ETag: "md5 of the content"
 * response = Conditional.response(request, response.header("ETag"), -1, response);  // 304 or 412 when due
 * }</pre>
 */
public final class Conditional {
    private static final Pattern ETAG = Pattern.compile("\\A((?:W/)?\"[^\"]*\")\\z");
    private static final List<String> ANY = List.of("*");
    private static final String[] KEPT_ON_304 = {"Cache-Control", "Content-Location", "Date", "ETag", "Expires",
        "Last-Modified", "Vary"};

    private Conditional() {
    }

    /** The valid entity tags of an {@code If-Match}/{@code If-None-Match} value; {@code ["*"]} for {@code *}. */
    public static List<String> parseEtags(String value) {
        if (value == null || value.isBlank()) {
            return List.of();
        }
        if (value.strip().equals("*")) {
            return ANY;
        }
        List<String> etags = new ArrayList<>();
        for (String part : value.split(",")) {
            String candidate = part.strip();
            if (ETAG.matcher(candidate).matches()) {
                etags.add(candidate);
            }
        }
        return etags;
    }

    /** {@code etag} quoted, unless it already is a valid (possibly weak) entity tag. */
    public static String quoteEtag(String etag) {
        return ETAG.matcher(etag).matches() ? etag : "\"" + etag + "\"";
    }

    /** Sets {@code ETag} to the quoted MD5 of the content, for a non-streaming, non-empty response. */
    public static void setResponseEtag(HttpResponse response) {
        if (!response.isStreaming() && response.content().length > 0) {
            response.setHeader("ETag", quoteEtag(md5Hex(response.content())));
        }
    }

    /**
     * Evaluates the request's preconditions against the resource's {@code etag} (or {@code null})
     * and {@code lastModified} (epoch seconds, or {@code -1}) and returns a 304 (GET/HEAD) or 412
     * response when they say so, else {@code response}. Only successful (2xx) responses are
     * considered; {@code response} may be {@code null} for a check before the view runs.
     */
    public static HttpResponse response(HttpRequest request, String etag, long lastModified, HttpResponse response) {
        if (response != null && (response.status() < 200 || response.status() >= 300)) {
            return response;
        }
        List<String> ifMatch = parseEtags(request.headers().get("If-Match"));
        long ifUnmodifiedSince = Headers.parseHttpDate(request.headers().get("If-Unmodified-Since"));
        List<String> ifNoneMatch = parseEtags(request.headers().get("If-None-Match"));
        long ifModifiedSince = Headers.parseHttpDate(request.headers().get("If-Modified-Since"));
        boolean safe = request.method().equals("GET") || request.method().equals("HEAD");

        if (!ifMatch.isEmpty() && !ifMatchPasses(etag, ifMatch)) {
            return preconditionFailed();
        }
        if (ifMatch.isEmpty() && ifUnmodifiedSince >= 0
                && !(lastModified >= 0 && lastModified <= ifUnmodifiedSince)) {
            return preconditionFailed();
        }
        if (!ifNoneMatch.isEmpty() && !ifNoneMatchPasses(etag, ifNoneMatch)) {
            return safe ? notModified(response) : preconditionFailed();
        }
        if (ifNoneMatch.isEmpty() && ifModifiedSince >= 0 && safe
                && lastModified >= 0 && lastModified <= ifModifiedSince) {
            return notModified(response);
        }
        return response;
    }

    private static boolean ifMatchPasses(String target, List<String> etags) {
        if (target == null || target.isEmpty()) {
            return false;
        }
        if (etags.equals(ANY)) {
            return true;
        }
        // A weak tag never matches strongly.
        return !target.startsWith("W/") && etags.contains(target);
    }

    private static boolean ifNoneMatchPasses(String target, List<String> etags) {
        if (target == null || target.isEmpty()) {
            return true;
        }
        if (etags.equals(ANY)) {
            return false;
        }
        // Weak comparison: ignore the weak indicators on both sides.
        String bare = stripWeak(target);
        for (String etag : etags) {
            if (stripWeak(etag).equals(bare)) {
                return false;
            }
        }
        return true;
    }

    private static String stripWeak(String etag) {
        return etag.startsWith("W/") ? etag.substring(2) : etag;
    }

    private static HttpResponse preconditionFailed() {
        return new HttpResponse(new byte[0], HttpResponse.DEFAULT_CONTENT_TYPE, 412);
    }

    private static HttpResponse notModified(HttpResponse original) {
        HttpResponse notModified = new HttpResponseNotModified();
        if (original != null) {
            for (String name : KEPT_ON_304) {
                String value = original.header(name);
                if (value != null) {
                    notModified.setHeader(name, value);
                }
            }
            // Set-Cookie must reach the client whether the answer is 200 or 304.
            for (Cookie cookie : original.cookies().values()) {
                notModified.setCookie(cookie);
            }
        }
        return notModified;
    }

    static String md5Hex(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("MD5 is required of every Java platform", e);
        }
    }
}
