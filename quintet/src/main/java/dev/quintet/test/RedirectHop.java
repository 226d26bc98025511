package dev.quintet.test;

/**
 * One redirect the test {@link Client} followed: where it pointed and with which status, as in
 * Django's {@code response.redirect_chain}.
 *
 * @param url the {@code Location} the response named
 * @param status the redirect's status code (301, 302, 303, 307, 308)
 */
public record RedirectHop(String url, int status) {
}
