package dev.quintet.core.handlers.internal;

import dev.quintet.http.HttpRequest;
import java.util.Locale;

/** Django's {@code request.accepts(mediaType)}: does the {@code Accept} header admit a media type. */
final class Accepts {
    private Accepts() {
    }

    /** True when a range in {@code Accept} (absent: {@code *}{@code /*}) matches {@code mediaType}, q=0 excluded. */
    static boolean accepts(HttpRequest request, String mediaType) {
        String header = request.headers().get("Accept");
        if (header == null || header.isBlank()) {
            return true;
        }
        String wanted = mediaType.toLowerCase(Locale.ROOT);
        int slash = wanted.indexOf('/');
        String type = wanted.substring(0, slash);
        for (String range : header.split(",")) {
            String[] parts = range.split(";");
            String media = parts[0].strip().toLowerCase(Locale.ROOT);
            if (isZeroQuality(parts)) {
                continue;
            }
            if (media.equals("*/*") || media.equals(wanted) || media.equals(type + "/*")) {
                return true;
            }
        }
        return false;
    }

    private static boolean isZeroQuality(String[] parts) {
        for (int i = 1; i < parts.length; i++) {
            String p = parts[i].strip();
            if (p.startsWith("q=") || p.startsWith("Q=")) {
                try {
                    return Double.parseDouble(p.substring(2)) == 0.0;
                } catch (NumberFormatException e) {
                    return false;
                }
            }
        }
        return false;
    }
}
