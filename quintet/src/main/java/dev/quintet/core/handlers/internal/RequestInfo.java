package dev.quintet.core.handlers.internal;

import dev.quintet.http.HttpRequest;
import dev.quintet.http.UploadedFile;
import dev.quintet.views.decorators.Debug;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The request data the technical pages show, read defensively: a request whose host, query or
 * body is broken still gets its page, with {@code <could not parse>} where the data failed.
 * Secret-looking META keys and cookie names are masked.
 */
public record RequestInfo(String method, String absoluteUri, String pathInfo,
                          List<Map.Entry<String, String>> get, List<Map.Entry<String, String>> post,
                          List<Map.Entry<String, String>> files, List<Map.Entry<String, String>> cookies,
                          Map<String, String> meta) {
    private static final List<Map.Entry<String, String>> UNPARSABLE = List.of(Map.entry("<could not parse>", ""));

    /** Collects what {@code request} offers. */
    public static RequestInfo of(HttpRequest request) {
        String uri;
        try {
            uri = request.buildAbsoluteUri();
        } catch (RuntimeException e) {
            uri = request.rawScheme() + "://" + request.serverName() + request.fullPath();
        }
        List<Map.Entry<String, String>> get;
        try {
            get = request.GET().items();
        } catch (RuntimeException e) {
            get = UNPARSABLE;
        }
        List<Map.Entry<String, String>> post;
        List<Map.Entry<String, String>> files = new ArrayList<>();
        try {
            post = new ArrayList<>();
            for (Map.Entry<String, String> field : request.POST().items()) {
                post.add(Debug.isSensitivePostParameter(request, field.getKey())
                        ? Map.entry(field.getKey(), SafeSettings.SUBSTITUTE) : field);
            }
            for (Map.Entry<String, UploadedFile> file : request.FILES().items()) {
                files.add(Map.entry(file.getKey(), file.getValue().name()));
            }
        } catch (RuntimeException e) {
            post = UNPARSABLE;
        }
        List<Map.Entry<String, String>> cookies = new ArrayList<>();
        try {
            for (Map.Entry<String, String> c : new TreeMap<>(request.COOKIES()).entrySet()) {
                cookies.add(Map.entry(c.getKey(), SafeSettings.cleanse(c.getKey(), c.getValue())));
            }
        } catch (RuntimeException e) {
            cookies = UNPARSABLE;
        }
        return new RequestInfo(request.method(), uri, request.pathInfo(), get, post, List.copyOf(files), cookies,
                SafeSettings.cleanseAll(request.META()));
    }
}
