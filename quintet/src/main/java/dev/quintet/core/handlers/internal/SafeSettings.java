package dev.quintet.core.handlers.internal;

import dev.quintet.apps.App;
import dev.quintet.conf.SecuritySettings;
import dev.quintet.conf.Settings;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Django's {@code SafeExceptionReporterFilter}: the settings and request metadata shown on the
 * technical 500 page, with every value whose name looks secret replaced by stars.
 */
public final class SafeSettings {
    /** What Django shows instead of a secret. */
    public static final String SUBSTITUTE = "********************";
    /** Names whose values are hidden (Django's {@code hidden_settings}). */
    public static final Pattern HIDDEN = Pattern.compile("API|AUTHORIZATION|TOKEN|KEY|SECRET|PASS|SIGNATURE|HTTP_COOKIE",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern URL_PASSWORD = Pattern.compile("^([a-zA-Z][a-zA-Z0-9+.-]*://[^:/@]*:)([^@]*)(@.*)$");

    private SafeSettings() {
    }

    /** {@code value}, or the substitute when {@code name} looks secret. */
    public static String cleanse(String name, String value) {
        return HIDDEN.matcher(name).find() ? SUBSTITUTE : value;
    }

    /** A URL with the password of its user information replaced by the substitute. */
    public static String cleanseUrl(String url) {
        if (url == null) {
            return null;
        }
        Matcher m = URL_PASSWORD.matcher(url);
        return m.matches() ? m.group(1) + SUBSTITUTE + m.group(3) : url;
    }

    /** The settings by their Django names, sorted, secrets masked; {@code middleware} names the chain's layers. */
    public static Map<String, String> of(Settings s, List<String> middleware, String rootUrlconf) {
        Map<String, String> out = new TreeMap<>();
        SecuritySettings sec = s.security();
        out.put("ALLOWED_HOSTS", list(s.allowedHosts()));
        out.put("APPEND_SLASH", String.valueOf(s.appendSlash()));
        out.put("DATABASE_URL", quote(cleanseUrl(s.databaseUrl())));
        out.put("DATA_UPLOAD_MAX_MEMORY_SIZE", String.valueOf(s.dataUploadMaxMemorySize()));
        out.put("DATA_UPLOAD_MAX_NUMBER_FIELDS", String.valueOf(s.dataUploadMaxNumberFields()));
        out.put("DATA_UPLOAD_MAX_NUMBER_FILES", String.valueOf(s.dataUploadMaxNumberFiles()));
        out.put("DEBUG", String.valueOf(s.debug()));
        out.put("DEFAULT_CHARSET", quote(s.defaultCharset()));
        out.put("DISALLOWED_USER_AGENTS", list(s.disallowedUserAgents().stream().map(Pattern::pattern).toList()));
        out.put("FILE_UPLOAD_MAX_MEMORY_SIZE", String.valueOf(s.fileUploadMaxMemorySize()));
        out.put("FILE_UPLOAD_TEMP_DIR", s.fileUploadTempDir() == null ? "null" : quote(s.fileUploadTempDir().toString()));
        out.put("INSTALLED_APPS", list(s.installedApps().stream().map(App::label).toList()));
        out.put("MIDDLEWARE", list(middleware));
        out.put("PREPEND_WWW", String.valueOf(s.prependWww()));
        out.put("ROOT_URLCONF", quote(rootUrlconf));
        out.put("SECRET_KEY", "");
        out.put("SECRET_KEY_FALLBACKS", "");
        out.put("SECURE_CONTENT_TYPE_NOSNIFF", String.valueOf(sec.contentTypeNosniff()));
        out.put("SECURE_CROSS_ORIGIN_OPENER_POLICY", quote(sec.crossOriginOpenerPolicy()));
        out.put("SECURE_HSTS_INCLUDE_SUBDOMAINS", String.valueOf(sec.hstsIncludeSubdomains()));
        out.put("SECURE_HSTS_PRELOAD", String.valueOf(sec.hstsPreload()));
        out.put("SECURE_HSTS_SECONDS", String.valueOf(sec.hstsSeconds()));
        out.put("SECURE_PROXY_SSL_HEADER", sec.proxySslHeader() == null ? "null"
                : list(List.of(sec.proxySslHeader(), sec.proxySslValue())));
        out.put("SECURE_REDIRECT_EXEMPT", list(sec.redirectExempt().stream().map(Pattern::pattern).toList()));
        out.put("SECURE_REFERRER_POLICY", list(sec.referrerPolicy()));
        out.put("SECURE_SSL_HOST", quote(sec.sslHost()));
        out.put("SECURE_SSL_REDIRECT", String.valueOf(sec.sslRedirect()));
        out.put("SILENCED_SYSTEM_CHECKS", list(s.silencedSystemChecks()));
        out.put("TIME_ZONE", quote(s.timeZone().getId()));
        out.put("USE_TZ", String.valueOf(s.useTz()));
        out.put("USE_X_FORWARDED_HOST", String.valueOf(s.useXForwardedHost()));
        out.put("USE_X_FORWARDED_PORT", String.valueOf(s.useXForwardedPort()));
        out.put("X_FRAME_OPTIONS", quote(s.xFrameOptions()));
        out.replaceAll(SafeSettings::cleanse);
        return out;
    }

    /** {@code meta} with secret-looking keys masked. */
    public static Map<String, String> cleanseAll(Map<String, String> meta) {
        Map<String, String> out = new TreeMap<>(meta);
        out.replaceAll(SafeSettings::cleanse);
        return out;
    }

    private static String quote(String value) {
        return value == null ? "null" : "'" + value + "'";
    }

    private static String list(List<String> values) {
        List<String> quoted = new ArrayList<>(values.size());
        for (String v : values) {
            quoted.add(quote(v));
        }
        return "[" + String.join(", ", quoted) + "]";
    }
}
