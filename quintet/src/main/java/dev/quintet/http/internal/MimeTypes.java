package dev.quintet.http.internal;

import java.util.Locale;
import java.util.Map;

/**
 * Content types guessed from file names, a small table of common extensions with the types
 * Python's {@code mimetypes} gives them (which Django's {@code FileResponse} and static file
 * serving use). Compressed files get the compression's own type, as Django does, so browsers do
 * not decompress them on the fly.
 */
public final class MimeTypes {
    private static final Map<String, String> COMPRESSION = Map.of(
            "gz", "application/gzip", "tgz", "application/gzip", "bz2", "application/x-bzip",
            "xz", "application/x-xz", "br", "application/x-brotli", "Z", "application/x-compress");

    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("html", "text/html"), Map.entry("htm", "text/html"), Map.entry("txt", "text/plain"),
            Map.entry("text", "text/plain"), Map.entry("log", "text/plain"), Map.entry("css", "text/css"),
            Map.entry("csv", "text/csv"), Map.entry("js", "text/javascript"), Map.entry("mjs", "text/javascript"),
            Map.entry("md", "text/markdown"), Map.entry("xml", "text/xml"), Map.entry("ics", "text/calendar"),
            Map.entry("py", "text/x-python"), Map.entry("json", "application/json"),
            Map.entry("map", "application/json"), Map.entry("webmanifest", "application/manifest+json"),
            Map.entry("pdf", "application/pdf"), Map.entry("zip", "application/zip"),
            Map.entry("tar", "application/x-tar"), Map.entry("wasm", "application/wasm"),
            Map.entry("rtf", "application/rtf"), Map.entry("xhtml", "application/xhtml+xml"),
            Map.entry("doc", "application/msword"), Map.entry("xls", "application/vnd.ms-excel"),
            Map.entry("ppt", "application/vnd.ms-powerpoint"),
            Map.entry("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
            Map.entry("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
            Map.entry("pptx", "application/vnd.openxmlformats-officedocument.presentationml.presentation"),
            Map.entry("odt", "application/vnd.oasis.opendocument.text"),
            Map.entry("epub", "application/epub+zip"), Map.entry("bin", "application/octet-stream"),
            Map.entry("png", "image/png"), Map.entry("jpg", "image/jpeg"), Map.entry("jpeg", "image/jpeg"),
            Map.entry("gif", "image/gif"), Map.entry("svg", "image/svg+xml"), Map.entry("webp", "image/webp"),
            Map.entry("avif", "image/avif"), Map.entry("bmp", "image/bmp"), Map.entry("ico", "image/vnd.microsoft.icon"),
            Map.entry("tif", "image/tiff"), Map.entry("tiff", "image/tiff"),
            Map.entry("mp3", "audio/mpeg"), Map.entry("wav", "audio/x-wav"), Map.entry("ogg", "audio/ogg"),
            Map.entry("mp4", "video/mp4"), Map.entry("mpeg", "video/mpeg"), Map.entry("webm", "video/webm"),
            Map.entry("mov", "video/quicktime"),
            Map.entry("woff", "font/woff"), Map.entry("woff2", "font/woff2"), Map.entry("ttf", "font/ttf"),
            Map.entry("otf", "font/otf"));

    private MimeTypes() {
    }

    /** The content type for {@code fileName}, or {@code null} when the extension is unknown. */
    public static String guess(String fileName) {
        int dot = fileName.lastIndexOf('.');
        if (dot < 0 || dot == fileName.length() - 1) {
            return null;
        }
        String ext = fileName.substring(dot + 1);
        String compressed = COMPRESSION.get(ext);
        if (compressed == null) {
            compressed = COMPRESSION.get(ext.toLowerCase(Locale.ROOT));
        }
        if (compressed != null) {
            return compressed;
        }
        return TYPES.get(ext.toLowerCase(Locale.ROOT));
    }
}
