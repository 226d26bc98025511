package dev.quintet.contrib.auth;

import dev.quintet.conf.Settings;
import dev.quintet.signing.Signer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;

/**
 * One-time password-reset tokens: Django's {@code PasswordResetTokenGenerator}, same format
 * ({@code <timestamp base 36>-<20 hex characters>}) and same hash, so links mailed by a Django
 * site work here. A token stops working when the password changes, the user logs in, the
 * email changes, or {@code PASSWORD_RESET_TIMEOUT} passes.
 *
 * <pre>{@code
 * var tokens = new PasswordResetTokenGenerator(settings);
 * String link = "/reset/" + PasswordResetTokenGenerator.uidb64(user) + "/" + tokens.makeToken(user) + "/";
 * tokens.checkToken(user, token);
 * }</pre>
 */
public final class PasswordResetTokenGenerator {
    private static final String KEY_SALT = "django.contrib.auth.tokens.PasswordResetTokenGenerator";
    private static final LocalDateTime EPOCH = LocalDateTime.of(2001, 1, 1, 0, 0);
    private static final DateTimeFormatter PY_DATETIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss");

    private final String secret;
    private final List<String> fallbacks;
    private final Duration timeout;
    private final ZoneId zone;
    private final Clock clock;
    private final String emailField;

    /** Tokens keyed by {@code SECRET_KEY} (and its fallbacks), timed in {@code TIME_ZONE} as Django. */
    public PasswordResetTokenGenerator(Settings settings) {
        this(settings, Clock.systemUTC());
    }

    /** With a clock, for tests. */
    public PasswordResetTokenGenerator(Settings settings, Clock clock) {
        this.secret = settings.secretKey();
        this.fallbacks = new ArrayList<>(settings.secretKeyFallbacks());
        this.timeout = settings.auth().passwordResetTimeout();
        this.zone = settings.timeZone();
        this.clock = clock;
        this.emailField = settings.auth().userModel().emailField();
    }

    /** A token for {@code user}, valid until it is used or expires. */
    public String makeToken(BaseUser user) {
        return makeTokenWithTimestamp(user, numSeconds(), secret);
    }

    /** True when {@code token} was made for {@code user} (as it is now) and has not expired. */
    public boolean checkToken(BaseUser user, String token) {
        if (user == null || token == null || token.isEmpty()) {
            return false;
        }
        String[] parts = token.split("-", -1);
        if (parts.length != 2) {
            return false;
        }
        long ts;
        try {
            ts = Long.parseLong(parts[0], 36);
        } catch (NumberFormatException e) {
            return false;
        }
        if (ts < 0) {
            return false;
        }
        List<String> secrets = new ArrayList<>();
        secrets.add(secret);
        secrets.addAll(fallbacks);
        boolean matched = false;
        for (String s : secrets) {
            if (MessageDigest.isEqual(makeTokenWithTimestamp(user, ts, s).getBytes(StandardCharsets.US_ASCII),
                    token.getBytes(StandardCharsets.US_ASCII))) {
                matched = true;
                break;
            }
        }
        return matched && numSeconds() - ts <= timeout.toSeconds();
    }

    /** Django's {@code _make_token_with_timestamp}, public for interop tests. */
    public String makeTokenWithTimestamp(BaseUser user, long timestamp, String key) {
        byte[] mac = Signer.saltedHmac(KEY_SALT, hashValue(user, timestamp), key, "sha256");
        String hex = HexFormat.of().formatHex(mac);
        StringBuilder every2nd = new StringBuilder(hex.length() / 2);
        for (int i = 0; i < hex.length(); i += 2) {
            every2nd.append(hex.charAt(i));
        }
        return Long.toString(timestamp, 36) + "-" + every2nd;
    }

    private String hashValue(BaseUser user, long timestamp) {
        String login = "";
        String email = "";
        if (user instanceof User u) {
            if (u.lastLogin != null) {
                login = PY_DATETIME.format(u.lastLogin.truncatedTo(ChronoUnit.SECONDS).atOffset(ZoneOffset.UTC));
            }
            email = "email".equals(emailField) && u.email != null ? u.email : "";
        }
        return String.valueOf(user.pk()) + (user.passwordHash() == null ? "" : user.passwordHash()) + login + timestamp + email;
    }

    private long numSeconds() {
        LocalDateTime now = LocalDateTime.ofInstant(clock.instant(), zone);
        return ChronoUnit.SECONDS.between(EPOCH, now);
    }

    /** Django's {@code urlsafe_base64_encode(force_bytes(user.pk))}: the user part of a reset link. */
    public static String uidb64(BaseUser user) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(String.valueOf(user.pk()).getBytes(StandardCharsets.UTF_8));
    }

    /** The key in a {@link #uidb64} string; null when malformed. */
    public static String decodeUid(String uidb64) {
        try {
            return new String(Base64.getUrlDecoder().decode(uidb64), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
