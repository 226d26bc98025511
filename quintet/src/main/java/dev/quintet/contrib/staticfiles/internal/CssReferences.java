package dev.quintet.contrib.staticfiles.internal;

import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rewrites the references of a CSS file ({@code url(...)} and {@code @import "..."}) as Django's
 * {@code ManifestStaticFilesStorage} does, so hashed stylesheets point at hashed images and fonts.
 * Only relative references are rewritten: {@code data:}, fragments-only ({@code #x}), absolute
 * paths and URLs with a scheme or host are left alone. A reference's query and fragment are kept.
 */
public final class CssReferences {
    private static final Pattern URL = Pattern.compile("url\\((\\s*)(['\"]?)\\s*([^'\")]*?)\\s*\\2(\\s*)\\)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern IMPORT = Pattern.compile("@import(\\s*)(['\"])\\s*(.*?)\\s*\\2",
            Pattern.CASE_INSENSITIVE);

    private CssReferences() {
    }

    /**
     * {@code css} (the file {@code name}) with each relative reference replaced: {@code resolver}
     * gets the referenced file's name relative to the static root and returns its new name.
     */
    public static String rewrite(String name, String css, UnaryOperator<String> resolver) {
        String once = replace(URL, css, name, resolver, true);
        return replace(IMPORT, once, name, resolver, false);
    }

    private static String replace(Pattern pattern, String css, String name, UnaryOperator<String> resolver,
            boolean isUrl) {
        Matcher m = pattern.matcher(css);
        StringBuilder out = new StringBuilder(css.length());
        while (m.find()) {
            String reference = m.group(3);
            String replaced = rewriteOne(name, reference, resolver);
            String whole = isUrl
                    ? "url(" + m.group(1) + m.group(2) + replaced + m.group(2) + m.group(4) + ")"
                    : "@import" + m.group(1) + m.group(2) + replaced + m.group(2);
            m.appendReplacement(out, Matcher.quoteReplacement(whole));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String rewriteOne(String name, String reference, UnaryOperator<String> resolver) {
        if (reference.isEmpty() || reference.startsWith("#") || reference.startsWith("/")
                || reference.matches("^[A-Za-z][A-Za-z0-9+.-]*:.*") || reference.startsWith("//")) {
            return reference;
        }
        int cut = indexOfSuffix(reference);
        String path = cut < 0 ? reference : reference.substring(0, cut);
        String suffix = cut < 0 ? "" : reference.substring(cut);
        String target = join(name, path);
        if (target == null) {
            return reference;
        }
        String hashedTarget = resolver.apply(target);
        return relative(name, hashedTarget) + suffix;
    }

    private static int indexOfSuffix(String reference) {
        int q = reference.indexOf('?');
        int h = reference.indexOf('#');
        if (q < 0) {
            return h;
        }
        return h < 0 ? q : Math.min(q, h);
    }

    /** {@code path} relative to {@code name}'s folder, normalised; {@code null} when it leaves the root. */
    static String join(String name, String path) {
        java.util.ArrayDeque<String> parts = new java.util.ArrayDeque<>();
        int slash = name.lastIndexOf('/');
        if (slash >= 0) {
            for (String p : name.substring(0, slash).split("/")) {
                parts.addLast(p);
            }
        }
        for (String p : path.split("/")) {
            if (p.isEmpty() || p.equals(".")) {
                continue;
            }
            if (p.equals("..")) {
                if (parts.isEmpty()) {
                    return null;
                }
                parts.removeLast();
            } else {
                parts.addLast(p);
            }
        }
        return String.join("/", parts);
    }

    /** {@code target} as seen from {@code name}'s folder. */
    static String relative(String name, String target) {
        String[] from = name.lastIndexOf('/') < 0 ? new String[0] : name.substring(0, name.lastIndexOf('/')).split("/");
        String[] to = target.split("/");
        int common = 0;
        while (common < from.length && common < to.length - 1 && from[common].equals(to[common])) {
            common++;
        }
        StringBuilder out = new StringBuilder();
        for (int i = common; i < from.length; i++) {
            out.append("../");
        }
        for (int i = common; i < to.length; i++) {
            out.append(to[i]);
            if (i < to.length - 1) {
                out.append('/');
            }
        }
        return out.toString();
    }
}
