package dev.quintet.signing;

import dev.quintet.conf.Settings;
import dev.quintet.signing.internal.Codec;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * A {@link Signer} that also signs the time: Django's {@code TimestampSigner}. The value becomes
 * {@code value:timestamp:signature}, the timestamp the Unix time in base 62, and
 * {@link #unsign(String, Duration)} refuses signatures older than a maximum age with
 * {@link SignatureExpired}.
 *
 * <pre>{@code
 * TimestampSigner signer = new TimestampSigner(key, "invites");
 * String token = signer.sign("ada@example.com");
 * signer.unsign(token, Duration.ofDays(3));
 * }</pre>
 */
public class TimestampSigner extends Signer {
    /** Django's default salt for this class. */
    public static final String DEFAULT_SALT = "django.core.signing.TimestampSigner";

    private final Clock clock;

    /** Django's defaults with the system clock. */
    public TimestampSigner(String key, String salt) {
        this(key, List.of(), salt, Clock.systemUTC());
    }

    /** With fallback keys and a clock (tests pass a fixed one). */
    public TimestampSigner(String key, List<String> fallbackKeys, String salt, Clock clock) {
        super(key, fallbackKeys, ":", salt == null || salt.isEmpty() ? DEFAULT_SALT : salt, "sha256");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** A signer keyed by the settings' {@code SECRET_KEY} and {@code SECRET_KEY_FALLBACKS}. */
    public static TimestampSigner of(Settings settings, String salt) {
        return new TimestampSigner(settings.secretKey(), settings.secretKeyFallbacks(), salt, Clock.systemUTC());
    }

    /** The current time in base 62, as signed. */
    public String timestamp() {
        return Codec.b62Encode(clock.millis() / 1000);
    }

    @Override
    public String sign(String value) {
        return super.sign(value + sep() + timestamp());
    }

    /** The value without checking its age. */
    @Override
    public String unsign(String signedValue) {
        return unsign(signedValue, null);
    }

    /** The value, if the signature matches and is not older than {@code maxAge} (null: any age). */
    public String unsign(String signedValue, Duration maxAge) {
        String result = super.unsign(signedValue);
        int at = result.lastIndexOf(sep());
        if (at < 0) {
            throw new BadSignature("No \"" + sep() + "\" found in value");
        }
        long timestamp;
        try {
            timestamp = Codec.b62Decode(result.substring(at + sep().length()));
        } catch (IllegalArgumentException e) {
            throw new BadSignature("Bad timestamp", e);
        }
        if (maxAge != null) {
            double age = clock.millis() / 1000.0 - timestamp;
            double max = maxAge.toNanos() / 1e9;
            if (age > max) {
                String maxText = maxAge.getNano() == 0 ? Long.toString(maxAge.getSeconds()) : Double.toString(max);
                throw new SignatureExpired("Signature age " + age + " > " + maxText + " seconds");
            }
        }
        return result.substring(0, at);
    }

    /** The signed object, if not older than {@code maxAge} (null: any age). */
    public Object unsignObject(String signed, Duration maxAge) {
        return Codec.decodeObject(unsign(signed, maxAge));
    }

    @Override
    public Object unsignObject(String signed) {
        return unsignObject(signed, null);
    }
}
