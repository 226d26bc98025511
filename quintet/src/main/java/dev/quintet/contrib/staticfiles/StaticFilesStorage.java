package dev.quintet.contrib.staticfiles;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.quintet.conf.ImproperlyConfigured;
import dev.quintet.conf.StaticSettings;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collections;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Static file URLs: Django's {@code StaticFilesStorage} and, with
 * {@link StaticSettings#manifest()}, {@code ManifestStaticFilesStorage}. {@code {% static %}}
 * calls {@link #url(String)}.
 *
 * <p>With the manifest storage and DEBUG off, {@code url("css/app.css")} is
 * {@code /static/css/app.3f2a1c9d8e7b.css}: the name {@code collectstatic} wrote, read from
 * {@code STATIC_ROOT/staticfiles.json} once at start-up. A name the manifest lacks raises
 * {@link IllegalArgumentException} ("Missing staticfiles manifest entry for 'x'"), as Django's
 * {@code ValueError}. With DEBUG on, names are not hashed.
 */
public final class StaticFilesStorage {
    /** The manifest's file name in {@code STATIC_ROOT}. */
    public static final String MANIFEST_NAME = "staticfiles.json";

    private final StaticSettings settings;
    private final boolean hashing;
    private final Map<String, String> manifest;
    private final Set<String> hashedNames;

    /** The storage for {@code settings}; reads the manifest when it is enabled and {@code debug} is off. */
    public StaticFilesStorage(StaticSettings settings, boolean debug) {
        this.settings = settings;
        this.hashing = settings.manifest() && !debug;
        this.manifest = hashing ? readManifest(settings.root()) : null;
        this.hashedNames = manifest == null ? Set.of() : Set.copyOf(new HashSet<>(manifest.values()));
    }

    /** The settings. */
    public StaticSettings settings() {
        return settings;
    }

    /** The URL of the static file {@code name} ({@code STATIC_URL} + name, hashed with the manifest storage). */
    public String url(String name) {
        String clean = name.startsWith("/") ? name.substring(1) : name;
        int cut = indexOfQueryOrFragment(clean);
        String suffix = cut < 0 ? "" : clean.substring(cut);
        String path = cut < 0 ? clean : clean.substring(0, cut);
        if (hashing) {
            if (manifest == null) {
                throw new IllegalArgumentException("Missing staticfiles manifest file: run collectstatic");
            }
            String hashed = manifest.get(path);
            if (hashed == null) {
                throw new IllegalArgumentException("Missing staticfiles manifest entry for '" + path + "'");
            }
            path = hashed;
        }
        return settings.url() + encode(path) + suffix;
    }

    /** True when {@code name} is one of the manifest's hashed names (cacheable forever). */
    public boolean isHashedName(String name) {
        return hashedNames.contains(name);
    }

    /**
     * Django's hashed name: {@code css/app.css} with content hash {@code 3f2a1c9d8e7b…} becomes
     * {@code css/app.3f2a1c9d8e7b.css} (the first 12 hex digits of the MD5 of the content).
     */
    public static String hashedName(String name, byte[] content) {
        String hash;
        try {
            hash = HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(content)).substring(0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("MD5 is required by the JVM", e);
        }
        int slash = name.lastIndexOf('/');
        int dot = name.lastIndexOf('.');
        if (dot <= slash + 1) {
            return name + "." + hash;
        }
        return name.substring(0, dot) + "." + hash + name.substring(dot);
    }

    private static Map<String, String> readManifest(Path root) {
        if (root == null) {
            throw new ImproperlyConfigured("The manifest static files storage needs STATIC_ROOT "
                    + "(StaticSettings.withRoot) to read " + MANIFEST_NAME);
        }
        Path file = root.resolve(MANIFEST_NAME);
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try {
            JsonNode tree = new ObjectMapper().readTree(Files.readString(file, StandardCharsets.UTF_8));
            JsonNode paths = tree.get("paths");
            if (paths == null || !paths.isObject()) {
                throw new ImproperlyConfigured("Couldn't load manifest '" + file + "': no \"paths\" object");
            }
            Map<String, String> names = new LinkedHashMap<>();
            for (Map.Entry<String, JsonNode> e : paths.properties()) {
                names.put(e.getKey(), e.getValue().asText());
            }
            return Collections.unmodifiableMap(names);
        } catch (IOException e) {
            throw new ImproperlyConfigured("Couldn't load manifest '" + file + "': " + e.getMessage(), e);
        }
    }

    private static int indexOfQueryOrFragment(String name) {
        int q = name.indexOf('?');
        int h = name.indexOf('#');
        if (q < 0) {
            return h;
        }
        return h < 0 ? q : Math.min(q, h);
    }

    /** Percent-encodes what a URL path may not hold, as Django's {@code filepath_to_uri}. */
    private static String encode(String path) {
        StringBuilder out = new StringBuilder(path.length());
        for (byte b : path.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
                    || "/-._~!$&'()*+,;=:@".indexOf(c) >= 0) {
                out.append((char) c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 15, 16)));
            }
        }
        return out.toString();
    }
}
