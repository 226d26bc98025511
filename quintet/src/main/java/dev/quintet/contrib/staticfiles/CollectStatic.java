package dev.quintet.contrib.staticfiles;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.quintet.conf.ImproperlyConfigured;
import dev.quintet.conf.Settings;
import dev.quintet.contrib.staticfiles.internal.CssReferences;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Django's {@code collectstatic}: copies every file the finders know into {@code STATIC_ROOT}.
 * With the manifest storage each file is also written under its content-hashed name
 * ({@code app.css} and {@code app.3f2a1c9d8e7b.css}) and {@code staticfiles.json} maps one to the
 * other, Django's format:
 *
 * <pre>{@code
 * {"paths": {"css/app.css": "css/app.3f2a1c9d8e7b.css"}, "version": "1.1", "hash": "…"}
 * }</pre>
 *
 * Stylesheets are hashed after the files they reference, their relative {@code url(...)} and
 * {@code @import} references rewritten to the hashed names (Django's post-processing), so a
 * hashed stylesheet loads hashed images and fonts; a reference to a missing file fails, naming both.
 *
 * <p>Run it as {@code java -jar site.jar collectstatic} ({@link CollectStaticCommand}) or call
 * {@link #run(Settings)}.
 */
public final class CollectStatic {
    private CollectStatic() {
    }

    /**
     * What a run did.
     *
     * @param copied   the names copied (originals)
     * @param manifest original name to hashed name; empty without the manifest storage
     */
    public record Result(Map<String, String> copied, Map<String, String> manifest) {
    }

    /**
     * Collects into {@code STATIC_ROOT}.
     *
     * @throws ImproperlyConfigured when {@code STATIC_ROOT} is not set
     */
    public static Result run(Settings settings) throws IOException {
        Path root = settings.staticFiles().root();
        if (root == null) {
            throw new ImproperlyConfigured("You're using the staticfiles app without having set the STATIC_ROOT "
                    + "setting to a filesystem path.");
        }
        StaticFinders finders = StaticFinders.of(settings.staticFiles(), settings.installedApps());
        boolean manifest = settings.staticFiles().manifest();
        Map<String, Path> files = finders.list();
        Map<String, String> copied = new LinkedHashMap<>();
        Map<String, String> hashed = new TreeMap<>();
        Hasher hasher = new Hasher(files, hashed);
        for (Map.Entry<String, Path> e : files.entrySet()) {
            String name = e.getKey();
            write(root, name, Files.readAllBytes(e.getValue()));
            copied.put(name, name);
            if (manifest) {
                hasher.hashedName(name, null);
            }
        }
        for (Map.Entry<String, String> e : hashed.entrySet()) {
            write(root, e.getValue(), hasher.processed.get(e.getKey()));
        }
        if (manifest) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("paths", hashed);
            json.put("version", "1.1");
            json.put("hash", manifestHash(hashed));
            ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);
            Files.writeString(root.resolve(StaticFilesStorage.MANIFEST_NAME), mapper.writeValueAsString(json),
                    StandardCharsets.UTF_8);
        }
        return new Result(copied, hashed);
    }

    /**
     * Hashes files, stylesheets after the files they reference (their {@code url()} and
     * {@code @import} references rewritten to hashed names first, so the stylesheet's hash covers
     * them); a reference cycle keeps the original name.
     */
    private static final class Hasher {
        final Map<String, Path> files;
        final Map<String, String> hashed;
        final Map<String, byte[]> processed = new HashMap<>();
        final Set<String> inProgress = new HashSet<>();

        Hasher(Map<String, Path> files, Map<String, String> hashed) {
            this.files = files;
            this.hashed = hashed;
        }

        String hashedName(String name, String referencedFrom) {
            String done = hashed.get(name);
            if (done != null) {
                return done;
            }
            if (inProgress.contains(name)) {
                return name;
            }
            Path file = files.get(name);
            if (file == null) {
                throw new IllegalStateException("The file '" + name + "' referenced from '" + referencedFrom
                        + "' could not be found");
            }
            try {
                byte[] content = Files.readAllBytes(file);
                if (name.endsWith(".css")) {
                    inProgress.add(name);
                    String css = new String(content, StandardCharsets.UTF_8);
                    content = CssReferences.rewrite(name, css, target -> hashedName(target, name))
                            .getBytes(StandardCharsets.UTF_8);
                    inProgress.remove(name);
                }
                String result = StaticFilesStorage.hashedName(name, content);
                processed.put(name, content);
                hashed.put(name, result);
                return result;
            } catch (IOException e) {
                throw new java.io.UncheckedIOException("Cannot read " + file, e);
            }
        }
    }

    private static void write(Path root, String name, byte[] content) throws IOException {
        Path target = root.resolve(name);
        Files.createDirectories(target.getParent());
        Path temp = Files.createTempFile(target.getParent(), ".collect", ".tmp");
        Files.write(temp, content);
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** Django's manifest hash: the first 12 hex digits of the MD5 of the sorted paths' JSON. */
    private static String manifestHash(Map<String, String> paths) throws IOException {
        try {
            byte[] json = new ObjectMapper().writeValueAsBytes(paths);
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(json)).substring(0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("MD5 is required by the JVM", e);
        }
    }
}
