package dev.quintet.template;

/** What {@code {% static "path" %}} calls to turn a static file path into its URL. */
@FunctionalInterface
public interface StaticResolver {
    String url(String path);
}
