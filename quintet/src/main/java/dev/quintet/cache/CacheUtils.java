package dev.quintet.cache;

import dev.quintet.template.internal.Py;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/** Django's {@code django.core.cache.utils}: the key of a {@code {% cache %}} template fragment. */
public final class CacheUtils {
    /** Django's {@code TEMPLATE_FRAGMENT_KEY_TEMPLATE}. */
    public static final String TEMPLATE_FRAGMENT_KEY_PREFIX = "template.cache.";

    private CacheUtils() {
    }

    /**
     * The cache key of the fragment {@code fragmentName} varying on {@code varyOn}: the MD5 of the
     * values' Python {@code str()} each followed by {@code ':'}, as
     * {@code template.cache.<name>.<hexdigest>}; identical to Django's, so a fragment can be
     * invalidated with {@code cache.delete(makeTemplateFragmentKey("sidebar", List.of(user.id())))}.
     *
     * @param varyOn the values after the name in the tag, or {@code null}/empty for none
     */
    public static String makeTemplateFragmentKey(String fragmentName, List<?> varyOn) {
        MessageDigest md5 = md5();
        if (varyOn != null) {
            for (Object value : varyOn) {
                md5.update(Py.str(value).getBytes(StandardCharsets.UTF_8));
                md5.update((byte) ':');
            }
        }
        return TEMPLATE_FRAGMENT_KEY_PREFIX + fragmentName + "." + HexFormat.of().formatHex(md5.digest());
    }

    /** A fresh MD5 digest (a checksum here, not security). */
    public static MessageDigest md5() {
        try {
            return MessageDigest.getInstance("MD5");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no MD5", e);
        }
    }
}
