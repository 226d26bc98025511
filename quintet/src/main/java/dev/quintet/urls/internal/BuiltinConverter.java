package dev.quintet.urls.internal;

import dev.quintet.urls.Converter;
import java.util.UUID;

/**
 * The built-in path converters. Besides the {@link Converter} contract they know how to match
 * themselves on the path character by character, so routes made of them need no regex.
 */
public enum BuiltinConverter implements Converter {
    /** {@code <int:x>}: {@code [0-9]+}, an {@link Integer} (values beyond its range do not match). */
    INT("int", "[0-9]+") {
        @Override
        public Object toJava(String value) {
            return Integer.valueOf(value);
        }

        @Override
        boolean accepts(char c) {
            return c >= '0' && c <= '9';
        }
    },
    /** {@code <str:x>} or {@code <x>}: any non-empty text without {@code /}. */
    STR("str", "[^/]+") {
        @Override
        boolean accepts(char c) {
            return c != '/';
        }
    },
    /** {@code <slug:x>}: ASCII letters, digits, hyphens and underscores. */
    SLUG("slug", "[-a-zA-Z0-9_]+") {
        @Override
        boolean accepts(char c) {
            return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '_';
        }
    },
    /** {@code <uuid:x>}: a lowercase canonical UUID, a {@link UUID}. */
    UUID_("uuid", "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}") {
        @Override
        public Object toJava(String value) {
            return UUID.fromString(value);
        }

        @Override
        boolean accepts(char c) {
            return c >= '0' && c <= '9' || c >= 'a' && c <= 'f';
        }
    },
    /** {@code <path:x>}: any non-empty text, slashes included. */
    PATH("path", ".+") {
        @Override
        boolean accepts(char c) {
            return c != '\n';
        }
    };

    private final String converterName;
    private final String regex;

    BuiltinConverter(String converterName, String regex) {
        this.converterName = converterName;
        this.regex = regex;
    }

    /** The name routes use. */
    public String converterName() {
        return converterName;
    }

    @Override
    public String regex() {
        return regex;
    }

    @Override
    public Object toJava(String value) {
        return value;
    }

    @Override
    public String toUrl(Object value) {
        return String.valueOf(value);
    }

    /** Whether the converter's character class accepts {@code c} (for UUID: a hex digit). */
    abstract boolean accepts(char c);

    /** True when a canonical lowercase UUID starts at {@code from}. */
    static boolean uuidAt(String path, int from) {
        if (path.length() - from < 36) {
            return false;
        }
        for (int i = 0; i < 36; i++) {
            char c = path.charAt(from + i);
            boolean dash = i == 8 || i == 13 || i == 18 || i == 23;
            if (dash ? c != '-' : !UUID_.accepts(c)) {
                return false;
            }
        }
        return true;
    }
}
