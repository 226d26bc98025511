package dev.quintet.template;

import java.util.Objects;

/**
 * A string that is already safe to put into HTML unescaped: Django's {@code SafeString}.
 *
 * <p>Autoescaping leaves a {@code SafeString} alone; concatenating two safe strings gives a safe
 * string. Mark a value safe only when it holds markup you built or escaped yourself:
 *
 * <pre>{@code
 * context.put("link", SafeString.of("<a href=\"/\">home</a>"));
 * }</pre>
 */
public final class SafeString implements CharSequence, Comparable<SafeString> {
    /** The empty safe string. */
    public static final SafeString EMPTY = new SafeString("");

    private final String value;

    private SafeString(String value) {
        this.value = value;
    }

    /** Marks {@code value} as safe; {@code null} becomes the empty safe string. */
    public static SafeString of(CharSequence value) {
        if (value == null || value.isEmpty()) {
            return EMPTY;
        }
        return value instanceof SafeString s ? s : new SafeString(value.toString());
    }

    /** True when {@code value} is a {@link SafeString}. */
    public static boolean isSafe(Object value) {
        return value instanceof SafeString;
    }

    /** Concatenates, keeping the result safe: both halves are trusted. */
    public SafeString concat(SafeString other) {
        return new SafeString(value + other.value);
    }

    @Override
    public int length() {
        return value.length();
    }

    @Override
    public char charAt(int index) {
        return value.charAt(index);
    }

    @Override
    public CharSequence subSequence(int start, int end) {
        return value.subSequence(start, end);
    }

    @Override
    public String toString() {
        return value;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SafeString s && s.value.equals(value);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(value);
    }

    @Override
    public int compareTo(SafeString o) {
        return value.compareTo(o.value);
    }
}
