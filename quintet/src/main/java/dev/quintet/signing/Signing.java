package dev.quintet.signing;

import dev.quintet.conf.Settings;
import dev.quintet.http.Cookie;
import dev.quintet.http.HttpRequest;
import dev.quintet.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

/**
 * Django's {@code django.core.signing.dumps}/{@code loads} and the signed-cookie helpers
 * ({@code request.get_signed_cookie}, {@code response.set_signed_cookie}).
 *
 * <pre>{@code
 * String token = Signing.dumps(Map.of("user", 42), settings.secretKey(), "invites", false);
 * Map<?, ?> data = (Map<?, ?>) Signing.loads(token, settings, "invites", Duration.ofDays(1));
 *
 * Signing.setSignedCookie(response, settings, Cookie.of("theme", "dark"), "");
 * String theme = Signing.getSignedCookie(request, settings, "theme", "light", "", null);
 * }</pre>
 *
 * <p>The format is Django's: {@code base64url(json)[:timestamp]:signature}, with a leading
 * {@code .} when the JSON was zlib-compressed. Values signed by Django load here and the
 * reverse, for the same key and salt.
 */
public final class Signing {
    /** Django's default salt of {@code dumps}/{@code loads}. */
    public static final String DEFAULT_SALT = "django.core.signing";

    private Signing() {
    }

    /** Signs {@code obj} as JSON with a timestamp. */
    public static String dumps(Object obj, String key, String salt, boolean compress) {
        return new TimestampSigner(key, salt).signObject(obj, compress);
    }

    /** {@link #dumps(Object, String, String, boolean)} with the settings' {@code SECRET_KEY}. */
    public static String dumps(Object obj, Settings settings, String salt, boolean compress) {
        return dumps(obj, settings.secretKey(), salt, compress);
    }

    /**
     * The object signed by {@code dumps}, if its signature matches {@code key} or one of
     * {@code fallbackKeys} and it is not older than {@code maxAge} (null: any age).
     */
    public static Object loads(String signed, String key, List<String> fallbackKeys, String salt, Duration maxAge) {
        return new TimestampSigner(key, fallbackKeys, salt, Clock.systemUTC()).unsignObject(signed, maxAge);
    }

    /** {@link #loads(String, String, List, String, Duration)} with the settings' keys. */
    public static Object loads(String signed, Settings settings, String salt, Duration maxAge) {
        return loads(signed, settings.secretKey(), settings.secretKeyFallbacks(), salt, maxAge);
    }

    /** Django's {@code get_cookie_signer}: keys prefixed with {@code django.http.cookies}. */
    public static TimestampSigner cookieSigner(Settings settings, String salt) {
        List<String> fallbacks = settings.secretKeyFallbacks().stream().map(k -> "django.http.cookies" + k).toList();
        return new TimestampSigner("django.http.cookies" + settings.secretKey(), fallbacks, salt, Clock.systemUTC());
    }

    /**
     * The salt of a signed cookie, as current Django ({@code _cookie_signer_salt}):
     * {@code django.http.cookies.v2:<len(salt)>:<salt><name>}, so (name, salt) pairs cannot collide.
     */
    public static String cookieSalt(String cookieName, String salt) {
        return "django.http.cookies.v2:" + salt.length() + ":" + salt + cookieName;
    }

    /** The older salt, {@code name + salt}, still accepted when verifying (Django's {@code SIGNED_COOKIE_LEGACY_SALT_FALLBACK}). */
    public static String legacyCookieSalt(String cookieName, String salt) {
        return cookieName + salt;
    }

    private static String unsignCookie(Settings settings, String value, String name, String salt, Duration maxAge) {
        try {
            return cookieSigner(settings, cookieSalt(name, salt)).unsign(value, maxAge);
        } catch (SignatureExpired e) {
            throw e;
        } catch (BadSignature e) {
            return cookieSigner(settings, legacyCookieSalt(name, salt)).unsign(value, maxAge);
        }
    }

    /**
     * The cookie's value if its signature is valid (Django's salts: {@link #cookieSalt}, then
     * {@link #legacyCookieSalt}) and not older than {@code maxAge}; {@code defaultValue} when the
     * cookie is absent or bad.
     */
    public static String getSignedCookie(HttpRequest request, Settings settings, String name, String defaultValue,
                                         String salt, Duration maxAge) {
        String value = request.COOKIES().get(name);
        if (value == null) {
            return defaultValue;
        }
        try {
            return unsignCookie(settings, value, name, salt, maxAge);
        } catch (BadSignature e) {
            return defaultValue;
        }
    }

    /** Like {@link #getSignedCookie} but raises {@link BadSignature} (or a missing-cookie error). */
    public static String getSignedCookieOrRaise(HttpRequest request, Settings settings, String name,
                                                String salt, Duration maxAge) {
        String value = request.COOKIES().get(name);
        if (value == null) {
            throw new BadSignature("No cookie named '" + name + "'");
        }
        return unsignCookie(settings, value, name, salt, maxAge);
    }

    /** Sets {@code cookie} with its value signed, as Django's {@code set_signed_cookie}. */
    public static void setSignedCookie(HttpResponse response, Settings settings, Cookie cookie, String salt) {
        String signed = cookieSigner(settings, cookieSalt(cookie.name(), salt)).sign(cookie.value());
        response.setCookie(cookie.withValue(signed));
    }
}
