/**
 * URL dispatch, Django's {@code django.urls}: {@link dev.quintet.urls.Urls#path path()},
 * {@link dev.quintet.urls.Urls#rePath rePath()} and {@link dev.quintet.urls.Urls#include include()}
 * build immutable {@link dev.quintet.urls.UrlPattern}s; a {@link dev.quintet.urls.UrlConf}
 * compiles them once, resolves paths to {@link dev.quintet.urls.ResolverMatch}es and reverses
 * names to URLs. See {@link dev.quintet.urls.UrlConf} for how it works and {@code docs/urls.md}
 * for the user reference.
 */
package dev.quintet.urls;
