package dev.quintet.forms;

import dev.quintet.core.validators.URLValidator;
import dev.quintet.forms.widgets.URLInput;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Django's {@code URLField}: a URL checked by {@link URLValidator}. A missing scheme is assumed to
 * be {@code https} (Django 6.0's default {@code assume_scheme}); {@code example.com/a} cleans to
 * {@code https://example.com/a}.
 */
@SuppressWarnings("this-escape")
public class URLField extends AbstractCharField<URLField> {
    private static final Pattern SPLIT = Pattern.compile("^(?:([A-Za-z][A-Za-z0-9+.-]*):)?(?://([^/?#]*))?([^?#]*)(?:\\?([^#]*))?(?:#(.*))?$", Pattern.DOTALL);
    private String assumeScheme = "https";

    /** A required field. */
    @SuppressWarnings("this-escape")
    public URLField() {
        super(new URLInput());
        defaultMessage("invalid", "Enter a valid URL.");
        addValidator(new URLValidator());
    }

    /** The scheme added to URLs without one (default {@code https}). */
    public URLField assumeScheme(String scheme) {
        this.assumeScheme = scheme;
        return this;
    }

    @Override
    protected String toPython(Object value) {
        String v = super.toPython(value);
        if (v == null || v.isEmpty()) {
            return v;
        }
        String[] parts = split(v);
        if (parts[0] == null || parts[0].isEmpty()) {
            parts[0] = assumeScheme;
        }
        if (parts[1] == null || parts[1].isEmpty()) {
            parts[1] = parts[2];
            parts[2] = "";
            String[] again = split(unsplit(parts));
            parts = again;
        }
        return unsplit(parts);
    }

    private String[] split(String v) {
        Matcher m = SPLIT.matcher(v);
        if (!m.matches()) {
            throw error("invalid");
        }
        return new String[] {m.group(1) == null ? "" : m.group(1).toLowerCase(java.util.Locale.ROOT),
            m.group(2) == null ? "" : m.group(2), m.group(3), m.group(4) == null ? "" : m.group(4),
            m.group(5) == null ? "" : m.group(5)};
    }

    private static String unsplit(String[] p) {
        StringBuilder sb = new StringBuilder();
        String path = p[2];
        if (!p[1].isEmpty() || !p[0].isEmpty() && path.startsWith("//")) {
            if (!path.isEmpty() && !path.startsWith("/")) {
                path = "/" + path;
            }
            sb.append("//").append(p[1]);
        }
        sb.append(path);
        if (!p[0].isEmpty()) {
            sb.insert(0, p[0] + ":");
        }
        if (!p[3].isEmpty()) {
            sb.append('?').append(p[3]);
        }
        if (!p[4].isEmpty()) {
            sb.append('#').append(p[4]);
        }
        return sb.toString();
    }
}
