package dev.quintet.http.internal;

import java.util.Map;

/** Upload file names made safe as Django's {@code MultiPartParser.sanitize_file_name}. */
public final class FileNames {
    private static final Map<String, String> ENTITIES =
            Map.of("amp", "&", "lt", "<", "gt", ">", "quot", "\"", "apos", "'");

    private FileNames() {
    }

    /**
     * Unescapes HTML character references, keeps the part after the last {@code /} or
     * {@code \}, drops non-printable characters; {@code null} when nothing usable is left
     * ("", {@code .}, {@code ..}).
     */
    public static String sanitize(String fileName) {
        if (fileName == null) {
            return null;
        }
        String name = unescapeHtml(fileName);
        name = name.substring(name.lastIndexOf('/') + 1);
        name = name.substring(name.lastIndexOf('\\') + 1);
        StringBuilder out = new StringBuilder(name.length());
        name.codePoints().filter(FileNames::isPrintable).forEach(out::appendCodePoint);
        String result = out.toString();
        return result.isEmpty() || result.equals(".") || result.equals("..") ? null : result;
    }

    /** Python's {@code str.isprintable()} for one code point. */
    static boolean isPrintable(int cp) {
        if (cp == ' ') {
            return true;
        }
        return switch (Character.getType(cp)) {
            case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.PRIVATE_USE,
                 Character.UNASSIGNED, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR,
                 Character.SPACE_SEPARATOR -> false;
            default -> true;
        };
    }

    /** Numeric references and the five XML entities, the ones browsers put in file names. */
    private static String unescapeHtml(String s) {
        int amp = s.indexOf('&');
        if (amp < 0) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length());
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            int semi = c == '&' ? s.indexOf(';', i) : -1;
            if (semi > i + 1 && semi - i <= 10) {
                String ref = s.substring(i + 1, semi);
                String replacement = resolve(ref);
                if (replacement != null) {
                    out.append(replacement);
                    i = semi + 1;
                    continue;
                }
            }
            out.append(c);
            i++;
        }
        return out.toString();
    }

    private static String resolve(String ref) {
        try {
            if (ref.startsWith("#x") || ref.startsWith("#X")) {
                return Character.toString(Integer.parseInt(ref.substring(2), 16));
            }
            if (ref.startsWith("#")) {
                return Character.toString(Integer.parseInt(ref.substring(1)));
            }
        } catch (IllegalArgumentException e) {
            return null;
        }
        return ENTITIES.get(ref);
    }
}
