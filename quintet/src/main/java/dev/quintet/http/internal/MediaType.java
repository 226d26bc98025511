package dev.quintet.http.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One media range of an {@code Accept} header, matched as Django's {@code MediaType}: main and
 * sub types match when equal or either is {@code *}; parameters other than {@code q} must be equal
 * when both sides have some, and a range with parameters matches a type without.
 */
public final class MediaType {
    private final String mainType;
    private final String subType;
    private final Map<String, String> rangeParams;
    private final double quality;

    private MediaType(String value) {
        HeaderParams parsed = HeaderParams.parse(value);
        String type = parsed.value();
        int slash = type.indexOf('/');
        this.mainType = slash < 0 ? type.strip() : type.substring(0, slash).strip();
        this.subType = slash < 0 ? "" : type.substring(slash + 1).strip();
        this.rangeParams = new TreeMap<>(parsed.params());
        this.rangeParams.remove("q");
        this.quality = quality(parsed.param("q"));
    }

    /** The media ranges of an {@code Accept} header, most preferred first; q=0 ranges left out. */
    public static List<MediaType> parseAccept(String header) {
        List<MediaType> types = new ArrayList<>();
        for (String token : (header == null ? "*/*" : header).split(",")) {
            if (!token.isBlank()) {
                MediaType t = new MediaType(token.strip());
                if (t.quality != 0) {
                    types.add(t);
                }
            }
        }
        types.sort(Comparator.comparingDouble((MediaType t) -> t.quality).thenComparingInt(MediaType::specificity).reversed());
        return types;
    }

    private static double quality(String q) {
        if (q == null) {
            return 1;
        }
        try {
            double value = Double.parseDouble(q);
            return value < 0 || value > 1 || Double.isNaN(value) ? 1 : value;
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    private int specificity() {
        if (mainType.equals("*")) {
            return 0;
        }
        if (subType.equals("*")) {
            return 1;
        }
        return rangeParams.isEmpty() ? 2 : 3;
    }

    /** True when {@code mediaType} (e.g. {@code text/html}) falls in this range. */
    public boolean match(String mediaType) {
        if (mediaType == null || mediaType.isBlank()) {
            return false;
        }
        MediaType other = new MediaType(mediaType);
        if (mainType.isEmpty() || subType.isEmpty() || other.mainType.isEmpty() || other.subType.isEmpty()) {
            return false;
        }
        if (!matches(mainType, other.mainType) || !matches(subType, other.subType)) {
            return false;
        }
        if (rangeParams.isEmpty() == other.rangeParams.isEmpty()) {
            return rangeParams.equals(other.rangeParams);
        }
        return !rangeParams.isEmpty();
    }

    private static boolean matches(String a, String b) {
        return a.equals(b) || a.equals("*") || b.equals("*");
    }

    @Override
    public String toString() {
        StringBuilder out = new StringBuilder(mainType).append('/').append(subType);
        rangeParams.forEach((k, v) -> out.append("; ").append(k).append('=').append(v));
        return out.toString();
    }
}
